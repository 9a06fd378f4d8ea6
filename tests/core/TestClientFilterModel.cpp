#include "ClientDirectory.h"
#include "ClientFilterModel.h"
#include "SessionFile.h"
#include "SessionSamples.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestClientFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void sortsDatesAndCountsAsValues();

private:
    QStringList visibleClients() const;

    QTemporaryDir m_dir;
    ClientDirectory m_directory;
    ClientFilterModel m_filter;
};

void TestClientFilterModel::initTestCase()
{
    QVERIFY(QFile::copy(SessionSamples::dataPath(u"dana-okafor.anchorline"_s),
                        m_dir.filePath(u"dana.anchorline"_s)));
    QVERIFY(SessionFile::save(SessionSamples::fullSession(), m_dir.filePath(u"zoe.anchorline"_s)).ok());
    Session nurse;
    nurse.clientName = u"Amélie Fournier"_s;
    nurse.notes = u"Registered nurses' union contract; night shifts."_s;
    QVERIFY(SessionFile::save(nurse, m_dir.filePath(u"amelie.anchorline"_s)).ok());
    QCOMPARE(m_directory.setFolder(m_dir.path()), QString());
    m_filter.setSourceModel(&m_directory);
}

QStringList TestClientFilterModel::visibleClients() const
{
    QStringList names;
    for (int row = 0; row < m_filter.rowCount(); ++row)
        names.append(m_filter.index(row, ClientDirectory::ClientColumn).data().toString());
    return names;
}

void TestClientFilterModel::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("clients");
    const QString amelie = u"Amélie Fournier"_s;
    const QString dana = u"Dana Okafor"_s;
    const QString zoe = u"Zoë Núñez-Okafor"_s;
    QTest::newRow("empty") << QString() << QStringList{amelie, dana, zoe};
    QTest::newRow("without accents") << u"zoe nunez"_s << QStringList{zoe};
    QTest::newRow("with accents, upper case") << u"AMÉLIE"_s << QStringList{amelie};
    QTest::newRow("partly typed") << u"oka"_s << QStringList{dana, zoe};
    QTest::newRow("in the notes") << u"payments"_s << QStringList{dana};
    QTest::newRow("notes, second line") << u"firm"_s << QStringList{dana, zoe};
    QTest::newRow("plural finds singular") << u"nurse"_s << QStringList{amelie};
    QTest::newRow("every word must match") << u"dana seattle"_s << QStringList{dana};
    QTest::newRow("no match") << u"contractor"_s << QStringList{};
}

void TestClientFilterModel::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, clients);
    QAbstractItemModelTester tester(&m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter.setSearchText(search);
    QCOMPARE(m_filter.searchText(), search);
    QCOMPARE(visibleClients(), clients);
}

void TestClientFilterModel::sortsDatesAndCountsAsValues()
{
    m_filter.setSearchText(QString());
    m_directory.setLastOpened(
        {{m_dir.filePath(u"zoe.anchorline"_s), QDateTime(QDate(2026, 1, 5), QTime(9, 0))},
         {m_dir.filePath(u"dana.anchorline"_s), QDateTime(QDate(2025, 12, 30), QTime(9, 0))}});
    m_filter.sort(ClientDirectory::LastOpenedColumn, Qt::DescendingOrder);
    QCOMPARE(visibleClients(), (QStringList{u"Zoë Núñez-Okafor"_s, u"Dana Okafor"_s, u"Amélie Fournier"_s}));
    m_filter.sort(ClientDirectory::OffersColumn, Qt::AscendingOrder);
    QCOMPARE(visibleClients().first(), u"Amélie Fournier"_s);
}

QTEST_APPLESS_MAIN(TestClientFilterModel)
#include "TestClientFilterModel.moc"
