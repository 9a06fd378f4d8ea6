#include "AutosaveStore.h"
#include "SessionSamples.h"
#include "UserDataEraser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestUserDataEraser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsWhatTheAppKeeps();
    void erasesAppDataButKeepsUserFiles();
    void runningAppSettingsAreEmptied();
    void nothingToForget();
    void standardDirectories();

private:
    void writeFile(const QString& relativePath, const QByteArray& content);
    QString path(const QString& relativePath) const { return m_root->filePath(relativePath); }

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_documentId;
};

void TestUserDataEraser::writeFile(const QString& relativePath, const QByteArray& content)
{
    const QString file = path(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(content), content.size());
}

// A user's directories after some use of the desktop app and the CLI.
void TestUserDataEraser::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    {
        QSettings settings(path(u"config/Anchorline/Anchorline.conf"_s), QSettings::IniFormat);
        settings.setValue(u"language"_s, u"de"_s);
        settings.setValue(u"recentSessions"_s, QStringList{u"/home/zoe/zoe.anchorline"_s});
    }
    {
        // Destroyed without clear(): the snapshot stays, as after a crash.
        AutosaveStore autosave(path(u"data/Anchorline/Anchorline/autosave"_s));
        m_documentId = AutosaveStore::newDocumentId();
        QCOMPARE(autosave.save(m_documentId, SessionSamples::fullSession(), QString()), QString());
    }
    writeFile(u"data/Anchorline/anchorline/datasets/acme_2025.anchorline-dataset"_s, QByteArray(1234, 'x'));
    writeFile(u"data/Anchorline/anchorline/datasets/globex.anchorline-dataset"_s, QByteArray(766, 'y'));
    // The user's own files: a template and a session saved (oddly) into the autosave folder.
    writeFile(u"data/Anchorline/anchorline/templates/en/email.warm.txt"_s, "[subject]\nHi\n");
    writeFile(u"data/Anchorline/Anchorline/autosave/mine.anchorline"_s, "{}");
    writeFile(u"data/Anchorline/Anchorline/autosave/mine.anchorline.bak"_s, "{}");
}

void TestUserDataEraser::listsWhatTheAppKeeps()
{
    const UserDataEraser eraser(path(u"config/Anchorline"_s), path(u"data/Anchorline"_s));
    const QList<UserDataEraser::Item> items = eraser.items();
    QCOMPARE(items.size(), 3);

    QCOMPARE(items[0].kind, UserDataEraser::Kind::Settings);
    QCOMPARE(items[0].path, path(u"config/Anchorline/Anchorline.conf"_s));
    QCOMPARE(items[0].fileCount, 1);
    QCOMPARE(items[0].bytes, QFileInfo(items[0].path).size());
    QVERIFY(items[0].bytes > 0);

    QCOMPARE(items[1].kind, UserDataEraser::Kind::Autosave);
    QCOMPARE(items[1].path, path(u"data/Anchorline/Anchorline/autosave"_s));
    QCOMPARE(items[1].fileCount, 1); // the snapshot; the two session files are the user's
    QCOMPARE(items[1].bytes,
             QFileInfo(items[1].path + u'/' + m_documentId + u".anchorline-autosave"_s).size());

    QCOMPARE(items[2].kind, UserDataEraser::Kind::Datasets);
    QCOMPARE(items[2].path, path(u"data/Anchorline/anchorline/datasets"_s));
    QCOMPARE(items[2].fileCount, 2);
    QCOMPARE(items[2].bytes, 2000);
}

void TestUserDataEraser::erasesAppDataButKeepsUserFiles()
{
    const UserDataEraser eraser(path(u"config/Anchorline"_s), path(u"data/Anchorline"_s));
    const UserDataEraser::Result result = eraser.erase();
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.removed.size(), 3);
    QCOMPARE(result.removed[2].fileCount, 2);
    QCOMPARE(result.kept, QStringList({path(u"data/Anchorline/Anchorline/autosave/mine.anchorline"_s),
                                       path(u"data/Anchorline/Anchorline/autosave/mine.anchorline.bak"_s)}));

    QVERIFY(!QFileInfo::exists(path(u"config/Anchorline/Anchorline.conf"_s)));
    QVERIFY(!QFileInfo::exists(path(u"config/Anchorline"_s))); // left empty, so removed
    QVERIFY(!QFileInfo::exists(path(u"data/Anchorline/anchorline/datasets"_s)));
    QVERIFY(!QFileInfo::exists(
        path(u"data/Anchorline/Anchorline/autosave/"_s + m_documentId + u".anchorline-autosave"_s)));
    QVERIFY(QFileInfo::exists(path(u"data/Anchorline/Anchorline/autosave/mine.anchorline"_s)));
    QVERIFY(QFileInfo::exists(path(u"data/Anchorline/anchorline/templates/en/email.warm.txt"_s)));
    QVERIFY(eraser.items().isEmpty());
}

void TestUserDataEraser::runningAppSettingsAreEmptied()
{
    const QString file = path(u"config/Anchorline/Anchorline.conf"_s);
    QSettings running(file, QSettings::IniFormat); // as a running app holds its settings
    QCOMPARE(running.value(u"language"_s).toString(), u"de"_s);
    QVERIFY(UserDataEraser(path(u"config/Anchorline"_s), path(u"data/Anchorline"_s)).erase().ok());
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(u"language"_s));
    QVERIFY(!QFileInfo::exists(file));
}

void TestUserDataEraser::nothingToForget()
{
    QTemporaryDir empty;
    const UserDataEraser eraser(empty.filePath(u"config"_s), empty.filePath(u"data"_s));
    QVERIFY(eraser.items().isEmpty());
    const UserDataEraser::Result result = eraser.erase();
    QVERIFY(result.ok());
    QVERIFY(result.removed.isEmpty());
    QVERIFY(result.kept.isEmpty());
}

void TestUserDataEraser::standardDirectories()
{
    QStandardPaths::setTestModeEnabled(true);
    const UserDataEraser eraser = UserDataEraser::standard();
    QCOMPARE(eraser.configDirectory(),
             QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/Anchorline"_s);
    QCOMPARE(eraser.dataDirectory(),
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Anchorline"_s);
    QCOMPARE(UserDataEraser::kindId(UserDataEraser::Kind::Datasets), u"datasets"_s);
}

QTEST_APPLESS_MAIN(TestUserDataEraser)
#include "TestUserDataEraser.moc"
