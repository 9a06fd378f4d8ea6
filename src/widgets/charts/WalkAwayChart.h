#pragma once

#include "ChartPanel.h"
#include "ChartSeriesBuilder.h"
#include "WalkAwayCost.h"

#include <QList>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace Anchorline {

class MoneyAxis;

// What leaving after month m (0–48) costs: unvested equity forfeited, with the sign-on clawback stacked on
// top. Hovering shows a vertical marker and a tooltip with the amounts of that month.
class WalkAwayChart : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int LastMonth = 48;

    explicit WalkAwayChart(QWidget* parent = nullptr);

    // Costs for months 0 … 48 (any subset, in month order).
    void setCosts(const QList<WalkAwayCost>& costs);
    // Moves the marker to a month (as hovering does); returns the description shown, empty without data.
    QString markMonth(int month);
    int markedMonth() const { return m_markedMonth; }

    const WalkAwayChartData& chartData() const { return m_data; }
    QAreaSeries* forfeitedArea() const { return m_forfeited; }
    QAreaSeries* clawbackArea() const { return m_clawback; }

protected:
    void styleSeries() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<WalkAwayCost> m_costs;
    WalkAwayChartData m_data;
    int m_markedMonth = -1;
    QAreaSeries* m_forfeited;
    QAreaSeries* m_clawback;
    QLineSeries* m_marker;
    QValueAxis* m_axisX;
    MoneyAxis* m_axisY;
};

} // namespace Anchorline
