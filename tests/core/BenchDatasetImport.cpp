#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// Importing a 450k-row file (every occupation × every area, like the OFLC table) must take ≤ 2 s including
// validation and storing it. Every tenth row writes its amounts with thousands separators in quotes.
class BenchDatasetImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAndStore();
    void loadForLookup();

private:
    QByteArray m_csv;
    qint64 m_rows = 0;
    std::unique_ptr<RoleSearch> m_roles;
    std::unique_ptr<LocationSearch> m_locations;
    QTemporaryDir m_directory;
};

void BenchDatasetImport::initTestCase()
{
    const MarketStore& store = MarketStore::builtIn();
    m_roles = std::make_unique<RoleSearch>(store);
    m_locations = std::make_unique<LocationSearch>(store);
    m_csv = "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n";
    m_csv.reserve(40'000'000);
    for (const Occupation& occupation : store.occupations()) {
        for (const MarketArea& area : store.areas()) {
            const qint64 base = 40'000 + (m_rows * 7919) % 150'000;
            const qint64 p[5] = {base, base + 10'000, base + 25'000, base + 45'000, base + 70'000};
            m_csv += occupation.soc.toUtf8() + ",," + area.code.toUtf8() + ",USD,";
            for (const qint64 value : p) {
                if (m_rows % 10 == 0)
                    m_csv += '"' + QLocale(QLocale::English).toString(value).toUtf8() + "\",";
                else
                    m_csv += QByteArray::number(value) + ',';
            }
            m_csv += "Benchmark survey,2025-01-01\n";
            ++m_rows;
        }
    }
    QVERIFY(m_rows >= 449'000);
    qInfo("%lld rows, %lld bytes", m_rows, qint64(m_csv.size()));
}

void BenchDatasetImport::importAndStore()
{
    const DatasetImporter importer(*m_roles, *m_locations);
    DatasetLibrary library(m_directory.path());
    qint64 progressCalls = 0;
    QBENCHMARK
    {
        const auto result =
            importer.import(m_csv, u"Bench"_s, u"bench.csv"_s, [&](qint64, qint64) { ++progressCalls; });
        QVERIFY(result.ok());
        QCOMPARE(result.dataset->info().rowCount, m_rows);
        QVERIFY(library.add(*result.dataset, true));
    }
    QVERIFY(progressCalls > 50);
}

void BenchDatasetImport::loadForLookup()
{
    DatasetLibrary library(m_directory.path());
    QBENCHMARK
    {
        DatasetLibrary fresh(m_directory.path());
        const auto datasets = fresh.datasets();
        QCOMPARE(datasets.size(), size_t(1));
        QVERIFY(datasets.front()->find(u"15-1252", u"41940", CareerLevel::Unspecified));
    }
}

QTEST_GUILESS_MAIN(BenchDatasetImport)
#include "BenchDatasetImport.moc"
