#pragma once

#include "StockScenarioCalculator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace Anchorline::Cli {

// The stock-scenario parts of `evaluate --scenarios` (README, "evaluate --json"): the `scenarios` member and
// the text table.
class StockScenarioJson
{
public:
    // [{name, growth_percent, discount_percent, years: [{year, equity, refresh, total}], total_4y}], one per
    // scenario in the settings' order. Amounts are JSON numbers in whole currency units.
    static QJsonArray scenarios(const StockScenarioCalculator& calculator);
    // Inserts `scenarios` and, for a private company, `scenarios_warning` (the plain warning).
    static void insert(const StockScenarioCalculator& calculator, QJsonObject& json);
    // A table of equity per year (initial grant and refreshers) under each scenario, the 4-year totals and
    // how the amounts are computed; the warning for a private company.
    static QString text(const StockScenarioCalculator& calculator, const QLocale& locale);
};

} // namespace Anchorline::Cli
