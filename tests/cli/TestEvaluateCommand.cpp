#include "CliApplication.h"
#include "CompensationCalculator.h"
#include "EvaluateCommand.h"
#include "OfferJson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;

namespace {

QString offerPath(const char* name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/") + QString::fromUtf8(name);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data");
    return file.readAll();
}

CommandOutput evaluate(const QStringList& arguments, const QByteArray& standardInput = QByteArray())
{
    QByteArray input = standardInput;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    return EvaluateCommand(QLocale(QLocale::English, QLocale::UnitedStates)).run(arguments, buffer);
}

} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

private slots:
    void jsonOutputMatchesTheStoredExample()
    {
        const auto output = evaluate({offerPath("senior-swe-sanjose.json"), QStringLiteral("--json")});
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardError.isEmpty());
        QCOMPARE(output.standardOutput,
                 QString::fromUtf8(readFile(offerPath("senior-swe-sanjose.evaluate.json"))));
    }

    void jsonValues()
    {
        const auto output = evaluate({QStringLiteral("--json"), offerPath("amazon-style-seattle.json")});
        QCOMPARE(output.exitCode, int(Success));
        const QJsonObject json = QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        const auto years = json.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 4);
        QCOMPARE(years.at(1).toObject().value(QStringLiteral("base")).toDouble(), 178537.5);
        QCOMPARE(years.at(2).toObject().value(QStringLiteral("base")).toDouble(), 184786.31);
        QCOMPARE(years.at(0).toObject().value(QStringLiteral("equity")).toDouble(), 20000.0);
        QCOMPARE(years.at(1).toObject().value(QStringLiteral("equity")).toDouble(), 60000.0);
        QCOMPARE(json.value(QStringLiteral("total_4y")).toDouble(), 1207077.64);
        QCOMPARE(json.value(QStringLiteral("average_4y")).toDouble(), 301769.41);
        const auto walkAway = json.value(QStringLiteral("walk_away")).toArray();
        QCOMPARE(walkAway.size(), 5);
        // Full clawback: all of year 1's 45,000 at month 6, the year-2 35,000 at month 18.
        QCOMPARE(walkAway.at(0).toObject().value(QStringLiteral("clawback")).toDouble(), 45000.0);
        QCOMPARE(walkAway.at(2).toObject().value(QStringLiteral("clawback")).toDouble(), 35000.0);
        QCOMPARE(walkAway.at(2).toObject().value(QStringLiteral("forfeited_equity")).toDouble(), 380000.0);
        QCOMPARE(walkAway.at(4).toObject().value(QStringLiteral("forfeited_equity")).toDouble(), 160000.0);
    }

    void evaluationJsonCanBeExtended()
    {
        const auto offer = OfferJson::parse(readFile(offerPath("minimal.json")));
        QJsonObject json = EvaluateCommand::evaluationJson(CompensationCalculator(*offer.offer));
        json.insert(QStringLiteral("market"), QJsonObject{{QStringLiteral("median"), 1}});
        QCOMPARE(json.keys(), QStringList({QStringLiteral("average_4y"), QStringLiteral("currency"),
                                           QStringLiteral("market"), QStringLiteral("total_4y"),
                                           QStringLiteral("walk_away"), QStringLiteral("years")}));
    }

    void textTable()
    {
        const auto output = evaluate({offerPath("senior-swe-sanjose.json")});
        QCOMPARE(output.exitCode, int(Success));
        QCOMPARE(output.standardOutput,
                 QString::fromUtf8(readFile(offerPath("senior-swe-sanjose.evaluate.txt"))));
    }

    void readsStandardInput()
    {
        const auto output =
            evaluate({QStringLiteral("-"), QStringLiteral("--json")}, readFile(offerPath("minimal.json")));
        QCOMPARE(output.exitCode, int(Success));
        const QJsonObject json = QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("total_4y")).toDouble(), 380000.0);
    }

    void badOfferExitsWithTwoAndNamesTheField()
    {
        const auto output =
            evaluate({QStringLiteral("-")}, R"({"schema": 1, "base": 1, "equity": {"cliff_month": 1}})");
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QCOMPARE(output.standardError,
                 QStringLiteral(
                     "standard input: equity.cliff_month: unknown key; expected one of grant, schedule, "
                     "cadence, cliff_months\n"));
    }

    void malformedJsonNamesFileLineAndColumn()
    {
        const auto output = evaluate({QStringLiteral("-")}, "{\"schema\": 1,\n\"base\": }");
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY2(output.standardError.startsWith(QStringLiteral("standard input: line 2, column ")),
                 qPrintable(output.standardError));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("no file") << QStringList() << QStringLiteral("evaluate: expected one offer file");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}
                                   << QStringLiteral("evaluate: expected one offer file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--yaml"), QStringLiteral("a.json")}
                                        << QStringLiteral("evaluate: unknown option \"--yaml\"");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/offer.json")}
                                      << QStringLiteral("/nonexistent/offer.json: cannot open: ");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messageStart);
        const auto output = evaluate(arguments);
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY2(output.standardError.startsWith(messageStart), qPrintable(output.standardError));
    }

    void registeredInTheApplication()
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        CliApplication application;
        const auto help = application.run({QStringLiteral("--help")}, input);
        QVERIFY(help.standardOutput.contains(QStringLiteral("  evaluate ")));
        const auto usage = application.run({QStringLiteral("evaluate"), QStringLiteral("--help")}, input);
        QVERIFY(usage.standardOutput.startsWith(QStringLiteral("Usage: anchorline-cli evaluate OFFER.json")));
        const auto result = application.run({QStringLiteral("evaluate"), offerPath("minimal.json")}, input);
        QCOMPARE(result.exitCode, int(Success));
    }

    void cLocaleFormatsLikeAmericanEnglish()
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        const auto output = EvaluateCommand(QLocale::c()).run({offerPath("minimal.json")}, input);
        QVERIFY2(output.standardOutput.contains(QStringLiteral("$95,000")),
                 qPrintable(output.standardOutput));
    }
};

QTEST_APPLESS_MAIN(TestEvaluateCommand)
#include "TestEvaluateCommand.moc"
