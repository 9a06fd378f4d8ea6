#include "RefresherGrants.h"

namespace Anchorline {

QList<VestEvent> RefresherGrants::vestEventsOfEachGrant() const
{
    return VestingSchedule::evenly(vestYears, cadence).vestEvents(yearlyGrant);
}

QList<VestEvent> RefresherGrants::vestEventsOfGrant(int grantYear) const
{
    if (grantYear < firstYear)
        return {};
    QList<VestEvent> events = vestEventsOfEachGrant();
    for (auto& event : events)
        event.month += grantMonth(grantYear);
    return events;
}

} // namespace Anchorline
