#pragma once

#include "FieldError.h"
#include "NegotiationInput.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace Anchorline {

// One yearly stock-price growth scenario: "bull" at +30 % a year is {u"bull", 3000}.
struct StockScenario
{
    QString id;                // "bear", "flat", "bull": stable, used in JSON and as the field name
    int growthBasisPoints = 0; // yearly change of the share price, −3000 = −30 % a year

    QString displayName() const; // translated "Bear", "Flat", "Bull"; the id for other names
    bool operator==(const StockScenario& other) const = default;
};

// What the stock-scenario view of an offer is computed from: the scenarios and, for a private company, the
// expected-value discount. Defaults: bear −30 %, flat 0 %, bull +30 % a year (a symmetric ±30 % is a round
// "bad year / good year" convention, not a forecast); private equity counted at half its value (the
// ×0.5 expected-value factor of the open-source offer-compare tool, see docs/stock-scenarios.md).
struct StockScenarioSettings
{
    // A share price cannot fall by more than all of it.
    static constexpr int MinGrowthBasisPoints = -10'000;
    // +300 % a year keeps every factor over 10 years below 4^10, so amounts stay far inside 64 bits.
    static constexpr int MaxGrowthBasisPoints = 30'000;
    static constexpr int DefaultPrivateDiscountBasisPoints = 5'000;

    QList<StockScenario> scenarios = defaultScenarios();
    bool privateCompany = false;
    int privateDiscountBasisPoints = DefaultPrivateDiscountBasisPoints; // used only when privateCompany

    static QList<StockScenario> defaultScenarios(); // bear −30 %, flat 0 %, bull +30 %
    // Startup and growth-stage companies are private; public companies and the public sector are not.
    static bool isPrivateStage(CompanyStage stage);
    static StockScenarioSettings forStage(CompanyStage stage);

    // Empty when the growth is allowed, else why not ("… is below −100 %: …").
    static QString growthError(int basisPoints);
    // Empty when the discount is allowed (0 … 100 %), else why not.
    static QString discountError(int basisPoints);
    // Problems named by field: "scenarios.bear.growth_percent", "scenarios.private_discount_percent".
    QList<FieldError> validate() const;

    // The discount that applies: privateDiscountBasisPoints for a private company, else 0.
    int appliedDiscountBasisPoints() const { return privateCompany ? privateDiscountBasisPoints : 0; }
    // The plain warning shown with private-company equity.
    static QString privateWarning();
    // A percentage in basis points as text, without the % sign: "-30", "12.5", "0.25"; "+30" with `withPlus`.
    static QString percentText(int basisPoints, const QLocale& locale, bool withPlus = false);

    bool operator==(const StockScenarioSettings& other) const = default;
};

} // namespace Anchorline
