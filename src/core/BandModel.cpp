#include "BandModel.h"

#include "MarketStore.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr int LevelHalfWidth = 8;
constexpr int LowestModelledPercentile = 2;
constexpr int HighestModelledPercentile = 98;
constexpr std::array<int, 4> OflcLevelPercentiles = {17, 34, 50, 67};
// BLS publishes annual OEWS percentiles at or above this only as "≥ $239,200" (May 2023 and May 2024).
constexpr qint64 OewsAnnualTopCodeDollars = 239200;

// Inverse of the standard normal CDF (P. J. Acklam's rational approximation, relative error < 1.2e-9).
double normalQuantile(double p)
{
    static constexpr std::array a = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                     1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr std::array b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                     6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr std::array c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                     -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr std::array d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                     3.754408661907416e+00};
    const auto tail = [&](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    };
    constexpr double low = 0.02425;
    if (p < low)
        return tail(std::sqrt(-2 * std::log(p)));
    if (p > 1 - low)
        return -tail(std::sqrt(-2 * std::log(1 - p)));
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double zOf(int percentile)
{
    return normalQuantile(percentile / 100.0);
}

// A monotone quantile function of annual pay: through exact anchor points, log-linear in z between them,
// extended beyond the ends with the given slopes (d ln wage / dz). Above a top-coded percentile only a lower
// bound is known.
struct QuantileCurve
{
    struct Anchor
    {
        int percentile = 0;
        qint64 dollars = 0;
        bool published = true; // false when derived (hourly × 2080)
    };
    std::vector<Anchor> anchors; // ascending percentile, at least one
    double lowerSlope = 0;
    double upperSlope = 0;
    int topCodePercentile = 0; // first top-coded percentile above the anchors; 0 when none
    qint64 topCodeDollars = 0;
    // Modelled values at or above this are only known to be at least it (the source's top-code); 0 = none.
    qint64 ceilingDollars = 0;
};

struct CurvePoint
{
    enum class Kind
    {
        PublishedAnchor,
        Modelled,
        LowerBound
    };
    qint64 dollars = 0;
    Kind kind = Kind::Modelled;
};

double segmentSlope(int fromPercentile, qint64 fromDollars, int toPercentile, qint64 toDollars)
{
    return (std::log(double(toDollars)) - std::log(double(fromDollars))) /
           (zOf(toPercentile) - zOf(fromPercentile));
}

qint64 dollarsAt(const QuantileCurve::Anchor& from, double slope, int percentile)
{
    return std::llround(
        std::exp(std::log(double(from.dollars)) + slope * (zOf(percentile) - zOf(from.percentile))));
}

CurvePoint evaluateBelowCeiling(const QuantileCurve& curve, int percentile)
{
    if (curve.topCodePercentile > 0 && percentile >= curve.topCodePercentile)
        return {curve.topCodeDollars, CurvePoint::Kind::LowerBound};
    const auto& anchors = curve.anchors;
    if (percentile < anchors.front().percentile)
        return {dollarsAt(anchors.front(), curve.lowerSlope, percentile), CurvePoint::Kind::Modelled};
    if (percentile > anchors.back().percentile) {
        if (curve.topCodePercentile == 0)
            return {dollarsAt(anchors.back(), curve.upperSlope, percentile), CurvePoint::Kind::Modelled};
        // Interpolating towards the top-code gives a lower bound, because the true value there is at least
        // it.
        const double slope = segmentSlope(anchors.back().percentile, anchors.back().dollars,
                                          curve.topCodePercentile, curve.topCodeDollars);
        const double logDollars = std::log(double(anchors.back().dollars)) +
                                  slope * (zOf(percentile) - zOf(anchors.back().percentile));
        return {qint64(std::floor(std::exp(logDollars))), CurvePoint::Kind::LowerBound};
    }
    for (size_t i = 0; i < anchors.size(); ++i) {
        if (anchors[i].percentile == percentile)
            return {anchors[i].dollars,
                    anchors[i].published ? CurvePoint::Kind::PublishedAnchor : CurvePoint::Kind::Modelled};
        if (anchors[i + 1].percentile > percentile) {
            const double slope = segmentSlope(anchors[i].percentile, anchors[i].dollars,
                                              anchors[i + 1].percentile, anchors[i + 1].dollars);
            return {dollarsAt(anchors[i], slope, percentile), CurvePoint::Kind::Modelled};
        }
    }
    return {anchors.back().dollars, CurvePoint::Kind::Modelled};
}

CurvePoint evaluate(const QuantileCurve& curve, int percentile)
{
    const CurvePoint point = evaluateBelowCeiling(curve, percentile);
    if (curve.ceilingDollars > 0 && point.kind == CurvePoint::Kind::Modelled &&
        point.dollars >= curve.ceilingDollars)
        return {curve.ceilingDollars, CurvePoint::Kind::LowerBound};
    return point;
}

// OFLC Levels I–IV as p17/p34/p50/p67; σ of a least-squares log-normal fit shapes both tails.
QuantileCurve oflcCurve(const OflcWageLevels& levels)
{
    QuantileCurve curve;
    std::array<double, 4> z{};
    std::array<double, 4> logWage{};
    for (size_t i = 0; i < 4; ++i) {
        curve.anchors.push_back({OflcLevelPercentiles[i], levels.annual[i].roundedMajor(), true});
        z[i] = zOf(OflcLevelPercentiles[i]);
        logWage[i] = std::log(double(curve.anchors[i].dollars));
    }
    const double meanZ = (z[0] + z[1] + z[2] + z[3]) / 4;
    const double meanLog = (logWage[0] + logWage[1] + logWage[2] + logWage[3]) / 4;
    double covariance = 0;
    double variance = 0;
    for (size_t i = 0; i < 4; ++i) {
        covariance += (z[i] - meanZ) * (logWage[i] - meanLog);
        variance += (z[i] - meanZ) * (z[i] - meanZ);
    }
    const double sigma = std::max(0.0, covariance / variance);
    curve.lowerSlope = sigma;
    curve.upperSlope = sigma;
    return curve;
}

// OEWS national percentiles (annual; hourly × 2080 where only hourly figures exist).
std::optional<QuantileCurve> nationalCurve(const OewsNationalWages& wages)
{
    static constexpr std::array<int, 5> ranks = {10, 25, 50, 75, 90};
    QuantileCurve curve;
    curve.ceilingDollars = OewsAnnualTopCodeDollars;
    for (size_t i = 0; i < ranks.size(); ++i) {
        const bool fromAnnual = wages.annual[i].has_value();
        const std::optional<Money>& cell = fromAnnual ? wages.annual[i] : wages.hourly[i];
        if (!cell)
            continue;
        const qint64 dollars = fromAnnual ? cell->roundedMajor() : (cell->minorUnits() * 208 + 5) / 10;
        const bool topCoded = fromAnnual ? wages.annualTopCoded[i] : wages.hourlyTopCoded[i];
        if (topCoded) {
            curve.topCodePercentile = ranks[i];
            curve.topCodeDollars = dollars;
            break;
        }
        curve.anchors.push_back({ranks[i], dollars, fromAnnual});
    }
    if (curve.anchors.empty())
        return std::nullopt;
    std::vector<QuantileCurve::Anchor> points = curve.anchors;
    if (curve.topCodePercentile > 0)
        points.push_back({curve.topCodePercentile, curve.topCodeDollars, true});
    if (points.size() >= 2)
        curve.lowerSlope =
            segmentSlope(points[0].percentile, points[0].dollars, points[1].percentile, points[1].dollars);
    const auto& anchors = curve.anchors;
    if (anchors.size() >= 2) {
        const auto& last = anchors.back();
        const auto& beforeLast = anchors[anchors.size() - 2];
        curve.upperSlope =
            segmentSlope(beforeLast.percentile, beforeLast.dollars, last.percentile, last.dollars);
    }
    return curve;
}

void fillValues(Band& band, const QuantileCurve& curve)
{
    const BandModel::LevelWindow window = BandModel::levelWindow(band.level);
    for (Percentile column : Percentiles::all()) {
        const int percentile =
            std::clamp(window.centre + window.halfWidth * (Percentiles::rank(column) - 50) / 40,
                       LowestModelledPercentile, HighestModelledPercentile);
        const CurvePoint point = evaluate(curve, percentile);
        BandValue& value = band.values[static_cast<int>(column)];
        value.amount = Money::fromMajor(point.dollars);
        switch (point.kind) {
        case CurvePoint::Kind::PublishedAnchor:
            value.kind = band.level == CareerLevel::Unspecified ? BandValue::Kind::Published
                                                                : BandValue::Kind::Estimated;
            break;
        case CurvePoint::Kind::Modelled:
            value.kind = BandValue::Kind::Estimated;
            break;
        case CurvePoint::Kind::LowerBound:
            value.kind = BandValue::Kind::TopCoded;
            break;
        }
    }
}

QString levelNote(const Band& band)
{
    if (band.level == CareerLevel::Unspecified)
        return QString();
    const BandModel::LevelWindow window = BandModel::levelWindow(band.level);
    return u' ' + QCoreApplication::translate(
                      "BandModel",
                      "%1 band: the occupation's pay distribution here from about its p%2 to p%3, "
                      "centred on p%4; every value is an estimate.")
                      .arg(CareerLevels::displayName(band.level))
                      .arg(std::max(LowestModelledPercentile, window.centre - window.halfWidth))
                      .arg(std::min(HighestModelledPercentile, window.centre + window.halfWidth))
                      .arg(window.centre);
}

bool isNationalCode(QStringView areaCode)
{
    return areaCode.compare(BandModel::NationalAreaCode, Qt::CaseInsensitive) == 0 ||
           areaCode.compare(u"national", Qt::CaseInsensitive) == 0;
}

std::optional<Band> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

BandModel::LevelWindow BandModel::levelWindow(CareerLevel level)
{
    switch (level) {
    case CareerLevel::Unspecified:
        return {50, 40};
    case CareerLevel::Entry:
        return {OflcLevelPercentiles[0], LevelHalfWidth};
    case CareerLevel::Junior:
        return {OflcLevelPercentiles[1], LevelHalfWidth};
    case CareerLevel::Mid:
        return {OflcLevelPercentiles[2], LevelHalfWidth};
    case CareerLevel::Senior:
        return {OflcLevelPercentiles[3], LevelHalfWidth};
    case CareerLevel::Staff:
        return {80, LevelHalfWidth};
    case CareerLevel::Principal:
        return {90, LevelHalfWidth};
    }
    return {50, 40};
}

std::optional<Band> BandModel::band(const MarketStore& store, QStringView soc, QStringView areaCode,
                                    CareerLevel level, QString* error)
{
    Band band;
    band.soc = soc.toString();
    band.level = level;
    band.dataYear = MarketStore::LatestOewsYear;

    if (isNationalCode(areaCode)) {
        const OewsNationalWages* wages = store.nationalWages(soc, MarketStore::LatestOewsYear);
        if (!wages)
            return fail(error, QCoreApplication::translate(
                                   "BandModel", "BLS OEWS publishes no national %1 wages for occupation %2.")
                                   .arg(MarketStore::LatestOewsYear)
                                   .arg(soc));
        const std::optional<QuantileCurve> curve = nationalCurve(*wages);
        if (!curve)
            return fail(error, QCoreApplication::translate(
                                   "BandModel", "BLS OEWS publishes no national %1 percentiles for %2 (%3).")
                                   .arg(MarketStore::LatestOewsYear)
                                   .arg(wages->title, soc));
        const DataSourceCredit credit = store.sourceCredit(u"oews");
        band.roleTitle = wages->title;
        band.areaCode = NationalAreaCode.toString();
        band.areaName = QCoreApplication::translate("BandModel", "United States");
        band.sourceName = credit.name;
        band.sourceShortName = credit.shortName;
        band.dataPeriod = QCoreApplication::translate("BandModel", "May %1").arg(MarketStore::LatestOewsYear);
        fillValues(band, *curve);
        band.methodNote = QCoreApplication::translate(
            "BandModel", "BLS OEWS national wage percentiles, annual base pay (no bonus or stock).");
        if (std::any_of(curve->anchors.begin(), curve->anchors.end(),
                        [](const auto& a) { return !a.published; }))
            band.methodNote += u' ' + QCoreApplication::translate(
                                          "BandModel", "Published hourly only: annualised as hourly × 2080.");
        if (band.hasTopCodes())
            band.methodNote +=
                u' ' + QCoreApplication::translate("BandModel",
                                                   "Top-coded values are lower bounds: BLS publishes pay of "
                                                   "$239,200 or more only as “≥ $239,200”.");
        band.methodNote += levelNote(band);
        return band;
    }

    const int occupationIndex = store.occupationIndex(soc);
    if (occupationIndex < 0)
        return fail(error,
                    QCoreApplication::translate("BandModel", "Unknown occupation code “%1”.").arg(soc));
    const int areaIndex = store.areaIndex(areaCode);
    if (areaIndex < 0)
        return fail(error, QCoreApplication::translate("BandModel", "Unknown area code “%1”.").arg(areaCode));
    const Occupation& occupation = store.occupations()[occupationIndex];
    const MarketArea& area = store.areas()[areaIndex];
    const std::optional<OflcWageLevels> levels = store.oflcLevels(occupationIndex, areaIndex);
    if (!levels)
        return fail(error,
                    QCoreApplication::translate(
                        "BandModel", "DOL OFLC publishes no wage levels for %1 (%2) in %3; try the national "
                                     "band (US).")
                        .arg(occupation.title, occupation.soc, area.name));
    const DataSourceCredit credit = store.sourceCredit(u"oflc");
    band.roleTitle = occupation.title;
    band.areaCode = area.code;
    band.areaName = area.name;
    band.sourceName = credit.name;
    band.sourceShortName = credit.shortName;
    band.dataPeriod = credit.period;
    fillValues(band, oflcCurve(*levels));
    band.methodNote =
        (level == CareerLevel::Unspecified
             ? QCoreApplication::translate(
                   "BandModel", "Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; "
                                "p50 is Level III. Other percentiles are estimates from a log-normal "
                                "fitted to the four levels.")
             : QCoreApplication::translate(
                   "BandModel", "Annual base pay. OFLC Levels I–IV are the local p17, p34, p50 and p67; "
                                "the local pay curve passes through them, with tails from a log-normal "
                                "fitted to the four levels.")) +
        levelNote(band);
    return band;
}

QString BandModel::levelMappingExplanation()
{
    return QCoreApplication::translate(
        "BandModel",
        "Each career level is a slice of the local pay distribution for the occupation, centred on a "
        "percentile: "
        "entry on the 17th (OFLC Level I), junior on the 34th (Level II), mid-level on the 50th (Level III, "
        "the "
        "median), senior on the 67th (Level IV), staff on the 80th and principal on the 90th. A level's band "
        "runs from 8 percentiles below its centre to 8 above (for example senior: p59 to p75), so higher "
        "levels "
        "never pay less. Without a level, the band is the whole distribution (p10 to p90). Level bands are "
        "estimates: no public source publishes pay by career level.");
}

QString BandModel::methodExplanation()
{
    return QCoreApplication::translate(
        "BandModel",
        "Figures are annual base pay. For a metro or non-metro area, the U.S. Department of Labor's four "
        "prevailing-wage levels (OFLC, July 2025 – June 2026, from the May 2024 OEWS survey) are the local "
        "17th, "
        "34th, 50th and 67th percentiles; the median is Level III as published. The other percentiles are "
        "estimated: a log-normal distribution fitted to the four levels by least squares gives the spread, "
        "and "
        "the curve passes through the published levels. For the whole United States, the BLS OEWS May 2024 "
        "national percentiles are shown as published; BLS publishes pay of $239,200 and more only as "
        "“≥ $239,200”, so such values are lower bounds.");
}

} // namespace Anchorline
