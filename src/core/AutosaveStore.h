#pragma once

#include "Session.h"
#include "SessionJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>

class QLockFile;

namespace Anchorline {

// Crash recovery. The app autosaves each open document (every minute, from its own timer) through save();
// a clean save or a clean close calls clear(). After a crash the snapshot stays, and on the next start
// pendingRecoveries() lists it ("Recover unsaved session from 10:42?") for recover() or discard().
//
// Snapshots live in `directory()` (by default DataFolder::path() + "/autosave"), one file per document,
// written atomically with mode 0600, with the document's original path and the time. While a store has a
// document open it holds a lock file for it, so a second running instance does not offer to recover a live
// document; the lock of a crashed process is stale and ignored.
class AutosaveStore
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::AutosaveStore)

public:
    struct Recovery
    {
        QString documentId;
        QString originalPath; // empty: the session was never saved ("untitled")
        QDateTime savedAt;    // UTC
        QString autosavePath;
        QString clientName;
        QString error; // non-empty when the snapshot cannot be read; it can only be discarded

        // The file name of the original, or "untitled" (translated).
        QString displayName() const;
        // "Recover unsaved session from 10:42?" with the time in local time (and the date when not today).
        QString prompt(const QDateTime& now = QDateTime::currentDateTime()) const;
    };

    struct RecoverResult
    {
        SessionJson::ParseResult parsed;
        QString originalPath;
        QString error;
        bool ok() const { return parsed.ok(); }
    };

    static QString defaultDirectory(); // DataFolder::path() + "/autosave"
    // A fresh id for a document the app creates or opens.
    static QString newDocumentId();

    explicit AutosaveStore(QString directory = defaultDirectory());
    ~AutosaveStore(); // releases the locks and keeps the snapshots: clear() is what removes them
    AutosaveStore(const AutosaveStore&) = delete;
    AutosaveStore& operator=(const AutosaveStore&) = delete;

    QString directory() const { return m_directory; }

    // Writes the snapshot of document `documentId`; returns an error message, empty on success.
    QString save(const QString& documentId, const Session& session, const QString& originalPath,
                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Removes the snapshot of `documentId` and releases its lock (after a clean save or close).
    void clear(const QString& documentId);

    // Snapshots no running instance holds, newest first.
    QList<Recovery> pendingRecoveries() const;
    // Reads the snapshot and takes over its document id: later save(recovery.documentId, ...) overwrite it
    // and clear() removes it. The snapshot stays on disk until then, so a second crash loses nothing.
    RecoverResult recover(const Recovery& recovery);
    // Deletes the snapshot; returns false with nothing removed when another instance holds it.
    bool discard(const Recovery& recovery);

    // After "Forget all data": releases the locks, and save() writes nothing (and reports no error) for the
    // rest of the run.
    void suspend();
    bool isSuspended() const { return m_suspended; }

private:
    QString snapshotPath(const QString& documentId) const;
    QString lockPath(const QString& documentId) const;
    bool acquire(const QString& documentId);

    QString m_directory;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks; // documents this store owns
    bool m_suspended = false;
};

} // namespace Anchorline
