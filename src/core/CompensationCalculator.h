#pragma once

#include "Offer.h"
#include "WalkAwayCost.h"
#include "YearCompensation.h"

#include <QList>

namespace Anchorline {

// Year-by-year pay of an offer and the cost of leaving early.
//
// Conventions: year N covers months (12·(N−1), 12·N]. Base in year N = base × (1 + raise)^(N−1), compounded
// one year at a time in integer basis points and rounded to the minor unit each year. Bonus = that year's
// base × bonus %, or the fixed bonus, counted in the year it is earned. Sign-on payments count in the year
// they are paid. The offer must be valid (Offer::validate() empty); amounts are then bounded, so sums cannot
// overflow.
class CompensationCalculator
{
public:
    static constexpr int SummaryYears = 4;

    explicit CompensationCalculator(Offer offer);

    const Offer& offer() const { return m_offer; }

    // 4, or 6 when the offer has refreshers (they keep vesting after year 4).
    int yearCount() const;
    YearCompensation year(int year) const; // 1-based; any year ≥ 1
    QList<YearCompensation> years() const; // years 1 .. yearCount()
    Money totalFourYears() const;
    Money averageFourYears() const; // total / 4, rounded half away from zero to the minor unit

    // Leaving after `month` months (month ≥ 0): vests at months ≤ `month` are kept.
    WalkAwayCost walkAwayCost(int month) const;
    // The months the CLI and the app report: 6, 12, 18, 24, 36.
    static QList<int> standardWalkAwayMonths();

private:
    Money zero() const;
    Money baseInYear(int year) const;
    // Vested from the refresher of `grantYear` in afterMonth < month <= throughMonth (months since the
    // start).
    Money refreshVestedBetween(int grantYear, int afterMonth, int throughMonth) const;

    Offer m_offer;
    QList<VestEvent> m_equityEvents;
    QList<VestEvent> m_refreshEvents; // of one grant, in months since it was made
};

} // namespace Anchorline
