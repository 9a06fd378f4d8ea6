#include "CliApplication.h"
#include "RelocateCommand.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {

CommandOutput relocate(const QStringList& arguments)
{
    QBuffer input;
    input.open(QIODevice::ReadOnly);
    return RelocateCommand(QLocale(QLocale::English, QLocale::UnitedStates)).run(arguments, input);
}

QJsonObject relocateJson(const QStringList& arguments)
{
    const CommandOutput output = relocate(arguments + QStringList{u"--json"_s});
    if (output.exitCode != Success)
        qWarning("%s", qPrintable(output.standardError));
    return QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
}

} // namespace

class TestRelocateCommand : public QObject
{
    Q_OBJECT

private slots:
    void sanJoseToAustinJson()
    {
        const QJsonObject json =
            relocateJson({u"--amount"_s, u"180000"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"12420"_s});
        QCOMPARE(json.value(u"amount"_s).toInteger(), 180000);
        QCOMPARE(json.value(u"currency"_s).toString(), u"USD"_s);
        // 180,000 × 97.620 / 112.867 = 155,684.12…
        QCOMPARE(json.value(u"equivalent"_s).toInteger(), 155684);
        QCOMPARE(json.value(u"source"_s).toString(), u"BEA RPP 2023"_s);
        QCOMPARE(json.value(u"year"_s).toInt(), 2023);
        const QJsonObject from = json.value(u"from"_s).toObject();
        QCOMPARE(from.value(u"code"_s).toString(), u"41940"_s);
        QCOMPARE(from.value(u"name"_s).toString(), u"San Jose-Sunnyvale-Santa Clara, CA"_s);
        QCOMPARE(from.value(u"parity"_s).toDouble(), 112.867);
        QCOMPARE(from.value(u"basis"_s).toString(), u"metro"_s);
        QVERIFY(from.value(u"note"_s).isNull());
        const QJsonObject to = json.value(u"to"_s).toObject();
        QCOMPARE(to.value(u"code"_s).toString(), u"12420"_s);
        QCOMPARE(to.value(u"parity"_s).toDouble(), 97.62);
        QCOMPARE(to.value(u"parity_area"_s).toObject().value(u"name"_s).toString(),
                 u"Austin-Round Rock-Georgetown, TX"_s);
    }

    void exactJsonText()
    {
        const CommandOutput output =
            relocate({u"--json"_s, u"--amount=180000"_s, u"--from=41940"_s, u"--to=US"_s});
        QCOMPARE(output.exitCode, int(Success));
        QCOMPARE(output.standardOutput, uR"({
    "amount": 180000,
    "currency": "USD",
    "equivalent": 159480,
    "from": {
        "basis": "metro",
        "code": "41940",
        "name": "San Jose-Sunnyvale-Santa Clara, CA",
        "note": null,
        "parity": 112.867,
        "parity_area": {
            "code": "41940",
            "name": "San Jose-Sunnyvale-Santa Clara, CA"
        }
    },
    "source": "BEA RPP 2023",
    "to": {
        "basis": "national",
        "code": "US",
        "name": "United States",
        "note": null,
        "parity": 100,
        "parity_area": {
            "code": "00000",
            "name": "United States"
        }
    },
    "year": 2023
}
)"_s);
    }

    void placeNamesAndFallback()
    {
        QJsonObject json =
            relocateJson({u"--amount"_s, u"$180,000"_s, u"--from"_s, u"San Jose"_s, u"--to"_s, u"Kenosha"_s});
        QCOMPARE(json.value(u"from"_s).toObject().value(u"code"_s).toString(), u"41940"_s);
        const QJsonObject to = json.value(u"to"_s).toObject();
        QCOMPARE(to.value(u"code"_s).toString(), u"28450"_s);
        QCOMPARE(to.value(u"basis"_s).toString(), u"state"_s);
        QCOMPARE(to.value(u"parity"_s).toDouble(), 93.097);
        QCOMPARE(to.value(u"note"_s).toString(),
                 u"uses Wisconsin's parity: area not in BEA's 2020 metro delineation"_s);
        // 180,000 × 93.097 / 112.867 = 148,470.86…
        QCOMPARE(json.value(u"equivalent"_s).toInteger(), 148471);
        // The renamed-metro crosswalk: Cleveland 17410 is BEA's 17460 (93.045).
        json = relocateJson({u"--amount"_s, u"100k"_s, u"--from"_s, u"17410"_s, u"--to"_s, u"Arkansas"_s});
        QCOMPARE(json.value(u"from"_s).toObject().value(u"basis"_s).toString(), u"renamed_metro"_s);
        QCOMPARE(
            json.value(u"from"_s).toObject().value(u"parity_area"_s).toObject().value(u"code"_s).toString(),
            u"17460"_s);
        // 100,000 × 86.508 / 93.045 = 92,974.37…
        QCOMPARE(json.value(u"equivalent"_s).toInteger(), 92974);
    }

    void text()
    {
        const CommandOutput output =
            relocate({u"--amount"_s, u"180000"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"28450"_s});
        QCOMPARE(output.exitCode, int(Success));
        QCOMPARE(
            output.standardOutput,
            u"$180,000 in San Jose-Sunnyvale-Santa Clara, CA (41940, price parity 112.867)\n"
            "buys as much as $148,471 in Kenosha, WI (28450, price parity 93.097).\n"
            "Note: Kenosha, WI uses Wisconsin's parity: area not in BEA's 2020 metro delineation.\n"
            "Source: BEA RPP 2023 (U.S. Bureau of Economic Analysis, Regional Price Parities by state and "
            "metro area, 2023 (released February 2025)), US = 100; rounded to whole units.\n"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no amount") << QStringList{u"--from"_s, u"41940"_s, u"--to"_s, u"12420"_s}
                                   << u"relocate: --amount is required"_s;
        QTest::newRow("no to") << QStringList{u"--amount"_s, u"1"_s, u"--from"_s, u"41940"_s}
                               << u"relocate: --to is required"_s;
        QTest::newRow("bad amount") << QStringList{u"--amount"_s, u"lots"_s, u"--from"_s,
                                                   u"41940"_s,    u"--to"_s, u"12420"_s}
                                    << u"relocate: --amount: "_s;
        QTest::newRow("negative amount")
            << QStringList{u"--amount"_s, u"-5"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"12420"_s}
            << u"relocate: --amount: "_s;
        QTest::newRow("euro amount")
            << QStringList{u"--amount"_s, u"€180,000"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"12420"_s}
            << u"relocate: --amount: \"€180,000\" is an amount in EUR, but BEA price parities compare US "
               "price levels, so they apply to amounts in US dollars only"_s;
        QTest::newRow("pound code") << QStringList{u"--amount"_s, u"180000 GBP"_s, u"--from"_s,
                                                   u"41940"_s,    u"--to"_s,       u"12420"_s}
                                    << u"relocate: --amount: \"180000 GBP\" is an amount in GBP, but BEA"_s;
        QTest::newRow("unknown code")
            << QStringList{u"--amount"_s, u"1"_s, u"--from"_s, u"99999"_s, u"--to"_s, u"12420"_s}
            << u"relocate: --from: unknown place \"99999\""_s;
        QTest::newRow("not covered")
            << QStringList{u"--amount"_s, u"1"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"10380"_s}
            << u"relocate: --to: BEA publishes no price parity for Aguadilla, PR (10380)"_s;
        QTest::newRow("ambiguous")
            << QStringList{u"--amount"_s, u"1"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"Springfield"_s}
            << u"relocate: --to: \"Springfield\" names more than one area; give an area code; did you mean: "_s;
        QTest::newRow("unknown option") << QStringList{u"--amount"_s, u"1"_s, u"--frm"_s, u"41940"_s}
                                        << u"relocate: unknown option \"--frm\""_s;
        QTest::newRow("positional") << QStringList{u"180000"_s}
                                    << u"relocate: unexpected argument \"180000\""_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandOutput output = relocate(arguments);
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY2(output.standardError.startsWith(message), qPrintable(output.standardError));
        QVERIFY(output.standardError.contains(u"Usage: anchorline-cli relocate"_s));
    }

    void registered()
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        const CommandOutput output = CliApplication().run(
            {u"relocate"_s, u"--amount"_s, u"180000"_s, u"--from"_s, u"41940"_s, u"--to"_s, u"12420"_s},
            input);
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardOutput.contains(u"$155,684"_s));
        QVERIFY(CliApplication().run({u"--help"_s}, input).standardOutput.contains(u"  relocate"_s));
    }
};

QTEST_APPLESS_MAIN(TestRelocateCommand)
#include "TestRelocateCommand.moc"
