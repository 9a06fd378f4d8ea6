#include "SessionFile.h"

#include "InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
// Opens `file`, makes it private (0600) and writes `bytes`, without committing. Unbuffered, so that a failed
// write (a full disk) fails here: QSaveFile::commit() (Qt 6.4) ignores a failed flush of buffered data and
// would replace the file with a truncated one. A short write is retried, so that the call that fails says
// why.
// QSaveFile writes into "NAME.XXXXXX" beside the target and renames it at commit; a process killed in between
// (kill -9, a power cut) leaves that file behind, with the pay data in it. The next save of the same file
// removes such leftovers of the session and of its backup.
void removeInterruptedSaves(const QString& path)
{
    const QFileInfo target(path);
    const QString backupName = QFileInfo(SessionFile::backupPath(path)).fileName();
    static const QRegularExpression leftover(u"^(.+)\\.[A-Za-z0-9]{6}$"_s);
    const QStringList candidates = target.dir().entryList(
        {target.fileName() + u".??????"_s, backupName + u".??????"_s}, QDir::Files | QDir::Hidden);
    for (const QString& name : candidates) {
        const auto match = leftover.match(name);
        if (match.hasMatch() && (match.captured(1) == target.fileName() || match.captured(1) == backupName))
            QFile::remove(target.dir().filePath(name));
    }
}

bool writeUncommitted(QSaveFile& file, const QByteArray& bytes)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    for (qsizetype written = 0; written < bytes.size();) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return false;
        written += qsizetype(count);
    }
    return true;
}
} // namespace

QString SessionFile::fileSuffix()
{
    return u"anchorline"_s;
}

QString SessionFile::backupPath(const QString& path)
{
    return path + u".bak"_s;
}

SessionFile::LoadResult SessionFile::load(const QString& path)
{
    LoadResult result;
    const auto read = InputFile::read(path, InputFile::MaxDocumentBytes);
    if (!read.ok()) {
        result.error = read.error;
        return result;
    }
    result.parsed = SessionJson::parse(*read.bytes);
    if (!result.parsed.ok()) {
        QStringList lines;
        for (const auto& error : result.parsed.errors)
            lines.append(path + u": "_s + error.toString());
        result.error = lines.join(u'\n');
    }
    return result;
}

SessionFile::SaveResult SessionFile::save(const Session& session, const QString& path, const QDateTime& now)
{
    SaveResult result;
    const QDateTime savedAt = now.toUTC();
    const QByteArray bytes = SessionJson::toJson(session, savedAt);
    removeInterruptedSaves(path);

    // The new file is complete and private before anything on disk changes; the backup is written before the
    // new file replaces the old one, so every failure leaves the old file (and at worst an equal backup).
    QSaveFile file(path);
    if (!writeUncommitted(file, bytes)) {
        result.error = tr("%1: cannot save: %2").arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (QFileInfo::exists(path)) {
        QFile previous(path);
        if (!previous.open(QIODevice::ReadOnly)) {
            result.error = tr("%1: cannot read the previous version to keep it as a backup: %2")
                               .arg(path, previous.errorString());
            file.cancelWriting();
            return result;
        }
        if (const QString error = writePrivateFile(backupPath(path), previous.readAll()); !error.isEmpty()) {
            result.error =
                tr("%1: not saved, because the backup of the previous version failed: %2").arg(path, error);
            file.cancelWriting();
            return result;
        }
    }
    if (!file.commit()) {
        result.error = tr("%1: cannot save: %2").arg(path, file.errorString());
        return result;
    }
    result.savedAt = savedAt;
    return result;
}

QString SessionFile::writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!writeUncommitted(file, bytes) || !file.commit()) {
        const QString error = tr("%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return error;
    }
    return {};
}

} // namespace Anchorline
