#include "SessionJson.h"
#include "SessionSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestSessionJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void writesTheDocumentedKeys();
    void readsTheSampleCoachSession();
    void upgradesABareOfferFile();
    void readsAnUnfinishedOffer();
    void refuses_data();
    void refuses();
    void reportsEveryProblemAtOnce();
    void keepsStockScenarioSettings();
};

void TestSessionJson::roundTripKeepsEveryField()
{
    const Session session = SessionSamples::fullSession();
    const QDateTime savedAt(QDate(2026, 11, 26), QTime(10, 42, 7), Qt::UTC);
    const auto parsed = SessionJson::parse(SessionJson::toJson(session, savedAt));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.schema, 1);
    QVERIFY(!parsed.wasUpgraded());
    QCOMPARE(parsed.savedAt, savedAt);
    QCOMPARE(parsed.session->history.at(0).answerAmount, Money::fromMinor(1'000'050));
    QCOMPARE(parsed.session->currentPay.bonus, Money::fromMinor(1'200'050));
    QCOMPARE(parsed.session->clientName, u"Zoë Núñez-Okafor"_s);
    QVERIFY(*parsed.session == session);
}

void TestSessionJson::writesTheDocumentedKeys()
{
    const QDateTime savedAt(QDate(2026, 11, 26), QTime(10, 42), Qt::UTC);
    const QJsonObject object = SessionJson::toJsonObject(SessionSamples::fullSession(), savedAt);
    QCOMPARE(object.value(u"schema").toInt(), 1);
    QCOMPARE(object.value(u"app").toString(), u"Anchorline"_s);
    QCOMPARE(object.value(u"saved_at").toString(), u"2026-11-26T10:42:00Z"_s);
    QCOMPARE(object.value(u"negotiated_offer").toInt(), 1); // 1-based in the file
    QCOMPARE(object.value(u"competing_offer").toInt(), 2);
    const QJsonObject currentPay = object.value(u"current_pay").toObject();
    QCOMPARE(currentPay.value(u"private").toBool(), true);
    QCOMPARE(currentPay.value(u"bonus").toDouble(), 12000.5);
    QCOMPARE(object.value(u"negotiation").toObject().value(u"tone").toString(), u"formal"_s);
    QCOMPARE(object.value(u"history").toArray().at(0).toObject().value(u"outcome").toString(),
             u"countered"_s);
    QCOMPARE(object.value(u"offers").toArray().at(1).toObject().value(u"label").toString(),
             u"Offer B — Contoso"_s);
}

void TestSessionJson::readsTheSampleCoachSession()
{
    QFile file(SessionSamples::dataPath(u"dana-okafor.anchorline"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = SessionJson::parse(file.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    const Session& session = *parsed.session;
    QCOMPARE(session.clientName, u"Dana Okafor"_s);
    QCOMPARE(session.offers.size(), 2);
    QCOMPARE(session.offers.at(0).label, u"Offer A — Northwind Robotics"_s);
    QCOMPARE(session.offers.at(0).offer.base, Money::fromMajor(182'000));
    QCOMPARE(session.offers.at(1).offer.company, u"Contoso Cloud"_s);
    QCOMPARE(session.negotiatedOffer, 0);
    QCOMPARE(session.competingOffer, std::optional<int>(1));
    QCOMPARE(session.currentPay.base, std::optional<Money>(Money::fromMajor(158'000)));
    QCOMPARE(session.target.total, std::optional<Money>(Money::fromMajor(290'000)));
    QCOMPARE(session.negotiation.decisionDeadline, QDate(2026, 12, 4));
    QCOMPARE(session.negotiation.forfeitedCompensation, Money::fromMajor(18'500));
    QCOMPARE(session.history.size(), 1);
    QCOMPARE(session.history.at(0).outcome, Session::HistoryEntry::Outcome::Countered);
    QCOMPARE(session.history.at(0).answerAmount, std::optional<Money>(Money::fromMajor(10'000)));
    QCOMPARE(parsed.savedAt, QDateTime(QDate(2026, 11, 24), QTime(16, 5), Qt::UTC));
    QVERIFY(session.validate().isEmpty());
}

void TestSessionJson::upgradesABareOfferFile()
{
    QFile file(SessionSamples::dataPath(u"offer-schema0.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = SessionJson::parse(file.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.schema, 0);
    QVERIFY(parsed.wasUpgraded());
    QVERIFY(!parsed.savedAt.isValid());
    const Session& session = *parsed.session;
    QCOMPARE(session.offers.size(), 1);
    QCOMPARE(session.offers.at(0).offer.company, u"Fabrikam"_s);
    QCOMPARE(session.offers.at(0).offer.base, Money::fromMajor(150'000));
    QCOMPARE(session.offerDisplayLabel(0), u"Offer 1 — Fabrikam"_s);
    QCOMPARE(session.negotiatedOffer, 0);
    QVERIFY(session.clientName.isEmpty());
    QVERIFY(session.history.isEmpty());
}

void TestSessionJson::readsAnUnfinishedOffer()
{
    const auto parsed = SessionJson::parse(
        R"({"app": "Anchorline", "schema": 1, "offers": [{"offer": {"schema": 1, "base": 0}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.session->offers.size(), 1);
    QCOMPARE(parsed.session->offers.at(0).offer.base, Money::fromMajor(0));
    // A bare offer file is the offer format, which still validates.
    QCOMPARE(SessionJson::parse(R"({"schema": 1, "base": 0})").errorText(),
             u"base: expected the yearly base salary, more than 0"_s);
}

void TestSessionJson::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageFragment");

    const QByteArray head = R"({"app": "Anchorline", "schema": 1, )";
    QTest::newRow("malformed")
        << QByteArray("{\n  \"app\": \"Anchorline\",\n  \"schema\": 1,\n  \"client\": {\"name\" \"x\"}\n}")
        << u"line 4, column 22"_s << u""_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << u"JSON object"_s;
    QTest::newRow("newer schema") << QByteArray(R"({"app": "Anchorline", "schema": 2})") << u"schema"_s
                                  << u"newer Anchorline (session schema 2)"_s;
    QTest::newRow("schema missing") << QByteArray(R"({"app": "Anchorline"})") << u"schema"_s << u"missing"_s;
    QTest::newRow("schema text") << QByteArray(R"({"app": "Anchorline", "schema": "1"})") << u"schema"_s
                                 << u"expected a whole number, found text"_s;
    QTest::newRow("other app") << QByteArray(R"({"app": "Other", "schema": 1, "offers": []})") << u"app"_s
                               << u"not an Anchorline session"_s;
    QTest::newRow("app missing") << QByteArray(R"({"schema": 1, "offers": []})") << u"app"_s << u"missing"_s;
    QTest::newRow("name is a number")
        << head + R"("client": {"name": 5}})" << u"client.name"_s << u"expected text, found a number"_s;
    QTest::newRow("unknown key") << head + R"("clinet": {}})" << u"clinet"_s << u"unknown key"_s;
    QTest::newRow("offers not an array")
        << head + R"("offers": {}})" << u"offers"_s << u"expected an array"_s;
    QTest::newRow("offer entry not object")
        << head + R"("offers": [3]})" << u"offers[1]"_s << u"expected an object"_s;
    QTest::newRow("offer missing") << head + R"("offers": [{"label": "A"}]})" << u"offers[1].offer"_s
                                   << u"expected an object with the offer, found nothing"_s;
    QTest::newRow("unknown key in an unfinished offer")
        << head + R"("offers": [{"offer": {"schema": 1, "base": 0, "salary": 1}}]})"
        << u"offers[1].offer.salary"_s << u"unknown key"_s;
    QTest::newRow("competing offer out of range")
        << head + R"("competing_offer": 3})" << u"competing_offer"_s << u"offer 3 does not exist"_s;
    QTest::newRow("percentile") << head + R"("negotiation": {"target_percentile": 95}})"
                                << u"negotiation.target_percentile"_s << u"95 is outside 10 … 90"_s;
    QTest::newRow("tone") << head + R"("negotiation": {"tone": "angry"}})" << u"negotiation.tone"_s
                          << u"\"angry\" is not a tone"_s;
    QTest::newRow("history date") << head + R"("history": [{}, {"date": "18/11/2026"}]})"
                                  << u"history[2].date"_s << u"expected YYYY-MM-DD"_s;
    QTest::newRow("negative amount") << head + R"("history": [{"asked_amount": -5}]})"
                                     << u"history[1].asked_amount"_s << u"negative"_s;
    QTest::newRow("sub-cent amount") << head + R"("current_pay": {"base": 100.001}})" << u"current_pay.base"_s
                                     << u"decimal places"_s;
    QTest::newRow("currency") << head + R"("target": {"currency": "XYZ"}})" << u"target.currency"_s
                              << u"not a known currency"_s;
    QTest::newRow("outcome") << head + R"("history": [{"outcome": "won"}]})" << u"history[1].outcome"_s
                             << u"not an outcome"_s;
    QTest::newRow("scenario growth below -100 %")
        << head + R"("scenarios": {"bear": {"growth_percent": -150}}})" << u"scenarios.bear.growth_percent"_s
        << u"-150 % a year is below -100 %"_s;
    QTest::newRow("scenario growth above +300 %")
        << head + R"("scenarios": {"bull": {"growth_percent": 301}}})" << u"scenarios.bull.growth_percent"_s
        << u"301 % a year is above the largest growth modelled, +300 %"_s;
    QTest::newRow("scenario growth as text")
        << head + R"("scenarios": {"flat": {"growth_percent": "5"}}})" << u"scenarios.flat.growth_percent"_s
        << u"expected a percentage such as -30 or 12.5, found text"_s;
    QTest::newRow("scenario growth with three decimals")
        << head + R"("scenarios": {"flat": {"growth_percent": 1.125}}})" << u"scenarios.flat.growth_percent"_s
        << u"1.125 has more than two decimals"_s;
    QTest::newRow("private discount")
        << head + R"("scenarios": {"private_discount_percent": 120}})"
        << u"scenarios.private_discount_percent"_s << u"120 % is not a discount"_s;
    QTest::newRow("unknown scenario") << head + R"("scenarios": {"crash": {"growth_percent": -90}}})"
                                      << u"scenarios.crash"_s << u"unknown key"_s;
}

// The growth rates and the private discount of the stock-scenario tab are kept with the session; a file
// that has none (every file before them) opens with the defaults, and default settings are not written.
void TestSessionJson::keepsStockScenarioSettings()
{
    const QDateTime savedAt(QDate(2026, 11, 26), QTime(10, 42), Qt::UTC);
    Session session = SessionSamples::fullSession();
    QVERIFY(!SessionJson::toJsonObject(session, savedAt).contains(u"scenarios"));
    QCOMPARE(SessionJson::parse(SessionJson::toJson(session, savedAt)).session->stockScenarios,
             StockScenarioSettings());

    session.stockScenarios.scenarios[0].growthBasisPoints = -5'000;
    session.stockScenarios.scenarios[2].growthBasisPoints = 1'250;
    session.stockScenarios.privateDiscountBasisPoints = 7'500;
    const QJsonObject scenarios = SessionJson::toJsonObject(session, savedAt).value(u"scenarios").toObject();
    QCOMPARE(scenarios.value(u"bear").toObject().value(u"growth_percent").toDouble(), -50.0);
    QCOMPARE(scenarios.value(u"flat").toObject().value(u"growth_percent").toDouble(), 0.0);
    QCOMPARE(scenarios.value(u"bull").toObject().value(u"growth_percent").toDouble(), 12.5);
    QCOMPARE(scenarios.value(u"private_discount_percent").toDouble(), 75.0);
    const auto parsed = SessionJson::parse(SessionJson::toJson(session, savedAt));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    QCOMPARE(parsed.session->stockScenarios, session.stockScenarios);

    // A scenario left out keeps its default.
    const auto partial = SessionJson::parse(
        R"({"app": "Anchorline", "schema": 1, "scenarios": {"bull": {"growth_percent": 45}}})");
    QVERIFY2(partial.ok(), qPrintable(partial.errorText()));
    QCOMPARE(partial.session->stockScenarios.scenarios.at(0).growthBasisPoints, -3'000);
    QCOMPARE(partial.session->stockScenarios.scenarios.at(2).growthBasisPoints, 4'500);
    QCOMPARE(partial.session->stockScenarios.privateDiscountBasisPoints, 5'000);

    // The sample written before scenarios were saved opens with the defaults.
    QFile sample(SessionSamples::dataPath(u"dana-okafor.anchorline"_s));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(SessionJson::parse(sample.readAll()).session->stockScenarios, StockScenarioSettings());
}

void TestSessionJson::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, messageFragment);
    const auto parsed = SessionJson::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.errors.isEmpty());
    QCOMPARE(parsed.errors.first().field, field);
    QVERIFY2(parsed.errors.first().message.contains(messageFragment), qPrintable(parsed.errorText()));
}

void TestSessionJson::reportsEveryProblemAtOnce()
{
    const auto parsed = SessionJson::parse(
        R"({"app": "Anchorline", "schema": 1, "client": {"name": 1, "notes": false}, "email": {"user_edited": "yes"}})");
    QCOMPARE(parsed.errors.size(), 3);
    QCOMPARE(parsed.errorText(), u"client.name: expected text, found a number\n"
                                 "client.notes: expected text, found true/false\n"
                                 "email.user_edited: expected true or false, found text"_s);
}

QTEST_APPLESS_MAIN(TestSessionJson)
#include "TestSessionJson.moc"
