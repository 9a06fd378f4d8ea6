#pragma once

#include "CareerLevel.h"
#include "Money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Anchorline {

// Why an asked value is what it is, as data, so the UI and the email can say "because".
struct AskReason
{
    // Rule ids: "target-percentile", "bolstering-range", "competing-match", "make-whole", "year-one-gap",
    // "cash-gap-to-equity", "next-level-band", "equal-value-package", "unchanged", "no-band".
    QString rule;
    int percentile = 0;             // the band percentile the rule used; 0 when none
    std::optional<Money> bandValue; // that percentile's value in the band
    bool bandValueEstimated = false;
    bool bandValueTopCoded = false;
    qint64 roundingStep = 0; // major units the result was rounded to; 0 = not rounded
    std::optional<Money>
        basisValue;      // the input the rule used: competing base, forfeited amount, cash gap ...
    int basisPoints = 0; // a percentage the rule applied, in basis points (500 = +5 %)
    QString explanation; // translated, one sentence
};

// One component of the ask: what the offer says and what the user asks for.
struct AskComponent
{
    QString field; // "base", "signon", "equity_per_year", "refresh"
    Money offered;
    Money asked;
    std::optional<Money> askedRangeTop; // the top of a bolstering range (asked .. askedRangeTop)
    QList<AskReason> reasons;

    bool isRaised() const { return asked > offered; }
};

struct LevelAsk
{
    CareerLevel offered = CareerLevel::Unspecified;
    CareerLevel asked = CareerLevel::Unspecified;
    QList<AskReason> reasons;

    bool isRaised() const { return asked != offered; }
};

// One of 2-3 equal-value packages of the package-menu strategy.
struct AskPackage
{
    QString label; // "A", "B", "C"
    Money base;
    Money signOn;
    Money equityPerYear;
    QString explanation; // translated
};

struct Ask
{
    AskComponent base{QStringLiteral("base"), {}, {}, {}, {}};
    AskComponent signOn{QStringLiteral("signon"), {}, {}, {}, {}};
    AskComponent equityPerYear{QStringLiteral("equity_per_year"), {}, {}, {}, {}};
    AskComponent refresh{QStringLiteral("refresh"), {}, {}, {}, {}};
    LevelAsk level;
    // Lever ids the email raises besides the main ask, all at once and in priority order: "signon", "equity",
    // "refresh-policy", "level", "start-date", "remote", "pto", "review-6-months".
    QStringList levers;
    // The levers themselves are the ask (non-cash terms, a written refresh policy), not side mentions.
    bool leversAreTheAsk = false;
    QList<AskPackage> packages; // package-menu only
    bool winnableClose = false; // "If we can get there, I'm ready to sign"

    QList<const AskComponent*> components() const { return {&base, &signOn, &equityPerYear, &refresh}; }
    // True when anything at all is asked beyond the offer.
    bool asksForMore() const;
};

} // namespace Anchorline
