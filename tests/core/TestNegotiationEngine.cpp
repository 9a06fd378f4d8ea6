#include "NegotiationEngine.h"
#include "NegotiationFixtures.h"
#include "StrategyCatalogue.h"

#include <QRegularExpression>
#include <QTest>

using namespace Anchorline;
using namespace NegotiationFixtures;
using namespace Qt::StringLiterals;

class TestNegotiationEngine : public QObject
{
    Q_OBJECT

private:
    const NegotiationEngine m_engine{TemplateLibrary::builtIn()};

    QStringList rankedIds(const NegotiationInput& input) const
    {
        QStringList ids;
        for (const auto& recommendation : m_engine.recommend(input))
            ids.push_back(recommendation.strategy.id);
        return ids;
    }
    StrategyRecommendation recommendation(const NegotiationInput& input, const QString& id) const
    {
        for (const auto& candidate : m_engine.recommend(input)) {
            if (candidate.strategy.id == id)
                return candidate;
        }
        return {};
    }
    static QStringList warningCodes(const NegotiationPlan& plan)
    {
        QStringList codes;
        for (const auto& warning : plan.warnings)
            codes.push_back(warning.code);
        return codes;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void lowOfferRecommendsMarketAnchor()
    {
        const auto input = midLevelInput(); // base 150,000 ≈ p65 of the national band
        const auto ranked = m_engine.recommend(input);
        QCOMPARE(ranked.size(), StrategyCatalogue::ids().size());
        QCOMPARE(ranked.front().strategy.id, u"market-anchor"_s);
        QVERIFY(ranked.front().applicable);
        QVERIFY(!ranked.front().why.isEmpty());
        const auto competing = recommendation(input, u"competing-offer"_s);
        QVERIFY(!competing.applicable);
        QCOMPARE(competing.score, 0);
    }
    void competingOfferRanksFirst()
    {
        auto input = midLevelInput();
        input.competingOffer = competingOffer();
        QCOMPARE(rankedIds(input).front(), u"competing-offer"_s);
        QVERIFY(recommendation(input, u"competing-offer"_s).why.front().contains(u"Contoso"_s));
    }
    void forfeitedPayRanksSignOnBridge()
    {
        auto input = midLevelInput();
        input.forfeitedCompensation = usd(40'000);
        QCOMPARE(rankedIds(input).front(), u"signon-bridge"_s);
        QVERIFY(recommendation(input, u"signon-bridge"_s).why.front().contains(u"$40,000"_s));
    }
    void cappedBaseMovesAwayFromBaseCounter()
    {
        auto input = midLevelInput();
        input.baseCapped = true;
        const auto ranked = rankedIds(input);
        QCOMPARE(ranked.front(), u"signon-bridge"_s);
        QVERIFY(ranked.indexOf(u"equity-refresh"_s) < ranked.indexOf(u"market-anchor"_s));
    }
    void governmentRanksNonCash()
    {
        auto input = midLevelInput();
        input.companyStage = CompanyStage::GovernmentNonprofit;
        input.offer.base = usd(170'000); // already above the target
        QCOMPARE(rankedIds(input).front(), u"non-cash"_s);
        QCOMPARE(recommendation(input, u"equity-refresh"_s).score, 5);
    }
    void offerAboveTargetIsNotAMarketCounter()
    {
        auto input = midLevelInput();
        input.offer.base = usd(175'000);
        QVERIFY(!recommendation(input, u"market-anchor"_s).applicable);
        QCOMPARE(rankedIds(input).front(), u"non-cash"_s);
    }

    void prepareRecommendedPlan()
    {
        const auto result = m_engine.prepare(midLevelInput());
        QVERIFY2(result.ok(), qPrintable(result.message));
        const NegotiationPlan& plan = *result.plan;
        QCOMPARE(plan.strategy.id, u"market-anchor"_s);
        QCOMPARE(plan.ask.base.asked, usd(169'000));
        QVERIFY(plan.email.body.contains(u"$169,000"_s));
        QVERIFY(plan.email.body.contains(u"runs from $103,050 to $169,000, with a median of $133,080"_s));
        QVERIFY(!plan.isBlocked());
        QCOMPARE(warningCodes(plan), QStringList());
        QCOMPARE(plan.reasons.size(), 1);
        QVERIFY(
            plan.reasons.front().startsWith(u"p75 of the BLS OEWS May 2024 band for Software Developers"_s));
        QCOMPARE(
            plan.sources.front(),
            u"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), May 2024 "
            u"(OEWS survey year 2024)"_s);
        QVERIFY(plan.sources.contains(plan.strategy.sources.front()));
        QVERIFY(plan.phoneScript.contains(u"$169,000"_s));
        QVERIFY(!plan.askForTimeEmail.body.isEmpty());
    }
    void everyStrategyRendersWithoutUnfilledFields()
    {
        static const QRegularExpression field(u"\\{[a-z_0-9]*\\}"_s);
        for (const auto& id : StrategyCatalogue::ids()) {
            for (const auto tone : EmailTones::all()) {
                auto input = midLevelInput(id);
                input.tone = tone;
                input.competingOffer = competingOffer();
                const auto result = m_engine.prepare(input);
                QVERIFY2(result.ok(), qPrintable(result.message));
                for (const auto& text : {result.plan->email.subject, result.plan->email.body,
                                         result.plan->phoneScript, result.plan->askForTimeEmail.body}) {
                    QVERIFY2(!text.isEmpty(), qPrintable(id));
                    QVERIFY2(!field.match(text).hasMatch(), qPrintable(id + u": "_s + text));
                }
            }
        }
    }
    void competingStrategyWithoutOfferIsBlocked()
    {
        const auto result = m_engine.prepare(midLevelInput(u"competing-offer"_s));
        QVERIFY(result.ok());
        QVERIFY(result.plan->isBlocked());
        QVERIFY(warningCodes(*result.plan).contains(u"competing-offer-missing"_s));
        QVERIFY(!result.plan->email.body.contains(u"written offer"_s));
    }
    void unknownStrategyAndLanguage()
    {
        auto result = m_engine.prepare(midLevelInput(u"lowball"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, NegotiationEngine::PrepareResult::Error::UnknownStrategy);
        QVERIFY(result.message.startsWith(u"unknown strategy \"lowball\""_s));
        auto input = midLevelInput();
        input.language = u"it"_s;
        result = m_engine.prepare(input);
        QCOMPARE(result.error, NegotiationEngine::PrepareResult::Error::UnknownLanguage);
        QCOMPARE(result.message, u"no templates for language \"it\"; available: de, en, es, fr"_s);
    }
    void noBandMeansNoMarketSentenceAndInfo()
    {
        auto input = midLevelInput(u"non-cash"_s);
        input.band.reset();
        const auto result = m_engine.prepare(input);
        QVERIFY(result.ok());
        QVERIFY(!result.plan->email.body.contains(u"Based on"_s));
        QVERIFY(warningCodes(*result.plan).contains(u"no-band"_s));
        QVERIFY(result.plan->sources == result.plan->strategy.sources);
    }
    void userEditedTextIsCheckedNotReplaced()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.currentPay = usd(142'000);
        input.editedEmailText =
            u"I currently make $142,000, and this is my final offer: $160,000 – $169,000."_s;
        const auto result = m_engine.prepare(input);
        const auto codes = warningCodes(*result.plan);
        QVERIFY(codes.contains(u"reveals-current-pay"_s));
        QVERIFY(codes.contains(u"ultimatum-wording"_s));
        QVERIFY(codes.contains(u"backdown-range"_s));
        QCOMPARE(result.plan->ask.base.asked, usd(169'000)); // numbers are never changed
    }
};

QTEST_APPLESS_MAIN(TestNegotiationEngine)
#include "TestNegotiationEngine.moc"
