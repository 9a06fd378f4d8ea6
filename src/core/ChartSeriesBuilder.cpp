#include "ChartSeriesBuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace Anchorline::ChartSeriesBuilder {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::ChartSeriesBuilder", text);
}

bool hasFigure(const BandValue& value)
{
    return value.kind != BandValue::Kind::Missing;
}

QStringList percentileNames(const Band& band, BandValue::Kind kind)
{
    QStringList names;
    for (Percentile percentile : Percentiles::all()) {
        if (band.value(percentile).kind == kind)
            names.append(Percentiles::id(percentile));
    }
    return names;
}

} // namespace

BandChartData bandChart(const Band& band)
{
    BandChartData data;
    static constexpr std::array<std::pair<BandSegment::Part, Percentile>, 4> lowerEnds{{
        {BandSegment::Part::LowerWhisker, Percentile::P10},
        {BandSegment::Part::LowerBox, Percentile::P25},
        {BandSegment::Part::UpperBox, Percentile::P50},
        {BandSegment::Part::UpperWhisker, Percentile::P75},
    }};
    bool first = true;
    const auto include = [&](double amount) {
        data.lowest = first ? amount : std::min(data.lowest, amount);
        data.highest = first ? amount : std::max(data.highest, amount);
        first = false;
    };
    for (const auto& [part, lowerPercentile] : lowerEnds) {
        const BandValue& lower = band.value(lowerPercentile);
        const BandValue& upper = band.value(static_cast<Percentile>(static_cast<int>(lowerPercentile) + 1));
        // A segment above a top-code has no length: both ends are only "at least the top-code".
        if (!hasFigure(lower) || !hasFigure(upper) || lower.kind == BandValue::Kind::TopCoded)
            continue;
        BandSegment segment;
        segment.part = part;
        segment.from = lower.amount.toMajorDouble();
        segment.to = upper.amount.toMajorDouble();
        segment.estimated =
            lower.kind == BandValue::Kind::Estimated || upper.kind == BandValue::Kind::Estimated;
        segment.openEnded = upper.kind == BandValue::Kind::TopCoded;
        data.segments.append(segment);
        include(segment.from);
        include(segment.to);
    }
    const BandValue& median = band.value(Percentile::P50);
    if (median.isExact()) {
        data.median = median.amount.toMajorDouble();
        data.medianEstimated = median.kind == BandValue::Kind::Estimated;
        include(*data.median);
    }
    for (Percentile percentile : Percentiles::all()) {
        const BandValue& value = band.value(percentile);
        if (value.kind == BandValue::Kind::TopCoded) {
            data.topCode = value.amount.toMajorDouble();
            data.topCodeLabel = u"≥ " + value.amount.toString(QLocale());
            include(*data.topCode);
            break;
        }
    }
    return data;
}

BandMarker bandMarker(const QString& what, const Money& amount, const Band& band, const QLocale& locale)
{
    const BandPosition position = band.positionOf(amount);
    BandMarker marker;
    marker.position = amount.toMajorDouble();
    marker.label = tr("%1 %2 — %3").arg(what, amount.toString(locale), position.text);
    return marker;
}

QString bandSourceCaption(const Band& band, const QDate& today)
{
    QStringList parts;
    // OFLC levels come from the OEWS survey of dataYear: name both, so the figures' age is visible. A row
    // of the user's own dataset carries its own source and date.
    const QString age = band.ageText(today);
    if (!band.datasetName.isEmpty())
        parts.append(tr("Source: %1, %2 (your imported dataset \"%3\", %4)")
                         .arg(band.sourceShortName, band.dataPeriod, band.datasetName, age));
    else if (band.sourceShortName.contains(u"OEWS"))
        parts.append(tr("Source: %1 %2 (%3)").arg(band.sourceShortName, band.dataPeriod, age));
    else
        parts.append(tr("Source: %1 %2 (BLS OEWS May %3 survey, %4)")
                         .arg(band.sourceShortName, band.dataPeriod)
                         .arg(band.dataYear)
                         .arg(age));
    const QStringList estimated = percentileNames(band, BandValue::Kind::Estimated);
    if (!estimated.isEmpty())
        parts.append(tr("%1 estimated (modelled)").arg(estimated.join(QStringLiteral(", "))));
    const QStringList topCoded = percentileNames(band, BandValue::Kind::TopCoded);
    if (!topCoded.isEmpty())
        parts.append(tr("%1 top-coded by the source").arg(topCoded.join(QStringLiteral(", "))));
    const QStringList missing = percentileNames(band, BandValue::Kind::Missing);
    if (!missing.isEmpty())
        parts.append(tr("%1 not in the dataset").arg(missing.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral(" · "));
}

StackedBarData yearByYear(const QList<YearCompensation>& years)
{
    StackedBarData data;
    data.components = {
        {tr("Base"), {}}, {tr("Bonus"), {}}, {tr("Sign-on"), {}}, {tr("Equity"), {}}, {tr("Refreshers"), {}}};
    for (const YearCompensation& year : years) {
        data.categories.append(tr("Year %1").arg(year.year));
        const std::array<Money, 5> parts{year.base, year.bonus, year.signOn, year.equity, year.refresh};
        for (std::size_t i = 0; i < parts.size(); ++i)
            data.components[static_cast<qsizetype>(i)].values.append(parts[i].toMajorDouble());
        data.totals.append(year.total());
    }
    return data;
}

WalkAwayChartData walkAway(const QList<WalkAwayCost>& costs)
{
    WalkAwayChartData data;
    for (const WalkAwayCost& cost : costs) {
        const double forfeited = cost.forfeitedEquity.toMajorDouble();
        const double total = cost.total().toMajorDouble();
        data.forfeitedEquity.append(QPointF(cost.month, forfeited));
        data.withClawback.append(QPointF(cost.month, total));
        data.highest = std::max(data.highest, total);
    }
    return data;
}

QString walkAwayDescription(const WalkAwayCost& cost, const QLocale& locale)
{
    return tr("Leaving after month %1: %2 unvested equity forfeited, %3 sign-on repaid (%4 in all)")
        .arg(cost.month)
        .arg(cost.forfeitedEquity.toString(locale), cost.clawback.toString(locale),
             cost.total().toString(locale));
}

} // namespace Anchorline::ChartSeriesBuilder
