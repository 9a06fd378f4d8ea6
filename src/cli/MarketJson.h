#pragma once

#include "BandResolver.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Anchorline {
struct Offer;
}

namespace Anchorline::Cli {

// The JSON and text forms of market bands shared by `bands` and `evaluate` (README, "bands --json").
class MarketJson
{
public:
    // {role: {soc, title}, location: {code, name}, level, currency, source, year, period, dataset,
    //  percentiles: {p10, p25, p50, p75, p90}, estimated: [...], topcoded: [...], missing: [...], method}.
    // Amounts are JSON numbers in major units; a top-coded value is its lower bound; a missing one null.
    static QJsonObject band(const BandResolver::ResolvedBand& resolved);
    // {query, matched, exact}: what a ROLE or LOC argument was taken to mean.
    static QJsonObject match(const QString& query, const QString& matched, bool exact);
    static QString bandText(const BandResolver::ResolvedBand& resolved, const QLocale& locale);
    // "unknown role "x"; closest: A (15-1252); B (15-1253); C (15-1254)".
    static QString resolutionError(const QString& error, const QStringList& suggestions);

    // The `market` member of `evaluate --json`: {band, base_percentile, base_position, matched}, or nullopt
    // when the offer's role or location does not resolve or there is no band for them.
    static std::optional<QJsonObject> forOffer(const Offer& offer, const BandResolver& resolver);
    // For EvaluateCommand::addJsonExtension: inserts `market` (forOffer, with the datasets in
    // `datasetDirectory`) when the offer resolves; leaves the document alone otherwise.
    static std::function<void(const Offer&, QJsonObject&)> evaluateExtension(const QString& datasetDirectory);
};

} // namespace Anchorline::Cli
