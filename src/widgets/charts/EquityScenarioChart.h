#pragma once

#include "ChartPanel.h"
#include "StockScenarioCalculator.h"

#include <QList>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace Anchorline {

class MoneyAxis;

// A fan chart of the equity (initial grant and refreshers) vested per year under stock-price scenarios: the
// area between the lowest- and the highest-growth scenario is filled, every scenario is a line (the middle
// one solid, the outer ones dashed). The caption says that these are scenarios, not forecasts, and that the
// grant values come from the user's offer.
class EquityScenarioChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit EquityScenarioChart(QWidget* parent = nullptr);

    // One result per scenario (any order; at most MaxScenarios are drawn), all with the same years.
    void setResults(const QList<StockScenarioResult>& results);
    const QList<StockScenarioResult>& results() const { return m_results; }

    // The filled fan: lower line = lowest growth, upper line = highest growth, (year, amount) points.
    QAreaSeries* fan() const { return m_fan; }
    // The line of each scenario in order of growth, lowest first.
    QList<QLineSeries*> scenarioLines() const;

    static constexpr int MaxScenarios = 3;

protected:
    void styleSeries() override;

private:
    QList<StockScenarioResult> m_results; // ordered by growth, lowest first
    QAreaSeries* m_fan;
    QList<QLineSeries*> m_lines;
    QValueAxis* m_axisX;
    MoneyAxis* m_axisY;
};

} // namespace Anchorline
