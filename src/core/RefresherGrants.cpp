#include "RefresherGrants.h"

namespace Anchorline {

QList<VestEvent> RefresherGrants::vestEventsOfGrant(int grantYear) const
{
    if (grantYear < firstYear || isEmpty())
        return {};
    QList<VestEvent> events = VestingSchedule::evenly(vestYears, cadence).vestEvents(yearlyGrant);
    for (auto& event : events)
        event.month += grantMonth(grantYear);
    return events;
}

} // namespace Anchorline
