#include "AutosaveStore.h"

#include "DataFolder.h"
#include "InputFile.h"
#include "SessionFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
constexpr QStringView snapshotSuffix = u".anchorline-autosave";
constexpr QStringView formatKey = u"anchorline_autosave";
constexpr int formatVersion = 1;

struct Snapshot
{
    QString originalPath;
    QDateTime savedAt;
    QJsonObject session;
    QString error;
};

// The snapshot wrapper: {"anchorline_autosave": 1, "original_path", "saved_at", "session": {session format}}.
Snapshot readSnapshot(const QString& path)
{
    Snapshot snapshot;
    const auto read = InputFile::read(path, InputFile::MaxDocumentBytes);
    if (!read.ok()) {
        snapshot.error = read.error;
        return snapshot;
    }
    const QJsonObject object = QJsonDocument::fromJson(*read.bytes).object();
    snapshot.originalPath = object.value(u"original_path").toString();
    snapshot.savedAt = QDateTime::fromString(object.value(u"saved_at").toString(), Qt::ISODate);
    snapshot.session = object.value(u"session").toObject();
    if (object.value(formatKey).toInt() != formatVersion || !snapshot.savedAt.isValid() ||
        snapshot.session.isEmpty())
        snapshot.error = AutosaveStore::tr("%1: not a readable autosave snapshot").arg(path);
    return snapshot;
}
} // namespace

QString AutosaveStore::Recovery::displayName() const
{
    return originalPath.isEmpty() ? AutosaveStore::tr("untitled") : QFileInfo(originalPath).fileName();
}

QString AutosaveStore::Recovery::prompt(const QDateTime& now) const
{
    const QLocale locale;
    const QDateTime local = savedAt.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    if (originalPath.isEmpty())
        return AutosaveStore::tr("Recover unsaved session from %1?").arg(when);
    return AutosaveStore::tr("Recover unsaved changes to %1 from %2?").arg(displayName(), when);
}

QString AutosaveStore::defaultDirectory()
{
    return DataFolder::path() + u"/autosave"_s;
}

QString AutosaveStore::newDocumentId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

AutosaveStore::AutosaveStore(QString directory)
    : m_directory(std::move(directory))
{}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::snapshotPath(const QString& documentId) const
{
    return m_directory + u'/' + documentId + snapshotSuffix;
}

QString AutosaveStore::lockPath(const QString& documentId) const
{
    return m_directory + u'/' + documentId + u".lock"_s;
}

bool AutosaveStore::acquire(const QString& documentId)
{
    if (m_locks.contains(documentId))
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath(documentId));
    // A lock left by a crashed process is stale and taken over; a live one means another instance has it
    // open.
    if (!lock->tryLock(0))
        return false;
    m_locks.emplace(documentId, std::move(lock));
    return true;
}

void AutosaveStore::suspend()
{
    m_locks.clear();
    m_suspended = true;
}

QString AutosaveStore::save(const QString& documentId, const Session& session, const QString& originalPath,
                            const QDateTime& now)
{
    if (documentId.isEmpty() || documentId.contains(u'/'))
        return tr("\"%1\" is not a document id").arg(documentId);
    if (m_suspended)
        return QString();
    // The snapshots hold private pay figures: the folder is the owner's only.
    if (!QDir().mkpath(m_directory))
        return tr("%1: cannot create the autosave folder").arg(m_directory);
    if (QFile folder(m_directory);
        !folder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return tr("%1: cannot make the autosave folder private: %2").arg(m_directory, folder.errorString());
    if (!acquire(documentId))
        return tr("%1: another running Anchorline is autosaving this document").arg(snapshotPath(documentId));
    const QDateTime savedAt = now.toUTC();
    const QJsonObject snapshot{
        {formatKey.toString(), formatVersion},
        {u"original_path"_s, originalPath},
        {u"saved_at"_s, savedAt.toString(Qt::ISODate)},
        {u"session"_s, SessionJson::toJsonObject(session, savedAt)},
    };
    return SessionFile::writePrivateFile(snapshotPath(documentId), QJsonDocument(snapshot).toJson());
}

void AutosaveStore::clear(const QString& documentId)
{
    QFile::remove(snapshotPath(documentId));
    m_locks.erase(documentId); // QLockFile removes its file when destroyed
}

QList<AutosaveStore::Recovery> AutosaveStore::pendingRecoveries() const
{
    QList<Recovery> recoveries;
    const QDir directory(m_directory);
    const auto files = directory.entryInfoList({u"*"_s + snapshotSuffix}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QString documentId = file.fileName().chopped(snapshotSuffix.size());
        if (m_locks.contains(documentId))
            continue;
        QLockFile lock(lockPath(documentId));
        if (!lock.tryLock(0))
            continue; // open in another running instance
        const Snapshot snapshot = readSnapshot(file.absoluteFilePath());
        Recovery recovery;
        recovery.documentId = documentId;
        recovery.autosavePath = file.absoluteFilePath();
        recovery.originalPath = snapshot.originalPath;
        recovery.savedAt = snapshot.error.isEmpty() ? snapshot.savedAt : file.lastModified().toUTC();
        recovery.clientName = snapshot.session.value(u"client").toObject().value(u"name").toString();
        recovery.error = snapshot.error;
        recoveries.append(recovery);
    }
    std::sort(recoveries.begin(), recoveries.end(),
              [](const Recovery& a, const Recovery& b) { return a.savedAt > b.savedAt; });
    return recoveries;
}

AutosaveStore::RecoverResult AutosaveStore::recover(const Recovery& recovery)
{
    RecoverResult result;
    if (!acquire(recovery.documentId)) {
        result.error = tr("%1: another running Anchorline has this document open").arg(recovery.autosavePath);
        return result;
    }
    const Snapshot snapshot = readSnapshot(snapshotPath(recovery.documentId));
    if (!snapshot.error.isEmpty()) {
        result.error = snapshot.error;
        return result;
    }
    result.originalPath = snapshot.originalPath;
    result.parsed = SessionJson::fromJsonObject(snapshot.session);
    if (!result.parsed.ok())
        result.error = recovery.autosavePath + u": "_s + result.parsed.errorText();
    return result;
}

bool AutosaveStore::discard(const Recovery& recovery)
{
    if (!acquire(recovery.documentId))
        return false;
    clear(recovery.documentId);
    return true;
}

} // namespace Anchorline
