#pragma once

#include "CliCommand.h"

#include <QJsonObject>
#include <QLocale>

#include <functional>
#include <vector>

namespace Anchorline {
class CompensationCalculator;
struct Offer;
} // namespace Anchorline

namespace Anchorline::Cli {

// `anchorline-cli evaluate OFFER.json [--json]`: the year-by-year pay of an offer and the cost of leaving
// early.
class EvaluateCommand : public CliCommand
{
public:
    // `locale` formats the amounts of the text table (the C locale counts as American English);
    // --json output does not depend on it.
    explicit EvaluateCommand(const QLocale& locale = QLocale());

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

    // The --json document (README, "evaluate --json"): currency, years, total_4y, average_4y, walk_away.
    // Amounts are JSON numbers in major units. Further members (e.g. "market") are added by inserting into
    // the returned object; QJsonDocument writes keys in alphabetical order, so the output order stays stable.
    static QJsonObject evaluationJson(const CompensationCalculator& calculator);

    // Adds members to the --json document after evaluationJson(), in the order added (the market part:
    // MarketJson::evaluateExtension).
    using JsonExtension = std::function<void(const Offer& offer, QJsonObject& json)>;
    void addJsonExtension(JsonExtension extension);
    // Adds lines to the text output after the source note, in the order added (real terms:
    // RealTermsJson::evaluateTextExtension).
    using TextExtension = std::function<QString(const Offer& offer, const QLocale& locale)>;
    void addTextExtension(TextExtension extension);
    QString evaluationText(const CompensationCalculator& calculator) const;

private:
    QLocale m_locale;
    std::vector<JsonExtension> m_jsonExtensions;
    std::vector<TextExtension> m_textExtensions;
};

} // namespace Anchorline::Cli
