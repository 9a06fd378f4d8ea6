#include "WalkAwayChart.h"

#include "MoneyAxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Anchorline {

WalkAwayChart::WalkAwayChart(QWidget* parent)
    : ChartPanel(parent)
    , m_forfeited(new QAreaSeries(new QLineSeries))
    , m_clawback(new QAreaSeries(new QLineSeries, new QLineSeries))
    , m_marker(new QLineSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new MoneyAxis(this))
{
    setObjectName(QStringLiteral("walkAwayChart"));
    setWindowTitle(tr("Cost of leaving early"));
    chart()->setTitle(tr("Cost of leaving early"));
    for (QAreaSeries* area : {m_forfeited, m_clawback}) {
        area->setParent(this);
        area->upperSeries()->setParent(area);
        if (area->lowerSeries())
            area->lowerSeries()->setParent(area);
    }
    m_forfeited->setName(tr("unvested equity forfeited"));
    m_clawback->setName(tr("sign-on repaid"));
    m_marker->setName(tr("month"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* series :
         std::initializer_list<QAbstractSeries*>{m_forfeited, m_clawback, m_marker}) {
        chart()->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_axisX->setRange(0, LastMonth);
    m_axisX->setTickCount(LastMonth / 6 + 1);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setTitleText(tr("Months after the start date"));
    chartView()->viewport()->installEventFilter(this);
    chartView()->viewport()->setMouseTracking(true);
    applyTheme();
    setCosts({});
}

void WalkAwayChart::setCosts(const QList<WalkAwayCost>& costs)
{
    m_costs = costs;
    m_data = ChartSeriesBuilder::walkAway(costs);
    m_forfeited->upperSeries()->replace(m_data.forfeitedEquity);
    m_clawback->lowerSeries()->replace(m_data.forfeitedEquity);
    m_clawback->upperSeries()->replace(m_data.withClawback);
    const QString currency =
        costs.isEmpty() ? Money::defaultCurrency() : costs.first().forfeitedEquity.currency();
    m_axisY->setMoneyRange(0, std::max(m_data.highest * 1.05, 1000.0), currency);
    if (m_markedMonth >= 0)
        markMonth(m_markedMonth);
    styleSeries();
}

QString WalkAwayChart::markMonth(int month)
{
    m_markedMonth = std::clamp(month, 0, LastMonth);
    const auto cost = std::find_if(m_costs.begin(), m_costs.end(),
                                   [this](const WalkAwayCost& item) { return item.month == m_markedMonth; });
    if (cost == m_costs.end()) {
        m_marker->clear();
        return QString();
    }
    m_marker->replace({{double(m_markedMonth), m_axisY->min()}, {double(m_markedMonth), m_axisY->max()}});
    return ChartSeriesBuilder::walkAwayDescription(*cost);
}

bool WalkAwayChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == chartView()->viewport() && event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF scenePoint = chartView()->mapToScene(mouse->position().toPoint());
        const QPointF chartPoint = chart()->mapFromScene(scenePoint);
        if (chart()->plotArea().contains(chartPoint)) {
            const QPointF value = chart()->mapToValue(chartPoint, m_forfeited);
            const QString text = markMonth(static_cast<int>(std::lround(value.x())));
            if (!text.isEmpty())
                QToolTip::showText(mouse->globalPosition().toPoint(), text, chartView());
        }
    }
    return ChartPanel::eventFilter(watched, event);
}

void WalkAwayChart::styleSeries()
{
    QColor equity = seriesColor(SeriesColor::Equity);
    QColor clawback = seriesColor(SeriesColor::SignOn);
    m_forfeited->setPen(QPen(equity, 2));
    m_clawback->setPen(QPen(clawback, 2));
    equity.setAlpha(110);
    clawback.setAlpha(110);
    m_forfeited->setBrush(equity);
    m_clawback->setBrush(clawback);
    m_marker->setPen(QPen(textColor(), 1, Qt::DashLine));
    for (QLegendMarker* marker : chart()->legend()->markers(m_marker))
        marker->setVisible(false);
}

} // namespace Anchorline
