#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace Anchorline {

class OfferComparisonChart;

// The "Compare offers" tab: the offers side by side as a table (an OfferComparisonModel: years 1–4, the
// 4-year total, the market percentile with its source, the walk-away cost) above the grouped-bar chart of
// their yearly totals.
class OfferComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit OfferComparisonView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);

    QTableView* table() const { return m_table; }
    OfferComparisonChart* chart() const { return m_chart; }

signals:
    void dataSourcesRequested();

private:
    QTableView* m_table;
    OfferComparisonChart* m_chart;
};

} // namespace Anchorline
