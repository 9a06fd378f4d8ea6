#pragma once

#include <QCategoryAxis>
#include <QLocale>
#include <QString>

namespace Anchorline {

// A value axis whose tick labels are compact currency amounts ("$150k"): QValueAxis only knows printf
// formats, so the ticks are categories placed on round values (ChartScale::niceTicks).
class MoneyAxis : public QCategoryAxis
{
    Q_OBJECT

public:
    explicit MoneyAxis(QObject* parent = nullptr);

    // Covers [low, high] (major units) with at most `maxIntervals` round steps.
    void setMoneyRange(double low, double high, const QString& currency, int maxIntervals = 5);
    QString currency() const { return m_currency; }

private:
    QString m_currency = QStringLiteral("USD");
};

} // namespace Anchorline
