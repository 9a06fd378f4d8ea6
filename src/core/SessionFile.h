#pragma once

#include "SessionJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Anchorline {

// Session files on disk. Saving is atomic (QSaveFile): the new file gets mode 0600 before it replaces the old
// one, and the previous version is kept beside it as NAME.bak (also 0600). A failed save leaves the old file
// as it was. Loading never writes: an upgraded, damaged or too-new file stays untouched.
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::SessionFile)

public:
    static QString fileSuffix(); // "anchorline"
    // Where the previous version is kept: "client.anchorline" → "client.anchorline.bak".
    static QString backupPath(const QString& path);

    struct LoadResult
    {
        SessionJson::ParseResult parsed;
        QString error; // empty on success; starts with the file name and says what is wrong and where
        bool ok() const { return parsed.ok(); }
        const Session& session() const { return *parsed.session; }
    };

    struct SaveResult
    {
        QString error; // empty on success; starts with the file name
        QDateTime savedAt;
        bool ok() const { return error.isEmpty(); }
    };

    static LoadResult load(const QString& path);
    // `now` is the saved_at time; tests pass a fixed one.
    static SaveResult save(const Session& session, const QString& path,
                           const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Writes `bytes` to `path` atomically with mode 0600 (no backup). Also used for autosave snapshots.
    static QString writePrivateFile(const QString& path, const QByteArray& bytes);
};

} // namespace Anchorline
