#pragma once

#include "Band.h"
#include "Offer.h"
#include "PriceParityTable.h"
#include "RealTermsCalculator.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Anchorline {

class LocationSearch;
class MarketBandChart;
class MarketStore;

// The "Cost of living" tab: the offer in real terms (its years and 4-year total at 2023 US-average prices,
// with the BEA parity used, its age and any state fallback), the switch that shows the market band in real
// terms, and "Compare in another place": what it takes in place B to match this offer.
class RealTermsView : public QWidget
{
    Q_OBJECT

public:
    // Both must outlive the view.
    RealTermsView(const MarketStore& store, const LocationSearch& search, QWidget* parent = nullptr);

    // The offer must be valid (Offer::validate() empty).
    void setOffer(const Offer& offer);
    // Place B of "Compare in another place", as the user would type it ("Austin", "12420", "TX").
    void setComparisonPlace(const QString& text);
    void focusComparisonPlace();

    // The offer's place and its parity; nullopt with offerPlaceError() saying why.
    const std::optional<PlaceParity>& offerPlace() const { return m_offerPlace; }
    QString offerPlaceError() const { return m_offerPlaceError; }
    const std::optional<OfferRealTerms>& realTerms() const { return m_realTerms; }
    // The parity look-up the view uses, e.g. for OfferComparisonModel::realTermsFrom().
    const PriceParityTable& priceParities() const { return m_table; }
    const LocationSearch& locationSearch() const { return m_search; }

    bool bandInRealTerms() const;
    void setBandInRealTerms(bool on);
    // Shows band, offer and ask on the chart at US-average prices, labelled so (when the offer's place has a
    // parity); otherwise as they are.
    void showBand(MarketBandChart& chart, const Band& band, const Money& offer,
                  const std::optional<Money>& ask) const;
    // Shows band, offer and ask as they are.
    static void showPublishedBand(MarketBandChart& chart, const Band& band, const Money& offer,
                                  const std::optional<Money>& ask);
    // For the year-by-year chart's caption: "In 2023 US-average prices: 4-year total $1,235,082 (BEA RPP …)".
    QString yearChartNote() const;

    // What the labels say, for tests.
    QString summaryText() const;
    QString sourceText() const;
    QString comparisonText() const;
    QString comparisonNote() const;

signals:
    void bandInRealTermsChanged(bool on);
    void dataSourcesRequested();

private:
    void buildUi();
    void showOffer();
    void updateComparison();
    QString placeLabel(const PlaceParity& place) const;

    const LocationSearch& m_search;
    PriceParityTable m_table;
    Offer m_offer;
    bool m_hasOffer = false;
    std::optional<PlaceParity> m_offerPlace;
    QString m_offerPlaceError;
    std::optional<OfferRealTerms> m_realTerms;
    // The last place look-ups and what they were for (location, location code; the typed place B).
    QStringList m_offerLookupKey;
    PriceParityTable::Lookup m_offerLookup;
    QString m_comparisonLookupKey;
    PriceParityTable::Lookup m_comparisonLookup;

    QLabel* m_summary;
    std::array<QLabel*, 5> m_nominalCells{}; // years 1 … 4, 4-year total
    std::array<QLabel*, 5> m_realCells{};
    QLabel* m_source;
    QCheckBox* m_bandSwitch;
    QLineEdit* m_placeEdit;
    QLabel* m_comparison;
    QLabel* m_comparisonNote;
};

} // namespace Anchorline
