#include "ClientDirectory.h"

#include "SearchText.h"
#include "SessionFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
constexpr int excerptLength = 80;
} // namespace

ClientDirectory::ClientDirectory(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString ClientDirectory::setFolder(const QString& folder)
{
    m_folder = QFileInfo(folder).absoluteFilePath();
    return refresh();
}

QString ClientDirectory::refresh()
{
    beginResetModel();
    m_entries.clear();
    const QDir directory(m_folder);
    QString error;
    if (m_folder.isEmpty() || !directory.exists() || !directory.isReadable()) {
        error = tr("%1: cannot read this folder").arg(QDir::toNativeSeparators(m_folder));
    } else {
        const auto files =
            directory.entryInfoList({u"*."_s + SessionFile::fileSuffix()}, QDir::Files | QDir::Readable,
                                    QDir::Name | QDir::IgnoreCase);
        for (const QFileInfo& file : files) {
            Entry entry;
            entry.filePath = file.absoluteFilePath();
            entry.modified = file.lastModified();
            entry.lastOpened = m_lastOpened.value(entry.filePath);
            const auto loaded = SessionFile::load(entry.filePath);
            if (loaded.ok()) {
                entry.clientName = loaded.session().clientName;
                entry.notes = loaded.session().notes;
                entry.offerCount = int(loaded.session().offers.size());
            } else {
                entry.error = loaded.error;
            }
            if (entry.clientName.trimmed().isEmpty())
                entry.clientName = file.completeBaseName();
            m_entries.append(entry);
        }
    }
    endResetModel();
    return error;
}

void ClientDirectory::setLastOpened(const QHash<QString, QDateTime>& lastOpened)
{
    m_lastOpened = lastOpened;
    for (auto& entry : m_entries)
        entry.lastOpened = m_lastOpened.value(entry.filePath);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, LastOpenedColumn), index(int(m_entries.size()) - 1, LastOpenedColumn));
}

void ClientDirectory::markOpened(const QString& filePath, const QDateTime& when)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
    m_lastOpened.insert(path, when);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).filePath == path) {
            m_entries[row].lastOpened = when;
            emit dataChanged(index(row, LastOpenedColumn), index(row, LastOpenedColumn));
        }
    }
}

QVariantMap ClientDirectory::lastOpenedToVariant(const QHash<QString, QDateTime>& lastOpened, int limit)
{
    QList<std::pair<QString, QDateTime>> newestFirst(lastOpened.keyValueBegin(), lastOpened.keyValueEnd());
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const auto& left, const auto& right) { return left.second > right.second; });
    QVariantMap stored;
    for (const auto& [path, when] : newestFirst.mid(0, limit))
        stored.insert(path, when);
    return stored;
}

QHash<QString, QDateTime> ClientDirectory::lastOpenedFromVariant(const QVariantMap& stored)
{
    QHash<QString, QDateTime> lastOpened;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QDateTime when = it.value().toDateTime();
        if (when.isValid())
            lastOpened.insert(it.key(), when);
    }
    return lastOpened;
}

QString ClientDirectory::notesExcerpt(const QString& notes)
{
    const QString firstLine = notes.section(u'\n', 0, 0).simplified();
    if (firstLine.size() <= excerptLength)
        return firstLine;
    // Cut at the last word break so that no word is split.
    const qsizetype cut = firstLine.lastIndexOf(u' ', excerptLength);
    return firstLine.left(cut > 0 ? cut : excerptLength) + u'…';
}

int ClientDirectory::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClientDirectory::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientDirectory::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case FilePathRole:
        return entry.filePath;
    case SearchTextRole:
        return SearchText::normalized(QString(entry.clientName + u' ' + entry.notes));
    case ErrorRole:
        return entry.error;
    case Qt::ToolTipRole:
        return entry.error.isEmpty() ? QDir::toNativeSeparators(entry.filePath) : entry.error;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return entry.clientName;
        case OffersColumn:
            return entry.error.isEmpty() ? QVariant(entry.offerCount) : QVariant(tr("cannot open"));
        case LastOpenedColumn:
            return entry.lastOpened.isValid() ? locale.toString(entry.lastOpened, QLocale::ShortFormat)
                                              : QString();
        case ModifiedColumn:
            return locale.toString(entry.modified, QLocale::ShortFormat);
        case NotesColumn:
            return notesExcerpt(entry.notes);
        case FileColumn:
            return QFileInfo(entry.filePath).fileName();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case OffersColumn:
            return entry.offerCount;
        case LastOpenedColumn:
            return entry.lastOpened;
        case ModifiedColumn:
            return entry.modified;
        default:
            return SearchText::normalized(data(index, Qt::DisplayRole).toString());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == OffersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ClientDirectory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case OffersColumn:
        return tr("Offers");
    case LastOpenedColumn:
        return tr("Last opened");
    case ModifiedColumn:
        return tr("Modified");
    case NotesColumn:
        return tr("Notes");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace Anchorline
