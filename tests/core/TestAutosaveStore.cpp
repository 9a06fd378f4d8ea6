#include "AutosaveStore.h"
#include "SessionSamples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestAutosaveStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void crashRecoveryFlow();
    void cleanSaveLeavesNothingToRecover();
    void unfinishedOfferIsAutosaved();
    void liveDocumentOfAnotherInstanceIsNotOffered();
    void untitledAndNewestFirst();
    void damagedSnapshotCanBeDiscarded();
    void prompt();

private:
    QString freshDirectory()
    {
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->filePath(u"autosave"_s);
    }
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

void TestAutosaveStore::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAutosaveStore::crashRecoveryFlow()
{
    const QString directory = freshDirectory();
    const QString original = u"/home/coach/clients/zoe.anchorline"_s;
    const QDateTime savedAt(QDate(2026, 11, 26), QTime(10, 42, 5), Qt::UTC);
    Session session = SessionSamples::fullSession();
    QString documentId;
    {
        AutosaveStore running(directory);
        documentId = AutosaveStore::newDocumentId();
        QCOMPARE(running.save(documentId, SessionSamples::fullSession(), original, savedAt.addSecs(-60)),
                 QString());
        session.notes += u"\nTyped after the first autosave."_s;
        QCOMPARE(running.save(documentId, session, original, savedAt), QString());
        const QString snapshot = QDir(directory).filePath(documentId + u".anchorline-autosave"_s);
        QCOMPARE(QFileInfo(snapshot).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(directory).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(running.pendingRecoveries().isEmpty()); // its own live document is not a recovery
        // The app "crashes": clear() is never called.
    }

    AutosaveStore nextStart(directory);
    const auto recoveries = nextStart.pendingRecoveries();
    QCOMPARE(recoveries.size(), 1);
    const auto& recovery = recoveries.first();
    QCOMPARE(recovery.documentId, documentId);
    QCOMPARE(recovery.originalPath, original);
    QCOMPARE(recovery.savedAt, savedAt);
    QCOMPARE(recovery.clientName, u"Zoë Núñez-Okafor"_s);
    QCOMPARE(recovery.displayName(), u"zoe.anchorline"_s);
    QVERIFY(recovery.error.isEmpty());

    const auto recovered = nextStart.recover(recovery);
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    QCOMPARE(recovered.originalPath, original);
    QVERIFY(*recovered.parsed.session == session);
    QVERIFY(QFileInfo::exists(recovery.autosavePath)); // kept until saved or discarded

    QVERIFY(nextStart.discard(recovery));
    QVERIFY(!QFileInfo::exists(recovery.autosavePath));
    QVERIFY(nextStart.pendingRecoveries().isEmpty());
    QCOMPARE(AutosaveStore(directory).pendingRecoveries().size(), 0);
}

void TestAutosaveStore::cleanSaveLeavesNothingToRecover()
{
    const QString directory = freshDirectory();
    {
        AutosaveStore store(directory);
        const QString id = AutosaveStore::newDocumentId();
        QCOMPARE(store.save(id, SessionSamples::fullSession(), QString()), QString());
        store.clear(id);
    }
    QVERIFY(AutosaveStore(directory).pendingRecoveries().isEmpty());
    QCOMPARE(QDir(directory).entryList(QDir::Files), QStringList());
}

void TestAutosaveStore::unfinishedOfferIsAutosaved()
{
    const QString directory = freshDirectory();
    Session unfinished = SessionSamples::fullSession();
    unfinished.offers[0].offer.base = Money::fromMajor(0);
    {
        AutosaveStore crashed(directory);
        QCOMPARE(crashed.save(AutosaveStore::newDocumentId(), unfinished, QString()), QString());
    }
    AutosaveStore nextStart(directory);
    const auto recoveries = nextStart.pendingRecoveries();
    QCOMPARE(recoveries.size(), 1);
    const auto recovered = nextStart.recover(recoveries.first());
    QVERIFY2(recovered.ok(), qPrintable(recovered.error));
    QVERIFY(*recovered.parsed.session == unfinished);
}

void TestAutosaveStore::liveDocumentOfAnotherInstanceIsNotOffered()
{
    const QString directory = freshDirectory();
    AutosaveStore firstInstance(directory);
    const QString id = AutosaveStore::newDocumentId();
    QCOMPARE(firstInstance.save(id, SessionSamples::fullSession(), QString()), QString());

    AutosaveStore secondInstance(directory);
    QVERIFY(secondInstance.pendingRecoveries().isEmpty());
    AutosaveStore::Recovery guessed;
    guessed.documentId = id;
    QVERIFY(!secondInstance.discard(guessed));
    QVERIFY(!secondInstance.save(id, Session(), QString()).isEmpty());
    QVERIFY(QFileInfo::exists(QDir(directory).filePath(id + u".anchorline-autosave"_s)));
}

void TestAutosaveStore::untitledAndNewestFirst()
{
    const QString directory = freshDirectory();
    const QDateTime morning(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    {
        AutosaveStore store(directory);
        QCOMPARE(store.save(AutosaveStore::newDocumentId(), Session(), QString(), morning), QString());
        QCOMPARE(store.save(AutosaveStore::newDocumentId(), SessionSamples::fullSession(),
                            u"/tmp/a.anchorline"_s, morning.addSecs(3600)),
                 QString());
    }
    const auto recoveries = AutosaveStore(directory).pendingRecoveries();
    QCOMPARE(recoveries.size(), 2);
    QCOMPARE(recoveries.at(0).savedAt, morning.addSecs(3600));
    QCOMPARE(recoveries.at(0).displayName(), u"a.anchorline"_s);
    QCOMPARE(recoveries.at(1).savedAt, morning);
    QCOMPARE(recoveries.at(1).originalPath, QString());
    QCOMPARE(recoveries.at(1).displayName(), u"untitled"_s);
}

void TestAutosaveStore::damagedSnapshotCanBeDiscarded()
{
    const QString directory = freshDirectory();
    QVERIFY(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(u"broken.anchorline-autosave"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"anchorline_autosave\": 1, \"sess");
    }
    AutosaveStore store(directory);
    const auto recoveries = store.pendingRecoveries();
    QCOMPARE(recoveries.size(), 1);
    QVERIFY(recoveries.first().error.contains(u"not a readable autosave snapshot"_s));
    QVERIFY(!store.recover(recoveries.first()).ok());
    QVERIFY(store.discard(recoveries.first()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestAutosaveStore::prompt()
{
    AutosaveStore::Recovery recovery;
    recovery.savedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 42), Qt::LocalTime).toUTC();
    const QDateTime sameDay(QDate(2026, 11, 26), QTime(18, 0), Qt::LocalTime);
    QCOMPARE(recovery.prompt(sameDay), u"Recover unsaved session from 10:42?"_s);
    recovery.originalPath = u"/clients/dana.anchorline"_s;
    QCOMPARE(recovery.prompt(sameDay), u"Recover unsaved changes to dana.anchorline from 10:42?"_s);
    QCOMPARE(recovery.prompt(sameDay.addDays(1)),
             u"Recover unsaved changes to dana.anchorline from 26/11/2026 10:42?"_s);
}

QTEST_APPLESS_MAIN(TestAutosaveStore)
#include "TestAutosaveStore.moc"
