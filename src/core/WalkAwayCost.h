#pragma once

#include "Money.h"

namespace Anchorline {

// What leaving after `month` months costs: unvested equity that is forfeited (initial grant plus refreshers
// already granted) and sign-on money that must be paid back.
struct WalkAwayCost
{
    int month = 0;
    Money forfeitedEquity;
    Money clawback;

    Money total() const { return forfeitedEquity + clawback; }
    bool operator==(const WalkAwayCost& other) const = default;
};

} // namespace Anchorline
