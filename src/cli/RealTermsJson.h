#pragma once

#include "RealTermsCalculator.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <functional>

namespace Anchorline {
struct Offer;
}

namespace Anchorline::Cli {

// The real-terms (cost of living) parts of the CLI: `evaluate`'s `real` member and text lines, and the
// places of `relocate` (README, "evaluate --json" and "relocate --json").
class RealTermsJson
{
public:
    // A place and the parity used: {code, name, parity, parity_area: {code, name}, basis, note}. parity is
    // the BEA figure as published (112.867); basis is metro, renamed_metro, state or national; note is the
    // fallback note ("uses California's parity: …") or null.
    static QJsonObject place(const PlaceParity& place);
    // The `real` member of `evaluate --json`: {parity, parity_source, parity_year, parity_area: {code, name},
    // location: {code, name}, basis, note, total_4y, total_4y_real, years_real: [year 1 … 4]}.
    static QJsonObject forOffer(const OfferRealTerms& terms);
    // "In real terms (BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; 3 years old): 4-year total
    // $1,235,082 at US-average prices (nominal $1,394,000)."
    static QString text(const OfferRealTerms& terms, const QLocale& locale);

    // For EvaluateCommand: inserts `real` when the offer is in US dollars and its place has a parity, else
    // `real_unavailable` with the reason ("the offer has no location", "the offer is in EUR, but …").
    static std::function<void(const Offer&, QJsonObject&)> evaluateExtension();
    // For EvaluateCommand's text: the real-terms lines, or why there are none.
    static std::function<QString(const Offer&, const QLocale&)> evaluateTextExtension();
};

} // namespace Anchorline::Cli
