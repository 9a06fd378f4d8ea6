#include "DataFolder.h"
#include "DatasetLibrary.h"
#include "TemplateLibrary.h"
#include "UserDataEraser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// The one data folder of the desktop app and the CLI, and the one-time move of the CLI's old folder into it,
// in a temporary home: HOME and XDG_DATA_HOME point into a QTemporaryDir.
class TestDataFolder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bothProgramsShareOneFolder();
    void migratesTheOldCliFolderOnce();
    void nothingToMigrateIsCheap();
    void sameFolderIsLeftAlone();
    void forgetStillCoversTheOldFolder();

private:
    QString path(const QString& relative) const { return m_root->filePath(relative); }
    void writeFile(const QString& relative, const QByteArray& content, const QDateTime& modified) const;
    QByteArray read(const QString& relative) const;

    std::unique_ptr<QTemporaryDir> m_root;
};

void TestDataFolder::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    qputenv("HOME", path(u"home"_s).toUtf8());
    qputenv("XDG_DATA_HOME", path(u"data"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());
    DataFolder::setApplicationNames();
}

void TestDataFolder::writeFile(const QString& relative, const QByteArray& content,
                               const QDateTime& modified) const
{
    QDir().mkpath(QFileInfo(path(relative)).path());
    QFile file(path(relative));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    QVERIFY(file.flush()); // before setting the time, which a later write would change
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

QByteArray TestDataFolder::read(const QString& relative) const
{
    QFile file(path(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

void TestDataFolder::bothProgramsShareOneFolder()
{
    QCOMPARE(QCoreApplication::applicationName(), u"Anchorline"_s);
    QCOMPARE(DataFolder::path(), path(u"data/Anchorline/Anchorline"_s));
    QCOMPARE(DataFolder::legacyCliPath(), path(u"data/Anchorline/anchorline"_s));
    // Everything the programs keep lives below it.
    QCOMPARE(DatasetLibrary::defaultDirectory(), path(u"data/Anchorline/Anchorline/datasets"_s));
    QCOMPARE(TemplateLibrary::userDirectory(), path(u"data/Anchorline/Anchorline/templates"_s));
}

void TestDataFolder::migratesTheOldCliFolderOnce()
{
    const QDateTime older(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime newer(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    const QString cli = u"data/Anchorline/anchorline/"_s;
    const QString app = u"data/Anchorline/Anchorline/"_s;
    // Only in the CLI's folder: moved.
    writeFile(cli + u"datasets/acme_2025.anchorline-dataset", "acme", older);
    writeFile(cli + u"templates/fr/email.firm.txt", "[subject]\nCLI fr\n", older);
    // The same file in both: the old copy is dropped.
    writeFile(cli + u"datasets/same.anchorline-dataset", "same bytes", older);
    writeFile(app + u"datasets/same.anchorline-dataset", "same bytes", newer);
    // Different, the app's newer: the CLI's stays beside it as the older copy.
    writeFile(cli + u"templates/en/email.warm.txt", "[subject]\nCLI warm\n", older);
    writeFile(app + u"templates/en/email.warm.txt", "[subject]\nApp warm\n", newer);
    // Different, the CLI's newer: it takes the name, the app's becomes the older copy.
    writeFile(cli + u"datasets/globex.anchorline-dataset", "globex from the CLI", newer);
    writeFile(app + u"datasets/globex.anchorline-dataset", "globex from the app", older);
    // Only the app's: untouched.
    writeFile(app + u"autosave/a.anchorline-autosave", "snapshot", newer);

    const DataFolder::Migration migration = DataFolder::migrateLegacy();
    QVERIFY2(migration.errors.isEmpty(), qPrintable(migration.errors.join(u'\n')));
    QCOMPARE(migration.from, path(u"data/Anchorline/anchorline"_s));
    QCOMPARE(migration.to, path(u"data/Anchorline/Anchorline"_s));
    QCOMPARE(migration.moved,
             (QStringList{u"datasets/acme_2025.anchorline-dataset"_s, u"datasets/globex.anchorline-dataset"_s,
                          u"templates/fr/email.firm.txt"_s}));
    QCOMPARE(migration.duplicates, QStringList{u"datasets/same.anchorline-dataset"_s});
    QCOMPARE(migration.olderCopies, (QStringList{u"datasets/globex.anchorline-dataset.older-copy"_s,
                                                 u"templates/en/email.warm.txt.older-copy"_s}));

    QCOMPARE(read(app + u"datasets/acme_2025.anchorline-dataset"), QByteArray("acme"));
    QCOMPARE(read(app + u"templates/fr/email.firm.txt"), QByteArray("[subject]\nCLI fr\n"));
    QCOMPARE(read(app + u"datasets/same.anchorline-dataset"), QByteArray("same bytes"));
    QCOMPARE(read(app + u"templates/en/email.warm.txt"), QByteArray("[subject]\nApp warm\n"));
    QCOMPARE(read(app + u"templates/en/email.warm.txt.older-copy"), QByteArray("[subject]\nCLI warm\n"));
    QCOMPARE(read(app + u"datasets/globex.anchorline-dataset"), QByteArray("globex from the CLI"));
    QCOMPARE(read(app + u"datasets/globex.anchorline-dataset.older-copy"), QByteArray("globex from the app"));
    QCOMPARE(read(app + u"autosave/a.anchorline-autosave"), QByteArray("snapshot"));
    // Moved files keep their dates and stay the user's only; the folders created for them are private.
    QCOMPARE(QFileInfo(path(app + u"datasets/globex.anchorline-dataset")).lastModified(), newer);
    QCOMPARE(QFileInfo(path(app + u"datasets/acme_2025.anchorline-dataset")).permissions().toInt() & 0x0077,
             0);
    QCOMPARE(QFileInfo(path(app + u"templates/fr")).permissions().toInt() & 0x0077, 0);
    // The old folder is gone, so the next start has nothing to do.
    QVERIFY(!QFileInfo::exists(path(u"data/Anchorline/anchorline"_s)));
    QVERIFY(DataFolder::migrateLegacy().isEmpty());

    const QString report = migration.report();
    QVERIFY2(report.contains(u"Anchorline now keeps its data in "_s + migration.to), qPrintable(report));
    QVERIFY(report.contains(u"moved datasets/acme_2025.anchorline-dataset"_s));
    QVERIFY(report.contains(
        u"kept the older of two different copies as templates/en/email.warm.txt.older-copy"_s));
    QCOMPARE(report.count(u'\n'), 1 + 3 + 1 + 2);
}

void TestDataFolder::nothingToMigrateIsCheap()
{
    const DataFolder::Migration migration = DataFolder::migrateLegacy();
    QVERIFY(migration.isEmpty());
    QVERIFY(migration.report().isEmpty());
    // Nothing is created either: a start without old data leaves the home as it was.
    QVERIFY(!QFileInfo::exists(path(u"data"_s)));
}

void TestDataFolder::sameFolderIsLeftAlone()
{
    // A link (or a file system that ignores case) makes both names one folder: nothing may move.
    writeFile(u"data/Anchorline/Anchorline/datasets/acme.anchorline-dataset"_s, "acme",
              QDateTime::currentDateTimeUtc());
    QVERIFY(QFile::link(path(u"data/Anchorline/Anchorline"_s), path(u"data/Anchorline/anchorline"_s)));
    QVERIFY(DataFolder::migrateLegacy().isEmpty());
    QCOMPARE(read(u"data/Anchorline/Anchorline/datasets/acme.anchorline-dataset"_s), QByteArray("acme"));
}

void TestDataFolder::forgetStillCoversTheOldFolder()
{
    // A file the migration could not move (or an old CLI wrote since) is still data to forget.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    writeFile(u"data/Anchorline/anchorline/datasets/old.anchorline-dataset"_s, "old", now);
    writeFile(u"data/Anchorline/Anchorline/datasets/new.anchorline-dataset"_s, "new", now);
    writeFile(u"data/Anchorline/Anchorline/datasets/new.anchorline-dataset.older-copy"_s, "older", now);
    const auto items = UserDataEraser::standard().items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].path, path(u"data/Anchorline/Anchorline/datasets"_s));
    QCOMPARE(items[0].fileCount, 2);
    QCOMPARE(items[1].path, path(u"data/Anchorline/anchorline/datasets"_s));
    QVERIFY(UserDataEraser::standard().erase().ok());
    QVERIFY(!QFileInfo::exists(path(u"data/Anchorline"_s)));
}

QTEST_APPLESS_MAIN(TestDataFolder)
#include "TestDataFolder.moc"
