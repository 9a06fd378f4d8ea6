#include "CompensationCalculator.h"

namespace Anchorline {

namespace {
constexpr qint64 FullBasisPoints = 10'000;
// A "through month" beyond every schedule (at most 10 years after a grant in year 6); small enough to shift.
constexpr int Forever = 10'000;
} // namespace

CompensationCalculator::CompensationCalculator(Offer offer)
    : m_offer(std::move(offer))
    , m_equityEvents(m_offer.equity.vestEvents())
    , m_refreshEvents(m_offer.refresh.vestEventsOfEachGrant())
{}

Money CompensationCalculator::zero() const
{
    return Money::fromMinor(0, m_offer.currency);
}

int CompensationCalculator::yearCount() const
{
    return m_offer.refresh.isEmpty() ? SummaryYears : Offer::LastModelledYear;
}

Money CompensationCalculator::baseInYear(int year) const
{
    Money base = m_offer.base;
    for (int raised = 1; raised < year; ++raised)
        base = *base.checkedScaled(FullBasisPoints + m_offer.raiseBasisPoints, FullBasisPoints);
    return base;
}

Money CompensationCalculator::refreshVestedBetween(int grantYear, int afterMonth, int throughMonth) const
{
    // Every grant vests alike, so the window moves instead of the events.
    const int grantMonth = RefresherGrants::grantMonth(grantYear);
    return VestingSchedule::vestedBetween(m_refreshEvents, afterMonth - grantMonth, throughMonth - grantMonth,
                                          m_offer.currency);
}

YearCompensation CompensationCalculator::year(int year) const
{
    const int firstMonthBefore = 12 * (year - 1);
    const int lastMonth = 12 * year;
    YearCompensation pay;
    pay.year = year;
    pay.base = baseInYear(year);
    pay.bonus = m_offer.fixedBonus ? *m_offer.fixedBonus
                                   : *pay.base.checkedScaled(m_offer.bonusBasisPoints, FullBasisPoints);
    pay.signOn = m_offer.signOn.paymentInYear(year);
    pay.equity =
        VestingSchedule::vestedBetween(m_equityEvents, firstMonthBefore, lastMonth, m_offer.currency);
    pay.refresh = zero();
    for (int grantYear = m_offer.refresh.firstYear; grantYear <= year; ++grantYear)
        pay.refresh += refreshVestedBetween(grantYear, firstMonthBefore, lastMonth);
    return pay;
}

QList<YearCompensation> CompensationCalculator::years() const
{
    QList<YearCompensation> result;
    for (int number = 1; number <= yearCount(); ++number)
        result.append(year(number));
    return result;
}

Money CompensationCalculator::totalFourYears() const
{
    Money total = zero();
    for (int number = 1; number <= SummaryYears; ++number)
        total += year(number).total();
    return total;
}

Money CompensationCalculator::averageFourYears() const
{
    return *totalFourYears().checkedScaled(1, SummaryYears);
}

WalkAwayCost CompensationCalculator::walkAwayCost(int month) const
{
    WalkAwayCost cost;
    cost.month = month;
    cost.forfeitedEquity = VestingSchedule::vestedBetween(m_equityEvents, month, Forever, m_offer.currency);
    // Refreshers count once granted: the grant of year g once the person works into year g.
    for (int grantYear = m_offer.refresh.firstYear; RefresherGrants::grantMonth(grantYear) < month;
         ++grantYear)
        cost.forfeitedEquity += refreshVestedBetween(grantYear, month, Forever);
    cost.clawback = m_offer.signOn.repaymentIfLeavingAt(month);
    return cost;
}

QList<int> CompensationCalculator::standardWalkAwayMonths()
{
    return {6, 12, 18, 24, 36};
}

} // namespace Anchorline
