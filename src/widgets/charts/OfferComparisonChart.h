#pragma once

#include "ChartPanel.h"

#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QCategoryAxis;
class QStackedBarSeries;

namespace Anchorline {

class MoneyAxis;

// The yearly totals of several offers as grouped bars: one group per year, one bar per offer in the offer's
// colour. The part of a bar that is an estimate (target bonus, equity and refreshers at grant value) is
// hatched on top of the solid part, base and sign-on as written. Shows an OfferComparisonModel (its year
// rows, ValueRole and EstimatedValueRole) and follows its changes; the caption names the model's market
// sources.
class OfferComparisonChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit OfferComparisonChart(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);

    // Offer `offer`'s years 1–4 in major units: the solid (base and sign-on) and the hatched (estimated)
    // part.
    QList<double> firmValues(int offer) const;
    QList<double> estimatedValues(int offer) const;
    QStringList offerLabels() const;

protected:
    void styleSeries() override;

private:
    void rebuild();
    // Bars of a group sit side by side, one slot each, with an empty slot between the years.
    int slot(int year, int offer) const;
    QList<double> valuesOf(int set, int offer) const;

    QAbstractItemModel* m_model = nullptr;
    int m_offerCount = 0;
    // Per offer two sets, firm then estimated, each with a value only in that offer's slots: one stacked
    // series draws grouped bars with a hatched top.
    QStackedBarSeries* m_series;
    QCategoryAxis* m_axisX;
    MoneyAxis* m_axisY;
};

} // namespace Anchorline
