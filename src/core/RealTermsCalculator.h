#pragma once

#include "Band.h"
#include "Money.h"
#include "PriceParityTable.h"

#include <QList>

#include <optional>

namespace Anchorline {

class CompensationCalculator;

// An offer in real terms: its yearly totals and 4-year total at US-average prices, with the parity used.
struct OfferRealTerms
{
    PlaceParity place;
    QList<Money> yearTotalsReal; // years 1 … 4, each converted on its own
    Money totalFourYears;        // nominal 4-year total
    Money totalFourYearsReal;
};

// Pay in real terms with BEA Regional Price Parities (US = 100.000, held as thousandths: 112.867 → 112867).
//
// Rounding: every result is computed in integer arithmetic from the amount's minor units and rounded once,
// half away from zero, to whole major units (dollars): $180,000 in San Jose (112.867) is 180,000 × 100,000 /
// 112,867 = 159,479.83… → $159,480 at US-average prices. A total is converted as a whole, not summed from
// rounded parts. Results are nullopt when the parity is not positive or the result would overflow.
class RealTermsCalculator
{
public:
    static constexpr int NationalParityThousandths = 100'000;

    // amount × 100 / parity: what the amount buys at US-average prices.
    static std::optional<Money> realValue(const Money& amount, int parityThousandths);
    // amount × parity_to / parity_from: what it takes in the other place to match the amount's buying power.
    static std::optional<Money> equivalentIn(const Money& amount, int fromParityThousandths,
                                             int toParityThousandths);

    // The band with every amount at US-average prices (kinds kept: a top-code's lower bound is converted and
    // stays "at least"); for showing the market band in real terms. `parityThousandths` must be positive.
    static Band realBand(const Band& band, int parityThousandths);

    // The offer's 4 summary years and 4-year total at US-average prices, with `place`'s parity.
    static OfferRealTerms forOffer(const CompensationCalculator& calculator, const PlaceParity& place);
};

} // namespace Anchorline
