#include "UserDataEraser.h"

#include "DataFolder.h"
#include "SessionFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <array>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

// The application name both programs share, and the CLI's in earlier builds: Qt derives the settings file and
// the data folder from them. The old folder is migrated on start, but whatever could not be moved (or a copy
// an older CLI wrote since) is still the user's data to forget.
constexpr std::array<QStringView, 2> ApplicationNames{DataFolder::ApplicationName,
                                                      DataFolder::LegacyCliApplicationName};

// A session file or its backup: the user's own work, kept even where the app keeps its data.
bool isUserSession(const QFileInfo& file)
{
    const QString suffix = u'.' + SessionFile::fileSuffix();
    return file.fileName().endsWith(suffix) || file.fileName().endsWith(suffix + u".bak"_s);
}

QList<QFileInfo> filesBelow(const QString& folder)
{
    QList<QFileInfo> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append(it.fileInfo());
    }
    return files;
}

// The settings file itself, or every file below a folder; nothing when the path does not exist.
QList<QFileInfo> filesOf(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return filesBelow(path);
    return info.exists() ? QList<QFileInfo>{info} : QList<QFileInfo>{};
}

} // namespace

UserDataEraser::UserDataEraser(QString configDirectory, QString dataDirectory)
    : m_configDirectory(std::move(configDirectory))
    , m_dataDirectory(std::move(dataDirectory))
{}

UserDataEraser UserDataEraser::standard()
{
    const QString organization = DataFolder::OrganizationName.toString();
    return UserDataEraser(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + organization,
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + organization);
}

QList<UserDataEraser::Item> UserDataEraser::candidates() const
{
    QList<Item> result;
    for (QStringView application : ApplicationNames)
        result.append({Kind::Settings, m_configDirectory + u'/' + application + u".conf"_s});
    for (QStringView application : ApplicationNames) {
        const QString folder = m_dataDirectory + u'/' + application;
        result.append({Kind::Autosave, folder + u"/autosave"_s});
        result.append({Kind::Datasets, folder + u"/datasets"_s});
    }
    for (Item& item : result) {
        for (const QFileInfo& file : filesOf(item.path)) {
            if (isUserSession(file))
                continue;
            ++item.fileCount;
            item.bytes += file.size();
        }
    }
    return result;
}

QList<UserDataEraser::Item> UserDataEraser::items() const
{
    QList<Item> result;
    for (const Item& item : candidates()) {
        if (item.fileCount > 0)
            result.append(item);
    }
    return result;
}

UserDataEraser::Result UserDataEraser::erase() const
{
    Result result;
    for (const Item& item : candidates()) {
        if (item.kind == Kind::Settings && item.fileCount > 0) {
            // Empties the QSettings cache shared with a running app's QSettings objects, then the file.
            QSettings settings(item.path, QSettings::IniFormat);
            settings.clear();
            settings.sync();
        }
        bool removedAll = true;
        for (const QFileInfo& file : filesOf(item.path)) {
            if (isUserSession(file)) {
                result.kept.append(file.absoluteFilePath());
                continue;
            }
            QFile removable(file.absoluteFilePath());
            if (removable.exists() && !removable.remove()) {
                result.errors.append(
                    tr("%1: cannot remove: %2").arg(file.absoluteFilePath(), removable.errorString()));
                removedAll = false;
            }
        }
        if (QFileInfo(item.path).isDir())
            DataFolder::removeEmptyFolders(item.path);
        if (removedAll && item.fileCount > 0)
            result.removed.append(item);
    }
    // The application folders and the organisation's folders, when nothing else (templates, kept sessions)
    // is left in them.
    for (QStringView application : ApplicationNames)
        QDir().rmdir(m_dataDirectory + u'/' + application);
    QDir().rmdir(m_dataDirectory);
    QDir().rmdir(m_configDirectory);
    return result;
}

QString UserDataEraser::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Settings:
        return u"settings"_s;
    case Kind::Autosave:
        return u"autosave"_s;
    case Kind::Datasets:
        return u"datasets"_s;
    }
    return {};
}

QString UserDataEraser::kindDescription(Kind kind)
{
    switch (kind) {
    case Kind::Settings:
        return tr("Settings (recent sessions, last session, window layout, language)");
    case Kind::Autosave:
        return tr("Autosave snapshots (crash recovery)");
    case Kind::Datasets:
        return tr("Imported datasets");
    }
    return {};
}

QString UserDataEraser::describe(const Item& item)
{
    const QString size =
        tr("%n file(s), %1", nullptr, item.fileCount).arg(QLocale().formattedDataSize(item.bytes));
    return kindDescription(item.kind) + u": "_s + item.path + u" ("_s + size + u')';
}

} // namespace Anchorline
