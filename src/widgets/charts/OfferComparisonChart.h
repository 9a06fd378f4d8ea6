#pragma once

#include "ChartPanel.h"

#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;

namespace Anchorline {

class MoneyAxis;

// The yearly totals of several offers as grouped bars: one group per year, one bar per offer. The part of a
// bar that is an estimate (target bonus, equity and refreshers at grant value) is hatched; the solid part is
// base and sign-on as written. Shows an OfferComparisonModel (its year rows, ValueRole and
// EstimatedValueRole) and follows its changes; the caption names the market sources of the model.
class OfferComparisonChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit OfferComparisonChart(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);

    // Per offer (bar set), the year totals and their firm part in major units, for tests.
    QList<QBarSet*> totalSets() const;
    QList<QBarSet*> firmSets() const;

protected:
    void styleSeries() override;

private:
    void rebuild();

    QAbstractItemModel* m_model = nullptr;
    QBarSeries* m_totals; // whole totals, hatched: what shows above the firm bars is estimated
    QBarSeries* m_firm;   // base and sign-on, solid, drawn over the totals
    QBarCategoryAxis* m_axisX;
    MoneyAxis* m_axisY;
};

} // namespace Anchorline
