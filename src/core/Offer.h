#pragma once

#include "CareerLevel.h"
#include "EquityGrant.h"
#include "FieldError.h"
#include "Money.h"
#include "RefresherGrants.h"
#include "SignOnBonus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Anchorline {

// A job offer as the person received it. All amounts are in `currency`. Zero amounts mean "none"
// (no sign-on, no equity, no refreshers).
struct Offer
{
    // Bounds that validate() enforces.
    static constexpr int MaxRaiseBasisPoints = 10'000;  // 100 % a year
    static constexpr int MaxBonusBasisPoints = 100'000; // 1000 % of base
    static constexpr int MaxClawbackMonths = 60;
    static constexpr int MaxRefreshVestYears = 10;
    static constexpr int LastModelledYear = 6;

    QString company;
    QString role;    // free text, e.g. "Senior Software Engineer"
    QString roleSoc; // optional SOC code, e.g. "15-1252"
    CareerLevel level = CareerLevel::Unspecified;
    QString location;     // free text, e.g. "San Jose, CA"
    QString locationCode; // optional area code of the market data
    QString currency = Money::defaultCurrency();
    QDate startDate; // null when not given

    Money base;
    int raiseBasisPoints = 0;        // yearly raise of the base, 300 = 3 %
    int bonusBasisPoints = 0;        // target bonus as a share of the year's base
    std::optional<Money> fixedBonus; // a fixed yearly bonus instead of the percentage
    SignOnBonus signOn;
    EquityGrant equity;
    RefresherGrants refresh;

    // Problems a user must fix, named by the offer-file field ("base", "signon.clawback_months").
    // Empty when the offer can be evaluated.
    QList<FieldError> validate() const;

    bool operator==(const Offer& other) const = default;
};

} // namespace Anchorline
