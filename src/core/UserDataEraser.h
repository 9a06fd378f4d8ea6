#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Anchorline {

// "Forget all data": the files Anchorline itself keeps in the user's directories, listed and removed.
// That is the settings file (recent sessions, last session, window layout, language), the autosave
// snapshots and the imported datasets, in the data folder the desktop app and the CLI share (DataFolder)
// and in the folder earlier CLI builds used ("anchorline"). Never removed: session files the user saved (any
// "*.anchorline", even inside those folders) and the user's own email templates (DataFolder/templates).
class UserDataEraser
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::UserDataEraser)

public:
    enum class Kind
    {
        Settings, // one QSettings file
        Autosave, // a folder of crash-recovery snapshots and their locks
        Datasets, // a folder of imported datasets
    };

    struct Item
    {
        Kind kind = Kind::Settings;
        QString path; // absolute: the settings file, or the folder
        int fileCount = 0;
        qint64 bytes = 0;
    };

    struct Result
    {
        QList<Item> removed;
        QStringList kept;   // files left on purpose: session files found inside the app's folders
        QStringList errors; // "path: reason"
        bool ok() const { return errors.isEmpty(); }
    };

    // `configDirectory` holds the organisation's settings files ($XDG_CONFIG_HOME/Anchorline on Linux),
    // `dataDirectory` the organisation's data folders ($XDG_DATA_HOME/Anchorline).
    UserDataEraser(QString configDirectory, QString dataDirectory);
    // The directories QStandardPaths reports for the organisation "Anchorline".
    static UserDataEraser standard();

    QString configDirectory() const { return m_configDirectory; }
    QString dataDirectory() const { return m_dataDirectory; }

    // What exists now, settings first; an empty folder is not listed.
    QList<Item> items() const;
    // Removes every item (settings are cleared through QSettings first, so a running app's cached copy
    // is emptied too), then the folders left empty.
    Result erase() const;

    static QString kindId(Kind kind); // "settings", "autosave", "datasets" (CLI JSON)
    // Translated, for the confirmation: "Settings (recent sessions, last session, window layout, language)".
    static QString kindDescription(Kind kind);
    // "Imported datasets: /home/you/.local/share/Anchorline/Anchorline/datasets (2 file(s), 3.00 KiB)".
    static QString describe(const Item& item);

private:
    QList<Item> candidates() const; // every place the app may keep files, with what each holds now

    QString m_configDirectory;
    QString m_dataDirectory;
};

} // namespace Anchorline
