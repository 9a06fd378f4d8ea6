#include "MarketStore.h"
#include "OfferWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline;

class TestOfferWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void recomputesEverythingFromTheInput();
    void typedRoleAndPlaceAreMatched();
    void pickedCodesWin();
    void pickedNationalCode();
    void unknownPlaceFallsBackToNational();
    void optionsRecomputeThePlan();

private:
    static NegotiationInput sample();
};

NegotiationInput TestOfferWorkspace::sample()
{
    NegotiationInput input;
    input.offer.company = QStringLiteral("Northwind");
    input.offer.role = QStringLiteral("Software Engineer");
    input.offer.level = CareerLevel::Mid;
    input.offer.location = QStringLiteral("San Jose, CA");
    input.offer.base = Money::fromMajor(200'000);
    input.offer.signOn.amount = Money::fromMajor(24'000);
    input.offer.signOn.clawbackMonths = 12;
    input.offer.equity.grant = Money::fromMajor(100'000);
    return input;
}

void TestOfferWorkspace::recomputesEverythingFromTheInput()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    QSignalSpy spy(&workspace, &OfferWorkspace::recomputed);
    workspace.setInput(sample());
    QCOMPARE(spy.count(), 1);

    // Mid level = the local median window; the band's p50 is OFLC Level III for San Jose (PROVENANCE.md).
    const auto& band = *workspace.band();
    QCOMPARE(band.soc, QStringLiteral("15-1252"));
    QCOMPARE(band.areaCode, QStringLiteral("41940"));
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(226'138));
    QVERIFY(workspace.input().nextLevelBand);
    QCOMPARE(workspace.input().nextLevelBand->level, CareerLevel::Senior);

    QCOMPARE(workspace.years().size(), 4);
    QCOMPARE(workspace.years().front().base, Money::fromMajor(200'000));
    QCOMPARE(workspace.years().front().signOn, Money::fromMajor(24'000));
    QCOMPARE(workspace.years().front().equity, Money::fromMajor(25'000));
    QCOMPARE(workspace.totalFourYears(), Money::fromMajor(924'000));
    QCOMPARE(workspace.walkAwayCosts().size(), OfferWorkspace::WalkAwayMonths + 1);
    QCOMPARE(workspace.walkAwayCosts().at(6).clawback, Money::fromMajor(24'000));
    QCOMPARE(workspace.walkAwayCosts().at(6).forfeitedEquity, Money::fromMajor(100'000));
    QCOMPARE(workspace.walkAwayCosts().at(48).total(), Money::fromMajor(0));

    QVERIFY2(workspace.plan(), qPrintable(workspace.planError()));
    QVERIFY(!workspace.recommendations().isEmpty());
    QVERIFY(workspace.plan()->ask.base.asked > Money::fromMajor(200'000));
    QVERIFY(!workspace.plan()->email.body.isEmpty());
}

void TestOfferWorkspace::typedRoleAndPlaceAreMatched()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.location = QStringLiteral("Austin");
    workspace.setInput(input);
    QCOMPARE(workspace.matchedRole()->soc, QStringLiteral("15-1252"));
    QCOMPARE(workspace.matchedLocation()->code, QStringLiteral("12420"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(139'152));
    input.offer.location.clear();
    workspace.setInput(input);
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
}

void TestOfferWorkspace::pickedCodesWin()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.role = QStringLiteral("Platform wizard");
    input.offer.roleSoc = QStringLiteral("15-1252");
    input.offer.location = QStringLiteral("the Bay");
    input.offer.locationCode = QStringLiteral("41860");
    workspace.setInput(input);
    QCOMPARE(workspace.band()->soc, QStringLiteral("15-1252"));
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("41860"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(187'574));
}

void TestOfferWorkspace::pickedNationalCode()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.roleSoc = QStringLiteral("15-1252");
    input.offer.location = QStringLiteral("remote");
    input.offer.locationCode = QStringLiteral("US");
    workspace.setInput(input);
    QCOMPARE(workspace.matchedLocation()->code, QStringLiteral("US"));
    QCOMPARE(workspace.matchedLocation()->name, QStringLiteral("United States"));
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(133'080));
    QVERIFY(workspace.bandError().isEmpty());
}

void TestOfferWorkspace::unknownPlaceFallsBackToNational()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.location = QStringLiteral("qqqqqqqqqq");
    workspace.setInput(input);
    QVERIFY(workspace.band());
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
    QVERIFY(workspace.bandError().contains(QStringLiteral("qqqqqqqqqq")));
}

void TestOfferWorkspace::optionsRecomputeThePlan()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    workspace.setInput(sample());
    const Money at75 = workspace.plan()->ask.base.asked;
    QSignalSpy spy(&workspace, &OfferWorkspace::recomputed);
    workspace.setTargetPercentile(90);
    QCOMPARE(spy.count(), 1);
    QVERIFY(workspace.plan()->ask.base.asked > at75);
    workspace.setTone(EmailTone::Formal);
    QCOMPARE(workspace.input().tone, EmailTone::Formal);
    workspace.setStrategyId(QStringLiteral("no-such-strategy"));
    QVERIFY(!workspace.plan());
    QVERIFY(workspace.planError().contains(QStringLiteral("no-such-strategy")));
}

QTEST_APPLESS_MAIN(TestOfferWorkspace)
#include "TestOfferWorkspace.moc"
