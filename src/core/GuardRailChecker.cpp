#include "GuardRailChecker.h"

#include "AskCalculator.h"
#include "StrategyCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::GuardRailChecker", text);
}

constexpr int ExtremeOverP90Percent = 110;   // ask > p90 × 1.10
constexpr int ExtremeOverOfferPercent = 125; // ask > offer × 1.25 without a competing offer
constexpr qint64 PrecisionStepMajor = 250;   // asks are rounded to at least $250
constexpr int ShortDeadlineDays = 7;         // under a week counts as an exploding offer

// Messages are in the user's language, so amounts follow the application locale; the C locale (LANG=C, CI)
// would write "187,500$", so American English stands in for it.
QString money(const Money& amount)
{
    const QLocale locale;
    return amount.toString(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                           : locale);
}

GuardRail rail(GuardRail::Severity severity, const QString& code, const QString& message,
               const QString& field)
{
    return {severity, code, message, field};
}

// Every asked amount of an ask that is a number the user will send: raised components, range tops, packages.
QList<std::pair<QString, Money>> sentAmounts(const Ask& ask)
{
    QList<std::pair<QString, Money>> amounts;
    for (const auto* component : ask.components()) {
        if (component->isRaised())
            amounts.push_back({component->field, component->asked});
        if (component->askedRangeTop)
            amounts.push_back({component->field, *component->askedRangeTop});
    }
    for (const auto& package : ask.packages) {
        amounts.push_back({u"packages"_s, package.base});
        amounts.push_back({u"packages"_s, package.signOn});
        amounts.push_back({u"packages"_s, package.equityPerYear});
    }
    return amounts;
}

Money componentSum(const Ask& ask, bool asked)
{
    Money sum = Money::fromMinor(0, ask.base.offered.currency());
    for (const auto* component : ask.components())
        sum += asked ? component->askedRangeTop.value_or(component->asked) : component->offered;
    return sum;
}

// Amounts written in free text: "$150,000", "150000", "150k", "$150.5K".
QList<Money> amountsInText(QStringView text, const QString& currency)
{
    static const QRegularExpression number(u"\\$?\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[kKmM]?\\b"_s);
    QList<Money> amounts;
    auto matches = number.globalMatch(text);
    while (matches.hasNext()) {
        const auto parsed = Money::parse(matches.next().capturedView().trimmed(), currency);
        if (parsed.ok())
            amounts.push_back(*parsed.money);
    }
    return amounts;
}

} // namespace

QList<GuardRail> GuardRailChecker::check(const NegotiationInput& input, const Ask& ask,
                                         const QString& emailText)
{
    const QString text = input.editedEmailText.isEmpty() ? emailText : input.editedEmailText;
    QList<GuardRail> result;
    result += checkStrategyInputs(input, input.strategyId);
    result += checkAskAgainstOffer(ask);
    result += checkExtremeAsk(input, ask);
    result += checkPrecision(ask);
    result += checkBackdownRange(ask, input.editedEmailText);
    result += checkCompetingOffer(input);
    result += checkDeadline(input);
    result += checkWording(text);
    result += checkRevealsCurrentPay(input.currentPay, text);
    return result;
}

QList<GuardRail> GuardRailChecker::checkStrategyInputs(const NegotiationInput& input,
                                                       const QString& strategyId)
{
    QList<GuardRail> result;
    if (strategyId == QStringView(StrategyCatalogue::CompetingOffer) && !input.competingOffer) {
        result.push_back(
            rail(GuardRail::Severity::Block, u"competing-offer-missing"_s,
                 tr("The competing-offer strategy needs a real, written competing offer. Enter it, or "
                    "choose another strategy; never cite an offer you do not have."),
                 u"competing"_s));
    }
    if (!input.band) {
        result.push_back(
            rail(GuardRail::Severity::Info, u"no-band"_s,
                 tr("There is no market band for this role and location, so the email has no market "
                    "sentence and band-based asks stay at the offer."),
                 u"band"_s));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkAskAgainstOffer(const Ask& ask)
{
    QList<GuardRail> result;
    for (const auto* component : ask.components()) {
        if (component->asked < component->offered) {
            result.push_back(
                rail(GuardRail::Severity::Block, u"component-below-offer"_s,
                     tr("The ask for %1 (%2) is below the offer (%3). Never counter below what is "
                        "already offered.")
                         .arg(component->field, money(component->asked), money(component->offered)),
                     component->field));
        }
    }
    if (!ask.asksForMore()) {
        result.push_back(
            rail(GuardRail::Severity::Block, u"ask-not-above-offer"_s,
                 tr("The ask is not above the offer. Choose a higher target percentile or another "
                    "strategy (for example non-cash levers)."),
                 u"base"_s));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkExtremeAsk(const NegotiationInput& input, const Ask& ask)
{
    QList<GuardRail> result;
    const Money askedBase = ask.base.askedRangeTop.value_or(ask.base.asked);
    if (input.band && ask.base.isRaised()) {
        const BandValue& p90 = input.band->value(Percentile::P90);
        if (p90.isExact()) {
            const Money limit = *p90.amount.checkedScaled(ExtremeOverP90Percent, 100);
            if (askedBase > limit) {
                result.push_back(
                    rail(GuardRail::Severity::Warning, u"extreme-ask-p90"_s,
                         tr("The base ask %1 is more than 10 % above the market's p90 (%2). Extreme "
                            "first offers can offend and end talks; consider a lower target.")
                             .arg(money(askedBase), money(p90.amount)),
                         u"base"_s));
            }
        }
    }
    if (!input.competingOffer) {
        const Money offered = componentSum(ask, false);
        const Money asked = componentSum(ask, true);
        if (offered.minorUnits() > 0 && asked > *offered.checkedScaled(ExtremeOverOfferPercent, 100)) {
            result.push_back(
                rail(GuardRail::Severity::Warning, u"extreme-ask-offer"_s,
                     tr("The ask (%1 in base, sign-on, equity per year and refresh) is more than 25 % "
                        "above the offer (%2) and there is no competing offer to justify it.")
                         .arg(money(asked), money(offered)),
                     u"base"_s));
        }
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkPrecision(const Ask& ask)
{
    QList<GuardRail> result;
    for (const auto& [field, amount] : sentAmounts(ask)) {
        const qint64 step = PrecisionStepMajor * Money::minorPerMajor(amount.currency());
        if (amount.minorUnits() % step == 0)
            continue;
        const Money suggestion = amount.roundedToMajorStep(AskCalculator::roundingStepFor(amount));
        result.push_back(
            rail(GuardRail::Severity::Warning, u"over-precise"_s,
                 tr("%1 is more precise than it needs to be: recruiters read very precise numbers as "
                    "arbitrary. Consider %2 and give the reason.")
                     .arg(money(amount), money(suggestion)),
                 field));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkBackdownRange(const Ask& ask, QStringView emailText)
{
    QList<GuardRail> result;
    const Money& target = ask.base.asked;
    const auto backdown = [&] {
        const Money top = *target.checkedScaled(10'000 + AskCalculator::BolsteringRangeBasisPoints, 10'000);
        return rail(
            GuardRail::Severity::Warning, u"backdown-range"_s,
            tr("A range that ends at your target (%1) invites the employer to pick its bottom. Start the "
               "range at the target instead (a bolstering range, e.g. %1 to %2).")
                .arg(money(target), money(top.roundedToMajorStep(AskCalculator::roundingStepFor(top)))),
            u"base"_s);
    };
    if (ask.base.askedRangeTop && *ask.base.askedRangeTop <= target) {
        result.push_back(backdown());
        return result;
    }
    if (!ask.base.isRaised() || emailText.isEmpty())
        return result;
    static const QRegularExpression range(
        u"(\\$?\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[kK]?)\\s*(?:-|–|—|to)\\s*(\\$?\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[kK]?)"_s);
    auto matches = range.globalMatch(emailText);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto low = Money::parse(match.capturedView(1).trimmed(), target.currency());
        const auto high = Money::parse(match.capturedView(2).trimmed(), target.currency());
        if (low.ok() && high.ok() && *high.money == target && *low.money < target) {
            result.push_back(backdown());
            break;
        }
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkCompetingOffer(const NegotiationInput& input)
{
    QList<GuardRail> result;
    if (!input.competingOffer)
        return result;
    const Money competing = AskCalculator::averageYearlyTotal(*input.competingOffer);
    const Money offered = AskCalculator::averageYearlyTotal(input.offer);
    if (competing <= offered) {
        result.push_back(
            rail(GuardRail::Severity::Warning, u"competing-offer-lower"_s,
                 tr("The competing offer (%1 a year on average) is not higher than this offer (%2): "
                    "don't cite it. It stays out of the email.")
                     .arg(money(competing), money(offered)),
                 u"competing"_s));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkDeadline(const NegotiationInput& input)
{
    QList<GuardRail> result;
    if (!input.decisionDeadline.isValid())
        return result;
    const qint64 days = input.today.daysTo(input.decisionDeadline);
    if (days < ShortDeadlineDays) {
        result.push_back(
            rail(GuardRail::Severity::Warning, u"short-deadline"_s,
                 tr("The decision is due %1, less than a week away: ask for time before you reply (the "
                    "ask-for-time email asks for a specific date), and speed up your other processes.")
                     .arg(input.decisionDeadline.toString(Qt::ISODate)),
                 u"deadline"_s));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkWording(QStringView emailText)
{
    // Ultimatums and threats: the research advises avoiding and downplaying them (Malhotra; Qureshi rule 4).
    static const QRegularExpression pattern = [] {
        const QStringList phrases{
            u"final offer"_s,
            u"must"_s,
            u"or I walk"_s,
            u"or I'll walk"_s,
            u"or I will walk"_s,
            u"non-negotiable"_s,
            u"take it or leave it"_s,
            u"last chance"_s,
            u"ultimatum"_s,
            u"I demand"_s,
            u"or else"_s,
        };
        QStringList alternatives;
        for (const auto& phrase : phrases)
            alternatives.push_back(QRegularExpression::escape(phrase));
        return QRegularExpression(u"\\b(?:"_s + alternatives.join(u'|') + u")\\b"_s,
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    QList<GuardRail> result;
    QStringList found;
    auto matches = pattern.globalMatch(emailText);
    while (matches.hasNext()) {
        const QString phrase = matches.next().captured().toLower();
        if (found.contains(phrase))
            continue;
        found.push_back(phrase);
        result.push_back(
            rail(GuardRail::Severity::Warning, u"ultimatum-wording"_s,
                 tr("\"%1\" reads as an ultimatum. Ultimatums push the other side to walk away; state "
                    "the ask and the reason positively instead.")
                     .arg(phrase),
                 u"email"_s));
    }
    return result;
}

QList<GuardRail> GuardRailChecker::checkRevealsCurrentPay(const std::optional<Money>& currentPay,
                                                          QStringView emailText)
{
    QList<GuardRail> result;
    if (!currentPay || emailText.isEmpty())
        return result;
    static const QRegularExpression phrases(
        u"\\b(current (salary|pay|compensation|base)|currently (make|earn|get paid)|I make|I earn|my salary is)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool mentionsAmount = amountsInText(emailText, currentPay->currency()).contains(*currentPay);
    if (mentionsAmount || phrases.match(emailText).hasMatch()) {
        result.push_back(
            rail(GuardRail::Severity::Warning, u"reveals-current-pay"_s,
                 tr("The email reveals your current pay. Pay history anchors the employer low; base "
                    "the ask on the market instead (some places forbid employers to ask)."),
                 u"email"_s));
    }
    return result;
}

} // namespace Anchorline
