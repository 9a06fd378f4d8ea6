#include "OfferWorkspace.h"

#include "BandResolver.h"
#include "CompensationCalculator.h"
#include "MarketStore.h"

namespace Anchorline {

OfferWorkspace::OfferWorkspace(const MarketStore& store, QObject* parent)
    : OfferWorkspace(store, nullptr, parent)
{}

OfferWorkspace::OfferWorkspace(const MarketStore& store, std::shared_ptr<const DatasetLibrary> datasets,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_datasets(std::move(datasets))
    , m_roleSearch(store)
    , m_locationSearch(store)
{}

OfferWorkspace::~OfferWorkspace() = default;

void OfferWorkspace::setInput(const NegotiationInput& input)
{
    // The form announces a loaded session's offer once more when it settles: at start-up that recomputed the
    // same results (12 M instructions before the first frame).
    if (m_computed && input == m_input)
        return;
    m_computed = true;
    const auto band = m_input.band;
    const auto nextLevelBand = m_input.nextLevelBand;
    m_input = input;
    // The band depends only on role, level and place; keep it unless they changed.
    m_input.band = band;
    m_input.nextLevelBand = nextLevelBand;
    resolveMarket();
    computePay();
    computePlan();
    emit recomputed();
}

void OfferWorkspace::setTargetPercentile(int percentile)
{
    m_input.targetPercentile = percentile;
    computePlan();
    emit recomputed();
}

void OfferWorkspace::setStrategyId(const QString& strategyId)
{
    m_input.strategyId = strategyId;
    computePlan();
    emit recomputed();
}

void OfferWorkspace::setTone(EmailTone tone)
{
    m_input.tone = tone;
    computePlan();
    emit recomputed();
}

void OfferWorkspace::setLanguage(const QString& language)
{
    m_input.language = language;
    computePlan();
    emit recomputed();
}

void OfferWorkspace::setEditedEmailText(const QString& text)
{
    if (m_input.editedEmailText == text)
        return;
    m_input.editedEmailText = text;
    computePlan();
    emit recomputed();
}

void OfferWorkspace::resolveMarket()
{
    const Offer& offer = m_input.offer;
    const QString roleText = offer.roleSoc.isEmpty() ? offer.role : offer.roleSoc;
    const QString locationText = offer.locationCode.isEmpty() ? offer.location : offer.locationCode;
    if (roleText == m_resolvedRoleText && locationText == m_resolvedLocationText &&
        m_resolvedLevel == offer.level)
        return;
    m_resolvedRoleText = roleText;
    m_resolvedLocationText = locationText;
    m_resolvedLevel = offer.level;
    m_input.nextLevelBand.reset();

    auto match = matchMarket(offer);
    m_role = std::move(match.role);
    m_location = std::move(match.location);
    m_input.band = std::move(match.band);
    m_bandError = match.error;
    if (!m_role) {
        m_progression = {};
        return;
    }

    const auto levels = CareerLevels::all();
    const auto levelIndex = levels.indexOf(offer.level);
    if (m_input.band && levelIndex >= 0 && levelIndex + 1 < levels.size())
        m_input.nextLevelBand = lookUpBand(m_role->soc, m_location->code, levels.at(levelIndex + 1));
    m_progression = LevelProgression::forOccupation(m_store, m_role->soc, m_location->code, m_datasets.get(),
                                                    m_input.today);
}

OfferWorkspace::MarketMatch OfferWorkspace::matchMarket(const Offer& offer) const
{
    MarketMatch match;
    // A picked suggestion carries its code; typed text takes the best match, which the window shows by name.
    if (!offer.roleSoc.isEmpty())
        match.role = m_roleSearch.exactMatch(offer.roleSoc);
    if (!match.role && !offer.role.trimmed().isEmpty()) {
        const auto matches = m_roleSearch.search(offer.role, 1);
        if (!matches.isEmpty())
            match.role = matches.front();
    }
    // Codes resolve without the location index, which the window would otherwise build at start-up.
    if (offer.locationCode == LocationSearch::NationalCode)
        match.location = LocationSearch::national();
    else if (!offer.locationCode.isEmpty())
        match.location = m_locationSearch.exactMatch(offer.locationCode);
    if (!match.location) {
        if (offer.location.trimmed().isEmpty()) {
            match.location = LocationSearch::national();
        } else if (auto named = m_locationSearch.placeNamed(offer.location)) {
            // A session written without codes names its place in full ("Seattle, WA"): the index can wait.
            match.location = std::move(named);
        } else {
            const auto matches = m_locationSearch.search(offer.location, 1);
            if (!matches.isEmpty())
                match.location = matches.front();
        }
    }
    if (!match.role) {
        match.error =
            tr("No occupation matches the role \"%1\"; pick one of the suggestions.").arg(offer.role);
        return match;
    }
    if (!match.location) {
        match.error =
            tr("No wage area matches the location \"%1\"; pick one of the suggestions.").arg(offer.location);
        match.location = LocationSearch::national();
    }

    QString error;
    match.band = lookUpBand(match.role->soc, match.location->code, offer.level, &error);
    if (!match.band && match.location->code != LocationSearch::NationalCode) {
        // No local figures for this occupation: the national band, said out loud.
        match.error = tr("No local data for %1 in %2 (%3); showing the national band.")
                          .arg(match.role->title, match.location->name, error);
        match.location = LocationSearch::national();
        match.band = lookUpBand(match.role->soc, match.location->code, offer.level, &error);
    }
    if (!match.band)
        match.error = error;
    return match;
}

std::optional<Band> OfferWorkspace::lookUpBand(const QString& soc, const QString& areaCode, CareerLevel level,
                                               QString* error) const
{
    auto resolved = BandResolver::resolveBand(m_store, m_datasets.get(), soc, areaCode, level, error);
    return resolved ? std::optional(std::move(resolved->band)) : std::nullopt;
}

QString OfferWorkspace::bandSourceText() const
{
    const auto& band = m_input.band;
    return band ? tr("Data: %1").arg(band->sourceText(m_input.today)) : tr("No market band");
}

std::optional<Band> OfferWorkspace::bandFor(const Offer& offer) const
{
    return matchMarket(offer).band;
}

QString OfferWorkspace::bandSourceLine(const Band& band) const
{
    // OFLC levels come from the OEWS survey of dataYear: name both, so the figures' age is visible.
    const QString dataset =
        !band.datasetName.isEmpty()
            ? tr("%1 (%2, your dataset \"%3\")").arg(band.sourceShortName, band.dataPeriod, band.datasetName)
        : band.sourceShortName.contains(u"OEWS") ? tr("%1 (%2)").arg(band.sourceShortName, band.dataPeriod)
                                                 : tr("%1 (%2, BLS OEWS May %3 survey)")
                                                       .arg(band.sourceShortName, band.dataPeriod)
                                                       .arg(band.dataYear);
    return tr("%1, %2, %3 (%4)")
        .arg(dataset, band.areaName, CareerLevels::displayName(band.level), band.ageText(m_input.today));
}

OfferComparisonModel::PlacementProvider OfferWorkspace::placementProvider() const
{
    return [this](const Offer& offer) -> std::optional<OfferComparisonModel::MarketPlacement> {
        const auto band = bandFor(offer);
        if (!band)
            return std::nullopt;
        return OfferComparisonModel::MarketPlacement{band->positionOf(offer.base), bandSourceLine(*band)};
    };
}

void OfferWorkspace::computePay()
{
    const CompensationCalculator calculator(m_input.offer);
    m_years = calculator.years();
    m_totalFourYears = calculator.totalFourYears();
    m_walkAway.clear();
    for (int month = 0; month <= WalkAwayMonths; ++month)
        m_walkAway.append(calculator.walkAwayCost(month));
}

void OfferWorkspace::computePlan()
{
    m_recommendations = m_engine.recommend(m_input);
    auto prepared = m_engine.prepare(m_input);
    m_plan = std::move(prepared.plan);
    m_planError = prepared.message;
}

} // namespace Anchorline
