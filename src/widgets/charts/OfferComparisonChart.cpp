#include "OfferComparisonChart.h"

#include "Money.h"
#include "MoneyAxis.h"
#include "OfferComparisonModel.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>

#include <array>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
constexpr std::array<OfferComparisonModel::Row, 4> yearRows{
    OfferComparisonModel::Year1Row, OfferComparisonModel::Year2Row, OfferComparisonModel::Year3Row,
    OfferComparisonModel::Year4Row};
} // namespace

OfferComparisonChart::OfferComparisonChart(QWidget* parent)
    : ChartPanel(parent)
    , m_series(new QStackedBarSeries(this))
    , m_axisX(new QCategoryAxis(this))
    , m_axisY(new MoneyAxis(this))
{
    setObjectName(u"offerComparisonChart"_s);
    setWindowTitle(tr("Offers year by year"));
    chart()->setTitle(tr("Offers year by year"));
    m_series->setBarWidth(0.9);
    chart()->addSeries(m_series);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_axisX->setGridLineVisible(false);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    applyTheme();
    rebuild();
}

void OfferComparisonChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &OfferComparisonChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &OfferComparisonChart::rebuild);
    rebuild();
}

int OfferComparisonChart::slot(int year, int offer) const
{
    return year * (m_offerCount + 1) + offer;
}

QList<double> OfferComparisonChart::valuesOf(int set, int offer) const
{
    QList<double> values;
    const QBarSet* bars = m_series->barSets().at(2 * offer + set);
    for (int year = 0; year < int(yearRows.size()); ++year)
        values.append(bars->at(slot(year, offer)));
    return values;
}

QList<double> OfferComparisonChart::firmValues(int offer) const
{
    return valuesOf(0, offer);
}

QList<double> OfferComparisonChart::estimatedValues(int offer) const
{
    return valuesOf(1, offer);
}

QStringList OfferComparisonChart::offerLabels() const
{
    QStringList labels;
    for (int offer = 0; offer < m_offerCount; ++offer)
        labels.append(m_series->barSets().at(2 * offer)->label());
    return labels;
}

void OfferComparisonChart::rebuild()
{
    m_series->clear();
    m_offerCount = m_model ? m_model->columnCount() : 0;
    const int years = int(yearRows.size());
    const int slotCount = std::max(1, slot(years - 1, m_offerCount - 1) + 1);
    // One label per year, centred under its group: the boundaries sit in the empty slots between groups.
    for (const QString& label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(-1);
    for (int year = 0; year < years; ++year) {
        const QString label = m_model ? m_model->headerData(yearRows[year], Qt::Vertical).toString()
                                      : tr("Year %1").arg(year + 1);
        m_axisX->append(label, slot(year, m_offerCount));
    }
    m_axisX->setRange(-1, slot(years - 1, m_offerCount));

    double highest = 0;
    QString currency = Money::defaultCurrency();
    QStringList sources;
    for (int column = 0; column < m_offerCount; ++column) {
        const QString label = m_model->headerData(column, Qt::Horizontal).toString();
        auto* firm = new QBarSet(label);
        auto* estimated = new QBarSet(tr("%1, estimated part").arg(label));
        for (int index = 0; index < slotCount; ++index) {
            firm->append(0);
            estimated->append(0);
        }
        for (int year = 0; year < years; ++year) {
            const QModelIndex index = m_model->index(yearRows[year], column);
            currency = index.data(OfferComparisonModel::CurrencyRole).toString();
            // An offer that cannot be evaluated yet has no value: no bar, the table says why.
            const Money total =
                Money::fromMinor(index.data(OfferComparisonModel::ValueRole).toLongLong(), currency);
            const Money guessed =
                Money::fromMinor(index.data(OfferComparisonModel::EstimatedValueRole).toLongLong(), currency);
            firm->replace(slot(year, column), (total - guessed).toMajorDouble());
            estimated->replace(slot(year, column), guessed.toMajorDouble());
            highest = std::max(highest, total.toMajorDouble());
        }
        m_series->append(firm);
        m_series->append(estimated);
        const QString source = m_model->index(OfferComparisonModel::MarketPercentileRow, column)
                                   .data(OfferComparisonModel::SourceRole)
                                   .toString();
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    m_axisY->setMoneyRange(0, std::max(highest * 1.08, 1000.0), currency);

    QString caption = tr("Computed from each offer's terms as entered. Solid: base and sign-on; hatched: the "
                         "estimated part (target bonus, and equity and refreshers valued at grant).");
    if (!sources.isEmpty())
        caption += u'\n' + tr("Market percentiles in the table: %1").arg(sources.join(u"; "_s));
    setCaption(caption, !sources.isEmpty());
    styleSeries();
}

void OfferComparisonChart::styleSeries()
{
    static constexpr std::array<SeriesColor, 7> colors{
        SeriesColor::Base,   SeriesColor::Offer,   SeriesColor::Bonus,    SeriesColor::Equity,
        SeriesColor::SignOn, SeriesColor::Refresh, SeriesColor::Secondary};
    const QList<QBarSet*> sets = m_series->barSets();
    const QList<QLegendMarker*> markers = chart()->legend()->markers(m_series);
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QColor color = seriesColor(colors[static_cast<std::size_t>(i / 2) % colors.size()]);
        const bool estimated = i % 2 == 1;
        sets[i]->setBrush(estimated ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        sets[i]->setPen(QPen(estimated ? color : palette().color(QPalette::Base), 1));
        // One legend entry per offer: the solid sets carry the labels.
        if (i < markers.size())
            markers[i]->setVisible(!estimated);
    }
}

} // namespace Anchorline
