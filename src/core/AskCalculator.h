#pragma once

#include "Ask.h"
#include "NegotiationInput.h"
#include "Strategy.h"

namespace Anchorline {

// Computes the ask of one strategy for one input (README, "Negotiation strategies" has the rules and examples).
// Asked values are rounded to $500 (or $250 under $100,000): moderately precise, as the research advises.
class AskCalculator
{
public:
    static constexpr qint64 RoundingStepLarge = 500;
    static constexpr qint64 RoundingStepSmall = 250;
    static constexpr qint64 SmallAmountLimit = 100'000;
    static constexpr int BolsteringRangeBasisPoints = 500; // T .. T × 1.05

    static Ask compute(const NegotiationInput& input, const Strategy& strategy);

    // The target base T: the band's value at the target percentile, rounded; nullopt without a band.
    static std::optional<Money> targetBase(const NegotiationInput& input);
    static qint64 roundingStepFor(const Money& amount);
};

} // namespace Anchorline
