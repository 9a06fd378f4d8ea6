#pragma once

#include "Money.h"
#include "VestingSchedule.h"

namespace Anchorline {

// The initial equity grant: its value at grant (in the offer's currency) and when it vests.
struct EquityGrant
{
    Money grant;
    VestingSchedule schedule;

    QList<VestEvent> vestEvents() const { return schedule.vestEvents(grant); }
    bool operator==(const EquityGrant& other) const = default;
};

} // namespace Anchorline
