#include "DataFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr auto PrivateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// True when both paths reach one folder: the same canonical path, or names differing only in case on a file
// system that ignores case (there the parent lists only one of the two names).
bool sameFolder(const QString& from, const QString& to)
{
    const QString canonicalFrom = QFileInfo(from).canonicalFilePath();
    if (!canonicalFrom.isEmpty() && canonicalFrom == QFileInfo(to).canonicalFilePath())
        return true;
    if (from.compare(to, Qt::CaseInsensitive) != 0 || !QFileInfo::exists(to))
        return false;
    const QStringList names =
        QFileInfo(from).dir().entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    return !names.contains(QFileInfo(from).fileName()) || !names.contains(QFileInfo(to).fileName());
}

// Creates `folder` and the folders up to it below `root` that are missing, each for the user only.
bool makePrivatePath(const QString& root, const QString& folder)
{
    QString path = root;
    const QStringList parts = QDir(root).relativeFilePath(folder).split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == u".")
            continue;
        path += u'/' + part;
        if (QFileInfo(path).isDir())
            continue;
        if (!QDir().mkdir(path))
            return false;
        QFile::setPermissions(path, PrivateFolder);
    }
    return true;
}

bool sameContent(const QString& first, const QString& second)
{
    QFile a(first);
    QFile b(second);
    if (a.size() != b.size() || !a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 ChunkSize = 1 << 16;
    while (!a.atEnd()) {
        if (a.read(ChunkSize) != b.read(ChunkSize))
            return false;
    }
    return true;
}

QString freeOlderCopyName(const QString& path)
{
    QString candidate = path + DataFolder::OlderCopySuffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + DataFolder::OlderCopySuffix + u'-' + QString::number(n);
    return candidate;
}

} // namespace

void DataFolder::setApplicationNames()
{
    QCoreApplication::setOrganizationName(OrganizationName.toString());
    QCoreApplication::setApplicationName(ApplicationName.toString());
}

QString DataFolder::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataFolder::legacyCliPath()
{
    return QFileInfo(path()).dir().filePath(LegacyCliApplicationName.toString());
}

bool DataFolder::Migration::isEmpty() const
{
    return moved.isEmpty() && duplicates.isEmpty() && olderCopies.isEmpty() && errors.isEmpty();
}

QString DataFolder::Migration::report() const
{
    if (isEmpty())
        return QString();
    QString text = tr("Anchorline now keeps its data in %1; files from %2:").arg(to, from) + u'\n';
    for (const QString& file : moved)
        text += tr("  moved %1").arg(file) + u'\n';
    for (const QString& file : duplicates)
        text += tr("  %1 was already there (same content)").arg(file) + u'\n';
    for (const QString& file : olderCopies)
        text += tr("  kept the older of two different copies as %1").arg(file) + u'\n';
    for (const QString& error : errors)
        text += tr("  not moved: %1").arg(error) + u'\n';
    return text;
}

void DataFolder::removeEmptyFolders(const QString& folder)
{
    QStringList folders;
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.prepend(it.next());
    folders.append(folder);
    for (const QString& path : std::as_const(folders))
        QDir().rmdir(path);
}

DataFolder::Migration DataFolder::migrate(const QString& from, const QString& to)
{
    Migration migration;
    migration.from = from;
    migration.to = to;
    if (!QFileInfo(from).isDir() || sameFolder(from, to))
        return migration;

    QStringList files;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(from).relativeFilePath(it.next()));
    files.sort();

    // The folder holding `to` (the organisation's) is shared with other programs' settings: a plain mkpath.
    const QString root = QFileInfo(to).path();
    if (!files.isEmpty())
        QDir().mkpath(root);
    for (const QString& relative : std::as_const(files)) {
        const QString source = from + u'/' + relative;
        const QString target = to + u'/' + relative;
        const auto fail = [&](const QString& reason) { migration.errors.append(source + u": "_s + reason); };
        if (!makePrivatePath(root, QFileInfo(target).path())) {
            fail(tr("cannot create the folder %1").arg(QFileInfo(target).path()));
            continue;
        }
        if (!QFileInfo::exists(target)) {
            if (QFile::rename(source, target))
                migration.moved.append(relative);
            else
                fail(tr("cannot move it to %1").arg(target));
            continue;
        }
        if (sameContent(source, target)) {
            if (QFile::remove(source))
                migration.duplicates.append(relative);
            else
                fail(tr("cannot remove the identical old copy"));
            continue;
        }
        // Two different files: the newer one takes the name, the older one stays beside it.
        const QString olderCopy = freeOlderCopyName(target);
        const bool sourceIsNewer = QFileInfo(source).lastModified() > QFileInfo(target).lastModified();
        if (!sourceIsNewer) {
            if (QFile::rename(source, olderCopy))
                migration.olderCopies.append(QDir(to).relativeFilePath(olderCopy));
            else
                fail(tr("cannot move it to %1").arg(olderCopy));
            continue;
        }
        if (!QFile::rename(target, olderCopy)) {
            fail(tr("cannot move %1 aside to %2").arg(target, olderCopy));
            continue;
        }
        if (!QFile::rename(source, target)) {
            QFile::rename(olderCopy, target); // put the newer file's place back as it was
            fail(tr("cannot move it to %1").arg(target));
            continue;
        }
        migration.moved.append(relative);
        migration.olderCopies.append(QDir(to).relativeFilePath(olderCopy));
    }
    removeEmptyFolders(from);
    return migration;
}

} // namespace Anchorline
