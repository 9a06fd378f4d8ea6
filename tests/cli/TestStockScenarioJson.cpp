#include "EvaluateCommand.h"
#include "StockScenarioJson.h"
#include "StockScenarioOptions.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/") + QString::fromUtf8(name);
}

CommandOutput evaluate(const QStringList& arguments)
{
    QByteArray input;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    return EvaluateCommand(QLocale(QLocale::English, QLocale::UnitedStates)).run(arguments, buffer);
}

QJsonObject evaluateJson(const QStringList& arguments)
{
    const auto output = evaluate(arguments + QStringList{u"--json"_s});
    if (output.exitCode != int(Success))
        qFatal("evaluate failed: %s", qPrintable(output.standardError));
    return QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
}

QList<double> yearTotals(const QJsonObject& scenario)
{
    QList<double> totals;
    for (const auto& year : scenario.value(u"years"_s).toArray())
        totals.append(year.toObject().value(u"total"_s).toDouble());
    return totals;
}

} // namespace

// `evaluate --scenarios` end to end: the JSON contract, the text table and the company stage.
class TestStockScenarioJson : public QObject
{
    Q_OBJECT

private slots:
    void jsonForAPublicOfferFile()
    {
        // tests/data/offers/senior-swe-sanjose.json: $400,000 over 4 years (1-year cliff, quarterly) and
        // $100,000 refreshers from year 2. A bare offer file counts as a public company.
        const QJsonObject json = evaluateJson({dataPath("offers/senior-swe-sanjose.json"), u"--scenarios"_s});
        QCOMPARE(json.value(u"total_4y"_s).toDouble(), 1394000.0); // the existing members are unchanged
        QVERIFY(!json.contains(u"scenarios_warning"_s));
        const QJsonArray scenarios = json.value(u"scenarios"_s).toArray();
        QCOMPARE(scenarios.size(), 3);
        const QJsonObject bull = scenarios.at(2).toObject();
        QCOMPARE(bull.keys(), (QStringList{u"discount_percent"_s, u"growth_percent"_s, u"name"_s,
                                           u"total_4y"_s, u"years"_s}));
        QCOMPARE(bull.value(u"name"_s).toString(), u"bull"_s);
        QCOMPARE(bull.value(u"growth_percent"_s).toInt(), 30);
        QCOMPARE(bull.value(u"discount_percent"_s).toInt(), 0);
        QCOMPARE(bull.value(u"total_4y"_s).toDouble(), 958075.0);
        const QJsonObject year2 = bull.value(u"years"_s).toArray().at(1).toObject();
        QCOMPARE(year2,
                 (QJsonObject{
                     {u"year"_s, 2}, {u"equity"_s, 153577}, {u"refresh"_s, 29534}, {u"total"_s, 183111}}));
        QCOMPARE(yearTotals(bull), (QList<double>{130000, 183111, 267578, 377386, 182728, 182728}));
        QCOMPARE(scenarios.at(0).toObject().value(u"name"_s).toString(), u"bear"_s);
        QCOMPARE(scenarios.at(0).toObject().value(u"growth_percent"_s).toInt(), -30);
        QCOMPARE(scenarios.at(0).toObject().value(u"total_4y"_s).toDouble(), 291586.0);
        QCOMPARE(scenarios.at(1).toObject().value(u"total_4y"_s).toDouble(), 550000.0);
    }

    void withoutScenariosTheOutputIsUnchanged()
    {
        const QJsonObject json = evaluateJson({dataPath("offers/senior-swe-sanjose.json")});
        QVERIFY(!json.contains(u"scenarios"_s));
        const auto text = evaluate({dataPath("offers/senior-swe-sanjose.json")}).standardOutput;
        QVERIFY(!text.contains(u"scenarios"_s));
    }

    void growthRatesFromOptions()
    {
        const QJsonObject json = evaluateJson({dataPath("offers/senior-swe-sanjose.json"), u"--bear"_s,
                                               u"-50"_s, u"--bull=12.5"_s, u"--flat"_s, u"+0"_s});
        const QJsonArray scenarios = json.value(u"scenarios"_s).toArray(); // --bear implies --scenarios
        QCOMPARE(scenarios.at(0).toObject().value(u"growth_percent"_s).toInt(), -50);
        QCOMPARE(scenarios.at(2).toObject().value(u"growth_percent"_s).toDouble(), 12.5);
        // Year 1 of the bear case: the 100,000 cliff vest at half its value.
        QCOMPARE(yearTotals(scenarios.at(0).toObject()).at(0), 50000.0);
        QCOMPARE(yearTotals(scenarios.at(2).toObject()).at(0), 112500.0);
    }

    void privateCompanyFromTheSessionOrTheFlag()
    {
        // The sample session's company stage is "growth": private, 50 % off, with the warning. Its offer:
        // $240,000 over 4 years (1-year cliff, quarterly) and $40,000 refreshers.
        QJsonObject json = evaluateJson({dataPath("sessions/dana-okafor.anchorline"), u"--scenarios"_s});
        QVERIFY(json.value(u"scenarios_warning"_s)
                    .toString()
                    .startsWith(u"Private-company equity may be worth nothing"_s));
        QJsonArray scenarios = json.value(u"scenarios"_s).toArray();
        QCOMPARE(scenarios.at(2).toObject().value(u"discount_percent"_s).toInt(), 50);
        QCOMPARE(yearTotals(scenarios.at(2).toObject()).at(0), 39000.0); // 60,000 × 1.3 × 0.5
        QCOMPARE(scenarios.at(0).toObject().value(u"total_4y"_s).toDouble(), 77646.0);
        QCOMPARE(scenarios.at(1).toObject().value(u"total_4y"_s).toDouble(), 150000.0);
        QCOMPARE(scenarios.at(2).toObject().value(u"total_4y"_s).toDouble(), 265894.0);

        // --public overrides the stage; --private and --discount make an offer file private.
        json = evaluateJson({dataPath("sessions/dana-okafor.anchorline"), u"--scenarios"_s, u"--public"_s});
        QVERIFY(!json.contains(u"scenarios_warning"_s));
        QCOMPARE(json.value(u"scenarios"_s).toArray().at(1).toObject().value(u"total_4y"_s).toDouble(),
                 300000.0);
        json = evaluateJson({dataPath("offers/senior-swe-sanjose.json"), u"--scenarios"_s, u"--private"_s,
                             u"--discount"_s, u"75"_s});
        scenarios = json.value(u"scenarios"_s).toArray();
        QCOMPARE(scenarios.at(1).toObject().value(u"discount_percent"_s).toInt(), 75);
        // A quarter of 550,000 is 137,500; each of the 24 refresher vests, 6,250 × 0.25 = 1,562.50, rounds
        // up.
        QCOMPARE(scenarios.at(1).toObject().value(u"total_4y"_s).toDouble(), 137512.0);
        QVERIFY(json.contains(u"scenarios_warning"_s));
    }

    void ratesSavedInTheSessionAreTheDefault()
    {
        // Dana's session with the bull case at +45 % and a 70 % discount saved in it: --scenarios uses them,
        // and an option overrides only what it names.
        QFile sample(dataPath("sessions/dana-okafor.anchorline"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject document = QJsonDocument::fromJson(sample.readAll()).object();
        document.insert(u"scenarios"_s, QJsonObject{{u"bull"_s, QJsonObject{{u"growth_percent"_s, 45}}},
                                                    {u"private_discount_percent"_s, 70}});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dana.anchorline"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();

        QJsonArray scenarios = evaluateJson({path, u"--scenarios"_s}).value(u"scenarios"_s).toArray();
        QCOMPARE(scenarios.at(0).toObject().value(u"growth_percent"_s).toInt(), -30);
        QCOMPARE(scenarios.at(2).toObject().value(u"growth_percent"_s).toInt(), 45);
        QCOMPARE(scenarios.at(2).toObject().value(u"discount_percent"_s).toInt(), 70);
        scenarios = evaluateJson({path, u"--bear"_s, u"-40"_s}).value(u"scenarios"_s).toArray();
        QCOMPARE(scenarios.at(0).toObject().value(u"growth_percent"_s).toInt(), -40);
        QCOMPARE(scenarios.at(2).toObject().value(u"growth_percent"_s).toInt(), 45);
    }

    void textTable()
    {
        const auto output = evaluate({dataPath("offers/senior-swe-sanjose.json"), u"--scenarios"_s});
        QCOMPARE(output.exitCode, int(Success));
        const QString& text = output.standardOutput;
        QVERIFY(text.contains(u"Equity under stock-price scenarios (scenarios, not forecasts)\n"
                              "Year          Bear (-30 %)  Flat (0 %)  Bull (+30 %)\n"_s));
        const QString cells = text.simplified();
        QVERIFY(cells.contains(u" 2 $76,395 $125,000 $183,111 "_s));
        QVERIFY(cells.contains(u" 4-year total $291,586 $550,000 $958,075 "_s));
        QVERIFY(!text.contains(u"Private company"_s));

        const auto privateText =
            evaluate({dataPath("sessions/dana-okafor.anchorline"), u"--scenarios"_s}).standardOutput;
        QVERIFY(privateText.contains(
            u"Private company: values discounted by 50 % to an expected value (--discount).\n"
            "Private-company equity may be worth nothing"_s));
    }

    void badValuesNameTheOption_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("below -100 %") << QStringList{u"--bear"_s, u"-150"_s}
                                      << u"evaluate: --bear: -150 % a year is below -100 %: a share price "
                                         "cannot lose more than all of its value\n"_s;
        QTest::newRow("above +300 %") << QStringList{u"--bull=301"_s}
                                      << u"evaluate: --bull: 301 % a year is above the largest growth "
                                         "modelled, +300 %\n"_s;
        QTest::newRow("not a number") << QStringList{u"--flat"_s, u"ten"_s}
                                      << u"evaluate: --flat: \"ten\" is not a percentage; expected a number "
                                         "such as -30 or 12.5\n"_s;
        QTest::newRow("three decimals") << QStringList{u"--bull"_s, u"1.125"_s}
                                        << u"evaluate: --bull: \"1.125\" is not a percentage; expected a "
                                           "number such as -30 or 12.5\n"_s;
        QTest::newRow("missing value") << QStringList{u"--scenarios"_s, u"--bull"_s}
                                       << u"evaluate: --bull: missing value; expected a percentage such as "
                                          "-30 or 12.5\n"_s;
        QTest::newRow("discount")
            << QStringList{u"--scenarios"_s, u"--discount=120"_s}
            << u"evaluate: --discount: 120 % is not a discount; expected 0 to 100 %\n"_s;
        QTest::newRow("both stages") << QStringList{u"--private"_s, u"--public"_s}
                                     << u"evaluate: --private and --public exclude each other\n"_s;
    }

    void badValuesNameTheOption()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const auto output = evaluate(QStringList{dataPath("offers/senior-swe-sanjose.json")} + options);
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QCOMPARE(output.standardError.section(u'\n', 0, 0) + u'\n', message);
    }

    void percentParsing()
    {
        QCOMPARE(StockScenarioOptions::parsePercent(u"-30"_s), -3000);
        QCOMPARE(StockScenarioOptions::parsePercent(u"+30%"_s), 3000);
        QCOMPARE(StockScenarioOptions::parsePercent(u"12.5"_s), 1250);
        QCOMPARE(StockScenarioOptions::parsePercent(u"-0.05"_s), -5);
        QCOMPARE(StockScenarioOptions::parsePercent(u"30 %"_s), 3000);
        QVERIFY(!StockScenarioOptions::parsePercent(u""_s));
        QVERIFY(!StockScenarioOptions::parsePercent(u"1e3"_s));
        QVERIFY(!StockScenarioOptions::parsePercent(u"--30"_s));
    }
};

QTEST_APPLESS_MAIN(TestStockScenarioJson)
#include "TestStockScenarioJson.moc"
