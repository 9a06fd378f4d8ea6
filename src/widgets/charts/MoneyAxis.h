#pragma once

#include "ChartScale.h"

#include <QCategoryAxis>
#include <QLocale>
#include <QString>

namespace Anchorline {

// A value axis whose tick labels are compact currency amounts ("$150k", "150k $"): QValueAxis only knows
// printf formats, so the ticks are categories placed on round values (ChartScale::niceTicks).
//
// Qt Charts elides a horizontal label wider than its slot (the axis length divided by the tick count) to
// "180...". Told its length (ChartPanel does, whenever the plot area changes), a horizontal MoneyAxis
// measures its labels with its labels font and keeps them whole: fewer, wider steps first, and upright labels
// only when even two steps do not fit.
class MoneyAxis : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit MoneyAxis(QObject* parent = nullptr);

    // Covers [low, high] (major units) with at most `maxIntervals` round steps.
    void setMoneyRange(double low, double high, const QString& currency, int maxIntervals = 5);
    QString currency() const { return m_currency; }

    // The axis's length on screen in pixels (0: unknown, labels are not fitted).
    void fitToLength(qreal pixels);
    // Whether `labels` fit side by side on a horizontal axis `pixels` long, as Qt Charts lays them out.
    bool labelsFit(const QStringList& labels, qreal pixels) const;

private:
    void updateTicks();
    double rangeStart(const AxisTicks& ticks, const QString& firstLabel, int angle) const;

    QString m_currency = QStringLiteral("USD");
    double m_low = 0;
    double m_high = 1;
    int m_maxIntervals = 5;
    qreal m_length = 0;
};

} // namespace Anchorline
