#include "MarketStore.h"

#include <QFile>
#include <QProcess>
#include <QResource>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

QString sourcePath(const QString& name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/resources/data/source/"_s + name;
}

// Splits one CSV record (RFC 4180 quoting; the source files have no line breaks inside fields).
QStringList splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// Data rows of a source CSV (header dropped); .gz files are read through gzip -dc.
QList<QStringList> readSourceCsv(const QString& name)
{
    QByteArray data;
    if (name.endsWith(u".gz")) {
        QProcess gzip;
        gzip.start(u"gzip"_s, {u"-dc"_s, sourcePath(name)});
        if (!gzip.waitForFinished(60000) || gzip.exitCode() != 0)
            qFatal("gzip -dc %s failed", qPrintable(name));
        data = gzip.readAllStandardOutput();
    } else {
        QFile file(sourcePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        data = file.readAll();
    }
    QList<QStringList> rows;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).remove(u'\r');
        if (!line.isEmpty())
            rows.append(splitCsvLine(line));
    }
    return rows;
}

std::optional<Money> dollarsCell(const QString& text)
{
    return text.isEmpty() ? std::nullopt : std::optional<Money>(Money::fromMajor(text.toLongLong()));
}

std::optional<Money> centsCell(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    const Money::ParseResult parsed = Money::parse(text);
    return parsed.money;
}

QByteArray embeddedBytes()
{
    const QResource resource(u":/anchorline/data/market.bin"_s);
    return resource.uncompressedData();
}

} // namespace

class TestMarketStore : public QObject
{
    Q_OBJECT

private slots:
    void tableSizes();
    void nationalSpotChecks();
    void oflcSpotChecks_data();
    void oflcSpotChecks();
    void priceParitySpotChecks();
    void priceParityForArea();
    void techMarketTable();
    void sourceCredits();
    void unknownCodes();
    void countiesOfOneState();
    void lookUpByView();
    void everyOflcRowMatchesSource();
    void everyOewsRowMatchesSource();
    void occupationsAreasAndCountiesMatchSource();
    void damagedDataIsRejected();
    void concurrentFirstUse();
    void datasetIsReproducible();
};

void TestMarketStore::tableSizes()
{
    const MarketStore& store = MarketStore::builtIn();
    QCOMPARE(store.formatVersion(), 1);
    QCOMPARE(store.occupations().size(), 848);
    QCOMPARE(store.areas().size(), 530);
    QCOMPARE(std::count_if(store.areas().begin(), store.areas().end(),
                           [](const MarketArea& area) { return area.type == AreaType::Metro; }),
             395);
    QCOMPARE(store.counties().size(), 3275);
    QCOMPARE(store.nationalWages(2023).size(), 1403);
    QCOMPARE(store.nationalWages(2024).size(), 1403);
    QVERIFY(store.nationalWages(2022).isEmpty());
    QCOMPARE(store.metroPriceParities().size(), 385);
    QCOMPARE(store.statePriceParities().size(), 52);
}

void TestMarketStore::nationalSpotChecks()
{
    const MarketStore& store = MarketStore::builtIn();
    const OewsNationalWages* software = store.nationalWages(u"15-1252", 2024);
    QVERIFY(software);
    QCOMPARE(software->title, u"Software Developers"_s);
    const std::array<qint64, 5> expected = {79850, 103050, 133080, 169000, 211450};
    for (int p = 0; p < 5; ++p) {
        QCOMPARE(software->annual[p], Money::fromMajor(expected[p]));
        QVERIFY(!software->annualTopCoded[p]);
    }

    const OewsNationalWages* management = store.nationalWages(u"11-0000", 2024);
    QVERIFY(management);
    QCOMPARE(management->group, u"major"_s);
    QCOMPARE(store.nationalWages(u"13-1020", 2024)->group, u"detailed"_s);
    QCOMPARE(management->annual[4], Money::fromMajor(239200));
    QVERIFY(management->annualTopCoded[4]);
    QVERIFY(management->hourlyTopCoded[4]);
    QVERIFY(!management->annualTopCoded[3]);
    QCOMPARE(management->annual[3], Money::fromMajor(171610));
    QCOMPARE(management->hourly[4], Money::fromMinor(11500));
    QCOMPARE(management->employment, 10966830);

    const OewsNationalWages* actors = store.nationalWages(u"27-2011", 2024);
    QVERIFY(actors);
    QVERIFY(actors->hourlyOnly);
    QVERIFY(!actors->annual[2]);
    QCOMPARE(actors->hourly[2], Money::fromMinor(2333));
}

void TestMarketStore::oflcSpotChecks_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("areaName");
    QTest::addColumn<QList<qint64>>("levels");
    QTest::newRow("San Jose") << u"41940"_s << u"San Jose-Sunnyvale-Santa Clara, CA"_s
                              << QList<qint64>{149365, 187741, 226138, 264514};
    QTest::newRow("San Francisco") << u"41860"_s << u"San Francisco-Oakland-Fremont, CA"_s
                                   << QList<qint64>{135699, 161637, 187574, 213512};
    QTest::newRow("Austin") << u"12420"_s << u"Austin-Round Rock-San Marcos, TX"_s
                            << QList<qint64>{90355, 114754, 139152, 163550};
}

void TestMarketStore::oflcSpotChecks()
{
    QFETCH(QString, area);
    QFETCH(QString, areaName);
    QFETCH(QList<qint64>, levels);
    const MarketStore& store = MarketStore::builtIn();
    const std::optional<OflcWageLevels> found = store.oflcLevels(u"15-1252", area);
    QVERIFY(found);
    for (int level = 0; level < 4; ++level)
        QCOMPARE(found->annual[level], Money::fromMajor(levels[level]));
    QVERIFY(store.area(area));
    QCOMPARE(store.area(area)->name, areaName);
    QCOMPARE(store.occupation(u"15-1252")->title, u"Software Developers"_s);
    // The crosswalk's own-title rows are not repeated as alternates.
    QVERIFY(store.occupation(u"15-1252")->alternateTitles.isEmpty());
}

void TestMarketStore::priceParitySpotChecks()
{
    const MarketStore& store = MarketStore::builtIn();
    const QList<std::pair<QString, int>> metros = {{u"41940"_s, 112867},
                                                   {u"41860"_s, 118225},
                                                   {u"12420"_s, 97620},
                                                   {u"35620"_s, 112473},
                                                   {u"42660"_s, 112991}};
    for (const auto& [code, parity] : metros) {
        QVERIFY2(store.metroPriceParity(code), qPrintable(code));
        QCOMPARE(store.metroPriceParity(code)->parityThousandths, parity);
        QCOMPARE(store.metroPriceParity(code)->year, 2023);
    }
    QCOMPARE(store.statePriceParity(u"California")->parityThousandths, 112581);
    QCOMPARE(store.statePriceParity(u"CA")->parityThousandths, 112581);
    QCOMPARE(store.statePriceParity(u"ar")->parityThousandths, 86508);
    QCOMPARE(store.statePriceParity(u"US")->parityThousandths, 100000);
    QCOMPARE(store.metroPriceParity(u"00999")->parityThousandths, 88222);
    QVERIFY(!store.metroPriceParity(u"99999"));
}

void TestMarketStore::priceParityForArea()
{
    const MarketStore& store = MarketStore::builtIn();
    using Basis = AreaPriceParity::Basis;
    std::optional<AreaPriceParity> parity = store.priceParityForArea(u"41940");
    QVERIFY(parity);
    QCOMPARE(parity->parity.parityThousandths, 112867);
    QCOMPARE(parity->basis, Basis::Metro);
    parity = store.priceParityForArea(u"17410"); // Cleveland: BEA still publishes it as 17460
    QVERIFY(parity);
    QCOMPARE(parity->parity.code, u"17460"_s);
    QCOMPARE(parity->parity.parityThousandths, 93045);
    QCOMPARE(parity->basis, Basis::RenamedMetro);
    parity = store.priceParityForArea(u"1000005"); // Sussex Delaware non-metropolitan area
    QVERIFY(parity);
    QCOMPARE(parity->parity.name, u"Delaware"_s);
    QCOMPARE(parity->basis, Basis::State);
    parity = store.priceParityForArea(u"28450"); // Kenosha, WI: new metro, no BEA figure
    QVERIFY(parity);
    QCOMPARE(parity->parity.name, u"Wisconsin"_s);
    QCOMPARE(parity->basis, Basis::State);
    QVERIFY(!store.priceParityForArea(u"10380")); // Aguadilla, PR
    QVERIFY(!store.priceParityForArea(u"nope"));
    int covered = 0;
    for (const MarketArea& area : store.areas())
        covered += store.priceParityForArea(area.code).has_value();
    QVERIFY(covered > 500);
}

void TestMarketStore::techMarketTable()
{
    const QList<TechMarketFigure>& figures = MarketStore::builtIn().techMarketFigures();
    QCOMPARE(figures.size(), 16);
    const auto find = [&](const QString& role, TechMarketFigure::Measure measure, CareerLevel level) {
        const auto found = std::find_if(figures.begin(), figures.end(), [&](const TechMarketFigure& figure) {
            return figure.role == role && figure.measure == measure && figure.level == level;
        });
        return found == figures.end() ? TechMarketFigure() : *found;
    };
    using Measure = TechMarketFigure::Measure;
    QCOMPARE(find(u"AI Engineer"_s, Measure::TypicalPay, CareerLevel::Unspecified).low,
             Money::fromMajor(240000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::TypicalPay, CareerLevel::Unspecified).low,
             Money::fromMajor(216000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::LevelPay, CareerLevel::Entry).low, Money::fromMajor(188000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::LevelPay, CareerLevel::Mid).low, Money::fromMajor(257000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::LevelPay, CareerLevel::Senior).low, Money::fromMajor(350000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::LevelPay, CareerLevel::Entry).low,
             Money::fromMajor(140000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::LevelPay, CareerLevel::Mid).low, Money::fromMajor(206000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::LevelPay, CareerLevel::Senior).low,
             Money::fromMajor(285000));
    const TechMarketFigure aiBase = find(u"AI Engineer"_s, Measure::Base, CareerLevel::Mid);
    QCOMPARE(aiBase.low, Money::fromMajor(195000));
    QCOMPARE(aiBase.high, Money::fromMajor(250000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::TotalCompensation, CareerLevel::Mid).high,
             Money::fromMajor(480000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::Base, CareerLevel::Mid).low, Money::fromMajor(160000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::TotalCompensation, CareerLevel::Mid).low,
             Money::fromMajor(250000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::AnnualRsuVest, CareerLevel::Senior).high,
             Money::fromMajor(250000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::AnnualRsuVest, CareerLevel::Senior).low,
             Money::fromMajor(80000));
    QCOMPARE(find(u"AI Engineer"_s, Measure::StartupEquityGrant, CareerLevel::Senior).high,
             Money::fromMajor(300000));
    QCOMPARE(find(u"Software Engineer"_s, Measure::StartupEquityGrant, CareerLevel::Senior).low,
             Money::fromMajor(50000));
    for (const TechMarketFigure& figure : figures) {
        QCOMPARE(figure.sourceLabel, u"secondary source"_s);
        QVERIFY(figure.sourceDocument == u"000_57d1a90a86522800.txt" ||
                figure.sourceDocument == u"001_e75f0b0cc287c2d4.txt");
        QVERIFY(figure.low <= figure.high);
    }
    QCOMPARE(find(u"AI Engineer"_s, Measure::TypicalPay, CareerLevel::Unspecified).asOf, u"January 2026"_s);
}

void TestMarketStore::sourceCredits()
{
    const MarketStore& store = MarketStore::builtIn();
    QCOMPARE(store.sourceCredits().size(), 5);
    QCOMPARE(
        store.sourceCredit(u"oews").name,
        u"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2023 and "
        "May 2024"_s);
    QCOMPARE(store.sourceCredit(u"oflc").period, u"July 2025 – June 2026"_s);
    QCOMPARE(store.sourceCredit(u"onet").license, u"CC BY 4.0"_s);
    QVERIFY(store.sourceCredit(u"bea").name.contains(u"Regional Price Parities"));
    QVERIFY(store.sourceCredit(u"nope").id.isEmpty());
}

void TestMarketStore::unknownCodes()
{
    const MarketStore& store = MarketStore::builtIn();
    QVERIFY(!store.occupation(u"99-9999"));
    QCOMPARE(store.occupationIndex(u""), -1);
    QVERIFY(!store.area(u"00000"));
    QVERIFY(!store.oflcLevels(u"15-1252", u"00000"));
    QVERIFY(!store.oflcLevels(u"99-9999", u"41940"));
    QVERIFY(!store.oflcLevels(-1, 0));
    QVERIFY(!store.oflcLevels(0, 530));
    QVERIFY(!store.nationalWages(u"15-1252", 2022));
}

void TestMarketStore::countiesOfOneState()
{
    // On a fresh store only Washington's records are decoded; once the table is read, it is filtered.
    const auto fresh = MarketStore::fromData(embeddedBytes());
    const QList<CountyArea> washington = fresh->countiesIn(u"wa");
    QCOMPARE(washington.size(), 39);
    const auto king = std::find_if(washington.cbegin(), washington.cend(), [](const CountyArea& county) {
        return county.countyName == u"King County";
    });
    QVERIFY(king != washington.cend());
    QCOMPARE(king->areaCode, QStringLiteral("42660"));
    QCOMPARE(king->stateAbbreviation, QStringLiteral("WA"));
    QCOMPARE(king->stateName, QStringLiteral("Washington"));
    QList<CountyArea> filtered;
    for (const CountyArea& county : fresh->counties()) {
        if (county.stateAbbreviation == u"WA")
            filtered.append(county);
    }
    QCOMPARE(fresh->countiesIn(u"WA").size(), filtered.size());
    for (qsizetype i = 0; i < filtered.size(); ++i) {
        QCOMPARE(washington[i].countyName, filtered[i].countyName);
        QCOMPARE(washington[i].areaCode, filtered[i].areaCode);
        QCOMPARE(fresh->countiesIn(u"WA")[i].countyName, filtered[i].countyName);
    }
    QVERIFY(fresh->countiesIn(u"XX").isEmpty());
    QVERIFY(fresh->countiesIn(u"").isEmpty());
}

void TestMarketStore::lookUpByView()
{
    // Codes inside longer text are looked up as they are.
    const MarketStore& store = MarketStore::builtIn();
    const QString text = u"area 41940, soc 15-1252"_s;
    QCOMPARE(store.areaIndex(QStringView(text).mid(5, 5)), store.areaIndex(u"41940"));
    QCOMPARE(store.area(QStringView(text).mid(5, 5))->name,
             QStringLiteral("San Jose-Sunnyvale-Santa Clara, CA"));
    QCOMPARE(store.occupation(QStringView(text).mid(16))->title, QStringLiteral("Software Developers"));
    QVERIFY(store.areaIndex(QStringView(text).mid(5, 4)) < 0);
}

void TestMarketStore::everyOflcRowMatchesSource()
{
    const MarketStore& store = MarketStore::builtIn();
    const QList<QStringList> rows = readSourceCsv(u"oflc_wage_levels_2025_26_all.csv.gz"_s);
    QCOMPARE(rows.size(), 449440);
    int empty = 0;
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), 7);
        const std::optional<OflcWageLevels> levels = store.oflcLevels(row[0], row[1]);
        if (row[2].isEmpty()) {
            QVERIFY2(!levels, qPrintable(row.join(u',')));
            ++empty;
            continue;
        }
        QVERIFY2(levels, qPrintable(row.join(u',')));
        for (int level = 0; level < 4; ++level) {
            if (levels->annual[level] != Money::fromMajor(row[2 + level].toLongLong()))
                QFAIL(qPrintable(row.join(u',')));
        }
        QCOMPARE(levels->hourlySource, row[6] == u"hour");
    }
    QCOMPARE(empty, 5902);
}

void TestMarketStore::everyOewsRowMatchesSource()
{
    const MarketStore& store = MarketStore::builtIn();
    const QList<QStringList> rows = readSourceCsv(u"oews_national_2023_2024.csv"_s);
    QCOMPARE(rows.size(), 2806);
    static const std::array<QString, 5> columns = {u"pct10"_s, u"pct25"_s, u"median"_s, u"pct75"_s,
                                                   u"pct90"_s};
    QHash<int, int> rowsSeenByYear;
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), 21);
        // The store keeps every row of a year in source order (some codes appear twice, as broad and
        // detailed).
        const int year = row[0].toInt();
        const QList<OewsNationalWages>& yearRows = store.nationalWages(year);
        const int position = rowsSeenByYear[year]++;
        QVERIFY(position < yearRows.size());
        const OewsNationalWages* wages = &yearRows[position];
        QCOMPARE(wages->year, year);
        QCOMPARE(wages->soc, row[1]);
        QCOMPARE(store.nationalWages(row[1], year)->annual, wages->annual);
        QCOMPARE(wages->title, row[2]);
        QCOMPARE(wages->group, row[3]);
        QCOMPARE(wages->employment,
                 row[4].isEmpty() ? std::nullopt : std::optional<qint64>(row[4].toLongLong()));
        QCOMPARE(wages->annualMean, dollarsCell(row[6]));
        QCOMPARE(wages->hourlyMean, centsCell(row[12]));
        const QStringList topCoded = row[20].split(u';', Qt::SkipEmptyParts);
        for (int p = 0; p < 5; ++p) {
            QCOMPARE(wages->annual[p], dollarsCell(row[7 + p]));
            QCOMPARE(wages->hourly[p], centsCell(row[13 + p]));
            QCOMPARE(wages->annualTopCoded[p], topCoded.contains(u"a_"_s + columns[p]));
            QCOMPARE(wages->hourlyTopCoded[p], topCoded.contains(u"h_"_s + columns[p]));
        }
        QCOMPARE(wages->annualOnly, row[18] == u"1");
        QCOMPARE(wages->hourlyOnly, row[19] == u"1");
    }
}

void TestMarketStore::occupationsAreasAndCountiesMatchSource()
{
    const MarketStore& store = MarketStore::builtIn();
    for (const QStringList& row : readSourceCsv(u"soc_occupations.csv"_s)) {
        const Occupation* occupation = store.occupation(row[0]);
        QVERIFY2(occupation, qPrintable(row[0]));
        QCOMPARE(occupation->title, row[1]);
        QCOMPARE(occupation->description, row[2]);
    }
    for (const QStringList& row : readSourceCsv(u"soc_onet_crosswalk.csv"_s)) {
        const Occupation* occupation = store.occupation(row[0]);
        if (occupation && row[4] != occupation->title)
            QVERIFY2(occupation->alternateTitles.contains(row[4]), qPrintable(row[4]));
    }
    QCOMPARE(store.occupation(u"15-2051")->alternateTitles,
             QStringList({u"Clinical Data Managers"_s, u"Business Intelligence Analysts"_s}));
    for (const QStringList& row : readSourceCsv(u"oflc_areas.csv"_s)) {
        const MarketArea* area = store.area(row[0]);
        QVERIFY2(area, qPrintable(row[0]));
        QCOMPARE(area->name, row[1]);
        QCOMPARE(area->type, row[2] == u"metro" ? AreaType::Metro : AreaType::NonMetro);
        QCOMPARE(area->primaryState, row[3]);
        QCOMPARE(area->states, row[4].split(u';'));
        QCOMPARE(area->countyCount, row[5].toInt());
    }
    const QList<QStringList> counties = readSourceCsv(u"oflc_geography_counties.csv"_s);
    QCOMPARE(counties.size(), store.counties().size());
    for (qsizetype i = 0; i < counties.size(); ++i) {
        const CountyArea& county = store.counties()[i];
        QCOMPARE(county.areaCode, counties[i][0]);
        QCOMPARE(county.stateAbbreviation, counties[i][2]);
        QCOMPARE(county.stateName, counties[i][3]);
        QCOMPARE(county.countyName, counties[i][4]);
    }
}

void TestMarketStore::damagedDataIsRejected()
{
    QString error;
    QVERIFY(!MarketStore::fromData(QByteArray("not a dataset"), &error));
    QVERIFY(error.contains(u"ALMD"));
    QByteArray truncated = embeddedBytes().left(200);
    QVERIFY(!MarketStore::fromData(truncated, &error));
    QVERIFY(error.contains(u"section index"));
    QByteArray wrongVersion = embeddedBytes();
    wrongVersion[4] = 9;
    QVERIFY(!MarketStore::fromData(wrongVersion, &error));
    QVERIFY(error.contains(u"version 9"));
    QVERIFY(MarketStore::fromData(embeddedBytes(), &error));
}

void TestMarketStore::concurrentFirstUse()
{
    // Eight threads race to decode the same lazily loaded tables of a fresh store; all must see the same
    // data.
    const std::unique_ptr<MarketStore> store = MarketStore::fromData(embeddedBytes());
    QVERIFY(store);
    constexpr int ThreadCount = 8;
    std::array<qint64, ThreadCount> sums{};
    std::vector<std::thread> threads;
    for (int t = 0; t < ThreadCount; ++t) {
        threads.emplace_back([&store, &sums, t] {
            for (int occupation = 0; occupation < 848; ++occupation) {
                if (const std::optional<OflcWageLevels> levels = store->oflcLevels(occupation, 10))
                    sums[t] += levels->annual[2].roundedMajor();
            }
            sums[t] += store->nationalWages(u"15-1252", 2024)->annual[2]->roundedMajor();
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (int t = 1; t < ThreadCount; ++t)
        QCOMPARE(sums[t], sums[0]);
    QVERIFY(sums[0] > 133080);
}

void TestMarketStore::datasetIsReproducible()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString output = directory.filePath(u"market.bin"_s);
    QProcess script;
    script.start(u"python3"_s, {QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/scripts/build-dataset.py"_s,
                                u"--output"_s, output});
    QVERIFY(script.waitForFinished(300000));
    QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
    QFile rebuilt(output);
    QVERIFY(rebuilt.open(QIODevice::ReadOnly));
    QFile committed(QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/resources/data/market.bin"_s);
    QVERIFY(committed.open(QIODevice::ReadOnly));
    const QByteArray rebuiltBytes = rebuilt.readAll();
    QVERIFY(rebuiltBytes == committed.readAll());
    QVERIFY2(rebuiltBytes == embeddedBytes(), "the compiled-in dataset is stale: rebuild the core library");
    QVERIFY(rebuiltBytes.size() <= 3 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestMarketStore)
#include "TestMarketStore.moc"
