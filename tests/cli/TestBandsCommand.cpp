#include "BandsCommand.h"
#include "DatasetsCommand.h"
#include "EvaluateCommand.h"
#include "ImportCommand.h"
#include "MarketJson.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

// Covers `bands`, `import` and `datasets` together: they share the dataset library.
class TestBandsCommand : public QObject
{
    Q_OBJECT

private slots:
    void nationalBandJson();
    void localBandJsonMarksEstimates();
    void topCodedValues();
    void statesTheMatchWhenNotExact();
    void unknownRoleAndLocation();
    void importThenBandsUsesImportedData();
    void importFailureWritesNothing();
    void datasetsListAndRemove();
    void evaluateGainsMarket();

private:
    static CommandOutput run(CliCommand& command, const QStringList& arguments, const QByteArray& input = {});
    static QJsonObject json(const CommandOutput& output);
    QTemporaryDir m_directory;
};

CommandOutput TestBandsCommand::run(CliCommand& command, const QStringList& arguments,
                                    const QByteArray& input)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return command.run(arguments, buffer);
}

QJsonObject TestBandsCommand::json(const CommandOutput& output)
{
    return QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
}

void TestBandsCommand::nationalBandJson()
{
    BandsCommand bands(m_directory.path());
    const auto output = run(bands, {u"--role"_s, u"15-1252"_s, u"--location"_s, u"US"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonObject band = json(output);
    QCOMPARE(band.value(u"role"_s).toObject(),
             (QJsonObject{{u"soc"_s, u"15-1252"_s}, {u"title"_s, u"Software Developers"_s}}));
    QCOMPARE(band.value(u"location"_s).toObject(),
             (QJsonObject{{u"code"_s, u"US"_s}, {u"name"_s, u"United States"_s}}));
    QVERIFY(band.value(u"level"_s).isNull());
    QCOMPARE(band.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(band.value(u"year"_s).toInt(), 2024);
    QVERIFY(!band.value(u"source"_s).toString().isEmpty());
    QCOMPARE(band.value(u"percentiles"_s).toObject(), (QJsonObject{{u"p10"_s, 79850},
                                                                   {u"p25"_s, 103050},
                                                                   {u"p50"_s, 133080},
                                                                   {u"p75"_s, 169000},
                                                                   {u"p90"_s, 211450}}));
    QCOMPARE(band.value(u"estimated"_s).toArray(), QJsonArray());
    QCOMPARE(band.value(u"topcoded"_s).toArray(), QJsonArray());
    QVERIFY(band.value(u"dataset"_s).isNull());
    QCOMPARE(band.value(u"matched"_s).toObject().value(u"role"_s).toObject(),
             (QJsonObject{{u"query"_s, u"15-1252"_s}, {u"matched"_s, u"15-1252"_s}, {u"exact"_s, true}}));
}

void TestBandsCommand::localBandJsonMarksEstimates()
{
    BandsCommand bands(m_directory.path());
    const auto output =
        run(bands, {u"--role"_s, u"software engineer"_s, u"--location"_s, u"San Jose"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonObject band = json(output);
    QCOMPARE(band.value(u"location"_s).toObject().value(u"code"_s).toString(), u"41940"_s);
    QCOMPARE(band.value(u"percentiles"_s).toObject().value(u"p50"_s).toInt(), 226138); // OFLC Level III
    const QJsonArray estimated = band.value(u"estimated"_s).toArray();
    QVERIFY(estimated.contains(u"p10"_s));
    QVERIFY(estimated.contains(u"p90"_s));
    QVERIFY(!estimated.contains(u"p50"_s));
}

void TestBandsCommand::topCodedValues()
{
    BandsCommand bands(m_directory.path());
    const auto output = run(bands, {u"--role"_s, u"11-1011"_s, u"--location"_s, u"US"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonObject band = json(output);
    QVERIFY(band.value(u"topcoded"_s).toArray().contains(u"p90"_s));
    QCOMPARE(band.value(u"percentiles"_s).toObject().value(u"p90"_s).toInt(), 239200);
}

void TestBandsCommand::statesTheMatchWhenNotExact()
{
    BandsCommand bands(m_directory.path());
    const auto output = run(bands, {u"--role"_s, u"sofware developer"_s, u"--location"_s, u"Bay Area"_s,
                                    u"--level"_s, u"senior"_s});
    QCOMPARE(output.exitCode, int(Success));
    QVERIFY2(output.standardOutput.startsWith(
                 u"Role \"sofware developer\" taken as Software Developers (15-1252) (matched \"Software "
                 "Developers\").\nLocation \"Bay Area\" taken as San Francisco-Oakland-Fremont, CA (41860) "
                 "(matched \"bay area\").\n"_s),
             qPrintable(output.standardOutput));
    const auto jsonOutput = run(bands, {u"--role"_s, u"sofware developer"_s, u"--location"_s, u"Bay Area"_s,
                                        u"--level"_s, u"senior"_s, u"--json"_s});
    const QJsonObject band = json(jsonOutput);
    QCOMPARE(band.value(u"level"_s).toString(), u"senior"_s);
    QCOMPARE(band.value(u"matched"_s).toObject().value(u"location"_s).toObject().value(u"exact"_s).toBool(),
             false);
}

void TestBandsCommand::unknownRoleAndLocation()
{
    BandsCommand bands(m_directory.path());
    const auto output = run(bands, {u"--role"_s, u"Zorbwright"_s, u"--location"_s, u"Qqqzzz Xyzzy"_s});
    QCOMPARE(output.exitCode, int(BadInput));
    QVERIFY(output.standardOutput.isEmpty());
    const QStringList lines = output.standardError.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"bands: unknown role \"Zorbwright\"; closest: "_s),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(0).count(u';'), 3); // three suggestions
    QVERIFY(lines.at(1).startsWith(u"bands: unknown location \"Qqqzzz Xyzzy\"; closest: "_s));
    const auto badLevel =
        run(bands, {u"--role"_s, u"swe"_s, u"--location"_s, u"US"_s, u"--level"_s, u"L9"_s});
    QCOMPARE(badLevel.exitCode, int(BadInput));
    QCOMPARE(run(bands, {u"--role"_s, u"swe"_s}).exitCode, int(BadInput));
}

void TestBandsCommand::importThenBandsUsesImportedData()
{
    QTemporaryDir directory;
    QStringList progress;
    ImportCommand import(directory.path(), [&](const QString& line) { progress.append(line); });
    const QByteArray csv =
        "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
        "SWE,senior,San Jose,USD,\"200,000\",220000,250000,280000,320000,Acme survey,2025-04-01\n";
    const auto imported = run(import, {u"-"_s, u"--name"_s, u"Acme"_s}, csv);
    QCOMPARE(imported.exitCode, int(Success));
    QVERIFY2(
        imported.standardOutput.startsWith(u"Imported \"Acme\": 1 rows from <stdin> (sources: Acme survey; "
                                           "dates 2025-04-01 to 2025-04-01).\n"_s),
        qPrintable(imported.standardOutput));
    QCOMPARE(progress.back(), u"import: checked 100%\n"_s);

    BandsCommand bands(directory.path());
    const auto output = run(bands, {u"--role"_s, u"15-1252"_s, u"--location"_s, u"41940"_s, u"--level"_s,
                                    u"senior"_s, u"--json"_s});
    const QJsonObject band = json(output);
    QCOMPARE(band.value(u"dataset"_s).toString(), u"Acme"_s);
    QCOMPARE(band.value(u"source"_s).toString(), u"Acme survey"_s);
    QCOMPARE(band.value(u"year"_s).toInt(), 2025);
    QCOMPARE(band.value(u"percentiles"_s).toObject().value(u"p10"_s).toInt(), 200000);
    QCOMPARE(band.value(u"estimated"_s).toArray(), QJsonArray());

    // Importing the same name again needs --replace.
    const auto again = run(import, {u"-"_s, u"--name"_s, u"acme"_s}, csv);
    QCOMPARE(again.exitCode, int(BadInput));
    QCOMPARE(run(import, {u"-"_s, u"--name"_s, u"acme"_s, u"--replace"_s}, csv).exitCode, int(Success));
}

void TestBandsCommand::importFailureWritesNothing()
{
    QTemporaryDir directory;
    ImportCommand import(directory.path());
    const QString path = directory.filePath(u"bad.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("role,location,p10,p50,source,date\n"
               "15-1252,41940,200000,150000,S,2025\n"
               "15-1252,Nowhere Zzz,100000,150000,S,2025\n"
               "15-1252,US,100000,150000,S,2025\n");
    file.close();
    const auto output = run(import, {path, u"--name"_s, u"Bad"_s});
    QCOMPARE(output.exitCode, int(BadInput));
    QVERIFY(output.standardOutput.isEmpty());
    const QStringList lines = output.standardError.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), path + u":2: percentiles decrease: p50 (150000) is below p10 (200000)"_s);
    QVERIFY(lines.at(1).startsWith(path + u":3: location \"Nowhere Zzz\""_s));
    QCOMPARE(lines.at(2), u"import: nothing was imported"_s);
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files), QStringList{u"bad.csv"_s});

    QCOMPARE(run(import, {directory.filePath(u"missing.csv"_s), u"--name"_s, u"X"_s}).exitCode,
             int(BadInput));
    QCOMPARE(run(import, {path}).exitCode, int(BadInput));
    QCOMPARE(run(import, {path, u"--name"_s, u"../x"_s}).exitCode, int(BadInput));
}

void TestBandsCommand::datasetsListAndRemove()
{
    QTemporaryDir directory;
    ImportCommand import(directory.path());
    DatasetsCommand datasets(directory.path());
    QCOMPARE(run(datasets, {u"--json"_s}).standardOutput.trimmed(), u"[\n]"_s);
    QCOMPARE(run(import, {u"-"_s, u"--name"_s, u"Levels 2025"_s},
                 "role,location,p50,source,date\nSWE,NYC,200000,Levels,2025-02\nSWE,Austin,150000,Levels,"
                 "2025-02\n")
                 .exitCode,
             int(Success));
    const auto listed = run(datasets, {u"--json"_s});
    QCOMPARE(listed.exitCode, int(Success));
    const QJsonArray array = QJsonDocument::fromJson(listed.standardOutput.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject info = array.at(0).toObject();
    QCOMPARE(info.value(u"name"_s).toString(), u"Levels 2025"_s);
    QCOMPARE(info.value(u"rows"_s).toInt(), 2);
    QCOMPARE(info.value(u"sources"_s).toArray(), QJsonArray{u"Levels"_s});
    QCOMPARE(info.value(u"oldest_date"_s).toString(), u"2025-02-01"_s);
    QVERIFY(!info.value(u"imported_at"_s).toString().isEmpty());
    QVERIFY(run(datasets, {}).standardOutput.startsWith(u"Levels 2025: 2 rows from <stdin>"_s));

    const auto removed = run(datasets, {u"--remove"_s, u"levels 2025"_s});
    QCOMPARE(removed.exitCode, int(Success));
    QCOMPARE(run(datasets, {u"--json"_s}).standardOutput.trimmed(), u"[\n]"_s);
    const auto again = run(datasets, {u"--remove"_s, u"levels 2025"_s});
    QCOMPARE(again.exitCode, int(BadInput));
    QCOMPARE(again.standardError, u"datasets: no dataset named \"levels 2025\"\n"_s);
}

void TestBandsCommand::evaluateGainsMarket()
{
    EvaluateCommand evaluate;
    evaluate.addJsonExtension(MarketJson::evaluateExtension(m_directory.path()));
    const QString offer = QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/senior-swe-sanjose.json");
    const auto output = run(evaluate, {offer, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonObject market = json(output).value(u"market"_s).toObject();
    const QJsonObject band = market.value(u"band"_s).toObject();
    QCOMPARE(band.value(u"role"_s).toObject().value(u"soc"_s).toString(), u"15-1252"_s);
    QCOMPARE(band.value(u"location"_s).toObject().value(u"code"_s).toString(), u"41940"_s);
    QCOMPARE(band.value(u"level"_s).toString(), u"senior"_s);
    QCOMPARE(band.value(u"percentiles"_s).toObject().value(u"p50"_s).toInt(), 264514); // OFLC Level IV
    // $185,000 is below the senior San Jose band.
    QCOMPARE(market.value(u"base_percentile"_s).toDouble(), 10.0);
    QCOMPARE(market.value(u"base_position"_s).toObject().value(u"placement"_s).toString(), u"below_p10"_s);
    QCOMPARE(
        market.value(u"matched"_s).toObject().value(u"location"_s).toObject().value(u"matched"_s).toString(),
        u"San Jose, CA"_s);
    // The other members are unchanged.
    QVERIFY(json(output).contains(u"years"_s));

    // No market member when the location does not resolve.
    const QByteArray unknownPlace = R"({"schema": 1, "role": "Software Engineer", "location": "Atlantis Qqq",
                                        "currency": "USD", "base": 150000})";
    const auto without = run(evaluate, {u"-"_s, u"--json"_s}, unknownPlace);
    QCOMPARE(without.exitCode, int(Success));
    QVERIFY(!json(without).contains(u"market"_s));
}

QTEST_GUILESS_MAIN(TestBandsCommand)
#include "TestBandsCommand.moc"
