#pragma once

#include "Money.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Anchorline {

// How much of a sign-on payment is repaid when leaving inside the clawback period.
// Full: all of it. ProRata: the share of the clawback months not yet worked.
enum class ClawbackRule
{
    Full,
    ProRata
};

namespace ClawbackRules {
QString id(ClawbackRule rule); // "full", "prorata"
std::optional<ClawbackRule> fromString(QStringView text);
} // namespace ClawbackRules

// A sign-on bonus, possibly split: `amount` is paid at the start (month 0, year 1) and `year2Amount` at the
// start of year 2 (just after month 12). Each payment has its own clawback clock that starts when it is paid,
// so leaving at month m repays the year-2 payment as if m - 12 months had been worked.
struct SignOnBonus
{
    Money amount;
    Money year2Amount;
    int clawbackMonths = 0;
    ClawbackRule clawback = ClawbackRule::Full;

    Money total() const { return amount + year2Amount; }
    // The payment counted in `year` (1-based): `amount` in year 1, `year2Amount` in year 2, zero otherwise.
    Money paymentInYear(int year) const;
    // What must be repaid when leaving after `month` months (negative months count as 0).
    Money repaymentIfLeavingAt(int month) const;

    bool operator==(const SignOnBonus& other) const = default;
};

} // namespace Anchorline
