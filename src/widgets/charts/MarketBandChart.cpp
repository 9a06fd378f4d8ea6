#include "MarketBandChart.h"

#include "ChartScale.h"
#include "ChartTextOverlay.h"
#include "MoneyAxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace Anchorline {

namespace {

// Vertical layout of the drawing in y coordinates (the y axis is hidden).
constexpr double BandCentre = 1.0;
constexpr double BoxHalfHeight = 0.25;
constexpr double MedianHalfHeight = 0.32;
constexpr double CapHalfHeight = 0.12;
constexpr double MarkerBottom = BandCentre - MedianHalfHeight; // above the percentile labels
constexpr double OfferTop = 1.6;
constexpr double AskTop = 1.85; // higher than the offer's, so their labels stack without crossing
constexpr double YMinimum = 0.35;
constexpr double YMaximum = 2.25;
constexpr double MarkerGapPixels = 5; // between the offer's and the ask's lines

bool isBox(BandSegment::Part part)
{
    return part == BandSegment::Part::LowerBox || part == BandSegment::Part::UpperBox;
}

} // namespace

MarketBandChart::MarketBandChart(QWidget* parent)
    : ChartPanel(parent)
    , m_axisX(new MoneyAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_median(nullptr)
    , m_offerLine(nullptr)
    , m_askLine(nullptr)
    , m_labels(new ChartTextOverlay(chart()))
{
    setObjectName(QStringLiteral("marketBandChart"));
    setWindowTitle(tr("Market band"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    m_axisY->setRange(YMinimum, YMaximum);
    m_axisY->setVisible(false);
    setAmountsLabel(QString());

    const std::array<QString, 2> boxNames{QStringLiteral("lowerBox"), QStringLiteral("upperBox")};
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        auto* area = new QAreaSeries(new QLineSeries, new QLineSeries);
        area->upperSeries()->setParent(area);
        area->lowerSeries()->setParent(area);
        area->setObjectName(boxNames[i]);
        chart()->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_boxes[i] = area;
    }
    m_whiskers = {addLineSeries(QStringLiteral("lowerWhisker")),
                  addLineSeries(QStringLiteral("upperWhisker"))};
    m_median = addLineSeries(QStringLiteral("median"));
    m_median->setName(tr("median (p50)"));
    m_offerLine = addLineSeries(QStringLiteral("offer"));
    m_offerLine->setName(tr("offer"));
    m_askLine = addLineSeries(QStringLiteral("ask"));
    m_askLine->setName(tr("ask"));
    applyTheme();
    redraw();
}

QLineSeries* MarketBandChart::addLineSeries(const QString& objectName)
{
    auto* series = new QLineSeries(this);
    series->setObjectName(objectName);
    chart()->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
    return series;
}

void MarketBandChart::setBand(const Band& band)
{
    showBand(band, m_offer, m_ask);
}

void MarketBandChart::showBand(const Band& band, const std::optional<Money>& base,
                               const std::optional<Money>& ask)
{
    m_band = band;
    m_data = ChartSeriesBuilder::bandChart(band);
    m_offer = base;
    m_ask = ask;
    setCaption(ChartSeriesBuilder::bandSourceCaption(band));
    redraw();
}

void MarketBandChart::clearBand()
{
    m_band.reset();
    m_data = {};
    setCaption(QString());
    redraw();
}

void MarketBandChart::setOffer(const std::optional<Money>& base)
{
    m_offer = base;
    redraw();
}

void MarketBandChart::setAsk(const std::optional<Money>& ask)
{
    m_ask = ask;
    redraw();
}

void MarketBandChart::setAmountsLabel(const QString& label)
{
    m_axisX->setTitleText(label.isEmpty() ? tr("Annual base pay") : label);
}

QStringList MarketBandChart::labelTexts() const
{
    return m_labels->texts();
}

QStringList MarketBandChart::markerLabels() const
{
    return m_markerLabels;
}

void MarketBandChart::updateAxisRange()
{
    double low = m_data.lowest;
    double high = m_data.highest;
    for (const auto& amount : {m_offer, m_ask}) {
        if (amount && !amount->isZero()) {
            low = std::min(low, amount->toMajorDouble());
            high = std::max(high, amount->toMajorDouble());
        }
    }
    const double span = std::max(high - low, 1.0);
    // Room for the labels at the ends and for the open arrow beyond a top-code.
    low = std::max(0.0, low - span * 0.06);
    high += span * (m_data.topCode ? 0.16 : 0.06);
    m_axisX->setMoneyRange(low, high, m_band ? m_band->currency : Money::defaultCurrency(), 6);
}

void MarketBandChart::redraw()
{
    m_labels->clear();
    m_markerLabels.clear();
    for (QAreaSeries* box : m_boxes) {
        box->upperSeries()->clear();
        box->lowerSeries()->clear();
        box->setProperty("estimated", false);
    }
    for (QLineSeries* series : {m_whiskers[0], m_whiskers[1], m_median, m_offerLine, m_askLine})
        series->clear();
    chart()->setTitle(
        m_band ? tr("%1 · %2 · %3")
                     .arg(m_band->roleTitle, CareerLevels::displayName(m_band->level), m_band->areaName)
               : tr("No market band for this role and place"));
    if (!m_band || m_data.isEmpty()) {
        styleSeries();
        return;
    }
    updateAxisRange();
    const double arrowLength = (m_axisX->max() - m_axisX->min()) * 0.05;

    for (const BandSegment& segment : std::as_const(m_data.segments)) {
        if (isBox(segment.part)) {
            QAreaSeries* box = m_boxes[segment.part == BandSegment::Part::LowerBox ? 0 : 1];
            box->upperSeries()->replace(
                {{segment.from, BandCentre + BoxHalfHeight}, {segment.to, BandCentre + BoxHalfHeight}});
            box->lowerSeries()->replace(
                {{segment.from, BandCentre - BoxHalfHeight}, {segment.to, BandCentre - BoxHalfHeight}});
            box->setProperty("estimated", segment.estimated);
            continue;
        }
        const bool lower = segment.part == BandSegment::Part::LowerWhisker;
        QLineSeries* whisker = m_whiskers[lower ? 0 : 1];
        whisker->setProperty("estimated", segment.estimated);
        const double outer = lower ? segment.from : segment.to;
        const double inner = lower ? segment.to : segment.from;
        QList<QPointF> points{{inner, BandCentre}, {outer, BandCentre}};
        if (!segment.openEnded)
            points.append({{outer, BandCentre + CapHalfHeight}, {outer, BandCentre - CapHalfHeight}});
        whisker->replace(points);
    }
    if (m_data.topCode) {
        // An open-ended arrow: the true value lies somewhere beyond the top-code.
        const double start = *m_data.topCode;
        const double tip = start + arrowLength;
        m_whiskers[1]->append(QList<QPointF>{{start, BandCentre},
                                             {tip, BandCentre},
                                             {tip - arrowLength * 0.35, BandCentre + CapHalfHeight},
                                             {tip, BandCentre},
                                             {tip - arrowLength * 0.35, BandCentre - CapHalfHeight}});
        // In the row of the percentile labels, where the top-coded percentile has no exact label.
        m_labels->addText(m_data.topCodeLabel, {start, BandCentre - MedianHalfHeight}, m_whiskers[1],
                          ChartTextOverlay::Anchor::Below, true);
    }
    if (m_data.median)
        m_median->replace({{*m_data.median, BandCentre - MedianHalfHeight},
                           {*m_data.median, BandCentre + MedianHalfHeight}});

    for (Percentile percentile : Percentiles::all()) {
        const BandValue& value = m_band->value(percentile);
        if (!value.isExact())
            continue;
        const double x = value.amount.toMajorDouble();
        m_labels->addText(Percentiles::id(percentile) + u'\n' +
                              ChartScale::moneyTickLabel(x, m_band->currency),
                          {x, BandCentre - MedianHalfHeight}, m_median, ChartTextOverlay::Anchor::Below);
    }

    const auto addMarker = [this](QLineSeries* line, const BandMarker& marker, double x, double top) {
        line->replace({{x, MarkerBottom}, {x, top}});
        m_markerLabels.append(marker.label);
        m_labels->addText(marker.label, {x, top}, line, ChartTextOverlay::Anchor::Above, true);
    };
    std::optional<double> offerX;
    if (m_offer && !m_offer->isZero()) {
        const BandMarker offer = ChartSeriesBuilder::bandMarker(tr("Offer"), *m_offer, *m_band);
        offerX = offer.position;
        addMarker(m_offerLine, offer, offer.position, OfferTop);
    }
    if (m_ask && !m_ask->isZero()) {
        // An ask at (or next to) the offer would hide the offer's line under its own: it keeps a few pixels'
        // distance, and an ask equal to the offer says so.
        const bool sameAsOffer = m_offer && *m_ask == *m_offer;
        const BandMarker ask = ChartSeriesBuilder::bandMarker(
            sameAsOffer ? tr("Ask (same as the offer)") : tr("Ask"), *m_ask, *m_band);
        const double plotWidth = std::max(chart()->plotArea().width(), 200.0);
        const double gap = MarkerGapPixels * (m_axisX->max() - m_axisX->min()) / plotWidth;
        double x = ask.position;
        if (offerX && std::abs(x - *offerX) < gap)
            x = x >= *offerX ? *offerX + gap : *offerX - gap;
        addMarker(m_askLine, ask, x, AskTop);
    }
    styleSeries();
}

void MarketBandChart::styleSeries()
{
    const QColor base = seriesColor(SeriesColor::Base);
    QColor estimatedColor = base;
    estimatedColor.setAlpha(150);
    QColor solidFill = base;
    solidFill.setAlpha(170);

    bool shownPublished = false;
    bool shownEstimated = false;
    for (QAreaSeries* box : m_boxes) {
        const bool estimated = box->property("estimated").toBool();
        const bool empty = box->upperSeries()->count() == 0;
        box->setName(estimated ? tr("estimated (modelled)") : tr("published"));
        box->setBrush(estimated ? QBrush(estimatedColor, Qt::BDiagPattern) : QBrush(solidFill));
        QPen border(base, 1.5, estimated ? Qt::DashLine : Qt::SolidLine);
        box->setPen(border);
        bool& shown = estimated ? shownEstimated : shownPublished;
        for (QLegendMarker* marker : chart()->legend()->markers(box))
            marker->setVisible(!empty && !shown);
        shown = shown || !empty;
    }
    for (QLineSeries* whisker : m_whiskers) {
        const bool estimated = whisker->property("estimated").toBool();
        whisker->setPen(QPen(estimated ? estimatedColor : base, 2, estimated ? Qt::DashLine : Qt::SolidLine,
                             Qt::FlatCap, Qt::MiterJoin));
        for (QLegendMarker* marker : chart()->legend()->markers(whisker))
            marker->setVisible(false);
    }
    m_median->setPen(
        QPen(seriesColor(SeriesColor::Median), 3, m_data.medianEstimated ? Qt::DashLine : Qt::SolidLine));
    m_offerLine->setPen(QPen(seriesColor(SeriesColor::Offer), 2.5));
    m_askLine->setPen(QPen(seriesColor(SeriesColor::Ask), 2.5, Qt::DashLine));
    for (QLineSeries* series : {m_median, m_offerLine, m_askLine}) {
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(series->count() > 0);
    }
    m_labels->setColor(textColor());
}

} // namespace Anchorline
