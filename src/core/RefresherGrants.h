#pragma once

#include "Money.h"
#include "VestingSchedule.h"

namespace Anchorline {

// Yearly refresher grants: one grant of `yearlyGrant` at the start of every year from `firstYear` on, each
// vesting evenly over `vestYears` years at `cadence`, without a cliff. The grant of year g is made at month
// 12·(g−1) and counts as granted once the person works into year g (month > 12·(g−1)).
struct RefresherGrants
{
    Money yearlyGrant;
    int firstYear = 2;
    int vestYears = 4;
    VestingCadence cadence = VestingCadence::Quarterly;

    bool isEmpty() const { return yearlyGrant.isZero(); }
    // Month at which the grant of `grantYear` is made.
    static int grantMonth(int grantYear) { return 12 * (grantYear - 1); }
    // Vest events of one grant in months since that grant was made; every grant vests alike.
    QList<VestEvent> vestEventsOfEachGrant() const;
    // Vest events of the grant made in `grantYear`, in months since the start date; empty before firstYear.
    QList<VestEvent> vestEventsOfGrant(int grantYear) const;

    bool operator==(const RefresherGrants& other) const = default;
};

} // namespace Anchorline
