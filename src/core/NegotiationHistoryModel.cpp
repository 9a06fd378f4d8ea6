#include "NegotiationHistoryModel.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
using Entry = Session::HistoryEntry;
constexpr int outcomeCount = 4;

// The asked or the answered amount, by column; const or not as the entry is.
template <typename HistoryEntry> auto& amountOf(HistoryEntry& entry, int column)
{
    return column == NegotiationHistoryModel::AskedAmountColumn ? entry.askedAmount : entry.answerAmount;
}
} // namespace

NegotiationHistoryModel::NegotiationHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void NegotiationHistoryModel::setHistory(const QList<Session::HistoryEntry>& history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
    emit historyChanged();
}

void NegotiationHistoryModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_history.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Session::HistoryEntry NegotiationHistoryModel::newEntry(const QDate& today) const
{
    Entry entry;
    entry.date = today;
    if (!m_history.isEmpty())
        entry.currency = m_history.constLast().currency;
    return entry;
}

void NegotiationHistoryModel::insertEntry(int row, const Session::HistoryEntry& entry)
{
    beginInsertRows(QModelIndex(), row, row);
    m_history.insert(row, entry);
    endInsertRows();
    emit historyChanged();
}

void NegotiationHistoryModel::removeEntry(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_history.removeAt(row);
    endRemoveRows();
    emit historyChanged();
}

void NegotiationHistoryModel::replaceEntry(int row, const Session::HistoryEntry& entry)
{
    m_history[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit historyChanged();
}

QString NegotiationHistoryModel::cellName(const QModelIndex& index) const
{
    // The header as translated: lower-casing it broke languages that capitalise nouns ("Zeile 2, datum").
    const QString column = headerData(index.column(), Qt::Horizontal).toString();
    return tr("History row %1, %2").arg(index.row() + 1).arg(column);
}

int NegotiationHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int NegotiationHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NegotiationHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_history.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == AskedAmountColumn || column == AnswerAmountColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // The whole text of a round, which the table may cut short.
    if (role == Qt::ToolTipRole && (column == AskedColumn || column == AnswerColumn))
        return column == AskedColumn ? entry.asked : entry.answer;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool editing = role == Qt::EditRole;
    switch (column) {
    case DateColumn:
        return editing ? QVariant(entry.date) : QVariant(m_locale.toString(entry.date, QLocale::ShortFormat));
    case AskedColumn:
        return entry.asked;
    case AnswerColumn:
        return entry.answer;
    case AskedAmountColumn:
    case AnswerAmountColumn: {
        const auto& amount = amountOf(entry, column);
        return amount ? amount->toString(m_locale) : QString();
    }
    case OutcomeColumn:
        return editing ? QVariant(static_cast<int>(entry.outcome))
                       : QVariant(Entry::outcomeDisplayName(entry.outcome));
    }
    return {};
}

QVariant NegotiationHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AskedColumn:
        return tr("Asked");
    case AskedAmountColumn:
        return tr("Asked amount");
    case AnswerColumn:
        return tr("Answer");
    case AnswerAmountColumn:
        return tr("Answer amount");
    case OutcomeColumn:
        return tr("Outcome");
    }
    return {};
}

Qt::ItemFlags NegotiationHistoryModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

std::optional<Session::HistoryEntry>
NegotiationHistoryModel::editedEntry(const QModelIndex& index, const QVariant& value, QString* error) const
{
    Entry entry = m_history.at(index.row());
    switch (index.column()) {
    case DateColumn:
        entry.date = value.toDate();
        break;
    case AskedColumn:
        entry.asked = value.toString();
        break;
    case AnswerColumn:
        entry.answer = value.toString();
        break;
    case AskedAmountColumn:
    case AnswerAmountColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            amountOf(entry, index.column()).reset();
            break;
        }
        const auto parsed = Money::parse(text, entry.currency, Money::SignRule::NonNegative, m_locale);
        if (!parsed.ok()) {
            *error = cellName(index) + u": "_s + parsed.error;
            return std::nullopt;
        }
        amountOf(entry, index.column()) = parsed.money;
        break;
    }
    case OutcomeColumn: {
        bool isNumber = false;
        const int outcome = value.toInt(&isNumber);
        if (!isNumber || outcome < 0 || outcome >= outcomeCount) {
            *error = tr("%1: \"%2\" is not an outcome").arg(cellName(index), value.toString());
            return std::nullopt;
        }
        entry.outcome = static_cast<Entry::Outcome>(outcome);
        break;
    }
    }
    return entry;
}

bool NegotiationHistoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QString error;
    const auto after = editedEntry(index, value, &error);
    if (!after) {
        emit editRejected(error);
        return false;
    }
    const Entry before = m_history.at(index.row());
    if (*after == before)
        return true;
    replaceEntry(index.row(), *after);
    emit entryEdited(index.row(), before, *after);
    return true;
}

} // namespace Anchorline
