#include "LevelProgressionChart.h"

#include "ChartTextOverlay.h"
#include "MoneyAxis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>

namespace Anchorline {

namespace {
constexpr qreal BarWidth = 0.7;
constexpr qreal PointRadius = 7;
} // namespace

LevelProgressionChart::LevelProgressionChart(QWidget* parent)
    : ChartPanel(parent)
    , m_bars(new QBarSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new MoneyAxis(this))
    , m_barLabels(new ChartTextOverlay(chart()))
{
    setObjectName(QStringLiteral("levelProgressionChart"));
    setWindowTitle(tr("Pay progression by level"));
    chart()->setTitle(tr("Pay progression by level"));
    m_bars->setBarWidth(BarWidth);
    chart()->addSeries(m_bars);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_bars->attachAxis(m_axisX);
    m_bars->attachAxis(m_axisY);
    applyTheme();
}

void LevelProgressionChart::setProgression(const LevelProgression& progression)
{
    m_progression = progression;
    m_bars->clear();
    for (QLineSeries* line : std::as_const(m_lines)) {
        chart()->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    m_barLabels->clear();
    m_axisX->setCategories(progression.categories);

    double highest = 0;
    QList<const ProgressionSeries*> barSeries;
    for (const ProgressionSeries& series : progression.series) {
        for (const BandValue& value : series.values) {
            if (value.kind != BandValue::Kind::Missing)
                highest = std::max(highest, value.amount.toMajorDouble());
        }
        if (series.kind == ProgressionSeries::Kind::SecondarySource) {
            auto* set = new QBarSet(series.name);
            for (const BandValue& value : series.values)
                set->append(value.kind == BandValue::Kind::Missing ? 0.0 : value.amount.toMajorDouble());
            m_bars->append(set);
            barSeries.append(&series);
            continue;
        }
        auto* line = new QLineSeries(this);
        line->setName(series.name);
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < series.values.size(); ++i) {
            if (series.values[i].kind != BandValue::Kind::Missing)
                line->append(static_cast<double>(i), series.values[i].amount.toMajorDouble());
        }
        chart()->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        // Bar amounts stay clear of the line's points.
        for (const QPointF& point : line->points())
            m_barLabels->addObstacle(point, line, PointRadius);
        m_lines.append(line);
    }
    m_axisY->setMoneyRange(0, std::max(highest * 1.12, 1000.0), Money::defaultCurrency());

    // Amounts on top of the bars, centred on each bar of a group.
    const auto barCount = barSeries.size();
    for (qsizetype b = 0; b < barCount; ++b) {
        const double offset = -BarWidth / 2 + (b + 0.5) * BarWidth / static_cast<double>(barCount);
        const ProgressionSeries& series = *barSeries[b];
        for (qsizetype i = 0; i < series.values.size(); ++i) {
            const BandValue& value = series.values[i];
            if (value.kind != BandValue::Kind::Missing)
                m_barLabels->addText(value.amount.toCompactString(),
                                     {static_cast<double>(i) + offset, value.amount.toMajorDouble()}, m_bars);
        }
    }
    setCaption(progression.sourceNotes.join(QStringLiteral("\n")));
    styleSeries();
}

QStringList LevelProgressionChart::barLabels() const
{
    return m_barLabels->texts();
}

void LevelProgressionChart::styleSeries()
{
    static constexpr std::array<SeriesColor, 4> barColors{SeriesColor::Equity, SeriesColor::Base,
                                                          SeriesColor::Bonus, SeriesColor::SignOn};
    static constexpr std::array<SeriesColor, 4> lineColors{SeriesColor::Offer, SeriesColor::Ask,
                                                           SeriesColor::Refresh, SeriesColor::Secondary};
    const auto sets = m_bars->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->setColor(seriesColor(barColors[static_cast<std::size_t>(i) % barColors.size()]));
        sets[i]->setBorderColor(palette().color(QPalette::Base));
    }
    // The lines are the series that are not bars, in order.
    qsizetype i = 0;
    for (const ProgressionSeries& series : m_progression.series) {
        if (series.kind == ProgressionSeries::Kind::SecondarySource)
            continue;
        // Dashed: the government level medians are modelled from the published levels; an imported dataset's
        // are the user's own figures, solid.
        const auto style =
            series.kind == ProgressionSeries::Kind::ImportedMedian ? Qt::SolidLine : Qt::DashLine;
        QPen pen(seriesColor(lineColors[static_cast<std::size_t>(i) % lineColors.size()]), 2.5, style);
        m_lines[i]->setPen(pen);
        m_lines[i]->setMarkerSize(7);
        ++i;
    }
    m_barLabels->setColor(textColor());
}

} // namespace Anchorline
