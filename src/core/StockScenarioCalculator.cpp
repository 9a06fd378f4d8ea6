#include "StockScenarioCalculator.h"

#include "CompensationCalculator.h"

namespace Anchorline {

namespace {

__extension__ using Int128 = __int128;

constexpr qint64 FullBasisPoints = 10'000;
// Fixed point of the growth factors: 12 decimals, so 1.3 is 1'300'000'000'000.
constexpr qint64 FactorScale = 1'000'000'000'000LL;
constexpr int MonthsPerYear = 12;

// Factors are never negative, so rounding half up is rounding half away from zero.
Int128 multiplyScaled(Int128 left, Int128 right)
{
    return (left * right + FactorScale / 2) / FactorScale;
}

Int128 powerScaled(Int128 base, int exponent)
{
    Int128 result = FactorScale;
    for (int step = 0; step < exponent; ++step)
        result = multiplyScaled(result, base);
    return result;
}

// The monthly factor: the largest fixed-point x with x^12 ≤ 1 + g (below 2, as 1 + g ≤ 4).
Int128 monthlyFactor(int growthBasisPoints)
{
    const Int128 yearly = Int128(FactorScale) * (FullBasisPoints + growthBasisPoints) / FullBasisPoints;
    Int128 low = 0;
    Int128 high = 2 * Int128(FactorScale);
    while (low < high) {
        const Int128 middle = (low + high + 1) / 2;
        if (powerScaled(middle, MonthsPerYear) <= yearly)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

// (1 + g)^(months / 12) in fixed point: whole years exactly, the remaining months by `monthly`, the monthly
// factor of the same growth (computed once per scenario: the bisection is the expensive part).
qint64 growthFactor(int months, int growthBasisPoints, Int128 monthly)
{
    if (growthBasisPoints == StockScenarioSettings::MinGrowthBasisPoints)
        return months > 0 ? 0 : FactorScale; // the fixed-point root of 0 would not be 0
    Int128 factor = FactorScale;
    for (int year = 0; year < months / MonthsPerYear; ++year)
        factor = (factor * (FullBasisPoints + growthBasisPoints) + FullBasisPoints / 2) / FullBasisPoints;
    if (const int remainingMonths = months % MonthsPerYear; remainingMonths > 0)
        factor = multiplyScaled(factor, powerScaled(monthly, remainingMonths));
    // Below 4^10 · 10^12 for the bounded growth and at most 10 years of vesting: fits 64 bits.
    return static_cast<qint64>(factor);
}

Money valueWithFactor(const Money& amount, qint64 growth, int discountBasisPoints)
{
    const qint64 factor =
        (Int128(growth) * (FullBasisPoints - discountBasisPoints) + FullBasisPoints / 2) / FullBasisPoints;
    // One rounding, straight to whole units (rounding to the cent first would turn 13,392.4976 into 13,393):
    // scaled by 1 / minor-per-major, the minor units of the result count whole currency units. Amounts are
    // bounded (Money::MaxMajorUnits) and factors below 4^10, so the scaling cannot overflow.
    const Money wholeUnits =
        *amount.checkedScaled(factor, FactorScale * Money::minorPerMajor(amount.currency()));
    return Money::fromMajor(wholeUnits.minorUnits(), amount.currency());
}

} // namespace

StockScenarioCalculator::StockScenarioCalculator(Offer offer, StockScenarioSettings settings)
    : m_offer(std::move(offer))
    , m_settings(std::move(settings))
{}

int StockScenarioCalculator::yearCount() const
{
    return m_offer.refresh.isEmpty() ? CompensationCalculator::SummaryYears : Offer::LastModelledYear;
}

Money StockScenarioCalculator::scenarioValue(const Money& amount, int monthsSinceGrant, int growthBasisPoints,
                                             int discountBasisPoints)
{
    return valueWithFactor(
        amount, growthFactor(monthsSinceGrant, growthBasisPoints, monthlyFactor(growthBasisPoints)),
        discountBasisPoints);
}

StockScenarioResult StockScenarioCalculator::result(const StockScenario& scenario) const
{
    StockScenarioResult result;
    result.scenario = scenario;
    result.discountBasisPoints = m_settings.appliedDiscountBasisPoints();
    const Int128 monthly = monthlyFactor(scenario.growthBasisPoints);
    const auto valueOf = [&](const VestEvent& event, int grantMonth) {
        return valueWithFactor(event.amount,
                               growthFactor(event.month - grantMonth, scenario.growthBasisPoints, monthly),
                               result.discountBasisPoints);
    };
    const Money zero = Money::fromMinor(0, m_offer.currency);
    QList<StockScenarioYear> years;
    for (int number = 1; number <= yearCount(); ++number)
        years.append({number, zero, zero});
    const auto yearOf = [&](int month) -> StockScenarioYear* {
        const int index = (month + MonthsPerYear - 1) / MonthsPerYear - 1;
        return index >= 0 && index < years.size() ? &years[index] : nullptr;
    };
    for (const VestEvent& event : m_offer.equity.vestEvents()) {
        if (auto* year = yearOf(event.month))
            year->equity += valueOf(event, 0);
    }
    if (!m_offer.refresh.isEmpty()) {
        for (int grantYear = m_offer.refresh.firstYear; grantYear <= yearCount(); ++grantYear) {
            for (const VestEvent& event : m_offer.refresh.vestEventsOfGrant(grantYear)) {
                if (auto* year = yearOf(event.month))
                    year->refresh += valueOf(event, RefresherGrants::grantMonth(grantYear));
            }
        }
    }
    result.totalFourYears = zero;
    for (const auto& year : std::as_const(years)) {
        if (year.year <= CompensationCalculator::SummaryYears)
            result.totalFourYears += year.total();
    }
    result.years = years;
    return result;
}

QList<StockScenarioResult> StockScenarioCalculator::results() const
{
    QList<StockScenarioResult> all;
    for (const auto& scenario : m_settings.scenarios)
        all.append(result(scenario));
    return all;
}

} // namespace Anchorline
