#include "SessionFile.h"
#include "SessionSamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void saveThenLoadRoundTrips();
    void savedFileIsPrivate();
    void secondSaveKeepsThePreviousVersionAsBackup();
    void backupIsPrivateEvenWhenTheOldFileWasNot();
    void failedSaveKeepsTheOldFile_data();
    void failedSaveKeepsTheOldFile();
    void unfinishedOfferIsSavedAndReopened();
    void newEmptySessionIsSavedAndReopened();
    void loadUpgradesAnOfferFileWithoutWritingIt();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void missingFileNamesThePath();
    void saveRemovesWhatAnInterruptedSaveLeft();

private:
    static QFileDevice::Permissions privateMode() { return QFileDevice::ReadOwner | QFileDevice::WriteOwner; }
    static QFileDevice::Permissions modeOf(const QString& path)
    {
        // The owner/group/other bits only; QFileInfo adds the "user" bits for the current user.
        return QFileInfo(path).permissions() &
               ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }
    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
};

void TestSessionFile::saveThenLoadRoundTrips()
{
    const QString path = m_dir.filePath(u"roundtrip.anchorline"_s);
    const Session session = SessionSamples::fullSession();
    const QDateTime now(QDate(2026, 11, 26), QTime(6, 30), Qt::UTC);
    const auto saved = SessionFile::save(session, path, now);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(saved.savedAt, now);
    const auto loaded = SessionFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.session() == session);
    QCOMPARE(loaded.parsed.savedAt, now);
    QVERIFY(!QFileInfo::exists(SessionFile::backupPath(path))); // nothing to back up on the first save
}

void TestSessionFile::savedFileIsPrivate()
{
    const QString path = m_dir.filePath(u"private.anchorline"_s);
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), path).ok());
    QCOMPARE(modeOf(path), privateMode());
}

void TestSessionFile::secondSaveKeepsThePreviousVersionAsBackup()
{
    const QString path = m_dir.filePath(u"client.anchorline"_s);
    Session session = SessionSamples::fullSession();
    QVERIFY(SessionFile::save(session, path).ok());
    const QByteArray firstVersion = contents(path);

    session.notes = u"Second meeting: Northwind moved on sign-on."_s;
    QVERIFY(SessionFile::save(session, path).ok());
    const QString backup = SessionFile::backupPath(path);
    QCOMPARE(backup, path + u".bak"_s);
    QCOMPARE(contents(backup), firstVersion);
    QCOMPARE(modeOf(backup), privateMode());
    QCOMPARE(SessionFile::load(path).session().notes, session.notes);
    QCOMPARE(SessionFile::load(backup).session().notes, SessionSamples::fullSession().notes);
}

void TestSessionFile::backupIsPrivateEvenWhenTheOldFileWasNot()
{
    const QString path = m_dir.filePath(u"shared.anchorline"_s);
    writeFile(path, "{\"old\": true}");
    QVERIFY(QFile::setPermissions(path, privateMode() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), path).ok());
    QCOMPARE(contents(SessionFile::backupPath(path)), QByteArray("{\"old\": true}"));
    QCOMPARE(modeOf(SessionFile::backupPath(path)), privateMode());
    QCOMPARE(modeOf(path), privateMode());
}

void TestSessionFile::failedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("read-only folder") << true << u"cannot save"_s;
    // Works as root too: a directory where the backup must go makes the save fail before the old file is
    // replaced.
    QTest::newRow("backup cannot be written") << false << u"backup of the previous version failed"_s;
}

void TestSessionFile::failedSaveKeepsTheOldFile()
{
    QFETCH(bool, readOnlyFolder);
    QFETCH(QString, errorFragment);
    if (readOnlyFolder && geteuid() == 0)
        QSKIP("root writes into read-only folders");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.anchorline"_s);
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), path).ok());
    const QByteArray before = SessionSamples::fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    if (readOnlyFolder)
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    else
        QVERIFY(QDir().mkdir(SessionFile::backupPath(path)));

    Session changed = SessionSamples::fullSession();
    changed.clientName = u"Someone else"_s;
    const auto saved = SessionFile::save(changed, path);
    QVERIFY(QFile::setPermissions(dir.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error.startsWith(path + u": "_s), qPrintable(saved.error));
    QVERIFY2(saved.error.contains(errorFragment), qPrintable(saved.error));
    QCOMPARE(SessionSamples::fileHash(path), before);
    QVERIFY(SessionFile::load(path).session() == SessionSamples::fullSession());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no temporary file left behind
}

void TestSessionFile::unfinishedOfferIsSavedAndReopened()
{
    const QString path = m_dir.filePath(u"unfinished.anchorline"_s);
    Session unfinished = SessionSamples::fullSession();
    unfinished.offers[1].offer.base = Money::fromMajor(0); // still being typed
    const auto saved = SessionFile::save(unfinished, path);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const auto loaded = SessionFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.session() == unfinished);
    QCOMPARE(loaded.session().offers.at(1).offer.base, Money::fromMajor(0));
    // The problem is kept for whoever uses the offer (evaluate, email, compare) to report.
    QCOMPARE(FieldError::joined(loaded.session().validate()),
             u"offers[2].offer.base: expected the yearly base salary, more than 0"_s);
}

void TestSessionFile::newEmptySessionIsSavedAndReopened()
{
    const QString path = m_dir.filePath(u"new.anchorline"_s);
    Session empty;
    empty.offers.append({QString(), Offer()});
    const auto saved = SessionFile::save(empty, path);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(modeOf(path), privateMode());
    const auto loaded = SessionFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.session() == empty);
    QVERIFY(!loaded.parsed.wasUpgraded());
}

void TestSessionFile::loadUpgradesAnOfferFileWithoutWritingIt()
{
    const QString path = m_dir.filePath(u"offer.json"_s);
    QVERIFY(QFile::copy(SessionSamples::dataPath(u"offer-schema0.json"_s), path));
    const QByteArray before = SessionSamples::fileHash(path);
    const auto loaded = SessionFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.parsed.wasUpgraded());
    QCOMPARE(loaded.session().offers.at(0).offer.company, u"Fabrikam"_s);
    QCOMPARE(SessionSamples::fileHash(path), before);
}

void TestSessionFile::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("damaged") << QByteArray(
                                    "{\n  \"app\": \"Anchorline\",\n  \"schema\": 1,\n  \"offers\": [\n")
                             << u": line 5, column 1: "_s;
    QTest::newRow("future") << QByteArray(
                                   R"({"app": "Anchorline", "schema": 7, "offers": [], "hologram": {}})")
                            << u": schema: this session was saved by a newer Anchorline (session schema 7)"_s;
    QTest::newRow("wrong type")
        << QByteArray(R"({"app": "Anchorline", "schema": 1, "history": [{"date": 20261118}]})")
        << u": history[1].date: expected text, found a number"_s;
}

void TestSessionFile::refusedFilesStayUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedError);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".anchorline"_s);
    writeFile(path, bytes);
    const QByteArray before = SessionSamples::fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    const auto loaded = SessionFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.startsWith(path + expectedError), qPrintable(loaded.error));
    QCOMPARE(SessionSamples::fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(SessionFile::backupPath(path)));
}

void TestSessionFile::missingFileNamesThePath()
{
    const QString path = m_dir.filePath(u"nope.anchorline"_s);
    const auto loaded = SessionFile::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.startsWith(path + u": cannot open"_s), qPrintable(loaded.error));
}

// QSaveFile's temporary files of a save killed before its commit ("NAME.XXXXXX", with pay data in them) are
// removed by the next save of the same file; other files are not touched.
void TestSessionFile::saveRemovesWhatAnInterruptedSaveLeft()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"client.anchorline"_s);
    const QStringList leftovers{u"client.anchorline.Ab3xYz"_s, u"client.anchorline.bak.0qW9rT"_s};
    const QStringList others{u"client.anchorline.notes"_s, u"client.anchorline.older-copy"_s,
                             u"other.anchorline.Ab3xYz"_s, u"client.anchorline.Ab3xY"_s};
    for (const QString& name : leftovers + others) {
        QFile file(directory.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"partial\": ");
    }
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), path).ok());
    QStringList expected = others + QStringList{u"client.anchorline"_s};
    expected.sort();
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

QTEST_APPLESS_MAIN(TestSessionFile)
#include "TestSessionFile.moc"
