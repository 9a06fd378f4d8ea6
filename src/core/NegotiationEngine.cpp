#include "NegotiationEngine.h"

#include "AskCalculator.h"
#include "EmailComposer.h"
#include "GuardRailChecker.h"
#include "StrategyCatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline", text);
}

// An offer at or below this percentile leaves clear room for a market-anchored counter (research, S1).
constexpr double RoomForCounterPercentile = 60;

// What the recommendation rules look at, computed once per input.
struct Situation
{
    std::optional<BandPosition> basePosition;
    std::optional<Money> targetGap; // rounded target base − offered base, when positive
    bool competingHigher = false;
    bool competingLower = false;
    bool forfeits = false;
    bool hasNextLevel = false;
    QLocale locale;
    QString money(const Money& amount) const { return amount.toString(locale); }
};

Situation situationOf(const NegotiationInput& input)
{
    Situation situation;
    situation.locale = QLocale(input.language);
    if (input.band) {
        situation.basePosition = input.band->positionOf(input.offer.base);
        if (const auto target = AskCalculator::bandValueAt(*input.band, input.targetPercentile)) {
            const Money rounded =
                target->amount.roundedToMajorStep(AskCalculator::roundingStepFor(target->amount));
            if (rounded > input.offer.base)
                situation.targetGap = rounded - input.offer.base;
        }
    }
    if (input.competingOffer) {
        const Money competing = AskCalculator::averageYearlyTotal(*input.competingOffer);
        const Money offered = AskCalculator::averageYearlyTotal(input.offer);
        situation.competingHigher = competing > offered;
        situation.competingLower = !situation.competingHigher;
    }
    situation.forfeits = input.forfeitedCompensation.minorUnits() > 0;
    const auto levels = CareerLevels::all();
    const auto index = levels.indexOf(input.offer.level);
    situation.hasNextLevel = index >= 0 && index + 1 < levels.size();
    return situation;
}

// The recommendation rules, one function per strategy; each fills score, applicable and why.
void rateMarketAnchor(StrategyRecommendation& rating, const NegotiationInput& input,
                      const Situation& situation, int bonus)
{
    if (!situation.basePosition) {
        rating.why.push_back(tr("Needs a market band for the role, level and location."));
        return;
    }
    const QString position = situation.basePosition->text;
    if (!situation.targetGap) {
        rating.why.push_back(tr("The offer's base (market band: %1) already reaches the target p%2.")
                                 .arg(position)
                                 .arg(input.targetPercentile));
        return;
    }
    rating.applicable = true;
    if (situation.basePosition->percentile <= RoomForCounterPercentile) {
        rating.score = 80 + bonus;
        rating.why.push_back(
            tr("The offer's base sits in the market band at: %1. At or below p60 there is room to "
               "counter at p%2.")
                .arg(position)
                .arg(input.targetPercentile));
    } else {
        rating.score = 55 + bonus;
        rating.why.push_back(tr("The offer's base sits in the market band at: %1, below the target p%2.")
                                 .arg(position)
                                 .arg(input.targetPercentile));
    }
    if (input.baseCapped) {
        rating.score -= 40;
        rating.why.push_back(
            tr("The employer says base is capped, so a base counter is less likely to move."));
    }
    if (situation.competingHigher) {
        rating.score -= 20;
        rating.why.push_back(tr("A higher competing offer is a stronger reason than market data."));
    }
}

void rateCompetingOffer(StrategyRecommendation& rating, const NegotiationInput& input,
                        const Situation& situation)
{
    if (situation.competingHigher) {
        rating.applicable = true;
        rating.score = 95;
        rating.why.push_back(
            tr("You have a written competing offer from %1 worth more a year on average than this "
               "one.")
                .arg(input.competingOffer->company));
    } else if (situation.competingLower) {
        rating.why.push_back(tr("The competing offer is not higher than this one: don't cite it."));
    } else {
        rating.why.push_back(tr("Needs a real, written competing offer; never invent one."));
    }
}

void rateSignOnBridge(StrategyRecommendation& rating, const NegotiationInput& input,
                      const Situation& situation)
{
    rating.applicable = situation.forfeits || situation.targetGap.has_value();
    if (situation.forfeits) {
        rating.score = 90;
        rating.why.push_back(tr("You forfeit %1 by leaving: a sign-on bonus can make you whole.")
                                 .arg(situation.money(input.forfeitedCompensation)));
    }
    if (input.baseCapped) {
        rating.score = std::max(rating.score, 85);
        rating.why.push_back(
            tr("Base is capped: a one-time sign-on sits outside the band and sets no precedent."));
    }
    if (rating.score == 0 && situation.targetGap) {
        rating.score = 40;
        rating.why.push_back(tr("A sign-on bonus can bridge the first-year gap of %1 to the target.")
                                 .arg(situation.money(*situation.targetGap)));
    }
    if (!rating.applicable)
        rating.why.push_back(tr("Needs forfeited compensation or a gap between the offer and the target."));
}

void rateEquityRefresh(StrategyRecommendation& rating, const NegotiationInput& input,
                       const Situation& situation)
{
    rating.applicable = true;
    switch (input.companyStage) {
    case CompanyStage::Growth:
    case CompanyStage::Public:
        rating.score = situation.targetGap ? 45 : 30;
        rating.why.push_back(tr("At a %1, equity often moves when cash cannot.")
                                 .arg(CompanyStages::displayName(input.companyStage).toLower()));
        break;
    case CompanyStage::Startup:
        rating.score = situation.targetGap ? 40 : 25;
        rating.why.push_back(
            tr("At a startup, ask about the option count and the exercise window; value options "
               "with care."));
        break;
    case CompanyStage::GovernmentNonprofit:
        rating.score = 5;
        rating.why.push_back(tr("Government and non-profit employers rarely grant equity."));
        break;
    }
    if (input.baseCapped) {
        rating.score += 15;
        rating.why.push_back(tr("Base is capped, so the gap can move into equity."));
    }
}

void rateRelevel(StrategyRecommendation& rating, const NegotiationInput& input, const Situation& situation)
{
    if (!situation.hasNextLevel) {
        rating.why.push_back(tr("Needs an offered career level below principal."));
        return;
    }
    rating.applicable = true;
    rating.score = input.nextLevelBand ? 35 : 25;
    rating.why.push_back(
        tr("If your experience maps above %1, the level sets the band: ask to be leveled up.")
            .arg(CareerLevels::displayName(input.offer.level)));
}

void ratePackageMenu(StrategyRecommendation& rating, const NegotiationInput& input,
                     const Situation& situation)
{
    if (!situation.targetGap) {
        rating.why.push_back(tr("Needs a gap between the offered base and the target."));
        return;
    }
    rating.applicable = true;
    rating.score = input.offer.equity.grant.isZero() ? 35 : 50;
    rating.why.push_back(
        tr("Several levers are in play: equal-value packages let the employer choose and show "
           "your flexibility."));
}

void rateNonCash(StrategyRecommendation& rating, const NegotiationInput& input, const Situation& situation)
{
    rating.applicable = true;
    if (input.companyStage == CompanyStage::GovernmentNonprofit) {
        rating.score = 85;
        rating.why.push_back(
            tr("Government and non-profit pay is usually fixed by grade: non-cash terms can move."));
    } else if (situation.basePosition && !situation.targetGap) {
        rating.score = 75;
        rating.why.push_back(tr("The cash ask is already met; non-cash terms are what is left."));
    } else {
        rating.score = 20;
        rating.why.push_back(tr("Start date, remote days, PTO and an early review can be added to any ask."));
    }
}

} // namespace

NegotiationEngine::NegotiationEngine(TemplateLibrary templates)
    : m_templates(std::move(templates))
{}

QList<StrategyRecommendation> NegotiationEngine::recommend(const NegotiationInput& input) const
{
    const Situation situation = situationOf(input);
    QList<StrategyRecommendation> result;
    for (const auto& strategy : StrategyCatalogue::all()) {
        StrategyRecommendation rating{strategy, 0, false, {}};
        const QStringView id = strategy.id;
        if (id == StrategyCatalogue::MarketAnchor)
            rateMarketAnchor(rating, input, situation, 0);
        else if (id == StrategyCatalogue::BolsteringRange)
            rateMarketAnchor(rating, input, situation, -5);
        else if (id == StrategyCatalogue::ReadyToSign)
            rateMarketAnchor(rating, input, situation, input.readyToSign ? 5 : -15);
        else if (id == StrategyCatalogue::CompetingOffer)
            rateCompetingOffer(rating, input, situation);
        else if (id == StrategyCatalogue::SignOnBridge)
            rateSignOnBridge(rating, input, situation);
        else if (id == StrategyCatalogue::EquityRefresh)
            rateEquityRefresh(rating, input, situation);
        else if (id == StrategyCatalogue::Relevel)
            rateRelevel(rating, input, situation);
        else if (id == StrategyCatalogue::PackageMenu)
            ratePackageMenu(rating, input, situation);
        else if (id == StrategyCatalogue::NonCash)
            rateNonCash(rating, input, situation);
        if (!rating.applicable)
            rating.score = 0;
        result.push_back(rating);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    return result;
}

NegotiationEngine::PrepareResult NegotiationEngine::prepare(const NegotiationInput& input) const
{
    PrepareResult result;
    const auto recommendations = recommend(input);
    const StrategyRecommendation* chosen = nullptr;
    for (const auto& recommendation : recommendations) {
        if (input.strategyId.isEmpty() ? recommendation.applicable
                                       : recommendation.strategy.id == input.strategyId) {
            chosen = &recommendation;
            break;
        }
    }
    if (!chosen) {
        result.error = PrepareResult::Error::UnknownStrategy;
        result.message = QCoreApplication::translate("Anchorline::NegotiationEngine",
                                                     "unknown strategy \"%1\"; known strategies: %2")
                             .arg(input.strategyId, StrategyCatalogue::ids().join(u", "_s));
        return result;
    }
    if (!m_templates.hasLanguage(input.language)) {
        result.error = PrepareResult::Error::UnknownLanguage;
        result.message = QCoreApplication::translate("Anchorline::NegotiationEngine",
                                                     "no templates for language \"%1\"; available: %2")
                             .arg(input.language, m_templates.languages().join(u", "_s));
        return result;
    }

    NegotiationInput resolved = input;
    resolved.strategyId = chosen->strategy.id;
    NegotiationPlan plan;
    plan.strategy = chosen->strategy;
    plan.strategyWhy = chosen->why;
    plan.ask = AskCalculator::compute(resolved, plan.strategy);

    const auto composed = EmailComposer(m_templates).compose(resolved, plan.strategy, plan.ask);
    if (!composed.ok()) {
        result.error = PrepareResult::Error::BrokenTemplate;
        result.message = composed.error;
        return result;
    }
    plan.email = composed.email;
    plan.phoneScript = composed.phoneScript;
    plan.askForTimeEmail = composed.askForTime;
    plan.warnings = GuardRailChecker::check(resolved, plan.ask, plan.email.body);

    for (const auto* component : plan.ask.components()) {
        for (const auto& reason : component->reasons)
            plan.reasons.push_back(reason.explanation);
    }
    for (const auto& reason : plan.ask.level.reasons)
        plan.reasons.push_back(reason.explanation);
    for (const auto& package : plan.ask.packages)
        plan.reasons.push_back(QCoreApplication::translate("Anchorline::NegotiationEngine", "Package %1: %2")
                                   .arg(package.label, package.explanation));

    if (input.band && !input.band->datasetName.isEmpty()) {
        // A row of the user's own dataset: its source and date, the dataset it came from, and that missing
        // percentiles stay missing (methodNote).
        const Band& band = *input.band;
        plan.sources.push_back(QCoreApplication::translate("Anchorline::NegotiationEngine",
                                                           "%1, %2 (your imported dataset \"%3\")")
                                   .arg(band.sourceName, band.dataPeriod, band.datasetName));
        plan.sources.push_back(band.methodNote);
    } else if (input.band) {
        const Band& band = *input.band;
        // Source names usually carry their period already ("…, July 2025 – June 2026").
        const QString name = band.sourceName.contains(band.dataPeriod)
                                 ? band.sourceName
                                 : band.sourceName + u", "_s + band.dataPeriod;
        plan.sources.push_back(
            QCoreApplication::translate("Anchorline::NegotiationEngine", "%1 (OEWS survey year %2)")
                .arg(name)
                .arg(band.dataYear));
        if (band.hasEstimates())
            plan.sources.push_back(
                QCoreApplication::translate("Anchorline::NegotiationEngine", "Estimated values: %1")
                    .arg(band.methodNote));
    }
    plan.sources += plan.strategy.sources;
    result.plan = std::move(plan);
    return result;
}

} // namespace Anchorline
