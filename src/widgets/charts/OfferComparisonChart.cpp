#include "OfferComparisonChart.h"

#include "Money.h"
#include "MoneyAxis.h"
#include "OfferComparisonModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>

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
    , m_totals(new QBarSeries(this))
    , m_firm(new QBarSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new MoneyAxis(this))
{
    setObjectName(u"offerComparisonChart"_s);
    setWindowTitle(tr("Offers year by year"));
    chart()->setTitle(tr("Offers year by year"));
    for (auto* series : {m_totals, m_firm}) {
        series->setBarWidth(0.8);
        chart()->addSeries(series);
    }
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    for (auto* series : {m_totals, m_firm}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
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

QList<QBarSet*> OfferComparisonChart::totalSets() const
{
    return m_totals->barSets();
}

QList<QBarSet*> OfferComparisonChart::firmSets() const
{
    return m_firm->barSets();
}

void OfferComparisonChart::rebuild()
{
    m_totals->clear();
    m_firm->clear();
    QStringList categories;
    for (const auto row : yearRows)
        categories.append(m_model ? m_model->headerData(row, Qt::Vertical).toString() : QString());
    m_axisX->setCategories(categories);

    double highest = 0;
    QString currency = Money::defaultCurrency();
    QStringList sources;
    const int offers = m_model ? m_model->columnCount() : 0;
    for (int column = 0; column < offers; ++column) {
        const QString label = m_model->headerData(column, Qt::Horizontal).toString();
        auto* total = new QBarSet(label);
        auto* firm = new QBarSet(label);
        for (const auto row : yearRows) {
            const QModelIndex index = m_model->index(row, column);
            currency = index.data(OfferComparisonModel::CurrencyRole).toString();
            // An offer that cannot be evaluated yet has no value: an empty bar, the table says why.
            const QVariant value = index.data(OfferComparisonModel::ValueRole);
            const Money amount = Money::fromMinor(value.toLongLong(), currency);
            const Money estimated =
                Money::fromMinor(index.data(OfferComparisonModel::EstimatedValueRole).toLongLong(), currency);
            total->append(amount.toMajorDouble());
            firm->append((amount - estimated).toMajorDouble());
            highest = std::max(highest, amount.toMajorDouble());
        }
        m_totals->append(total);
        m_firm->append(firm);
        const QString source = m_model->index(OfferComparisonModel::MarketPercentileRow, column)
                                   .data(OfferComparisonModel::SourceRole)
                                   .toString();
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
    }
    m_axisY->setMoneyRange(0, std::max(highest * 1.08, 1000.0), currency);

    QString caption = tr("Computed from each offer's terms as entered. Hatched: the estimated part (target "
                         "bonus, and equity and refreshers valued at grant); solid: base and sign-on.");
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
    const QList<QBarSet*> totals = m_totals->barSets();
    const QList<QBarSet*> firm = m_firm->barSets();
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const QColor color = seriesColor(colors[static_cast<std::size_t>(i) % colors.size()]);
        totals[i]->setBrush(QBrush(color, Qt::BDiagPattern));
        totals[i]->setPen(QPen(color, 1));
        firm[i]->setBrush(color);
        firm[i]->setPen(QPen(palette().color(QPalette::Base), 1));
    }
    // One legend entry per offer: the solid bars carry the labels.
    for (QLegendMarker* marker : chart()->legend()->markers(m_totals))
        marker->setVisible(false);
}

} // namespace Anchorline
