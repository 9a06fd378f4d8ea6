#include "StockScenarioCalculator.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

Money usd(qint64 major)
{
    return Money::fromMajor(major);
}

// $400,000 over 4 years, 1-year cliff then quarterly (standard-quarterly), no refreshers.
Offer fourYearGrant()
{
    Offer offer;
    offer.base = usd(185'000);
    offer.equity = {usd(400'000), *VestingSchedule::preset(u"standard-quarterly")};
    return offer;
}

// The same grant with $100,000 refreshers from year 2, each vesting quarterly over 4 years.
Offer withRefreshers()
{
    Offer offer = fourYearGrant();
    offer.refresh = {usd(100'000), 2, 4, VestingCadence::Quarterly};
    return offer;
}

QList<Money> equityByYear(const StockScenarioResult& result)
{
    QList<Money> amounts;
    for (const auto& year : result.years)
        amounts.append(year.equity);
    return amounts;
}

QList<Money> refreshByYear(const StockScenarioResult& result)
{
    QList<Money> amounts;
    for (const auto& year : result.years)
        amounts.append(year.refresh);
    return amounts;
}

} // namespace

namespace Anchorline {
// QTest prints amounts that differ.
char* toString(const Money& money)
{
    return qstrdup(qPrintable(money.toPlainString()));
}
} // namespace Anchorline

class TestStockScenarioCalculator : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreBearFlatBull()
    {
        const StockScenarioSettings settings;
        QCOMPARE(settings.scenarios,
                 (QList<StockScenario>{{u"bear"_s, -3000}, {u"flat"_s, 0}, {u"bull"_s, 3000}}));
        QVERIFY(!settings.privateCompany);
        QCOMPARE(settings.appliedDiscountBasisPoints(), 0);
        QCOMPARE(settings.scenarios.at(2).displayName(), u"Bull"_s);
        QVERIFY(settings.validate().isEmpty());
    }

    void percentText()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(StockScenarioSettings::percentText(-3000, c), u"-30"_s);
        QCOMPARE(StockScenarioSettings::percentText(1250, c), u"12.5"_s);
        QCOMPARE(StockScenarioSettings::percentText(25, c), u"0.25"_s);
        QCOMPARE(StockScenarioSettings::percentText(3000, c, true), u"+30"_s);
        QCOMPARE(StockScenarioSettings::percentText(0, c, true), u"0"_s);
        QCOMPARE(StockScenarioSettings::percentText(-1250, QLocale(QLocale::German, QLocale::Germany)),
                 u"-12,5"_s);
    }

    void valueOfOneVest()
    {
        // Whole years multiply exactly: 100,000 vesting at the first anniversary, +30 % → 130,000.
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 12, 3000, 0), usd(130'000));
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 24, -3000, 0), usd(49'000));
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 0, 3000, 0), usd(100'000));
        // Months compound at the twelfth root: 1.21^(6/12) = 1.1 and 1.44^(18/12) = 1.728 exactly.
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 6, 2100, 0), usd(110'000));
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 18, 4400, 0), usd(172'800));
        // 25,000 × 1.3^(15/12) = 34,703.17…; rounded to the whole dollar.
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(25'000), 15, 3000, 0), usd(34'703));
        // 6,250 × 0.7^2 = 3,062.50 rounds half away from zero; a private discount halves it first.
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(6'250), 24, -3000, 0), usd(3'063));
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 12, 3000, 5000), usd(65'000));
        // −100 %: worth nothing after any time; the grant-date value stays.
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000), 3, -10'000, 0), usd(0));
        // The bounds: $100 million vesting 10 years after the grant at +300 % a year (4^10 = 1,048,576).
        QCOMPARE(StockScenarioCalculator::scenarioValue(usd(100'000'000), 120, 30'000, 0),
                 usd(104'857'600'000'000));
    }

    void fourYearGrantUnderEachScenario()
    {
        const StockScenarioCalculator calculator(fourYearGrant(), StockScenarioSettings());
        QCOMPARE(calculator.yearCount(), 4);
        const auto results = calculator.results();
        QCOMPARE(results.size(), 3);
        // Bear: 100,000 × 0.7 at month 12, then quarterly vests of 25,000 × 0.7^(m/12).
        QCOMPARE(results.at(0).scenario.id, u"bear"_s);
        QCOMPARE(equityByYear(results.at(0)),
                 (QList<Money>{usd(70'000), usd(56'291), usd(39'404), usd(27'582)}));
        QCOMPARE(results.at(0).totalFourYears, usd(193'277));
        // Flat: the grant value.
        QCOMPARE(equityByYear(results.at(1)),
                 (QList<Money>{usd(100'000), usd(100'000), usd(100'000), usd(100'000)}));
        QCOMPARE(results.at(1).totalFourYears, usd(400'000));
        // Bull: 100,000 × 1.3 = 130,000 in year 1; year 4 ends with 25,000 × 1.3^4 = 71,402.50 → 71,403.
        QCOMPARE(equityByYear(results.at(2)),
                 (QList<Money>{usd(130'000), usd(153'577), usd(199'649), usd(259'544)}));
        QCOMPARE(results.at(2).totalFourYears, usd(742'770));
        QCOMPARE(results.at(2).years.at(3).year, 4);
        QCOMPARE(results.at(2).discountBasisPoints, 0);
    }

    void refreshersGrowFromTheirOwnGrantDate()
    {
        const StockScenarioCalculator calculator(withRefreshers(), StockScenarioSettings());
        QCOMPARE(calculator.yearCount(), 6);
        const auto bull = calculator.result({u"bull"_s, 3000});
        QCOMPARE(equityByYear(bull),
                 (QList<Money>{usd(130'000), usd(153'577), usd(199'649), usd(259'544), usd(0), usd(0)}));
        // Year 2 holds the year-2 grant's first four vests (6,250 each, 3–12 months after its grant):
        // 6,250 × (1.3^0.25 + 1.3^0.5 + 1.3^0.75 + 1.3) = 29,534. Years 5 and 6 hold four grants each.
        QCOMPARE(refreshByYear(bull),
                 (QList<Money>{usd(0), usd(29'534), usd(67'929), usd(117'842), usd(182'728), usd(182'728)}));
        QCOMPARE(bull.years.at(1).total(), usd(183'111));
        QCOMPARE(bull.totalFourYears, usd(958'075));
        const auto flat = calculator.result({u"flat"_s, 0});
        QCOMPARE(refreshByYear(flat),
                 (QList<Money>{usd(0), usd(25'000), usd(50'000), usd(75'000), usd(100'000), usd(100'000)}));
        QCOMPARE(flat.totalFourYears, usd(550'000));
        QCOMPARE(calculator.result({u"bear"_s, -3000}).totalFourYears, usd(291'586));
    }

    void privateCompanyDiscount()
    {
        QVERIFY(StockScenarioSettings::isPrivateStage(CompanyStage::Startup));
        QVERIFY(StockScenarioSettings::isPrivateStage(CompanyStage::Growth));
        QVERIFY(!StockScenarioSettings::isPrivateStage(CompanyStage::Public));
        QVERIFY(!StockScenarioSettings::isPrivateStage(CompanyStage::GovernmentNonprofit));

        const StockScenarioSettings settings = StockScenarioSettings::forStage(CompanyStage::Startup);
        QVERIFY(settings.privateCompany);
        QCOMPARE(settings.appliedDiscountBasisPoints(), 5000);
        QVERIFY(StockScenarioSettings::privateWarning().contains(u"may be worth nothing"_s));
        const auto results = StockScenarioCalculator(withRefreshers(), settings).results();
        QCOMPARE(results.at(2).discountBasisPoints, 5000);
        QCOMPARE(results.at(2).years.at(0).total(), usd(65'000));
        QCOMPARE(results.at(2).totalFourYears, usd(479'041));
        QCOMPARE(results.at(1).totalFourYears, usd(275'000));
        QCOMPARE(results.at(0).totalFourYears, usd(145'796));

        // A user-chosen 25 % discount: the flat 4-year total of 550,000 is worth 412,500 before rounding;
        // each of the 24 refresher vests of 6,250 × 0.75 = 4,687.50 rounds up to 4,688.
        StockScenarioSettings quarterOff = settings;
        quarterOff.privateDiscountBasisPoints = 2500;
        QCOMPARE(StockScenarioCalculator(withRefreshers(), quarterOff).results().at(1).totalFourYears,
                 usd(412'512));
        // A public company: no discount, whatever discount is stored.
        quarterOff.privateCompany = false;
        QCOMPARE(StockScenarioCalculator(withRefreshers(), quarterOff).results().at(1).totalFourYears,
                 usd(550'000));
    }

    void badInputNamesTheField()
    {
        StockScenarioSettings settings;
        settings.scenarios[0].growthBasisPoints = -15'000;
        auto errors = settings.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).field, u"scenarios.bear.growth_percent"_s);
        QCOMPARE(errors.at(0).message,
                 u"-150 % a year is below -100 %: a share price cannot lose more than all of its value"_s);

        settings.scenarios[0].growthBasisPoints = -10'000; // losing everything is a scenario
        settings.scenarios[2].growthBasisPoints = 30'050;
        settings.privateDiscountBasisPoints = 12'000;
        errors = settings.validate();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(
            errors.at(0).toString(),
            u"scenarios.bull.growth_percent: 300.5 % a year is above the largest growth modelled, +300 %"_s);
        QCOMPARE(errors.at(1).toString(),
                 u"scenarios.private_discount_percent: 120 % is not a discount; expected 0 to 100 %"_s);
        QCOMPARE(StockScenarioSettings::growthError(-12'345),
                 u"-123.45 % a year is below -100 %: a share "
                 "price cannot lose more than all of its value"_s);
    }
};

QTEST_APPLESS_MAIN(TestStockScenarioCalculator)
#include "TestStockScenarioCalculator.moc"
