#pragma once

#include "Band.h"
#include "LevelProgression.h"
#include "LocationSearch.h"
#include "NegotiationEngine.h"
#include "NegotiationInput.h"
#include "NegotiationPlan.h"
#include "OfferComparisonModel.h"
#include "RoleSearch.h"
#include "WalkAwayCost.h"
#include "YearCompensation.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// The desktop app's working state: the current inputs and everything computed from them. Setting an input
// recomputes at once (the band for the role, level and place, the year-by-year table, the walk-away costs,
// the strategies and the negotiation plan) and emits recomputed(). GUI-free, so tests and benchmarks drive it
// directly; the widgets only show its results. Bands are looked up as the CLI does (BandResolver): the user's
// imported datasets first, where one covers the role, level and place, then the built-in data.
class OfferWorkspace : public QObject
{
    Q_OBJECT

public:
    // The walk-away chart covers leaving after month 0 … 48.
    static constexpr int WalkAwayMonths = 48;

    explicit OfferWorkspace(const MarketStore& store, QObject* parent = nullptr);
    // With the user's imported datasets (null: built-in data only). Nothing is read before the first band
    // look-up, and then only the datasets' indexes and the datasets that cover it.
    OfferWorkspace(const MarketStore& store, std::shared_ptr<const DatasetLibrary> datasets,
                   QObject* parent = nullptr);
    ~OfferWorkspace() override;

    const MarketStore& store() const { return m_store; }
    const DatasetLibrary* datasetLibrary() const { return m_datasets.get(); }
    // The same library, for another view of the same session (the printed brief) to look bands up alike.
    const std::shared_ptr<const DatasetLibrary>& sharedDatasetLibrary() const { return m_datasets; }
    const RoleSearch& roleSearch() const { return m_roleSearch; }
    const LocationSearch& locationSearch() const { return m_locationSearch; }

    const NegotiationInput& input() const { return m_input; }
    // Replaces every input; the offer must be valid (Offer::validate() empty). The same inputs again change
    // nothing and emit nothing.
    void setInput(const NegotiationInput& input);
    void setTargetPercentile(int percentile);
    void setStrategyId(const QString& strategyId);
    void setTone(EmailTone tone);
    void setLanguage(const QString& language);
    // The email as the user edited it, checked for wording; empty when not edited.
    void setEditedEmailText(const QString& text);

    // The occupation and area the offer's role and location were matched to (nullopt: nothing matched).
    const std::optional<RoleMatch>& matchedRole() const { return m_role; }
    const std::optional<LocationMatch>& matchedLocation() const { return m_location; }
    // The band of the offer's role, level and place; nullopt with bandError() saying why.
    const std::optional<Band>& band() const { return m_input.band; }
    QString bandError() const { return m_bandError; }
    // Where band() comes from and how old it is, for the status bar: "Data: DOL OFLC, July 2025 – June 2026
    // (survey of 2024, 2 years old)" or, from an imported dataset, "Data: your dataset \"Acme 2025\": Acme
    // Comp Survey 2025, 2025-04-01 (1 year old)"; "No market band" without one.
    QString bandSourceText() const;
    // Medians by level at the offer's place: the built-in level bands and, beside them, the levels an
    // imported dataset covers (LevelProgression::forOccupation).
    const LevelProgression& levelProgression() const { return m_progression; }
    // The band for any offer's role, level and place, matched as the input's is (typed text takes the best
    // match, no local figures fall back to the national band): for comparing several offers. Nullopt when
    // the role matches no occupation.
    std::optional<Band> bandFor(const Offer& offer) const;
    // Where each compared offer's base sits in its band (bandFor), with bandSourceLine().
    OfferComparisonModel::PlacementProvider placementProvider() const;
    // A band's source, period, place, level and age, for the comparison and the printed brief:
    // "DOL OFLC (July 2025 – June 2026, BLS OEWS May 2024 survey), Seattle-Tacoma-Bellevue, WA, Senior (2
    // years old)" or "Acme Comp Survey 2025 (2025-04-01, your dataset \"Acme 2025\"), …, Mid-level (1 year
    // old)".
    QString bandSourceLine(const Band& band) const;

    const QList<YearCompensation>& years() const { return m_years; }
    Money totalFourYears() const { return m_totalFourYears; }
    // Leaving after month 0 … WalkAwayMonths.
    const QList<WalkAwayCost>& walkAwayCosts() const { return m_walkAway; }

    const QList<StrategyRecommendation>& recommendations() const { return m_recommendations; }
    const std::optional<NegotiationPlan>& plan() const { return m_plan; }
    // Why there is no plan (a broken template names its file and position).
    QString planError() const { return m_planError; }

signals:
    void recomputed();

private:
    // What an offer's role and place matched and the band found for them.
    struct MarketMatch
    {
        std::optional<RoleMatch> role;
        std::optional<LocationMatch> location;
        std::optional<Band> band;
        QString error;
    };
    MarketMatch matchMarket(const Offer& offer) const;
    std::optional<Band> lookUpBand(const QString& soc, const QString& areaCode, CareerLevel level,
                                   QString* error = nullptr) const;
    void resolveMarket();
    void computePay();
    void computePlan();

    const MarketStore& m_store;
    std::shared_ptr<const DatasetLibrary> m_datasets;
    RoleSearch m_roleSearch;
    LocationSearch m_locationSearch;
    NegotiationEngine m_engine;
    NegotiationInput m_input;
    bool m_computed = false; // m_input's results are there

    // What the band was built from, so that a change elsewhere does not rebuild it.
    QString m_resolvedRoleText;
    QString m_resolvedLocationText;
    std::optional<CareerLevel> m_resolvedLevel;
    std::optional<RoleMatch> m_role;
    std::optional<LocationMatch> m_location;
    QString m_bandError;
    LevelProgression m_progression;

    QList<YearCompensation> m_years;
    Money m_totalFourYears;
    QList<WalkAwayCost> m_walkAway;
    QList<StrategyRecommendation> m_recommendations;
    std::optional<NegotiationPlan> m_plan;
    QString m_planError;
};

} // namespace Anchorline
