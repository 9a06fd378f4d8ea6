#include "AskCalculator.h"

#include "CompensationCalculator.h"
#include "StrategyCatalogue.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::AskBuilder", text);
}

Money roundedAsk(const Money& amount)
{
    return amount.roundedToMajorStep(AskCalculator::roundingStepFor(amount));
}

// Computes one strategy's ask; each rule adds its reason next to the value it sets.
class AskBuilder
{
public:
    AskBuilder(const NegotiationInput& input)
        : m_input(input)
        , m_locale(input.language)
    {
        const Offer& offer = input.offer;
        m_ask.base.offered = m_ask.base.asked = offer.base;
        m_ask.signOn.offered = m_ask.signOn.asked = offer.signOn.total();
        m_ask.equityPerYear.offered = m_ask.equityPerYear.asked = AskCalculator::equityPerYear(offer);
        m_ask.refresh.offered = m_ask.refresh.asked = offer.refresh.yearlyGrant;
        m_ask.level.offered = m_ask.level.asked = offer.level;
        if (input.band)
            m_target = targetFrom(*input.band, input.targetPercentile);
    }

    Ask build(const QString& strategyId)
    {
        if (strategyId == StrategyCatalogue::MarketAnchor || strategyId == StrategyCatalogue::ReadyToSign) {
            askTargetBase();
            addCashLevers();
        } else if (strategyId == StrategyCatalogue::BolsteringRange) {
            askBolsteringRange();
            addCashLevers();
        } else if (strategyId == StrategyCatalogue::CompetingOffer) {
            askCompetingMatch();
        } else if (strategyId == StrategyCatalogue::SignOnBridge) {
            askSignOnBridge();
            m_ask.levers = {u"equity"_s, u"start-date"_s};
        } else if (strategyId == StrategyCatalogue::EquityRefresh) {
            askEquityForGap();
            m_ask.levers = {u"refresh-policy"_s, u"signon"_s};
            m_ask.leversAreTheAsk =
                !m_ask.equityPerYear.isRaised(); // then the written refresh policy is the ask
        } else if (strategyId == StrategyCatalogue::Relevel) {
            askNextLevel();
            m_ask.levers = {u"signon"_s};
        } else if (strategyId == StrategyCatalogue::PackageMenu) {
            askPackages();
        } else if (strategyId == StrategyCatalogue::NonCash) {
            m_ask.levers = {u"start-date"_s, u"remote"_s, u"pto"_s, u"review-6-months"_s};
            m_ask.leversAreTheAsk = true;
        }
        m_ask.winnableClose = strategyId == StrategyCatalogue::ReadyToSign || m_input.readyToSign;
        return m_ask;
    }

private:
    struct Target
    {
        AskCalculator::BandPoint point;
        Money rounded;
        AskReason reason;
    };

    QString money(const Money& amount) const { return amount.toString(m_locale); }

    std::optional<Target> targetFrom(const Band& band, int percentile) const
    {
        const auto point = AskCalculator::bandValueAt(band, percentile);
        if (!point)
            return std::nullopt;
        Target target{*point, roundedAsk(point->amount), {}};
        AskReason& reason = target.reason;
        reason.rule = u"target-percentile"_s;
        reason.percentile = percentile;
        reason.bandValue = point->amount;
        reason.bandValueEstimated = point->estimated;
        reason.bandValueTopCoded = point->topCoded;
        reason.roundingStep = AskCalculator::roundingStepFor(point->amount);
        const QString kind = point->topCoded    ? tr("top-coded: at least this much")
                             : point->estimated ? tr("estimated")
                                                : tr("published");
        reason.explanation =
            tr("p%1 of the %2 band for %3 in %4 is %5 (%6), rounded to a multiple of %7: %8")
                .arg(percentile)
                .arg(band.sourceShortName, band.roleTitle, band.areaName, money(point->amount), kind,
                     money(Money::fromMajor(reason.roundingStep, point->amount.currency())),
                     money(target.rounded));
        return target;
    }

    // T − offered base, rounded; nullopt without a band or when the offer already reaches T.
    std::optional<Money> baseGap() const
    {
        if (!m_target || m_target->rounded <= m_ask.base.offered)
            return std::nullopt;
        return roundedAsk(m_target->rounded - m_ask.base.offered);
    }

    // A reason that moves the base gap into another component; `text` has %1 target, %2 offered base, %3 gap
    // and %4 the target's own reason.
    AskReason gapReason(const QString& rule, const Money& gap, const QString& text) const
    {
        AskReason reason = m_target->reason;
        reason.rule = rule;
        reason.basisValue = gap;
        reason.explanation = text.arg(money(m_target->rounded), money(m_ask.base.offered), money(gap),
                                      m_target->reason.explanation);
        return reason;
    }

    // A target at or below the offer is never asked for (the guard rail "ask-not-above-offer" says so).
    void askTargetBase()
    {
        if (!m_target || m_target->rounded <= m_ask.base.offered)
            return;
        m_ask.base.asked = m_target->rounded;
        m_ask.base.reasons.push_back(m_target->reason);
    }

    void addCashLevers()
    {
        m_ask.levers = {u"signon"_s};
        if (m_input.companyStage != CompanyStage::GovernmentNonprofit)
            m_ask.levers.push_back(u"equity"_s);
        m_ask.levers.push_back(u"start-date"_s);
    }

    void askBolsteringRange()
    {
        askTargetBase();
        if (!m_ask.base.isRaised())
            return;
        const Money top = roundedAsk(
            *m_target->rounded.checkedScaled(10'000 + AskCalculator::BolsteringRangeBasisPoints, 10'000));
        m_ask.base.askedRangeTop = top;
        AskReason reason;
        reason.rule = u"bolstering-range"_s;
        reason.basisPoints = AskCalculator::BolsteringRangeBasisPoints;
        reason.basisValue = m_target->rounded;
        reason.roundingStep = AskCalculator::roundingStepFor(top);
        reason.explanation =
            tr("The range runs from the target %1 to %1 + 5 %, rounded: %2 (it starts at the "
               "target, so it is not a backdown range)")
                .arg(money(m_target->rounded), money(top));
        m_ask.base.reasons.push_back(reason);
    }

    void matchComponent(AskComponent& component, const Money& competing, const QString& company)
    {
        if (competing <= component.offered)
            return;
        component.asked = competing;
        AskReason reason;
        reason.rule = u"competing-match"_s;
        reason.basisValue = competing;
        reason.explanation = tr("%1's written offer has %2").arg(company, money(competing));
        component.reasons.push_back(reason);
    }

    void askCompetingMatch()
    {
        if (!m_input.competingOffer)
            return;
        const Offer& competing = *m_input.competingOffer;
        if (AskCalculator::averageYearlyTotal(competing) <= AskCalculator::averageYearlyTotal(m_input.offer))
            return; // a lower offer is never cited (guard rail "competing-offer-lower")
        matchComponent(m_ask.base, competing.base, competing.company);
        matchComponent(m_ask.signOn, competing.signOn.total(), competing.company);
        matchComponent(m_ask.equityPerYear, AskCalculator::equityPerYear(competing), competing.company);
        matchComponent(m_ask.refresh, competing.refresh.yearlyGrant, competing.company);
    }

    void askSignOnBridge()
    {
        const auto gap = baseGap();
        const Money& forfeited = m_input.forfeitedCompensation;
        AskReason reason;
        Money bridge;
        if (forfeited.minorUnits() > 0 && (!gap || forfeited >= *gap)) {
            bridge = forfeited;
            reason.rule = u"make-whole"_s;
            reason.basisValue = forfeited;
            reason.explanation =
                tr("Sign-on makes up for the %1 you forfeit by leaving").arg(money(forfeited));
        } else if (gap) {
            bridge = *gap;
            reason = gapReason(u"year-one-gap"_s, *gap,
                               tr("Sign-on bridges the first-year gap between the target base %1 and the "
                                  "offered base %2: %3 (%4)"));
        } else {
            return;
        }
        m_ask.signOn.asked = m_ask.signOn.offered + bridge;
        m_ask.signOn.reasons.push_back(reason);
    }

    void askEquityForGap()
    {
        const auto gap = baseGap();
        if (!gap)
            return;
        m_ask.equityPerYear.asked = m_ask.equityPerYear.offered + *gap;
        m_ask.equityPerYear.reasons.push_back(
            gapReason(u"cash-gap-to-equity"_s, *gap,
                      tr("Equity per year carries the gap between the target base %1 and the offered base "
                         "%2: %3 more a year (%4)")));
    }

    void askNextLevel()
    {
        const auto levels = CareerLevels::all();
        const auto index = levels.indexOf(m_input.offer.level);
        if (index < 0 || index + 1 >= levels.size())
            return;
        m_ask.level.asked = levels.at(index + 1);
        AskReason levelReason;
        levelReason.rule = u"next-level"_s;
        levelReason.explanation = tr("One level above the offered %1: %2")
                                      .arg(CareerLevels::displayName(m_input.offer.level),
                                           CareerLevels::displayName(m_ask.level.asked));
        m_ask.level.reasons.push_back(levelReason);
        if (!m_input.nextLevelBand)
            return;
        const auto next = targetFrom(*m_input.nextLevelBand, m_input.targetPercentile);
        if (!next || next->rounded <= m_ask.base.offered)
            return;
        m_ask.base.asked = next->rounded;
        AskReason reason = next->reason;
        reason.rule = u"next-level-band"_s;
        m_ask.base.reasons.push_back(reason);
    }

    void askPackages()
    {
        askTargetBase();
        const auto gap = baseGap();
        if (!gap)
            return;
        const Money half = roundedAsk(*gap.value().checkedScaled(1, 2));
        const Money& base = m_ask.base.offered;
        const Money& signOn = m_ask.signOn.offered;
        const Money& equity = m_ask.equityPerYear.offered;
        const Money reduced = m_target->rounded - half;
        m_ask.packages = {
            {u"A"_s, m_target->rounded, signOn, equity,
             tr("The target base %1").arg(money(m_target->rounded))},
            {u"B"_s, reduced, signOn + half + half, equity,
             tr("%1 less base, %2 more sign-on: equal value over the first two years")
                 .arg(money(half), money(half + half))},
            {u"C"_s, reduced, signOn, equity + half,
             tr("%1 less base, %1 more equity per year: equal value every year").arg(money(half))},
        };
        AskReason reason;
        reason.rule = u"equal-value-package"_s;
        reason.basisValue = half;
        reason.roundingStep = AskCalculator::roundingStepFor(half);
        reason.explanation =
            tr("Packages trade half the gap to the target (%1, rounded) between base, sign-on and "
               "equity; offered base %2")
                .arg(money(half), money(base));
        m_ask.base.reasons.push_back(reason);
    }

    const NegotiationInput& m_input;
    QLocale m_locale;
    std::optional<Target> m_target;
    Ask m_ask;
};

} // namespace

Ask AskCalculator::compute(const NegotiationInput& input, const Strategy& strategy)
{
    return AskBuilder(input).build(strategy.id);
}

std::optional<AskCalculator::BandPoint> AskCalculator::bandValueAt(const Band& band, int percentile)
{
    percentile = std::clamp(percentile, 10, 90);
    const auto all = Percentiles::all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const int rank = Percentiles::rank(all[i]);
        const BandValue& value = band.value(all[i]);
        if (percentile == rank) {
            if (value.kind == BandValue::Kind::Missing)
                return std::nullopt;
            return BandPoint{value.amount, value.kind == BandValue::Kind::Estimated,
                             value.kind == BandValue::Kind::TopCoded};
        }
        if (percentile > rank)
            continue;
        // Between the previous point and this one.
        const BandValue& lower = band.value(all[i - 1]);
        const int lowerRank = Percentiles::rank(all[i - 1]);
        if (lower.kind == BandValue::Kind::Missing || value.kind == BandValue::Kind::Missing)
            return std::nullopt;
        if (lower.kind == BandValue::Kind::TopCoded)
            return BandPoint{lower.amount, true, true};
        const auto step =
            (value.amount - lower.amount).checkedScaled(percentile - lowerRank, rank - lowerRank);
        if (!step)
            return std::nullopt;
        // Interpolation is a model, so the point is an estimate; towards a top-code it is a lower bound.
        return BandPoint{lower.amount + *step, true, value.kind == BandValue::Kind::TopCoded};
    }
    return std::nullopt;
}

Money AskCalculator::equityPerYear(const Offer& offer)
{
    const int years = offer.equity.schedule.years();
    if (years <= 0 || offer.equity.grant.isZero())
        return Money::fromMinor(0, offer.currency);
    return *offer.equity.grant.checkedScaled(1, years);
}

Money AskCalculator::averageYearlyTotal(const Offer& offer)
{
    return CompensationCalculator(offer).averageFourYears();
}

qint64 AskCalculator::roundingStepFor(const Money& amount)
{
    const qint64 limit = SmallAmountLimit * Money::minorPerMajor(amount.currency());
    return amount.minorUnits() < limit ? RoundingStepSmall : RoundingStepLarge;
}

} // namespace Anchorline
