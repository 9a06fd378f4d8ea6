#include "ChartScale.h"

#include "Money.h"

#include <array>
#include <cmath>

namespace Anchorline {

QList<double> AxisTicks::values() const
{
    QList<double> ticks;
    if (step <= 0)
        return ticks;
    // Counting steps (rather than adding step repeatedly) keeps the last tick exactly on maximum.
    const auto count = static_cast<int>(std::llround((maximum - minimum) / step));
    for (int i = 0; i <= count; ++i)
        ticks.append(minimum + i * step);
    return ticks;
}

namespace ChartScale {

AxisTicks niceTicks(double low, double high, int maxIntervals)
{
    if (low > high)
        std::swap(low, high);
    if (maxIntervals < 1)
        maxIntervals = 1;
    if (high - low < 1e-9) {
        const double pad = std::max(std::abs(high) * 0.1, 1.0);
        low -= pad;
        high += pad;
    }
    const double rawStep = (high - low) / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    // No 2.5: its ticks (102.5k) would print rounded on compact labels.
    static constexpr std::array<double, 4> multipliers{1.0, 2.0, 5.0, 10.0};
    AxisTicks ticks;
    for (double multiplier : multipliers) {
        const double step = multiplier * magnitude;
        const double minimum = std::floor(low / step) * step;
        const double maximum = std::ceil(high / step) * step;
        if ((maximum - minimum) / step <= maxIntervals + 1e-9 || multiplier == multipliers.back()) {
            ticks = {minimum, maximum, step};
            break;
        }
    }
    return ticks;
}

QString moneyTickLabel(double majorUnits, QStringView currency, const QLocale& locale)
{
    return Money::fromMajor(std::llround(majorUnits), currency.toString()).toCompactString(locale);
}

} // namespace ChartScale
} // namespace Anchorline
