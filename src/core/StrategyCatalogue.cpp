#include "StrategyCatalogue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::StrategyCatalogue", text);
}

// Citations from the negotiation research (README, "Negotiation strategies"); not translated.
const QString MasonPrecision =
    u"Mason, Lee, Wiley & Ames 2013, \"Precise offers are potent anchors\", Journal of "
    u"Experimental Social Psychology 49:759-763, "
    u"https://www8.gsb.columbia.edu/articles/node/1583/"
    u"precise-offers-are-potent-anchors-conciliatory-counteroffers-and-attributions-of-"
    u"knowledge-in-negotiations"_s;
const QString LoschelderPrecision =
    u"Loschelder, Friese, Schaerer & Galinsky 2016, Psychological Science (too "
    u"much precision backfires with experts), "
    u"https://eurekalert.org/pub_releases/2016-11/afps-fa111016.php"_s;
const QString PonPrecision =
    u"Program on Negotiation, \"Forming first offers: take precision into account\", "
    u"https://www.pon.harvard.edu/daily/dealmaking-daily/"
    u"forming-first-offers-take-precision-account-nb/"_s;
const QString AmesMasonRanges =
    u"Ames & Mason 2015, \"Tandem anchoring: informational and politeness effects of "
    u"range offers in social exchange\", Journal of Personality and Social Psychology, "
    u"https://www8.gsb.columbia.edu/articles/ideas-work/"
    u"anchor-negotiation-two-points-may-be-better-one"_s;
const QString QureshiRules =
    u"Haseeb Qureshi, \"Ten rules for negotiating a job offer\", "
    u"https://medium.com/free-code-camp/ten-rules-for-negotiating-a-job-offer-ee17cccbdab6"_s;
const QString BazermanMoore =
    u"Bazerman & Moore, Judgment in Managerial Decision Making (BATNA and bargaining "
    u"zone), https://www.yumpu.com/en/document/view/67427620/bazermanmoore/167"_s;
const QString MalhotraRules =
    u"Malhotra 2014, \"15 rules for negotiating a job offer\", Harvard Business Review, "
    u"https://economics.virginia.edu/news/15-rules-negotiating-job-offer"_s;
const QString SignOnBlog = u"SalaryScript, \"Sign-on bonus negotiation\" (vendor blog, low authority), "
                           u"https://salaryscript.com/blog/sign-on-bonus-negotiation/"_s;
const QString RelevelNote = u"\"Hiring offer negotiation\" (practitioner note, low authority), "
                            u"https://relay.dom.vin/hiring.offer.negotiation"_s;
const QString LeonardelliMesos =
    u"Leonardelli, Gu, McRuer, Medvec & Galinsky 2019, \"Multiple equivalent "
    u"simultaneous offers (MESOs)\", Organizational Behavior and Human Decision "
    u"Processes 152:64-83, https://scribd.com/document/668028528/2019OBHDP-MESOs"_s;
const QString PonLongTerm = u"Program on Negotiation, \"In job negotiations, set yourself up for long-term "
                            u"success\", https://www.pon.harvard.edu/daily/salary-negotiations/"
                            u"in-job-negotiations-set-yourself-up-for-long-term-success-nb/"_s;

} // namespace

QList<Strategy> StrategyCatalogue::all()
{
    return {
        {QString::fromUtf16(MarketAnchor),
         tr("Market-anchored precise counter"),
         tr("Counter at the market band's target percentile (default p75) with a moderately precise number."),
         tr("The ask for base is the band's value at the target percentile, rounded to $500 ($250 under "
            "$100,000): precise enough to show research, not so precise that it looks arbitrary. The email "
            "gives the market data as the reason."),
         tr("The offer's base is at or below about the 60th percentile of the market band and there is no "
            "competing offer. Works at any company stage."),
         {MasonPrecision, LoschelderPrecision, PonPrecision},
         {u"base"_s, u"signon"_s, u"equity"_s}},
        {QString::fromUtf16(BolsteringRange),
         tr("Bolstering range"),
         tr("Ask for a narrow range that starts at the target: T to T + 5 %."),
         tr("The range runs from the target T (the band's target percentile, rounded) to T × 1.05, rounded. "
            "Never a range that ends at the target (a \"backdown\" range)."),
         tr("As for the precise counter, when a softer tone suits: the counterpart is the future manager or "
            "the "
            "relationship matters."),
         {AmesMasonRanges},
         {u"base"_s}},
        {QString::fromUtf16(CompetingOffer),
         tr("Competing-offer match"),
         tr("Ask this company to match a real, higher competing offer, component by component."),
         tr("Each component is asked at the higher of the two offers (base, sign-on, equity per year); any "
            "remaining gap in yearly total compensation goes into the sign-on bonus. Only the numbers the "
            "user "
            "entered are used: a competing offer is never invented or inflated, and a lower one is never "
            "cited."),
         tr("You hold a written competing offer whose yearly total compensation is higher than this "
            "offer's."),
         {QureshiRules, BazermanMoore},
         {u"base"_s, u"signon"_s, u"equity"_s}},
        {QString::fromUtf16(SignOnBridge),
         tr("Sign-on bridge"),
         tr("Keep base, ask for a sign-on bonus that makes you whole or bridges the first-year gap."),
         tr("The sign-on ask is the offered sign-on plus the larger of the compensation you forfeit by "
            "leaving "
            "and the first-year gap between the target base and the offered base (rounded). Check the "
            "clawback "
            "terms."),
         tr("The employer says base is capped, or you forfeit unvested equity or a bonus by leaving."),
         {SignOnBlog, MalhotraRules},
         {u"signon"_s}},
        {QString::fromUtf16(EquityRefresh),
         tr("Equity and refresh lever"),
         tr("Move the cash gap into equity, and ask for a written refresh policy."),
         tr("The equity ask per year is the offered yearly equity plus the gap between the target base and "
            "the "
            "offered base (rounded); the grant ask is that times the vesting years. Ask for the refresh "
            "policy in "
            "writing. Value options with care: not as ownership % × last valuation."),
         tr("Growth-stage or public companies, where cash is tight but equity can move. At a startup, ask "
            "about "
            "the option count and the exercise window."),
         {MalhotraRules},
         {u"equity"_s, u"refresh"_s}},
        {QString::fromUtf16(Relevel),
         tr("Re-level ask"),
         tr("Ask to be leveled one level up; the next level's band sets the new target."),
         tr("The level ask is the next career level. With that level's band, the base ask is its value at "
            "the "
            "target percentile (rounded); without it, only the level is asked for."),
         tr("Your experience maps above the offered level (the level sets the band)."),
         {RelevelNote},
         {u"level"_s, u"base"_s}},
        {QString::fromUtf16(PackageMenu),
         tr("Package menu"),
         tr("Offer two or three packages of equal value and let the employer choose."),
         tr("Package A is the target base T. Package B trades half the gap to T (d, rounded) for a sign-on "
            "of "
            "2 × d (equal value over the first two years). Package C trades d for d more equity per year."),
         tr("Several levers are in play and the employer's priorities are unclear."),
         {LeonardelliMesos, MalhotraRules},
         {u"base"_s, u"signon"_s, u"equity"_s}},
        {QString::fromUtf16(NonCash),
         tr("Non-cash levers"),
         tr("Cash stays as offered; ask for start date, remote days, PTO and a pay review at six months."),
         tr("No cash component changes. The email lists the non-cash asks in priority order: start date, "
            "remote "
            "work, paid time off, and a compensation review after six months."),
         tr("Cash is fixed (government, non-profit, strict bands), or the cash ask has already been met."),
         {QureshiRules, PonLongTerm},
         {u"start-date"_s, u"remote"_s, u"pto"_s, u"review-6-months"_s}},
        {QString::fromUtf16(ReadyToSign),
         tr("\"Ready to sign\" close"),
         tr("The precise counter plus a clear promise: if we get there, I'm ready to sign."),
         tr("The ask is the market-anchored counter; the email closes with \"If we can get to X, I'm ready "
            "to "
            "sign this week.\" Use it once, at the end, and only if you truly would accept."),
         tr("You would accept the offer if the ask is met."),
         {QureshiRules, MalhotraRules},
         {u"base"_s}},
    };
}

QStringList StrategyCatalogue::ids()
{
    QStringList result;
    for (const auto& strategy : all())
        result.push_back(strategy.id);
    return result;
}

std::optional<Strategy> StrategyCatalogue::find(QStringView id)
{
    for (auto& strategy : all()) {
        if (strategy.id == id)
            return strategy;
    }
    return std::nullopt;
}

} // namespace Anchorline
