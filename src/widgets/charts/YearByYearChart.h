#pragma once

#include "ChartPanel.h"
#include "ChartSeriesBuilder.h"
#include "YearCompensation.h"

#include <QList>
#include <QStringList>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;

namespace Anchorline {

class ChartTextOverlay;
class MoneyAxis;

// Pay per year of employment as stacked bars (base, bonus, sign-on, equity, refreshers) with each year's
// total on top: years 1–4, and 5–6 when the calculator reports them.
class YearByYearChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit YearByYearChart(QWidget* parent = nullptr);

    void setYears(const QList<YearCompensation>& years);
    // Caption under the chart, e.g. the offer's source ("Your offer, vesting 25/25/25/25 monthly").
    void setSourceNote(const QString& note);

    const StackedBarData& barData() const { return m_data; }
    QList<QBarSet*> barSets() const;
    QStringList totalLabels() const;

protected:
    void styleSeries() override;

private:
    StackedBarData m_data;
    QStackedBarSeries* m_series;
    std::array<QBarSet*, 5> m_sets{};
    QBarCategoryAxis* m_axisX;
    MoneyAxis* m_axisY;
    ChartTextOverlay* m_totals;
};

} // namespace Anchorline
