#include "OfferComparisonView.h"

#include "OfferComparisonChart.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Anchorline {

OfferComparisonView::OfferComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableView)
    , m_chart(new OfferComparisonChart)
{
    setObjectName(u"offerComparisonView"_s);
    m_table->setObjectName(u"offerComparisonTable"_s);
    m_table->setAccessibleName(tr("Offers side by side"));
    m_table->setToolTip(
        tr("Each offer's pay year by year, its market percentile and what leaving early costs. "
           "Hover a cell for its source."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Offer labels are long ("Offer A — Northwind Robotics"): they wrap rather than being cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(2 * m_table->fontMetrics().lineSpacing() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_chart, &ChartPanel::dataSourcesRequested, this, &OfferComparisonView::dataSourcesRequested);
}

void OfferComparisonView::setModel(QAbstractItemModel* model)
{
    m_table->setModel(model);
    m_chart->setModel(model);
}

} // namespace Anchorline
