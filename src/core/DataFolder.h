#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Anchorline {

// The one folder where the desktop app and the CLI keep their data: imported datasets, autosave snapshots
// and the user's own email templates. Both programs set the organisation and application name below, so
// QStandardPaths::AppDataLocation is the same for both: ~/.local/share/Anchorline/Anchorline on Linux.
//
// Earlier builds named the CLI "anchorline" and kept its datasets and templates in a sibling folder
// (~/.local/share/Anchorline/anchorline). migrateLegacy() moves those files here once, file by file: a file
// missing here is moved; an identical one is dropped; when both differ, the newer one keeps the name and the
// older one is kept beside it as "<name>.older-copy" (then ".older-copy-2", ...). Nothing is overwritten and
// nothing is lost.
class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::DataFolder)

public:
    static constexpr QStringView OrganizationName = u"Anchorline";
    static constexpr QStringView ApplicationName = u"Anchorline";
    // The CLI's application name in earlier builds: its data folder is migrated and still erased by "forget".
    static constexpr QStringView LegacyCliApplicationName = u"anchorline";
    static constexpr QStringView OlderCopySuffix = u".older-copy";

    // Sets the organisation and application name both programs share (call right after creating the app).
    static void setApplicationNames();

    // QStandardPaths::AppDataLocation: the data folder.
    static QString path();
    // The CLI's data folder in earlier builds, a sibling of path().
    static QString legacyCliPath();

    struct Migration
    {
        QString from;
        QString to;
        QStringList moved;       // paths relative to `to`, moved from `from`
        QStringList duplicates;  // relative paths whose old copy was identical and so was removed
        QStringList olderCopies; // relative paths of the older copies kept beside a newer file
        QStringList errors;      // "path: reason"; such files stay where they were

        bool isEmpty() const;
        // One line per moved/kept file for the user, or empty when nothing happened.
        QString report() const;
    };

    // Moves every file below `from` into the same relative place below `to` as described above, then
    // removes the folders left empty in `from`. Does nothing when `from` does not exist or names the same
    // folder as `to` (a case-insensitive file system).
    static Migration migrate(const QString& from, const QString& to);
    static Migration migrateLegacy() { return migrate(legacyCliPath(), path()); }

    // Removes `folder` and the folders below it that are empty (deepest first); a folder that still holds a
    // file stays.
    static void removeEmptyFolders(const QString& folder);
};

} // namespace Anchorline
