#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Anchorline {

// Coach mode: the sessions (*.anchorline) in a chosen folder, one row per client. Damaged or too-new files
// are listed too, with their error, so the coach sees them. Filter with ClientFilterModel.
class ClientDirectory : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClientColumn,
        OffersColumn,
        LastOpenedColumn,
        ModifiedColumn,
        NotesColumn,
        FileColumn,
        ColumnCount
    };
    enum Role
    {
        FilePathRole = Qt::UserRole + 1, // absolute path of the session file
        SearchTextRole,                  // client name and all notes, folded by SearchText::normalized()
        ErrorRole,                       // why the file cannot be opened; empty when it can
        SortRole                         // dates as QDateTime, counts as int, text folded
    };

    struct Entry
    {
        QString filePath;
        QString clientName; // the file's base name when the session has no client name
        QString notes;
        int offerCount = 0;
        QDateTime modified;
        QDateTime lastOpened; // invalid: not opened in this app (as far as setLastOpened() knows)
        QString error;
    };

    explicit ClientDirectory(QObject* parent = nullptr);

    QString folder() const { return m_folder; }
    // Scans `folder` (not its subfolders); returns an error message when it cannot be read, empty otherwise.
    QString setFolder(const QString& folder);
    QString refresh();

    // The app keeps last-opened dates in its settings and hands them in; keys are absolute file paths.
    void setLastOpened(const QHash<QString, QDateTime>& lastOpened);
    void markOpened(const QString& filePath, const QDateTime& when = QDateTime::currentDateTime());
    QHash<QString, QDateTime> lastOpened() const { return m_lastOpened; }

    // How the app stores the last-opened dates (one settings value: absolute path → date and time). Only the
    // `limit` most recent are kept, so that the value does not grow with every client a coach ever had.
    static constexpr int RememberedOpenings = 500;
    static QVariantMap lastOpenedToVariant(const QHash<QString, QDateTime>& lastOpened,
                                           int limit = RememberedOpenings);
    // Entries that are not a valid date and time are dropped.
    static QHash<QString, QDateTime> lastOpenedFromVariant(const QVariantMap& stored);

    const QList<Entry>& entries() const { return m_entries; }

    // The first line of the notes, shortened to about 80 characters.
    static QString notesExcerpt(const QString& notes);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QList<Entry> m_entries;
    QHash<QString, QDateTime> m_lastOpened;
};

} // namespace Anchorline
