#include "OfferWorkspace.h"

#include "BandModel.h"
#include "CompensationCalculator.h"
#include "MarketStore.h"

namespace Anchorline {

OfferWorkspace::OfferWorkspace(const MarketStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_roleSearch(store)
    , m_locationSearch(store)
{}

OfferWorkspace::~OfferWorkspace() = default;

void OfferWorkspace::setInput(const NegotiationInput& input)
{
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
    m_input.band.reset();
    m_input.nextLevelBand.reset();
    m_bandError.clear();

    // A picked suggestion carries its code; typed text takes the best match, which the window shows by name.
    m_role.reset();
    if (!offer.roleSoc.isEmpty())
        m_role = m_roleSearch.exactMatch(offer.roleSoc);
    if (!m_role && !offer.role.trimmed().isEmpty()) {
        const auto matches = m_roleSearch.search(offer.role, 1);
        if (!matches.isEmpty())
            m_role = matches.front();
    }
    m_location.reset();
    if (!offer.locationCode.isEmpty())
        m_location = m_locationSearch.exactMatch(offer.locationCode);
    if (!m_location) {
        if (offer.location.trimmed().isEmpty()) {
            m_location = LocationSearch::national();
        } else {
            const auto matches = m_locationSearch.search(offer.location, 1);
            if (!matches.isEmpty())
                m_location = matches.front();
        }
    }
    if (!m_role) {
        m_bandError =
            tr("No occupation matches the role \"%1\"; pick one of the suggestions.").arg(offer.role);
        m_progression = {};
        return;
    }
    if (!m_location) {
        m_bandError =
            tr("No wage area matches the location \"%1\"; pick one of the suggestions.").arg(offer.location);
        m_location = LocationSearch::national();
    }

    QString error;
    m_input.band = BandModel::band(m_store, m_role->soc, m_location->code, offer.level, &error);
    if (!m_input.band && m_location->code != LocationSearch::NationalCode) {
        // No local figures for this occupation: the national band, said out loud.
        m_bandError = tr("No local data for %1 in %2 (%3); showing the national band.")
                          .arg(m_role->title, m_location->name, error);
        m_location = LocationSearch::national();
        m_input.band = BandModel::band(m_store, m_role->soc, m_location->code, offer.level, &error);
    }
    if (!m_input.band)
        m_bandError = error;

    const auto levels = CareerLevels::all();
    const auto levelIndex = levels.indexOf(offer.level);
    if (m_input.band && levelIndex >= 0 && levelIndex + 1 < levels.size())
        m_input.nextLevelBand =
            BandModel::band(m_store, m_role->soc, m_location->code, levels.at(levelIndex + 1));
    m_progression = LevelProgression::forOccupation(m_store, m_role->soc, m_location->code);
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
