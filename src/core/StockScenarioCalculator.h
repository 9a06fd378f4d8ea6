#pragma once

#include "Offer.h"
#include "StockScenarioSettings.h"

#include <QList>

namespace Anchorline {

// Equity vested in one year under one scenario, in whole currency units.
struct StockScenarioYear
{
    int year = 0;  // 1-based; year N covers months (12·(N−1), 12·N] as in CompensationCalculator
    Money equity;  // initial grant
    Money refresh; // refresher grants

    Money total() const { return equity + refresh; }
    bool operator==(const StockScenarioYear& other) const = default;
};

struct StockScenarioResult
{
    StockScenario scenario;
    int discountBasisPoints = 0; // the private-company discount applied, 0 for a public company
    QList<StockScenarioYear> years;
    Money totalFourYears; // years 1–4

    bool operator==(const StockScenarioResult& other) const = default;
};

// What an offer's equity is worth if the share price grows by a fixed yearly rate from each grant's date.
//
// A vest `m` months after its grant is worth vest × (1 + g)^(m / 12) × (1 − discount). Growth compounds
// monthly at the rate that makes twelve months exactly (1 + g): whole years multiply by (10000 + g) / 10000
// exactly, the remaining months by the integer twelfth root of (1 + g), both as fixed-point integers with
// 12 decimals (no floating point); the discount multiplies that factor. Each vest's value is rounded once,
// half away from zero, to the whole currency unit; years and totals are sums of the rounded vests. The
// initial grant grows from the start date (month 0), each refresher from the start of its own grant year. The
// offer must be valid and the settings must validate.
class StockScenarioCalculator
{
public:
    StockScenarioCalculator(Offer offer, StockScenarioSettings settings);

    const Offer& offer() const { return m_offer; }
    const StockScenarioSettings& settings() const { return m_settings; }

    int yearCount() const; // 4, or 6 with refreshers, as CompensationCalculator
    QList<StockScenarioResult> results() const;
    StockScenarioResult result(const StockScenario& scenario) const;

    // `amount` granted `monthsSinceGrant` months before it vests (0 … 120), valued under yearly growth
    // `growthBasisPoints` and `discountBasisPoints` off, rounded to whole currency units.
    static Money scenarioValue(const Money& amount, int monthsSinceGrant, int growthBasisPoints,
                               int discountBasisPoints);

private:
    Offer m_offer;
    StockScenarioSettings m_settings;
};

} // namespace Anchorline
