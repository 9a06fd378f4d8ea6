#include "OfferJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Anchorline;

namespace {

QByteArray readSample(const char* name)
{
    QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample offer");
    return file.readAll();
}

// Error lines of parsing `json`, one "field: message" each.
QStringList errorsOf(const QByteArray& json)
{
    const auto result = OfferJson::parse(json);
    QStringList lines;
    for (const auto& error : result.errors)
        lines.append(error.toString());
    return lines;
}

} // namespace

class TestOfferJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheSeniorSample()
    {
        const auto result = OfferJson::parse(readSample("senior-swe-sanjose.json"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const Offer& offer = *result.offer;
        QCOMPARE(offer.company, QStringLiteral("Northwind Labs"));
        QCOMPARE(offer.role, QStringLiteral("Senior Software Engineer"));
        QCOMPARE(offer.roleSoc, QStringLiteral("15-1252"));
        QCOMPARE(offer.level, CareerLevel::Senior);
        QCOMPARE(offer.location, QStringLiteral("San Jose, CA"));
        QCOMPARE(offer.currency, QStringLiteral("USD"));
        QCOMPARE(offer.startDate, QDate(2026, 3, 2));
        QCOMPARE(offer.base, Money::fromMajor(185'000));
        QCOMPARE(offer.raiseBasisPoints, 0);
        QCOMPARE(offer.bonusBasisPoints, 1'000);
        QCOMPARE(offer.fixedBonus, std::nullopt);
        QCOMPARE(offer.signOn, (SignOnBonus{Money::fromMajor(20'000), Money::fromMajor(10'000), 12,
                                            ClawbackRule::ProRata}));
        QCOMPARE(offer.equity.grant, Money::fromMajor(400'000));
        QCOMPARE(offer.equity.schedule, *VestingSchedule::preset(u"standard-quarterly"));
        QCOMPARE(offer.refresh,
                 (RefresherGrants{Money::fromMajor(100'000), 2, 4, VestingCadence::Quarterly}));
    }

    void parsesTheAmazonStyleSample()
    {
        const auto result = OfferJson::parse(readSample("amazon-style-seattle.json"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.offer->base, Money::fromMajor(172'500)); // written as "$172,500"
        QCOMPARE(result.offer->raiseBasisPoints, 350);
        QCOMPARE(result.offer->equity.schedule, *VestingSchedule::preset(u"amazon"));
        QCOMPARE(result.offer->signOn.clawback, ClawbackRule::Full);
        QVERIFY(result.offer->refresh.isEmpty());
    }

    void minimalOfferTakesDefaults()
    {
        const auto result = OfferJson::parse(readSample("minimal.json"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.offer->base, Money::fromMajor(95'000));
        QCOMPARE(result.offer->currency, QStringLiteral("USD"));
        QCOMPARE(result.offer->level, CareerLevel::Unspecified);
        QVERIFY(!result.offer->startDate.isValid());
        QVERIFY(result.offer->equity.grant.isZero());
    }

    void amountsWithCentsAndStrings()
    {
        const auto result = OfferJson::parse(R"({"schema": 1, "base": 1234.56, "bonus_fixed": "1,000.5",
                                                 "currency": "eur"})");
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.offer->base, Money::fromMinor(123'456, QStringLiteral("EUR")));
        QCOMPARE(result.offer->fixedBonus, Money::fromMinor(100'050, QStringLiteral("EUR")));
        QCOMPARE(result.offer->currency, QStringLiteral("EUR"));
    }

    void customScheduleWithOverrides()
    {
        const auto result = OfferJson::parse(R"({"schema": 1, "base": 100000, "equity": {"grant": 90000,
            "schedule": [50, 30, 20], "cadence": "annual", "cliff_months": 0}})");
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const auto schedule = result.offer->equity.schedule;
        QCOMPARE(schedule.yearlyShares(), QList<int>({5000, 3000, 2000}));
        QCOMPARE(schedule.uniformCadence(), VestingCadence::Annual);
        QCOMPARE(schedule.cliffMonths(), 0);
        QCOMPARE(result.offer->equity.vestEvents().front(), (VestEvent{12, Money::fromMajor(45'000)}));
    }

    void presetWithCadenceAndCliffOverride()
    {
        const auto result = OfferJson::parse(R"({"schema": 1, "base": 100000, "equity": {"grant": 48000,
            "schedule": "25/25/25/25", "cadence": "monthly", "cliff_months": 6}})");
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.offer->equity.vestEvents().front(), (VestEvent{6, Money::fromMajor(6'000)}));
        QCOMPARE(result.offer->equity.vestEvents().at(1), (VestEvent{7, Money::fromMajor(1'000)}));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("unknown top-level key")
            << QByteArray(R"({"schema": 1, "base": 1, "salary": 5})")
            << QStringList{
                   QStringLiteral("salary: unknown key; expected one of schema, company, role, role_soc, "
                                  "level, location, location_code, currency, start_date, base, "
                                  "raise_percent, bonus_percent, bonus_fixed, signon, equity, refresh")};
        QTest::newRow("unknown nested key")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"grant": 1, "cliff_month": 12}})")
            << QStringList{QStringLiteral("equity.cliff_month: unknown key; expected one of grant, schedule, "
                                          "cadence, cliff_months")};
        QTest::newRow("wrong type") << QByteArray(R"({"schema": 1, "base": 1, "company": 7})")
                                    << QStringList{
                                           QStringLiteral("company: expected a string, got a number")};
        QTest::newRow("amount of wrong type")
            << QByteArray(R"({"schema": 1, "base": true})")
            << QStringList{QStringLiteral(
                   "base: expected an amount such as 187500, 1234.56 or \"$187,500\", got true or false")};
        QTest::newRow("negative amount")
            << QByteArray(R"({"schema": 1, "base": 100000, "signon": {"amount": -5000}})")
            << QStringList{QStringLiteral("signon.amount: the amount may not be negative")};
        QTest::newRow("too many decimals")
            << QByteArray(R"({"schema": 1, "base": 100000.125})")
            << QStringList{QStringLiteral("base: an amount has at most 2 decimal places")};
        QTest::newRow("unreadable amount string")
            << QByteArray(R"({"schema": 1, "base": "lots"})")
            << QStringList{QStringLiteral("base: enter an amount such as 187500, 187,500 or 187.5k")};
        QTest::newRow("missing base")
            << QByteArray(R"({"schema": 1})")
            << QStringList{QStringLiteral("base: missing; expected the yearly base salary, e.g. 187500")};
        QTest::newRow("missing schema")
            << QByteArray(R"({"base": 1})")
            << QStringList{QStringLiteral("schema: missing; expected \"schema\": 1")};
        QTest::newRow("future schema")
            << QByteArray(R"({"schema": 2, "base": 1})")
            << QStringList{QStringLiteral(
                   "schema: expected 1; this version of Anchorline reads offer files of schema 1")};
        QTest::newRow("schedule sum")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"grant": 1, "schedule": [25, 25, 25, 20]}})")
            << QStringList{QStringLiteral("equity.schedule: the yearly percentages sum to 95 %, not 100 %")};
        QTest::newRow("schedule element")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"schedule": [50, "fifty"]}})")
            << QStringList{QStringLiteral(
                   "equity.schedule[1]: expected a percentage such as 10 or 3.5, got a string")};
        QTest::newRow("unknown preset")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"schedule": "lottery"}})")
            << QStringList{QStringLiteral(
                   "equity.schedule: unknown schedule \"lottery\"; expected one of standard-quarterly, "
                   "standard-monthly, 5/15/40/40, 33/33/22/12, 40/30/20/10, 35/30/20/15, or an array of "
                   "yearly "
                   "percentages such as [25, 25, 25, 25]")};
        QTest::newRow("cliff beyond schedule")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"cliff_months": 60}})")
            << QStringList{QStringLiteral("equity.cliff_months: expected 0 to 48 months")};
        QTest::newRow("cadence")
            << QByteArray(R"({"schema": 1, "base": 1, "refresh": {"cadence": "weekly"}})")
            << QStringList{
                   QStringLiteral("refresh.cadence: unknown cadence \"weekly\"; expected annual, semiannual, "
                                  "quarterly or monthly")};
        QTest::newRow("clawback rule")
            << QByteArray(R"({"schema": 1, "base": 1, "signon": {"clawback": "half"}})")
            << QStringList{QStringLiteral(
                   "signon.clawback: unknown rule \"half\"; expected \"full\" or \"prorata\"")};
        QTest::newRow("fractional months")
            << QByteArray(R"({"schema": 1, "base": 1, "signon": {"clawback_months": 6.5}})")
            << QStringList{QStringLiteral("signon.clawback_months: expected a whole number, got 6.5")};
        QTest::newRow("huge months")
            << QByteArray(R"({"schema": 1, "base": 1, "signon": {"clawback_months": 1e12}})")
            << QStringList{QStringLiteral("signon.clawback_months: the number is too large")};
        QTest::newRow("huge percent")
            << QByteArray(R"({"schema": 1, "base": 1, "raise_percent": 1e300})")
            << QStringList{QStringLiteral("raise_percent: the number is too large")};
        QTest::newRow("amount above a billion")
            << QByteArray(R"({"schema": 1, "base": 1, "equity": {"grant": 1e12}})")
            << QStringList{QStringLiteral("equity.grant: amounts above $1,000,000,000 are not accepted")};
        QTest::newRow("tiny amount") << QByteArray(R"({"schema": 1, "base": 1e-7})")
                                     << QStringList{
                                            QStringLiteral("base: an amount has at most 2 decimal places")};
        QTest::newRow("percent precision")
            << QByteArray(R"({"schema": 1, "base": 1, "bonus_percent": 10.125})")
            << QStringList{QStringLiteral("bonus_percent: a percentage has at most two decimal places")};
        QTest::newRow("range from validate")
            << QByteArray(R"({"schema": 1, "base": 1, "refresh": {"grant": 1, "vest_years": 0}})")
            << QStringList{QStringLiteral("refresh.vest_years: expected 1 to 10 years")};
        QTest::newRow("level") << QByteArray(R"({"schema": 1, "base": 1, "level": "wizard"})")
                               << QStringList{QStringLiteral(
                                      "level: unknown level \"wizard\"; expected one of entry, "
                                      "junior, mid, senior, staff, principal")};
        QTest::newRow("date") << QByteArray(R"({"schema": 1, "base": 1, "start_date": "March 2"})")
                              << QStringList{QStringLiteral(
                                     "start_date: expected a date as YYYY-MM-DD, got \"March 2\"")};
        QTest::newRow("currency")
            << QByteArray(R"({"schema": 1, "base": 1, "currency": "XYZ"})")
            << QStringList{QStringLiteral(
                   "currency: unknown currency \"XYZ\"; expected an ISO code such as USD or EUR")};
        QTest::newRow("several errors at once")
            << QByteArray(R"({"schema": 1, "base": -1, "signon": [], "bonus": 5})")
            << QStringList{
                   QStringLiteral("bonus: unknown key; expected one of schema, company, role, role_soc, "
                                  "level, location, location_code, currency, start_date, base, "
                                  "raise_percent, bonus_percent, bonus_fixed, signon, equity, refresh"),
                   QStringLiteral("base: the amount may not be negative"),
                   QStringLiteral("signon: expected an object { ... }, got an array")};
        QTest::newRow("top level array")
            << QByteArray("[1, 2]")
            << QStringList{QStringLiteral("expected a JSON object { \"schema\": 1, ... } at the top level")};
    }

    void badInputNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errors);
        QCOMPARE(errorsOf(json), errors);
        QVERIFY(!OfferJson::parse(json).ok());
    }

    void malformedJsonNamesLineAndColumn()
    {
        const QByteArray json = "{\n    \"schema\": 1,\n    \"base\": 100000\n    \"company\": \"Acme\"\n}\n";
        const QStringList errors = errorsOf(json);
        QCOMPARE(errors.size(), 1);
        // Qt's parser stops just after the first character it cannot use: the "c" of "company".
        QCOMPARE(errors.front(), QStringLiteral("line 4, column 6: malformed JSON: unterminated object"));
    }

    void columnsCountCharactersNotBytes()
    {
        const QStringList errors = errorsOf(R"({"schema": 1, "company": "Café Ünï", x})");
        QCOMPARE(errors,
                 QStringList{QStringLiteral("line 1, column 39: malformed JSON: unterminated object")});
    }

    void skipAcceptsAnUnfinishedOffer()
    {
        const QByteArray json = R"({"schema": 1, "base": 0, "refresh": {"grant": 1, "vest_years": 0}})";
        QCOMPARE(errorsOf(json),
                 (QStringList{QStringLiteral("base: expected the yearly base salary, more than 0"),
                              QStringLiteral("refresh.vest_years: expected 1 to 10 years")}));
        const auto result = OfferJson::parse(json, OfferJson::Validation::Skip);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.offer->base, Money::fromMajor(0));
        QCOMPARE(result.offer->refresh.vestYears, 0);
        QCOMPARE(result.offer->validate().size(), 2);
    }

    void skipStillRefusesStructuralErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << QByteArray(R"({"schema": 1, "base": 0, "salary": 5})")
                                     << QStringLiteral(
                                            "offers[1].salary: unknown key; expected one of schema, "
                                            "company, role, role_soc, level, location, location_code, "
                                            "currency, start_date, base, raise_percent, bonus_percent, "
                                            "bonus_fixed, signon, equity, refresh");
        QTest::newRow("wrong type") << QByteArray(R"({"schema": 1, "base": 0, "company": 7})")
                                    << QStringLiteral("offers[1].company: expected a string, got a number");
        QTest::newRow("negative amount") << QByteArray(R"({"schema": 1, "base": -1})")
                                         << QStringLiteral("offers[1].base: the amount may not be negative");
        QTest::newRow("bad date")
            << QByteArray(R"({"schema": 1, "base": 0, "start_date": "March 2"})")
            << QStringLiteral("offers[1].start_date: expected a date as YYYY-MM-DD, got \"March 2\"");
    }

    void skipStillRefusesStructuralErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto result = OfferJson::fromJsonObject(
            QJsonDocument::fromJson(json).object(), QStringLiteral("offers[1]"), OfferJson::Validation::Skip);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorText(), error);
    }

    void embeddedOfferErrorsCarryThePath()
    {
        const auto document = QJsonDocument::fromJson(R"({"equity": {"grant": -1}, "schema": 1, "base": 1})");
        const auto result = OfferJson::fromJsonObject(document.object(), QStringLiteral("offers[2]"));
        QCOMPARE(result.errorText(),
                 QStringLiteral("offers[2].equity.grant: the amount may not be negative"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("senior sample") << readSample("senior-swe-sanjose.json");
        QTest::newRow("amazon sample") << readSample("amazon-style-seattle.json");
        QTest::newRow("minimal sample") << readSample("minimal.json");
        QTest::newRow("custom schedule, fixed bonus, cents")
            << QByteArray(R"({"schema": 1, "base": 1234.56, "bonus_fixed": 99.99, "raise_percent": 3.33,
                "equity": {"grant": 10, "schedule": [33.33, 33.33, 33.34], "cadence": "monthly", "cliff_months": 3},
                "signon": {"amount": 1, "clawback_months": 24, "clawback": "full"}, "currency": "EUR"})");
        QTest::newRow("amazon with cadence override") << QByteArray(
            R"({"schema": 1, "base": 1, "equity": {"schedule": "amazon", "cadence": "quarterly"}})");
    }

    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const auto first = OfferJson::parse(json);
        QVERIFY2(first.ok(), qPrintable(first.errorText()));
        const QByteArray written = OfferJson::toJson(*first.offer);
        const auto second = OfferJson::parse(written);
        QVERIFY2(second.ok(), qPrintable(second.errorText() + u'\n' + QString::fromUtf8(written)));
        QCOMPARE(*second.offer, *first.offer);
        QCOMPARE(OfferJson::toJson(*second.offer), written);
    }

    void writesAmountsAsMajorUnits()
    {
        Offer offer;
        offer.base = Money::fromMinor(123'456);
        const QJsonObject object = OfferJson::toJsonObject(offer);
        QCOMPARE(object.value(QStringLiteral("base")).toDouble(), 1234.56);
        QCOMPARE(object.value(QStringLiteral("schema")).toInt(), 1);
        QVERIFY(QJsonDocument(object).toJson(QJsonDocument::Compact).contains("\"base\":1234.56"));
    }
};

QTEST_APPLESS_MAIN(TestOfferJson)
#include "TestOfferJson.moc"
