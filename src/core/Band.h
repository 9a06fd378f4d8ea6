#pragma once

#include "CareerLevel.h"
#include "Money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace Anchorline {

enum class Percentile
{
    P10,
    P25,
    P50,
    P75,
    P90
};

namespace Percentiles {
QList<Percentile> all();           // P10 … P90
int rank(Percentile percentile);   // 10, 25, 50, 75, 90
QString id(Percentile percentile); // "p10", "p50" (JSON keys, CLI output)
} // namespace Percentiles

// One percentile of a band and what kind of number it is.
struct BandValue
{
    enum class Kind
    {
        Published, // the source publishes this figure for this percentile
        Estimated, // modelled (see BandModel); label it as an estimate
        TopCoded,  // the true value is at least `amount` (BLS publishes only "≥ $239,200"); never exact
        Missing    // no figure; amount is zero
    };

    Money amount;
    Kind kind = Kind::Missing;

    // Published or Estimated: an amount that may be used as a point.
    bool isExact() const { return kind == Kind::Published || kind == Kind::Estimated; }

    bool operator==(const BandValue& other) const = default;
};

QString bandValueKindId(BandValue::Kind kind); // "published", "estimated", "topcoded", "missing"

// Where an amount sits within a band.
struct BandPosition
{
    enum class Placement
    {
        BelowP10,
        Within,
        AboveP90,
        Unknown
    };

    double percentile = 0; // 10 … 90, interpolated; a lower bound when !exact
    Placement placement = Placement::Unknown;
    bool exact = true; // false when a top-coded or missing percentile prevents an exact position
    QString text;      // "62nd percentile", "below p10", "above p90", "at or above p75 (p90 is ≥ $239,200)"
};

// Annual base-pay band for one occupation, career level and location: p10 … p90 with their kinds, and where
// the numbers come from. Built by BandModel.
struct Band
{
    QString soc;
    QString roleTitle;
    QString areaCode; // OFLC area code, or "US" for the national band
    QString areaName; // "San Jose-Sunnyvale-Santa Clara, CA" or "United States"
    CareerLevel level = CareerLevel::Unspecified;
    QString currency = QStringLiteral("USD");
    QString sourceName;              // full credit line of the source
    QString sourceShortName;         // "DOL OFLC 2025–26", "BLS OEWS May 2024"
    int dataYear = 0;                // OEWS survey year behind the figures (2024)
    QString dataPeriod;              // "July 2025 – June 2026", "May 2024"
    std::array<BandValue, 5> values; // indexed by Percentile
    QString methodNote;              // how the estimated values were derived, one or two sentences
    QString datasetName;             // the user's imported dataset it comes from; empty for built-in data

    bool operator==(const Band& other) const = default;

    const BandValue& value(Percentile percentile) const { return values[static_cast<int>(percentile)]; }
    bool hasEstimates() const;
    bool hasTopCodes() const;
    // Percentile of an annual base amount, interpolated linearly between known points and clamped to 10 … 90.
    BandPosition positionOf(const Money& amount) const;
    // How old the figures are on `today`, from dataYear: "2 years old".
    QString ageText(const QDate& today) const;
    // "1 year old", "2 years old": the age of any source's figures, said the same way everywhere.
    static QString yearsOldText(int years);
    // Where the figures come from and how old they are, as the status bar and every report line say it:
    // "DOL OFLC, July 2025 – June 2026 (survey of 2024, 2 years old)" or, from an imported dataset,
    // "your dataset \"Acme 2025\": Acme Comp Survey 2025, 2025-04-01 (1 year old)".
    QString sourceText(const QDate& today) const;
};

} // namespace Anchorline
