#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace Anchorline {

// Round tick positions for a chart axis, in chart coordinates (major currency units for money axes).
struct AxisTicks
{
    double minimum = 0;
    double maximum = 1;
    double step = 1;

    QList<double> values() const; // minimum, minimum + step, …, maximum
};

namespace ChartScale {

// The smallest range of round steps (1, 2 or 5 × a power of ten) that covers [low, high] in at most
// `maxIntervals` intervals. A degenerate range is widened so that it still shows a scale.
AxisTicks niceTicks(double low, double high, int maxIntervals);
// Axis label for a money coordinate: "$150k", "$1.2M", "$0".
QString moneyTickLabel(double majorUnits, QStringView currency, const QLocale& locale = QLocale());

} // namespace ChartScale
} // namespace Anchorline
