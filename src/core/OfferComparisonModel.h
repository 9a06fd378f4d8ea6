#pragma once

#include "Band.h"
#include "Money.h"
#include "PriceParityTable.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <functional>
#include <optional>

namespace Anchorline {

// Offers side by side: one column per offer, one row per measure (year 1–4 totals, the 4-year total, the
// market percentile of the base, and what leaving at 12 months costs). An offer that does not validate shows
// "—" with its errors as the tooltip.
class OfferComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        Year1Row,
        Year2Row,
        Year3Row,
        Year4Row,
        TotalFourYearsRow,
        MarketPercentileRow,
        WalkAway12Row,
        // The 4-year total at 2023 US-average prices (issue 10); only with setRealTermsProvider().
        RealTotalFourYearsRow,
        RowCount
    };
    enum Role
    {
        // Amount rows: the amount in minor units (qint64); percentile row: the percentile (double). Invalid
        // when
        // there is no value. For charts and sorting.
        ValueRole = Qt::UserRole + 1,
        // The offer's currency code.
        CurrencyRole,
        // Year and 4-year rows: the part of the amount that is an estimate (target bonus, and equity and
        // refreshers valued at grant) in minor units (qint64); the rest is base and sign-on as written.
        EstimatedValueRole,
        // Market percentile row: the source line of the band (MarketPlacement::source); invalid without one.
        SourceRole
    };

    // Where an offer's base sits in its market band, and the source line to show with it.
    struct MarketPlacement
    {
        BandPosition position;
        QString source; // "DOL OFLC 2025–26, San Jose-Sunnyvale-Santa Clara, CA, Senior"
    };
    // Returns nullopt when no band is known for the offer's role, level and place.
    using PlacementProvider = std::function<std::optional<MarketPlacement>(const Offer&)>;

    explicit OfferComparisonModel(QObject* parent = nullptr);

    void setOffers(const QList<Session::OfferEntry>& offers);
    void setPlacementProvider(PlacementProvider provider);

    // An offer's 4-year total at US-average prices and the parity line to show with it, or why there is none.
    struct RealTerms
    {
        std::optional<Money> totalFourYears;
        QString source;      // "BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; 3 years old"
        QString unavailable; // without a total: "the offer has no location", "the offer is in EUR, but …"
    };
    using RealTermsProvider = std::function<RealTerms(const Offer&)>;
    void setRealTermsProvider(RealTermsProvider provider);
    // Real terms by the offer's place (PriceParityTable::forOffer); both must outlive the model.
    static RealTermsProvider realTermsFrom(const PriceParityTable& table, const LocationSearch& search);
    void setLocale(const QLocale& locale);

    // The table as text for reports and the CLI: a header row (empty corner, then the offer labels) and one
    // row per measure with its label first. The market row is left out when no provider is set.
    QList<QStringList> toRows() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What one offer's column shows, computed once per change.
    struct Column
    {
        QList<Money> yearTotals;    // years 1 … 4
        QList<Money> yearEstimated; // the estimated part of each year's total
        Money totalFourYears;
        Money estimatedFourYears;
        Money walkAway12;
        std::optional<MarketPlacement> placement;
        RealTerms realTerms;
        QString errors; // non-empty when the offer does not validate
    };
    void recompute();

    QList<Session::OfferEntry> m_offers;
    QList<Column> m_columns;
    PlacementProvider m_placementProvider;
    RealTermsProvider m_realTermsProvider;
    QLocale m_locale;
};

} // namespace Anchorline
