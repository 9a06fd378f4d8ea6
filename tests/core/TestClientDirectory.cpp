#include "ClientDirectory.h"
#include "SessionFile.h"
#include "SessionSamples.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestClientDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheSessionsOfTheFolder();
    void lastOpenedComesFromTheApp();
    void unreadableFolder();
    void lastOpenedAsStored();
    void notesExcerpt();

private:
    QTemporaryDir m_dir;
};

void TestClientDirectory::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(QFile::copy(SessionSamples::dataPath(u"dana-okafor.anchorline"_s),
                        m_dir.filePath(u"dana-okafor.anchorline"_s)));
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), m_dir.filePath(u"zoe.anchorline"_s)).ok());
    Session unnamed;
    QVERIFY(SessionFile::save(unnamed, m_dir.filePath(u"Walk-in client.anchorline"_s)).ok());
    QFile damaged(m_dir.filePath(u"broken.anchorline"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"app\": \"Anchorline\", \"schema\": 9}");
    damaged.close();
    QFile other(m_dir.filePath(u"notes.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
}

void TestClientDirectory::listsTheSessionsOfTheFolder()
{
    ClientDirectory directory;
    QAbstractItemModelTester tester(&directory, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(directory.setFolder(m_dir.path()), QString());
    QCOMPARE(directory.rowCount(), 4); // notes.txt is not a session
    QCOMPARE(directory.columnCount(), int(ClientDirectory::ColumnCount));

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return directory.data(directory.index(row, column), role);
    };
    // Sorted by file name, case-insensitive: broken, dana-okafor, Walk-in client, zoe.
    QCOMPARE(cell(0, ClientDirectory::FileColumn).toString(), u"broken.anchorline"_s);
    QCOMPARE(cell(0, ClientDirectory::ClientColumn).toString(), u"broken"_s);
    QCOMPARE(cell(0, ClientDirectory::OffersColumn).toString(), u"cannot open"_s);
    QVERIFY(cell(0, ClientDirectory::ClientColumn, ClientDirectory::ErrorRole)
                .toString()
                .contains(u"newer Anchorline (session schema 9)"_s));

    QCOMPARE(cell(1, ClientDirectory::ClientColumn).toString(), u"Dana Okafor"_s);
    QCOMPARE(cell(1, ClientDirectory::OffersColumn).toInt(), 2);
    QCOMPARE(cell(1, ClientDirectory::NotesColumn).toString(),
             u"Senior backend engineer, 7 years (payments). Two offers in hand; prefers…"_s);
    QCOMPARE(cell(1, ClientDirectory::ClientColumn, ClientDirectory::FilePathRole).toString(),
             m_dir.filePath(u"dana-okafor.anchorline"_s));
    QVERIFY(cell(1, ClientDirectory::ClientColumn, ClientDirectory::ErrorRole).toString().isEmpty());
    QCOMPARE(cell(1, ClientDirectory::LastOpenedColumn).toString(), QString());

    QCOMPARE(cell(2, ClientDirectory::ClientColumn).toString(), u"Walk-in client"_s); // no name: the file's
    QCOMPARE(cell(2, ClientDirectory::OffersColumn).toInt(), 0);
    QCOMPARE(cell(3, ClientDirectory::ClientColumn).toString(), u"Zoë Núñez-Okafor"_s);
    QCOMPARE(cell(3, ClientDirectory::ClientColumn, ClientDirectory::SearchTextRole).toString().left(16),
             u"zoe nunez okafor"_s);
    QCOMPARE(cell(3, ClientDirectory::ModifiedColumn, ClientDirectory::SortRole).toDateTime(),
             QFileInfo(m_dir.filePath(u"zoe.anchorline"_s)).lastModified());
}

void TestClientDirectory::lastOpenedComesFromTheApp()
{
    ClientDirectory directory;
    QAbstractItemModelTester tester(&directory, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString dana = m_dir.filePath(u"dana-okafor.anchorline"_s);
    const QDateTime monday(QDate(2026, 11, 23), QTime(14, 30));
    directory.setLastOpened({{dana, monday}});
    QCOMPARE(directory.setFolder(m_dir.path()), QString());
    QCOMPARE(directory.entries().at(1).lastOpened, monday);
    QCOMPARE(directory.data(directory.index(1, ClientDirectory::LastOpenedColumn)).toString(),
             u"11/23/26 2:30 PM"_s);

    QSignalSpy changed(&directory, &QAbstractItemModel::dataChanged);
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 5));
    directory.markOpened(dana, now);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(directory.entries().at(1).lastOpened, now);
    QCOMPARE(directory.lastOpened().value(dana), now);
}

void TestClientDirectory::unreadableFolder()
{
    ClientDirectory directory;
    const QString missing = m_dir.filePath(u"no-such-folder"_s);
    QCOMPARE(directory.setFolder(missing), missing + u": cannot read this folder"_s);
    QCOMPARE(directory.rowCount(), 0);
}

void TestClientDirectory::lastOpenedAsStored()
{
    const QDateTime monday(QDate(2026, 11, 23), QTime(14, 30));
    const QDateTime tuesday(QDate(2026, 11, 24), QTime(8, 0));
    const QDateTime thursday(QDate(2026, 11, 26), QTime(9, 5));
    const QHash<QString, QDateTime> opened{{u"/clients/a.anchorline"_s, monday},
                                           {u"/clients/b.anchorline"_s, thursday},
                                           {u"/clients/c.anchorline"_s, tuesday}};
    const QVariantMap stored = ClientDirectory::lastOpenedToVariant(opened);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.value(u"/clients/b.anchorline"_s).toDateTime(), thursday);
    QCOMPARE(ClientDirectory::lastOpenedFromVariant(stored), opened);

    // Only the most recent are kept.
    const QVariantMap newestTwo = ClientDirectory::lastOpenedToVariant(opened, 2);
    QCOMPARE(newestTwo.keys(), (QStringList{u"/clients/b.anchorline"_s, u"/clients/c.anchorline"_s}));

    // A damaged stored value is dropped, not shown as an empty date.
    QVariantMap damaged = stored;
    damaged.insert(u"/clients/d.anchorline"_s, u"yesterday"_s);
    QCOMPARE(ClientDirectory::lastOpenedFromVariant(damaged), opened);
}

void TestClientDirectory::notesExcerpt()
{
    QCOMPARE(ClientDirectory::notesExcerpt(u"  First   line \nsecond"_s), u"First line"_s);
    const QString longLine =
        u"Negotiating a staff role; wants remote work, a review at six months and a bigger "
        "refresher than last year"_s;
    QCOMPARE(ClientDirectory::notesExcerpt(longLine),
             u"Negotiating a staff role; wants remote work, a review at six months and a bigger…"_s);
}

QTEST_APPLESS_MAIN(TestClientDirectory)
#include "TestClientDirectory.moc"
