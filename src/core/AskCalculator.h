#pragma once

#include "Ask.h"
#include "NegotiationInput.h"
#include "Strategy.h"

namespace Anchorline {

// Computes the ask of one strategy for one input (README, "Negotiation strategies" has the rules and
// examples). Asked values are rounded to $500 (or $250 under $100,000): moderately precise, as the research
// advises.
class AskCalculator
{
public:
    static constexpr qint64 RoundingStepLarge = 500;
    static constexpr qint64 RoundingStepSmall = 250;
    static constexpr qint64 SmallAmountLimit = 100'000;
    static constexpr int BolsteringRangeBasisPoints = 500; // T .. T × 1.05

    static Ask compute(const NegotiationInput& input, const Strategy& strategy);

    // A band's value at any percentile 10..90: the published point, or linear interpolation between the two
    // neighbouring points (estimated if either is). nullopt when a needed point is missing.
    struct BandPoint
    {
        Money amount;
        bool estimated = false;
        bool topCoded = false; // a lower bound: the true value is at least `amount`
    };
    static std::optional<BandPoint> bandValueAt(const Band& band, int percentile);

    // The offer's components as the engine compares them.
    static Money equityPerYear(const Offer& offer); // grant / vesting years
    // Average yearly total over four years (CompensationCalculator), the basis for comparing two offers.
    static Money averageYearlyTotal(const Offer& offer);
    static qint64 roundingStepFor(const Money& amount);
};

} // namespace Anchorline
