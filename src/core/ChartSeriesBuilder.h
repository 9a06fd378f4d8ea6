#pragma once

#include "Band.h"
#include "Money.h"
#include "WalkAwayCost.h"
#include "YearCompensation.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Anchorline {

// One drawn piece of a pay band between two neighbouring percentiles.
struct BandSegment
{
    enum class Part
    {
        LowerWhisker, // p10 – p25
        LowerBox,     // p25 – p50
        UpperBox,     // p50 – p75
        UpperWhisker  // p75 – p90
    };

    Part part = Part::LowerBox;
    double from = 0; // annual amount in major units (chart coordinate)
    double to = 0;
    bool estimated = false; // either end is modelled, not published
    bool openEnded = false; // the upper end is a top-code: the true value is at least `to`
};

// What a band chart draws: its segments, the median line and the top-code arrow, in major units.
struct BandChartData
{
    QList<BandSegment> segments; // only between percentiles that both have a figure
    std::optional<double> median;
    bool medianEstimated = false;
    std::optional<double> topCode; // where the first top-coded percentile starts
    QString topCodeLabel;          // "≥ $239,200"
    double lowest = 0;             // smallest and largest drawn amount, for the axis range
    double highest = 0;

    bool isEmpty() const { return segments.isEmpty() && !median; }
};

// A vertical marker on a band chart: "Offer $185,000 — 48th percentile".
struct BandMarker
{
    double position = 0;
    QString label;
};

// One component of a stacked bar chart and its value per category, in major units.
struct StackedComponent
{
    QString name;
    QList<double> values;
};

struct StackedBarData
{
    QStringList categories;             // "Year 1" …
    QList<StackedComponent> components; // bottom to top
    QList<Money> totals;                // per category, for the labels on top
};

// The walk-away chart: forfeited equity and forfeited equity + clawback per month, stacked.
struct WalkAwayChartData
{
    QList<QPointF> forfeitedEquity; // (month, amount)
    QList<QPointF> withClawback;    // (month, forfeited equity + clawback)
    double highest = 0;
};

// Turns core results into the numbers the chart classes draw. Pure functions: no widgets, no domain decisions
// beyond how to present the figures.
namespace ChartSeriesBuilder {

BandChartData bandChart(const Band& band);
// `what` is the translated name of the amount ("Offer", "Ask"); the percentile text is the band's.
BandMarker bandMarker(const QString& what, const Money& amount, const Band& band,
                      const QLocale& locale = QLocale());
// "Source: DOL OFLC July 2025 – June 2026 (BLS OEWS May 2024 survey, 2 years old) · p10, p25, p75, p90
// estimated (modelled)" (translated); the age as of `today`.
QString bandSourceCaption(const Band& band, const QDate& today = QDate::currentDate());

// Base, bonus, sign-on, equity, refreshers per year, in that stacking order.
StackedBarData yearByYear(const QList<YearCompensation>& years);

WalkAwayChartData walkAway(const QList<WalkAwayCost>& costs);
// "Leaving after month 18: $40,000 unvested equity forfeited, $10,000 sign-on repaid ($50,000 in all)"
QString walkAwayDescription(const WalkAwayCost& cost, const QLocale& locale = QLocale());

} // namespace ChartSeriesBuilder
} // namespace Anchorline
