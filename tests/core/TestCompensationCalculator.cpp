#include "CompensationCalculator.h"

#include <QTest>

using namespace Anchorline;

namespace {

Money usd(qint64 major)
{
    return Money::fromMajor(major);
}

// The offer of tests/data/offers/senior-swe-sanjose.json.
Offer seniorOffer()
{
    Offer offer;
    offer.company = QStringLiteral("Northwind Labs");
    offer.base = usd(185'000);
    offer.bonusBasisPoints = 1'000;
    offer.signOn = {usd(20'000), usd(10'000), 12, ClawbackRule::ProRata};
    offer.equity = {usd(400'000), *VestingSchedule::preset(u"standard-quarterly")};
    offer.refresh = {usd(100'000), 2, 4, VestingCadence::Quarterly};
    return offer;
}

} // namespace

class TestCompensationCalculator : public QObject
{
    Q_OBJECT

private slots:
    void yearByYear()
    {
        const CompensationCalculator calculator(seniorOffer());
        QCOMPARE(calculator.yearCount(), 6);
        const auto years = calculator.years();
        QCOMPARE(years.size(), 6);
        QCOMPARE(years.at(0),
                 (YearCompensation{1, usd(185'000), usd(18'500), usd(20'000), usd(100'000), usd(0)}));
        QCOMPARE(years.at(1),
                 (YearCompensation{2, usd(185'000), usd(18'500), usd(10'000), usd(100'000), usd(25'000)}));
        QCOMPARE(years.at(2),
                 (YearCompensation{3, usd(185'000), usd(18'500), usd(0), usd(100'000), usd(50'000)}));
        QCOMPARE(years.at(3),
                 (YearCompensation{4, usd(185'000), usd(18'500), usd(0), usd(100'000), usd(75'000)}));
        QCOMPARE(years.at(4), (YearCompensation{5, usd(185'000), usd(18'500), usd(0), usd(0), usd(100'000)}));
        QCOMPARE(years.at(5), (YearCompensation{6, usd(185'000), usd(18'500), usd(0), usd(0), usd(100'000)}));
        QCOMPARE(years.at(0).total(), usd(323'500));
        QCOMPARE(years.at(3).total(), usd(378'500));
        QCOMPARE(calculator.totalFourYears(), usd(1'394'000));
        QCOMPARE(calculator.averageFourYears(), usd(348'500));
    }

    void fourYearsWithoutRefreshers()
    {
        Offer offer = seniorOffer();
        offer.refresh = {};
        QCOMPARE(CompensationCalculator(offer).yearCount(), 4);
    }

    void vestAtMonthTwelveCountsInYearOne()
    {
        Offer offer = seniorOffer();
        offer.equity.schedule = *VestingSchedule::preset(u"5/15/40/40");
        const CompensationCalculator calculator(offer);
        QCOMPARE(calculator.year(1).equity, usd(20'000));
        QCOMPARE(calculator.year(2).equity, usd(60'000));
        QCOMPARE(calculator.year(3).equity, usd(160'000));
        QCOMPARE(calculator.year(4).equity, usd(160'000));
    }

    void raiseCompoundsAndRoundsEachYear()
    {
        Offer offer = seniorOffer();
        offer.base = usd(172'500);
        offer.raiseBasisPoints = 350;
        const CompensationCalculator calculator(offer);
        QCOMPARE(calculator.year(1).base, usd(172'500));
        QCOMPARE(calculator.year(2).base, Money::fromMinor(17'853'750)); // 178,537.50
        QCOMPARE(calculator.year(3).base, Money::fromMinor(18'478'631)); // 184,786.3125 → .31
        QCOMPARE(calculator.year(4).base, Money::fromMinor(19'125'383)); // 191,253.83085 → .83
        QCOMPARE(calculator.year(3).bonus, Money::fromMinor(1'847'863)); // 10 % of 184,786.31 → 18,478.63
    }

    void fixedBonusReplacesThePercentage()
    {
        Offer offer = seniorOffer();
        offer.bonusBasisPoints = 0;
        offer.fixedBonus = usd(12'345);
        QCOMPARE(CompensationCalculator(offer).year(3).bonus, usd(12'345));
    }

    void walkAwayCost_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("forfeited");
        QTest::addColumn<qint64>("clawback");
        QTest::newRow("month 0") << 0 << qint64(400'000) << qint64(20'000);
        QTest::newRow("month 6") << 6 << qint64(400'000) << qint64(10'000);
        // The year-2 refresher is not granted yet at month 12, and the year-2 sign-on not paid.
        QTest::newRow("month 12") << 12 << qint64(300'000) << qint64(0);
        QTest::newRow("month 18") << 18 << qint64(250'000 + 87'500) << qint64(5'000);
        QTest::newRow("month 24") << 24 << qint64(200'000 + 75'000) << qint64(0);
        QTest::newRow("month 36") << 36 << qint64(100'000 + 50'000 + 75'000) << qint64(0);
        QTest::newRow("month 48") << 48 << qint64(0 + 25'000 + 50'000 + 75'000) << qint64(0);
    }

    void walkAwayCost()
    {
        QFETCH(int, month);
        QFETCH(qint64, forfeited);
        QFETCH(qint64, clawback);
        const WalkAwayCost cost = CompensationCalculator(seniorOffer()).walkAwayCost(month);
        QCOMPARE(cost.month, month);
        QCOMPARE(cost.forfeitedEquity, usd(forfeited));
        QCOMPARE(cost.clawback, usd(clawback));
        QCOMPARE(cost.total(), usd(forfeited + clawback));
    }

    void standardMonths()
    {
        QCOMPARE(CompensationCalculator::standardWalkAwayMonths(), QList<int>({6, 12, 18, 24, 36}));
    }

    void averageRoundsToTheCent()
    {
        Offer offer;
        offer.base = Money::fromMinor(10'000'001); // $100,000.01 → 4 years = 400,000.04 → average 100,000.01
        QCOMPARE(CompensationCalculator(offer).averageFourYears(), Money::fromMinor(10'000'001));
        offer.base = Money::fromMinor(10'000'002);
        offer.raiseBasisPoints = 1;
        // 100,000.02; 100,010.02; 100,020.02; 100,030.02 → 400,060.08 / 4 = 100,015.02
        QCOMPARE(CompensationCalculator(offer).averageFourYears(), Money::fromMinor(10'001'502));
    }
};

QTEST_APPLESS_MAIN(TestCompensationCalculator)
#include "TestCompensationCalculator.moc"
