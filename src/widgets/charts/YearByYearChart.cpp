#include "YearByYearChart.h"

#include "ChartTextOverlay.h"
#include "MoneyAxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QStackedBarSeries>

namespace Anchorline {

YearByYearChart::YearByYearChart(QWidget* parent)
    : ChartPanel(parent)
    , m_series(new QStackedBarSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new MoneyAxis(this))
    , m_totals(new ChartTextOverlay(chart()))
{
    setObjectName(QStringLiteral("yearByYearChart"));
    setWindowTitle(tr("Pay year by year"));
    chart()->setTitle(tr("Pay year by year"));
    m_data = ChartSeriesBuilder::yearByYear({});
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        m_sets[i] = new QBarSet(m_data.components[static_cast<qsizetype>(i)].name, m_series);
        m_series->append(m_sets[i]);
    }
    m_series->setBarWidth(0.6);
    chart()->addSeries(m_series);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    applyTheme();
    setYears({});
}

void YearByYearChart::setYears(const QList<YearCompensation>& years)
{
    m_data = ChartSeriesBuilder::yearByYear(years);
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        QBarSet* set = m_sets[i];
        set->remove(0, set->count());
        set->append(m_data.components[static_cast<qsizetype>(i)].values);
    }
    m_axisX->setCategories(m_data.categories);
    double highest = 0;
    for (const Money& total : std::as_const(m_data.totals))
        highest = std::max(highest, total.toMajorDouble());
    const QString currency =
        m_data.totals.isEmpty() ? Money::defaultCurrency() : m_data.totals.first().currency();
    // Headroom for the total labels on top of the tallest bar.
    m_axisY->setMoneyRange(0, std::max(highest * 1.12, 1000.0), currency);
    m_totals->clear();
    for (qsizetype i = 0; i < m_data.totals.size(); ++i)
        m_totals->addText(m_data.totals[i].toCompactString(),
                          {static_cast<double>(i), m_data.totals[i].toMajorDouble()}, m_series,
                          ChartTextOverlay::Anchor::Above, true);
    styleSeries();
}

void YearByYearChart::setSourceNote(const QString& note)
{
    setCaption(note, false);
}

QList<QBarSet*> YearByYearChart::barSets() const
{
    return {m_sets.begin(), m_sets.end()};
}

QStringList YearByYearChart::totalLabels() const
{
    return m_totals->texts();
}

void YearByYearChart::styleSeries()
{
    static constexpr std::array<SeriesColor, 5> colors{SeriesColor::Base, SeriesColor::Bonus,
                                                       SeriesColor::SignOn, SeriesColor::Equity,
                                                       SeriesColor::Refresh};
    for (std::size_t i = 0; i < m_sets.size(); ++i) {
        QBarSet* set = m_sets[i];
        set->setColor(seriesColor(colors[i]));
        set->setBorderColor(palette().color(QPalette::Base));
        // Components that are zero in every year only clutter the legend.
        const auto& values = m_data.components[static_cast<qsizetype>(i)].values;
        const bool used = std::any_of(values.begin(), values.end(), [](double value) { return value != 0; });
        for (QLegendMarker* marker : chart()->legend()->markers(m_series)) {
            if (marker->label() == set->label())
                marker->setVisible(used);
        }
    }
    m_totals->setColor(textColor());
}

} // namespace Anchorline
