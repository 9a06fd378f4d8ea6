#include "CompareCommand.h"
#include "Offer.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {
const QString danaPath = QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline");

CommandOutput compare(const QStringList& arguments, const QByteArray& standardInput = QByteArray())
{
    QByteArray input = standardInput;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    return CompareCommand(QLocale(QLocale::English, QLocale::UnitedStates)).run(arguments, buffer);
}
} // namespace

class TestCompareCommand : public QObject
{
    Q_OBJECT

private slots:
    void json();
    void text();
    void realTermsRow();
    void neverPrintsCurrentPay();
    void jsonExtensionsAddMembersPerOffer();
    void badInput_data();
    void badInput();
};

void TestCompareCommand::json()
{
    const auto output = compare({danaPath, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    QVERIFY(output.standardError.isEmpty());
    const QJsonObject document = QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
    QCOMPARE(document.value(u"client").toString(), u"Dana Okafor"_s);
    const QJsonArray offers = document.value(u"offers").toArray();
    QCOMPARE(offers.size(), 2);

    const QJsonObject northwind = offers.at(0).toObject();
    QCOMPARE(northwind.value(u"number").toInt(), 1);
    QCOMPARE(northwind.value(u"label").toString(), u"Offer A — Northwind Robotics"_s);
    QCOMPARE(northwind.value(u"company").toString(), u"Northwind Robotics"_s);
    QCOMPARE(northwind.value(u"negotiated").toBool(), true);
    QCOMPARE(northwind.value(u"competing").toBool(), false);
    QCOMPARE(northwind.value(u"currency").toString(), u"USD"_s);
    QCOMPARE(northwind.value(u"total_4y").toDouble(), 1167562.12);
    QCOMPARE(northwind.value(u"average_4y").toDouble(), 291890.53);
    const QJsonArray years = northwind.value(u"years").toArray();
    QCOMPARE(years.size(), 6); // refreshers keep vesting into years 5 and 6
    QCOMPARE(years.at(1).toObject().value(u"total").toDouble(), 286206.0);
    QCOMPARE(years.at(1).toObject().value(u"refresh").toDouble(), 10000.0);
    const QJsonObject walkAway12 = northwind.value(u"walk_away").toArray().at(1).toObject();
    QCOMPARE(walkAway12.value(u"month").toInt(), 12);
    QCOMPARE(walkAway12.value(u"forfeited_equity").toDouble(), 180000.0);

    const QJsonObject contoso = offers.at(1).toObject();
    QCOMPARE(contoso.value(u"competing").toBool(), true);
    QCOMPARE(contoso.value(u"negotiated").toBool(), false);
    QCOMPARE(contoso.value(u"total_4y").toDouble(), 1232000.0);
    QCOMPARE(contoso.value(u"years").toArray().size(), 4);
    QCOMPARE(contoso.value(u"years").toArray().at(0).toObject().value(u"equity").toDouble(), 16000.0);
}

void TestCompareCommand::text()
{
    const auto output = compare({danaPath});
    QCOMPARE(output.exitCode, int(Success));
    const QStringList lines = output.standardOutput.split(u'\n');
    QCOMPARE(lines.at(0), u"Dana Okafor: offers side by side"_s);
    QCOMPARE(lines.at(2).simplified(), u"Offer A — Northwind Robotics Offer B — Contoso Cloud"_s);
    QCOMPARE(lines.at(3).simplified(), u"Year 1 $280,200 $255,250"_s);
    QCOMPARE(lines.at(7).simplified(), u"4-year total $1,167,562.12 $1,232,000"_s);
    QCOMPARE(lines.at(8).simplified(), u"Walk-away cost at 12 months $180,000 $304,000"_s);
    QVERIFY(output.standardOutput.contains(u"Negotiating: Offer A — Northwind Robotics\n"
                                           "Competing offer: Offer B — Contoso Cloud\n"_s));
    QVERIFY(output.standardOutput.contains(u"Source: the offers in the session file"_s));
}

void TestCompareCommand::realTermsRow()
{
    const auto output = compare({danaPath});
    const QStringList lines = output.standardOutput.split(u'\n');
    // Both offers are in Seattle (112.991): 1,167,562.12 → 1,033,323 and 1,232,000 → 1,090,352.
    QCOMPARE(lines.at(9).simplified(),
             u"4-year total in real terms (BEA RPP, 2023 US prices) $1,033,323 $1,090,352"_s);
    QVERIFY(output.standardOutput.contains(u"Real terms: 4-year total / (BEA RPP 2023 price parity"_s));
}

void TestCompareCommand::neverPrintsCurrentPay()
{
    // Dana's private current base is $158,000 and bonus $12,000.
    for (const auto& arguments : {QStringList{danaPath}, QStringList{danaPath, u"--json"_s}}) {
        const auto output = compare(arguments);
        QVERIFY(!output.standardOutput.contains(u"158"_s));
        QVERIFY(!output.standardOutput.contains(u"current"_s, Qt::CaseInsensitive));
    }
}

void TestCompareCommand::jsonExtensionsAddMembersPerOffer()
{
    CompareCommand command;
    command.addJsonExtension([](const Offer& offer, QJsonObject& json) {
        json.insert(u"market"_s, QJsonObject{{u"company"_s, offer.company}});
    });
    QBuffer noInput;
    noInput.open(QIODevice::ReadOnly);
    const auto output = command.run({danaPath, u"--json"_s}, noInput);
    const QJsonArray offers =
        QJsonDocument::fromJson(output.standardOutput.toUtf8()).object().value(u"offers").toArray();
    QCOMPARE(offers.at(0).toObject().value(u"market").toObject().value(u"company").toString(),
             u"Northwind Robotics"_s);
    QCOMPARE(offers.at(1).toObject().value(u"market").toObject().value(u"company").toString(),
             u"Contoso Cloud"_s);
}

void TestCompareCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("standardInput");
    QTest::addColumn<QString>("error");
    QTest::newRow("no file") << QStringList{} << QByteArray() << u"compare: expected one session file"_s;
    QTest::newRow("unknown option") << QStringList{danaPath, u"--csv"_s} << QByteArray()
                                    << u"compare: unknown option \"--csv\""_s;
    QTest::newRow("missing file") << QStringList{u"/nonexistent/x.anchorline"_s} << QByteArray()
                                  << u"/nonexistent/x.anchorline: cannot open"_s;
    QTest::newRow("future schema")
        << QStringList{u"-"_s} << QByteArray(R"({"app": "Anchorline", "schema": 4})")
        << u"standard input: schema: this session was saved by a newer Anchorline"_s;
    QTest::newRow("same offer competing")
        << QStringList{u"-"_s}
        << QByteArray(
               R"({"app": "Anchorline", "schema": 1, "offers": [{"offer": {"schema": 1, "base": 100000}}], "competing_offer": 1})")
        << u"standard input: competing_offer: an offer cannot be its own competing offer"_s;
    QTest::newRow("unfinished offer")
        << QStringList{u"-"_s}
        << QByteArray(
               R"({"app": "Anchorline", "schema": 1, "offers": [{"offer": {"schema": 1, "base": 100000}}, {"offer": {"schema": 1, "base": 0}}]})")
        << u"standard input: offers[2].offer.base: expected the yearly base salary, more than 0\n"_s;
}

void TestCompareCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, standardInput);
    QFETCH(QString, error);
    const auto output = compare(arguments, standardInput);
    QCOMPARE(output.exitCode, int(BadInput));
    QVERIFY(output.standardOutput.isEmpty());
    QVERIFY2(output.standardError.startsWith(error), qPrintable(output.standardError));
}

QTEST_APPLESS_MAIN(TestCompareCommand)
#include "TestCompareCommand.moc"
