#include "EquityScenarioChart.h"

#include "MoneyAxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace Anchorline {

namespace {

QList<QPointF> yearPoints(const StockScenarioResult& result)
{
    QList<QPointF> points;
    for (const auto& year : result.years)
        points.append({double(year.year), year.total().toMajorDouble()});
    return points;
}

// "Bull +30 %"
QString scenarioLabel(const StockScenario& scenario)
{
    return EquityScenarioChart::tr("%1 %2 %").arg(
        scenario.displayName(),
        StockScenarioSettings::percentText(scenario.growthBasisPoints, QLocale(), true));
}

} // namespace

EquityScenarioChart::EquityScenarioChart(QWidget* parent)
    : ChartPanel(parent)
    , m_fan(new QAreaSeries(new QLineSeries, new QLineSeries))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("equityScenarioChart"));
    setWindowTitle(tr("Equity under stock-price scenarios"));
    chart()->setTitle(tr("Equity vested per year under stock-price scenarios"));
    m_fan->setParent(this);
    m_fan->upperSeries()->setParent(m_fan);
    m_fan->lowerSeries()->setParent(m_fan);
    m_fan->setName(tr("range of the scenarios"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->addSeries(m_fan);
    for (int index = 0; index < MaxScenarios; ++index) {
        auto* line = new QLineSeries(this);
        line->setPointsVisible(true);
        m_lines.append(line);
        chart()->addSeries(line);
    }
    for (QAbstractSeries* series : chart()->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setTitleText(tr("Year of employment"));
    setCaption(tr("Scenarios, not forecasts: equity and refreshers vested per year if the share price "
                  "changes by the same rate every year from each grant date, vest × (1 + growth)^(months "
                  "since grant ÷ 12). Grant values: your offer."),
               false);
    applyTheme();
    setResults({});
}

QList<QLineSeries*> EquityScenarioChart::scenarioLines() const
{
    return m_lines.mid(0, m_results.size());
}

void EquityScenarioChart::setResults(const QList<StockScenarioResult>& results)
{
    m_results = results.mid(0, MaxScenarios);
    std::stable_sort(m_results.begin(), m_results.end(), [](const auto& left, const auto& right) {
        return left.scenario.growthBasisPoints < right.scenario.growthBasisPoints;
    });
    double highest = 0;
    int years = 4;
    for (qsizetype index = 0; index < m_lines.size(); ++index) {
        QLineSeries* line = m_lines.at(index);
        if (index >= m_results.size()) {
            line->clear();
            line->setVisible(false);
            continue;
        }
        const auto points = yearPoints(m_results.at(index));
        line->replace(points);
        line->setName(scenarioLabel(m_results.at(index).scenario));
        line->setVisible(true);
        for (const QPointF& point : points)
            highest = std::max(highest, point.y());
        years = std::max(years, int(points.size()));
    }
    m_fan->lowerSeries()->replace(m_results.isEmpty() ? QList<QPointF>() : yearPoints(m_results.first()));
    m_fan->upperSeries()->replace(m_results.isEmpty() ? QList<QPointF>() : yearPoints(m_results.last()));
    m_axisX->setRange(1, years);
    m_axisX->setTickCount(years);
    const QString currency = m_results.isEmpty() || m_results.first().years.isEmpty()
                                 ? Money::defaultCurrency()
                                 : m_results.first().years.first().equity.currency();
    m_axisY->setMoneyRange(0, std::max(highest * 1.08, 1000.0), currency);
    styleSeries();
}

void EquityScenarioChart::styleSeries()
{
    const QColor equity = seriesColor(SeriesColor::Equity);
    QColor fill = equity;
    fill.setAlpha(60);
    m_fan->setPen(Qt::NoPen);
    m_fan->setBrush(fill);
    for (qsizetype index = 0; index < m_lines.size(); ++index) {
        // Lowest growth orange, highest green (both dashed), the middle in the equity colour.
        const bool lowest = index == 0 && m_results.size() > 1;
        const bool highest = index > 0 && index + 1 == m_results.size();
        QPen pen(lowest    ? seriesColor(SeriesColor::SignOn)
                 : highest ? seriesColor(SeriesColor::Bonus)
                           : equity,
                 lowest || highest ? 2 : 3);
        if (lowest || highest)
            pen.setStyle(Qt::DashLine);
        m_lines.at(index)->setPen(pen);
        m_lines.at(index)->setColor(pen.color());
        for (QLegendMarker* marker : chart()->legend()->markers(m_lines.at(index)))
            marker->setVisible(index < m_results.size());
    }
}

} // namespace Anchorline
