#include "AskCalculator.h"
#include "BandModel.h"
#include "MarketStore.h"
#include "NegotiationFixtures.h"
#include "StrategyCatalogue.h"

#include <QTest>

using namespace Anchorline;
using namespace NegotiationFixtures;
using namespace Qt::StringLiterals;

class TestAskCalculator : public QObject
{
    Q_OBJECT

private:
    static Ask askFor(const NegotiationInput& input, QStringView strategyId)
    {
        return AskCalculator::compute(input, *StrategyCatalogue::find(strategyId));
    }

private slots:
    void bandValueAtPublishedPoints()
    {
        const Band band = nationalSoftwareDevelopers2024();
        const auto p75 = AskCalculator::bandValueAt(band, 75);
        QVERIFY(p75);
        QCOMPARE(p75->amount, usd(169'000));
        QVERIFY(!p75->estimated);
        QCOMPARE(AskCalculator::bandValueAt(band, 10)->amount, usd(79'850));
        QCOMPARE(AskCalculator::bandValueAt(band, 90)->amount, usd(211'450));
    }
    void bandValueAtInterpolatesAndMarksEstimate()
    {
        const Band band = nationalSoftwareDevelopers2024();
        // 169,000 + (211,450 − 169,000) × 5/15 = 183,150
        const auto p80 = AskCalculator::bandValueAt(band, 80);
        QCOMPARE(p80->amount, usd(183'150));
        QVERIFY(p80->estimated);
        // 133,080 + 35,920 × 10/25 = 147,448
        QCOMPARE(AskCalculator::bandValueAt(band, 60)->amount, usd(147'448));
    }
    void bandValueAtTopCodedIsLowerBound()
    {
        Band band = nationalSoftwareDevelopers2024();
        band.values[4] = {usd(239'200), BandValue::Kind::TopCoded};
        const auto p90 = AskCalculator::bandValueAt(band, 90);
        QVERIFY(p90->topCoded);
        QCOMPARE(p90->amount, usd(239'200));
        QVERIFY(AskCalculator::bandValueAt(band, 85)->topCoded);
    }
    void roundingSteps()
    {
        QCOMPARE(AskCalculator::roundingStepFor(usd(99'999)), qint64(250));
        QCOMPARE(AskCalculator::roundingStepFor(usd(100'000)), qint64(500));
    }

    void marketAnchorAsksP75Rounded()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::MarketAnchor);
        QCOMPARE(ask.base.offered, usd(150'000));
        QCOMPARE(ask.base.asked, usd(169'000));
        QCOMPARE(ask.signOn.asked, usd(20'000));
        QCOMPARE(ask.equityPerYear.asked, usd(100'000));
        QCOMPARE(ask.base.reasons.size(), 1);
        const AskReason& reason = ask.base.reasons.front();
        QCOMPARE(reason.rule, QStringLiteral("target-percentile"));
        QCOMPARE(reason.percentile, 75);
        QCOMPARE(*reason.bandValue, usd(169'000));
        QCOMPARE(reason.roundingStep, qint64(500));
        QVERIFY(!reason.bandValueEstimated);
        QCOMPARE(ask.levers, QStringList({u"signon"_s, u"equity"_s, u"start-date"_s}));
        QVERIFY(!ask.winnableClose);
    }
    void marketAnchorAtP80RoundsToFiveHundred()
    {
        auto input = midLevelInput();
        input.targetPercentile = 80;
        const Ask ask = askFor(input, StrategyCatalogue::MarketAnchor);
        QCOMPARE(ask.base.asked, usd(183'000)); // 183,150 → nearest $500
        QVERIFY(ask.base.reasons.front().bandValueEstimated);
    }
    void targetBelowOfferAsksNothing()
    {
        auto input = midLevelInput();
        input.targetPercentile = 60; // 147,448 → 147,500 < 150,000
        const Ask ask = askFor(input, StrategyCatalogue::MarketAnchor);
        QCOMPARE(ask.base.asked, usd(150'000));
        QVERIFY(ask.base.reasons.isEmpty());
    }
    void withoutBandNothingIsAsked()
    {
        auto input = midLevelInput();
        input.band.reset();
        const Ask ask = askFor(input, StrategyCatalogue::MarketAnchor);
        QCOMPARE(ask.base.asked, usd(150'000));
    }
    void bolsteringRangeRunsFromTargetToPlusFivePercent()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::BolsteringRange);
        QCOMPARE(ask.base.asked, usd(169'000));
        QCOMPARE(*ask.base.askedRangeTop, usd(177'500)); // 169,000 × 1.05 = 177,450 → 177,500
        QCOMPARE(ask.base.reasons.back().rule, QStringLiteral("bolstering-range"));
        QCOMPARE(ask.base.reasons.back().basisPoints, 500);
    }
    void competingOfferMatchesEachHigherComponent()
    {
        auto input = midLevelInput();
        input.competingOffer = competingOffer();
        const Ask ask = askFor(input, StrategyCatalogue::CompetingOffer);
        QCOMPARE(ask.base.asked, usd(160'000));
        QCOMPARE(ask.signOn.asked, usd(30'000));
        QCOMPARE(ask.equityPerYear.asked, usd(120'000));
        QCOMPARE(ask.refresh.asked, usd(0));
        QCOMPARE(ask.base.reasons.front().rule, QStringLiteral("competing-match"));
        QCOMPARE(*ask.base.reasons.front().basisValue, usd(160'000));
    }
    void lowerCompetingOfferIsNotMatched()
    {
        auto input = midLevelInput();
        Offer lower = competingOffer();
        lower.base = usd(140'000);
        lower.signOn.amount = usd(0);
        lower.equity.grant = usd(100'000);
        input.competingOffer = lower;
        const Ask ask = askFor(input, StrategyCatalogue::CompetingOffer);
        QCOMPARE(ask.base.asked, usd(150'000));
        QVERIFY(!ask.asksForMore());
    }
    void signOnBridgesTheFirstYearGap()
    {
        auto input = midLevelInput();
        input.baseCapped = true;
        const Ask ask = askFor(input, StrategyCatalogue::SignOnBridge);
        QCOMPARE(ask.base.asked, usd(150'000));
        QCOMPARE(ask.signOn.asked, usd(39'000)); // 20,000 + (169,000 − 150,000)
        QCOMPARE(ask.signOn.reasons.front().rule, QStringLiteral("year-one-gap"));
        QCOMPARE(*ask.signOn.reasons.front().basisValue, usd(19'000));
    }
    void signOnMakesWholeForfeitedPay()
    {
        auto input = midLevelInput();
        input.forfeitedCompensation = usd(25'000);
        const Ask ask = askFor(input, StrategyCatalogue::SignOnBridge);
        QCOMPARE(ask.signOn.asked, usd(45'000)); // 20,000 + 25,000 (more than the 19,000 gap)
        QCOMPARE(ask.signOn.reasons.front().rule, QStringLiteral("make-whole"));
    }
    void equityCarriesTheCashGap()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::EquityRefresh);
        QCOMPARE(ask.base.asked, usd(150'000));
        QCOMPARE(ask.equityPerYear.offered, usd(100'000));
        QCOMPARE(ask.equityPerYear.asked, usd(119'000));
        QCOMPARE(ask.levers, QStringList({u"refresh-policy"_s, u"signon"_s}));
    }
    void relevelAsksNextLevelAndItsBand()
    {
        auto input = midLevelInput();
        Band senior = nationalSoftwareDevelopers2024();
        senior.level = CareerLevel::Senior;
        senior.values[3] = {usd(190'250), BandValue::Kind::Estimated};
        input.nextLevelBand = senior;
        const Ask ask = askFor(input, StrategyCatalogue::Relevel);
        QCOMPARE(ask.level.offered, CareerLevel::Mid);
        QCOMPARE(ask.level.asked, CareerLevel::Senior);
        QCOMPARE(ask.base.asked, usd(190'500)); // 190,250 → half away from zero
        QCOMPARE(ask.base.reasons.front().rule, QStringLiteral("next-level-band"));
    }
    void relevelWithoutNextBandAsksLevelOnly()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::Relevel);
        QCOMPARE(ask.level.asked, CareerLevel::Senior);
        QCOMPARE(ask.base.asked, usd(150'000));
        QVERIFY(ask.asksForMore());
    }
    void packageMenuHasThreeEqualValuePackages()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::PackageMenu);
        QCOMPARE(ask.packages.size(), 3);
        QCOMPARE(ask.packages[0].base, usd(169'000));
        QCOMPARE(ask.packages[0].signOn, usd(20'000));
        // Half the 19,000 gap: 9,500.
        QCOMPARE(ask.packages[1].base, usd(159'500));
        QCOMPARE(ask.packages[1].signOn, usd(39'000));
        QCOMPARE(ask.packages[2].base, usd(159'500));
        QCOMPARE(ask.packages[2].equityPerYear, usd(109'500));
        QCOMPARE(ask.base.asked, usd(169'000));
    }
    void nonCashKeepsCash()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::NonCash);
        for (const auto* component : ask.components())
            QVERIFY(!component->isRaised());
        QCOMPARE(ask.levers, QStringList({u"start-date"_s, u"remote"_s, u"pto"_s, u"review-6-months"_s}));
        QVERIFY(ask.asksForMore());
    }
    void readyToSignClosesWinnable()
    {
        const Ask ask = askFor(midLevelInput(), StrategyCatalogue::ReadyToSign);
        QCOMPARE(ask.base.asked, usd(169'000));
        QVERIFY(ask.winnableClose);
    }
    void realSanJoseSeniorBand()
    {
        // 15-1252 in 41940 (San Jose), senior: the BandModel's Level-IV-centred window; p50 = OFLC Level IV.
        QString error;
        const auto band =
            BandModel::band(MarketStore::builtIn(), u"15-1252", u"41940", CareerLevel::Senior, &error);
        QVERIFY2(band, qPrintable(error));
        QCOMPARE(band->value(Percentile::P50).amount, usd(264'514));
        QCOMPARE(band->value(Percentile::P75).amount, usd(280'638));
        auto input = midLevelInput();
        input.offer.level = CareerLevel::Senior;
        input.offer.base = usd(185'000);
        input.band = band;
        const Ask ask = askFor(input, StrategyCatalogue::MarketAnchor);
        QCOMPARE(*ask.base.reasons.front().bandValue, usd(280'638));
        QVERIFY(ask.base.reasons.front().bandValueEstimated);
        QCOMPARE(ask.base.asked, usd(280'500));
        QCOMPARE(*askFor(input, StrategyCatalogue::BolsteringRange).base.askedRangeTop, usd(294'500));
        // 20,000 + (280,500 − 185,000) = 115,500
        QCOMPARE(askFor(input, StrategyCatalogue::SignOnBridge).signOn.asked, usd(115'500));
    }
};

QTEST_APPLESS_MAIN(TestAskCalculator)
#include "TestAskCalculator.moc"
