#pragma once

#include "Session.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace Anchorline {

// A session's history of asks and answers (Session::history) as an editable table, one row per round. Edits
// through setData() are checked: an amount that does not parse is refused with a message naming the row and
// the field (editRejected). Every accepted cell edit is announced with the entry before and after it
// (entryEdited), so that the window can make it undoable; insertEntry/removeEntry/replaceEntry are the
// building blocks of undo and do not announce themselves that way.
class NegotiationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AskedColumn,
        AskedAmountColumn,
        AnswerColumn,
        AnswerAmountColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit NegotiationHistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<Session::HistoryEntry>& history);
    const QList<Session::HistoryEntry>& history() const { return m_history; }
    // Amounts show and parse with this locale ("$195,000" in en_US, "195.000 $" in de_DE).
    void setLocale(const QLocale& locale);

    // A new round dated `today`, pending, in the currency of the last round (else the default currency).
    Session::HistoryEntry newEntry(const QDate& today) const;
    void insertEntry(int row, const Session::HistoryEntry& entry);
    void removeEntry(int row);
    void replaceEntry(int row, const Session::HistoryEntry& entry);

    // "History row 2, Asked amount": how messages name a cell (the column as its header reads).
    QString cellName(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    // Display: the date in the locale's short format, amounts as money, the outcome's name. Edit: the date as
    // QDate, amounts as text to edit (empty when absent), the outcome as int (HistoryEntry::Outcome).
    // Tooltip: the whole text of the asked and answer cells.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes what data() gives for editing; empty amount text clears the amount.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void entryEdited(int row, const Anchorline::Session::HistoryEntry& before,
                     const Anchorline::Session::HistoryEntry& after);
    void editRejected(const QString& message);
    // Any change of the history: an edit, an insertion, a removal, setHistory().
    void historyChanged();

private:
    std::optional<Session::HistoryEntry> editedEntry(const QModelIndex& index, const QVariant& value,
                                                     QString* error) const;

    QList<Session::HistoryEntry> m_history;
    QLocale m_locale;
};

} // namespace Anchorline
