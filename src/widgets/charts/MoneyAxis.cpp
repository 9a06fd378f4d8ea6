#include "MoneyAxis.h"

#include "ChartScale.h"

namespace Anchorline {

MoneyAxis::MoneyAxis(QObject* parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

void MoneyAxis::setMoneyRange(double low, double high, const QString& currency, int maxIntervals)
{
    m_currency = currency;
    const AxisTicks ticks = ChartScale::niceTicks(low, high, maxIntervals);
    const QStringList oldLabels = categoriesLabels();
    for (const QString& label : oldLabels)
        remove(label);
    // The first label sits on the range's start: its category begins one step below.
    setStartValue(ticks.minimum - ticks.step);
    for (double tick : ticks.values())
        append(ChartScale::moneyTickLabel(tick, currency), tick);
    // Qt drops a label that sits exactly on the axis start; a hair of slack keeps the first one visible.
    setRange(ticks.minimum - ticks.step * 0.001, ticks.maximum);
}

} // namespace Anchorline
