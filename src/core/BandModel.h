#pragma once

#include "Band.h"
#include "CareerLevel.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Anchorline {

class MarketStore;

// Builds annual base-pay bands from a MarketStore.
//
// Local bands (an OFLC area): OFLC Levels I–IV are taken as the local p17, p34, p50 and p67 (DOL method).
// A log-normal is fitted to them (least squares of ln(wage) on the normal quantiles z(.17), z(.34), z(.50),
// z(.67)); its spread σ gives the shape of the tails. The local quantile function passes exactly through the
// four published levels (log-linear in z between them) and continues beyond them with slope σ, so p50 = Level
// III exactly (Published), p25 lies between Levels I and II, and p10, p75, p90 are Estimated. Monotonic by
// construction.
//
// National bands ("US"): BLS OEWS national percentiles as published; top-coded cells stay TopCoded ("≥
// $239,200"); occupations published hourly only are annualised (hourly × 2080) and marked Estimated. Between
// and beyond the published percentiles the national curve is log-linear in z; modelled values that reach the
// top-code are TopCoded lower bounds, never exact.
//
// Career levels: each level is a window of the local distribution centred on a percentile (entry 17 = Level
// I, junior 34 = Level II, mid 50 = Level III, senior 67 = Level IV, staff 80, principal 90), ±8 percentiles
// wide: the level band's p10, p25, p50, p75, p90 are the distribution's quantiles at centre −8, −5, 0, +5, +8
// (in general centre + halfWidth × (rank − 50) / 40, clamped to 2…98; the whole distribution is centre 50,
// halfWidth 40). All level-band values are Estimated (no source publishes pay by level). Unspecified = the
// occupation's whole distribution.
class BandModel
{
public:
    static constexpr QStringView NationalAreaCode = u"US";

    struct LevelWindow
    {
        int centre = 50;    // percentile of the local distribution
        int halfWidth = 40; // the band's p10 and p90 lie this many percentiles below and above the centre
    };

    // `soc` is a SOC code ("15-1252"; for national bands also an OEWS group such as "11-0000"); `areaCode` an
    // OFLC area code or "US"/"national" (any case) for the national band. nullopt and *error set (naming the
    // occupation or area) when there is no data for the combination.
    static std::optional<Band> band(const MarketStore& store, QStringView soc, QStringView areaCode,
                                    CareerLevel level, QString* error = nullptr);

    static LevelWindow levelWindow(CareerLevel level);
    // Translated, human explanation of how levels map onto the local distribution (UI, --help, README).
    static QString levelMappingExplanation();
    // Translated explanation of the estimates model.
    static QString methodExplanation();
};

} // namespace Anchorline
