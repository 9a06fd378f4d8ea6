#include "MoneyAxis.h"

#include "ChartScale.h"

#include <QFontMetricsF>

namespace Anchorline {

namespace {

// Qt Charts' layout constants (ChartAxisElement::labelPadding, ChartPresenter::textMargin): each label slot
// loses the padding on both sides, and a label's box is its text plus the margin on both sides.
constexpr qreal LabelPadding = 4.0;
constexpr qreal TextMargin = 0.5;
constexpr int FewestIntervals = 2;
constexpr int UprightAngle = -90;

QStringList tickLabels(const AxisTicks& ticks, const QString& currency)
{
    QStringList labels;
    for (double tick : ticks.values())
        labels.append(ChartScale::moneyTickLabel(tick, currency));
    return labels;
}

} // namespace

MoneyAxis::MoneyAxis(QObject* parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    connect(this, &QAbstractAxis::labelsFontChanged, this, &MoneyAxis::updateTicks);
}

void MoneyAxis::setMoneyRange(double low, double high, const QString& currency, int maxIntervals)
{
    m_currency = currency;
    m_low = low;
    m_high = high;
    m_maxIntervals = maxIntervals;
    updateTicks();
}

void MoneyAxis::fitToLength(qreal pixels)
{
    if (qFuzzyCompare(pixels, m_length))
        return;
    m_length = pixels;
    updateTicks();
}

bool MoneyAxis::labelsFit(const QStringList& labels, qreal pixels) const
{
    // Qt divides the axis among the labels plus the category that starts one step below the first tick.
    const qreal slot = pixels / (labels.size() + 1) - 2 * LabelPadding;
    const QFontMetricsF metrics(labelsFont());
    for (const QString& label : labels) {
        if (metrics.horizontalAdvance(label) + 2 * TextMargin > slot)
            return false;
    }
    return true;
}

void MoneyAxis::updateTicks()
{
    AxisTicks ticks = ChartScale::niceTicks(m_low, m_high, m_maxIntervals);
    int angle = 0;
    if (m_length > 0 && orientation() == Qt::Horizontal) {
        int intervals = m_maxIntervals;
        while (!labelsFit(tickLabels(ticks, m_currency), m_length) && intervals > FewestIntervals)
            ticks = ChartScale::niceTicks(m_low, m_high, --intervals);
        if (!labelsFit(tickLabels(ticks, m_currency), m_length)) {
            ticks = ChartScale::niceTicks(m_low, m_high, m_maxIntervals);
            angle = UprightAngle;
        }
    }
    const QStringList labels = tickLabels(ticks, m_currency);
    // Unchanged labels are left alone: replacing them re-lays out the chart, which calls fitToLength again.
    if (labels != categoriesLabels() || startValue() != ticks.minimum - ticks.step) {
        const QStringList oldLabels = categoriesLabels();
        for (const QString& label : oldLabels)
            remove(label);
        // The first label sits on the range's start: its category begins one step below.
        setStartValue(ticks.minimum - ticks.step);
        const QList<double> values = ticks.values();
        for (qsizetype i = 0; i < values.size(); ++i)
            append(labels.at(i), values.at(i));
    }
    setLabelsAngle(angle);
    setRange(rangeStart(ticks, labels.front(), angle), ticks.maximum);
}

double MoneyAxis::rangeStart(const AxisTicks& ticks, const QString& firstLabel, int angle) const
{
    // Qt hides a label that sits exactly on the axis start; a hair of slack keeps the first one.
    const double slack = ticks.minimum - ticks.step * 0.001;
    if (m_length <= 0 || orientation() != Qt::Horizontal)
        return slack;
    // On a horizontal axis Qt also hides a first label that sticks out on the left: start the axis half that
    // label (plus padding) earlier. Solves start = minimum - margin / length * (maximum - start).
    const QFontMetricsF metrics(labelsFont());
    const qreal halfLabel = angle == 0 ? metrics.horizontalAdvance(firstLabel) / 2 : metrics.height() / 2;
    const double share = (halfLabel + LabelPadding) / m_length;
    if (share >= 0.5)
        return slack;
    return std::min(slack, (ticks.minimum - share * ticks.maximum) / (1 - share));
}

} // namespace Anchorline
