#pragma once

#include "Band.h"
#include "ChartPanel.h"
#include "ChartSeriesBuilder.h"
#include "Money.h"

#include <QStringList>

#include <optional>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace Anchorline {

class ChartTextOverlay;
class MoneyAxis;

// The market band for a role, level and place as a horizontal box plot: the p25–p75 box split at the median,
// p10/p90 whiskers, the median line. Published parts are solid; estimated (modelled) parts are lighter,
// hatched and dashed; a top-coded percentile ends in an open arrow labelled "≥ $239,200". The offer's base
// and the ask are vertical markers labelled with their percentile.
class MarketBandChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit MarketBandChart(QWidget* parent = nullptr);

    void setBand(const Band& band);
    void clearBand();
    void setOffer(const std::optional<Money>& base);
    void setAsk(const std::optional<Money>& ask);
    // All three at once, drawn once (each setter redraws the whole chart).
    void showBand(const Band& band, const std::optional<Money>& base, const std::optional<Money>& ask);
    // The x-axis title, e.g. "Annual base pay in 2023 US-average prices"; empty restores "Annual base pay".
    void setAmountsLabel(const QString& label);

    // What is drawn, for tests and the window's status line.
    const BandChartData& bandData() const { return m_data; }
    QStringList labelTexts() const;   // marker labels, percentile names and the top-code label
    QStringList markerLabels() const; // "Offer $185,000 — 48th percentile", "Ask …"

protected:
    void styleSeries() override;

private:
    void redraw();
    void updateAxisRange();
    QLineSeries* addLineSeries(const QString& objectName);

    std::optional<Band> m_band;
    std::optional<Money> m_offer;
    std::optional<Money> m_ask;
    BandChartData m_data;
    QStringList m_markerLabels;

    MoneyAxis* m_axisX;
    QValueAxis* m_axisY;
    std::array<QAreaSeries*, 2> m_boxes{};    // p25–p50, p50–p75
    std::array<QLineSeries*, 2> m_whiskers{}; // p10–p25, p75–p90
    QLineSeries* m_median;
    QLineSeries* m_offerLine;
    QLineSeries* m_askLine;
    ChartTextOverlay* m_labels;
};

} // namespace Anchorline
