#include "DatasetImporter.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestDatasetImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsValidFile();
    void acceptsBomCrlfQuotesAndSeparators();
    void anyPercentileSubsetAndColumnOrder();
    void rejects_data();
    void rejects();
    void headerErrors_data();
    void headerErrors();
    void capsListedErrorsAtTwenty();
    void reportsProgress();
    void formatsErrorsWithFileAndLine();

private:
    DatasetImporter::Result import(const QByteArray& csv) const;
    std::unique_ptr<RoleSearch> m_roles;
    std::unique_ptr<LocationSearch> m_locations;
    std::unique_ptr<DatasetImporter> m_importer;
};

void TestDatasetImporter::initTestCase()
{
    m_roles = std::make_unique<RoleSearch>(MarketStore::builtIn());
    m_locations = std::make_unique<LocationSearch>(MarketStore::builtIn());
    m_importer = std::make_unique<DatasetImporter>(*m_roles, *m_locations);
}

DatasetImporter::Result TestDatasetImporter::import(const QByteArray& csv) const
{
    return m_importer->import(csv, u"Test"_s, u"test.csv"_s);
}

void TestDatasetImporter::importsValidFile()
{
    const QByteArray csv =
        "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
        "15-1252,senior,41940,USD,180000,200000,230000,260000,300000,Acme survey,2025-03-01\n"
        "Software Developers,,San Jose,USD,150000,180000,210000,240000,280000,Acme survey,2025-03\n"
        "data scientist,mid,US,USD,,,140000,,,Other survey,2024\n";
    const auto result = import(csv);
    QVERIFY2(result.ok(), qPrintable(result.formattedErrors(u"t.csv"_s).join(u'\n')));
    const ImportedDataset& dataset = *result.dataset;
    QCOMPARE(dataset.info().name, u"Test"_s);
    QCOMPARE(dataset.info().sourceFile, u"test.csv"_s);
    QCOMPARE(dataset.info().rowCount, 3);
    QCOMPARE(dataset.info().sources, (QStringList{u"Acme survey"_s, u"Other survey"_s}));
    QCOMPARE(dataset.info().oldestDate, QDate(2024, 1, 1));
    QCOMPARE(dataset.info().newestDate, QDate(2025, 3, 1));
    QVERIFY(dataset.info().importedAt.isValid());

    const auto* senior = dataset.find(u"15-1252", u"41940", CareerLevel::Senior);
    QVERIFY(senior);
    QCOMPARE(senior->amounts[2], qint64(23'000'000));
    const auto* all = dataset.find(u"15-1252", u"41940", CareerLevel::Unspecified);
    QVERIFY(all);
    QCOMPARE(all->amounts[0], qint64(15'000'000));
    QVERIFY(!dataset.find(u"15-1252", u"41940", CareerLevel::Mid));

    const auto* national = dataset.find(u"15-2051", u"US", CareerLevel::Mid);
    QVERIFY(national);
    const Band band = dataset.band(*national);
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(140'000));
    QCOMPARE(band.value(Percentile::P50).kind, BandValue::Kind::Published);
    QCOMPARE(band.value(Percentile::P10).kind, BandValue::Kind::Missing);
    QCOMPARE(band.sourceName, u"Other survey"_s);
    QCOMPARE(band.dataYear, 2024);
}

void TestDatasetImporter::acceptsBomCrlfQuotesAndSeparators()
{
    const QByteArray csv =
        "\xEF\xBB\xBFrole,location,currency,p25,p50,p75,source,date\r\n"
        "\r\n"
        "\"Software Developers\",\"San Jose-Sunnyvale-Santa Clara, CA\",USD,\"187,741\",\"226,138\","
        "\"264,514.50\",\"Survey \"\"2025\"\", final\",2025-01-15\r\n"
        "   \r\n"
        "15-1252,Austin,usd,\"$114,754\",139152,163550,\"multi\nline source\",2025-01-15\r\n";
    const auto result = import(csv);
    QVERIFY2(result.ok(), qPrintable(result.formattedErrors(u"t.csv"_s).join(u'\n')));
    const auto& dataset = *result.dataset;
    QCOMPARE(dataset.info().rowCount, 2);
    const auto* sanJose = dataset.find(u"15-1252", u"41940", CareerLevel::Unspecified);
    QVERIFY(sanJose);
    QCOMPARE(sanJose->amounts[1], qint64(18'774'100));
    QCOMPARE(sanJose->amounts[3], qint64(26'451'450));
    QCOMPARE(dataset.sourceTable().at(int(sanJose->source)), u"Survey \"2025\", final"_s);
    const auto* austin = dataset.find(u"15-1252", u"12420", CareerLevel::Unspecified);
    QVERIFY(austin);
    QCOMPARE(austin->amounts[1], qint64(11'475'400));
    QCOMPARE(dataset.currencies(), QStringList{u"USD"_s});
}

void TestDatasetImporter::anyPercentileSubsetAndColumnOrder()
{
    // No currency column (USD), no level column, columns reordered, only p90.
    const QByteArray csv = "date,source,p90,location,role\n2025-06-30,Levels,350000,NYC,SWE\n";
    const auto result = import(csv);
    QVERIFY(result.ok());
    const auto* row = result.dataset->find(u"15-1252", u"35620", CareerLevel::Unspecified);
    QVERIFY(row);
    QCOMPARE(row->amounts[4], qint64(35'000'000));
    QVERIFY(!row->amounts[0]);
    QCOMPARE(result.dataset->currencies(), QStringList{u"USD"_s});
}

void TestDatasetImporter::rejects_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("non-monotonic") << QByteArray("15-1252,,41940,USD,200000,190000,210000,,,S,2025-01-01")
                                   << u"3: percentiles decrease: p25 (190000) is below p10 (200000)"_s;
    QTest::newRow("negative") << QByteArray("15-1252,,41940,USD,-5000,,,,,S,2025-01-01")
                              << u"3: p10 is negative (-5000)"_s;
    QTest::newRow("absurdly high")
        << QByteArray("15-1252,,41940,USD,,,\"12,000,000\",,,S,2025-01-01")
        << u"3: p50 12000000 USD is not a plausible annual salary (allowed 1000 to 10000000)"_s;
    QTest::newRow("too low")
        << QByteArray("15-1252,,41940,USD,,,999,,,S,2025-01-01")
        << u"3: p50 999 USD is not a plausible annual salary (allowed 1000 to 10000000)"_s;
    QTest::newRow("not an amount") << QByteArray("15-1252,,41940,USD,,,lots,,,S,2025-01-01")
                                   << u"3: p50 \"lots\" is not an amount"_s;
    QTest::newRow("unknown currency")
        << QByteArray("15-1252,,41940,XYZ,,,150000,,,S,2025-01-01") << u"3: unknown currency \"XYZ\""_s;
    QTest::newRow("bad date") << QByteArray("15-1252,,41940,USD,,,150000,,,S,2025-13-01")
                              << u"3: date \"2025-13-01\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"_s;
    QTest::newRow("future date") << QByteArray("15-1252,,41940,USD,,,150000,,,S,2999-01-01")
                                 << u"3: date 2999-01-01 is in the future"_s;
    QTest::newRow("unknown role")
        << QByteArray("Rocket Wrangler,,41940,USD,,,150000,,,S,2025-01-01")
        << u"3: role \"Rocket Wrangler\" is not a SOC code or a known title; closest:"_s;
    QTest::newRow("fuzzy role not guessed")
        << QByteArray("Sofware Developers,,41940,USD,,,150000,,,S,2025-01-01")
        << u"3: role \"Sofware Developers\" is not a SOC code or a known title; "
           "closest: Software Developers (15-1252)"_s;
    QTest::newRow("ambiguous location")
        << QByteArray("15-1252,,Washington County,USD,,,150000,,,S,2025-01-01")
        << u"3: location \"Washington County\" is not an area code"_s;
    QTest::newRow("state is not an area") << QByteArray("15-1252,,Texas,USD,,,150000,,,S,2025-01-01")
                                          << u"3: location \"Texas\" is not an area code"_s;
    QTest::newRow("bad level") << QByteArray("15-1252,L7,41940,USD,,,150000,,,S,2025-01-01")
                               << u"3: level \"L7\" is not one of entry"_s;
    QTest::newRow("no amount") << QByteArray("15-1252,,41940,USD,,,,,,S,2025-01-01")
                               << u"3: no amount: give at least one of p10, p25, p50, p75, p90"_s;
    QTest::newRow("no source") << QByteArray("15-1252,,41940,USD,,,150000,,,,2025-01-01")
                               << u"3: source is empty"_s;
    QTest::newRow("field count") << QByteArray("15-1252,,41940,USD,150000,S,2025-01-01")
                                 << u"3: 7 fields, but the header has 11"_s;
    QTest::newRow("duplicate") << QByteArray("Software Developers,,San Jose,USD,,,150000,,,S,2025-01-01")
                               << u"3: same role, location and level as line 2"_s;
    QTest::newRow("unclosed quote") << QByteArray("15-1252,,41940,USD,,,\"150000,,,S,2025-01-01")
                                    << u"3: a quoted field is not closed"_s;
}

void TestDatasetImporter::rejects()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QByteArray csv = "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
                           "15-1252,,41940,USD,100000,,150000,,,S,2025-01-01\n" +
                           row + "\n";
    const auto result = import(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCount, 1);
    const QString formatted = result.formattedErrors(u"f.csv"_s).join(u'\n');
    QVERIFY2(formatted.startsWith(u"f.csv:" + message), qPrintable(formatted));
}

void TestDatasetImporter::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("unknown column") << QByteArray(
                                           "role,location,p50,p95,source,date\n15-1252,US,1,2,S,2025\n")
                                    << QStringList{
                                           u"f.csv:1: unknown column \"p95\" (the columns are role, level, "
                                           "location, currency, p10, p25, p50, p75, p90, source, date)"_s};
    QTest::newRow("missing columns") << QByteArray("role,p50\n15-1252,100000\n")
                                     << QStringList{u"f.csv:1: missing column \"location\""_s,
                                                    u"f.csv:1: missing column \"source\""_s,
                                                    u"f.csv:1: missing column \"date\""_s};
    QTest::newRow("no percentile") << QByteArray("role,location,source,date\n15-1252,US,S,2025\n")
                                   << QStringList{
                                          u"f.csv:1: no percentile column: add at least one of p10, p25, "
                                          "p50, p75, p90"_s};
    QTest::newRow("duplicate column") << QByteArray("role,location,p50,P50,source,date\n")
                                      << QStringList{u"f.csv:1: column \"p50\" appears twice"_s};
    QTest::newRow("empty") << QByteArray("\n\n")
                           << QStringList{u"f.csv:1: the file is empty: it needs a header line and rows"_s};
    QTest::newRow("header only") << QByteArray("\xEF\xBB\xBFrole,location,p50,source,date\r\n")
                                 << QStringList{u"f.csv:1: the file has a header but no rows"_s};
}

void TestDatasetImporter::headerErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, messages);
    const auto result = import(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.formattedErrors(u"f.csv"_s), messages);
}

void TestDatasetImporter::capsListedErrorsAtTwenty()
{
    QByteArray csv = "role,location,p50,source,date\n";
    for (int i = 0; i < 25; ++i)
        csv += "15-1252,41940,-1,S,2025\n";
    csv += "15-1252,41940,abc,S,nodate\n"; // two errors on one line
    const auto result = import(csv);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCount, 27);
    QCOMPARE(result.errors.size(), DatasetImporter::MaxListedErrors);
    const QStringList lines = result.formattedErrors(u"f.csv"_s);
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.front(), u"f.csv:2: p50 is negative (-1)"_s);
    QCOMPARE(lines.at(19), u"f.csv:21: p50 is negative (-1)"_s);
    QCOMPARE(lines.back(), u"… and 7 more errors"_s);
}

void TestDatasetImporter::reportsProgress()
{
    QByteArray csv = "role,location,level,p50,source,date\n";
    const QStringList levels = {u""_s,       u"entry"_s, u"junior"_s,   u"mid"_s,
                                u"senior"_s, u"staff"_s, u"principal"_s};
    int rows = 0;
    for (const auto& area : {"41940", "41860", "12420", "35620", "US"}) {
        for (int soc = 0; soc < 848 && rows < 20'000; ++soc) {
            for (const QString& level : levels) {
                csv += MarketStore::builtIn().occupations().at(soc).soc.toUtf8() + ',' + area + ',' +
                       level.toUtf8() + ",100000,S,2025\n";
                ++rows;
            }
        }
    }
    QList<std::pair<qint64, qint64>> calls;
    const auto result = m_importer->import(csv, u"T"_s, u"t.csv"_s, [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY(result.ok());
    QCOMPARE(result.dataset->info().rowCount, rows);
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.back(), std::pair(qint64(csv.size()), qint64(csv.size())));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
}

void TestDatasetImporter::formatsErrorsWithFileAndLine()
{
    const auto result = import("role,location,p50,source,date\n\n\n15-1252,Nowhere Special,100000,S,2025\n");
    QVERIFY(!result.ok());
    const QStringList lines = result.formattedErrors(u"/tmp/my file.csv"_s);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().startsWith(u"/tmp/my file.csv:4: location \"Nowhere Special\""_s),
             qPrintable(lines.front()));
}

QTEST_APPLESS_MAIN(TestDatasetImporter)
#include "TestDatasetImporter.moc"
