#pragma once

#include "Money.h"

namespace Anchorline {

// Pay in one year of employment. Year N covers months (12·(N−1), 12·N], so a vest at month 12 is in year 1.
struct YearCompensation
{
    int year = 0; // 1-based
    Money base;
    Money bonus;
    Money signOn;
    Money equity;  // initial grant vested in the year
    Money refresh; // refresher grants vested in the year

    Money total() const { return base + bonus + signOn + equity + refresh; }
    bool operator==(const YearCompensation& other) const = default;
};

} // namespace Anchorline
