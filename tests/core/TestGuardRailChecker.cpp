#include "AskCalculator.h"
#include "GuardRailChecker.h"
#include "NegotiationFixtures.h"
#include "StrategyCatalogue.h"

#include <QTest>

using namespace Anchorline;
using namespace NegotiationFixtures;
using namespace Qt::StringLiterals;

class TestGuardRailChecker : public QObject
{
    Q_OBJECT

private:
    static QStringList codes(const QList<GuardRail>& rails)
    {
        QStringList result;
        for (const auto& rail : rails)
            result.push_back(rail.code);
        return result;
    }
    static const GuardRail* find(const QList<GuardRail>& rails, const QString& code)
    {
        for (const auto& rail : rails) {
            if (rail.code == code)
                return &rail;
        }
        return nullptr;
    }
    static Ask marketAsk(const NegotiationInput& input)
    {
        return AskCalculator::compute(input, *StrategyCatalogue::find(StrategyCatalogue::MarketAnchor));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void cleanAskHasNoWarnings()
    {
        const auto input = midLevelInput(u"market-anchor"_s);
        QCOMPARE(codes(GuardRailChecker::check(input, marketAsk(input), u"I'd like $169,000."_s)),
                 QStringList());
    }
    void askNotAboveOfferBlocks()
    {
        auto input = midLevelInput();
        input.targetPercentile = 50; // 133,080 < offered 150,000
        const auto rails = GuardRailChecker::checkAskAgainstOffer(marketAsk(input));
        QCOMPARE(codes(rails), QStringList{u"ask-not-above-offer"_s});
        QCOMPARE(rails.front().severity, GuardRail::Severity::Block);
    }
    void componentBelowOfferBlocks()
    {
        Ask ask = marketAsk(midLevelInput());
        ask.signOn.asked = usd(15'000); // the user typed a lower sign-on than offered
        const auto rails = GuardRailChecker::checkAskAgainstOffer(ask);
        const auto* rail = find(rails, u"component-below-offer"_s);
        QVERIFY(rail);
        QCOMPARE(rail->severity, GuardRail::Severity::Block);
        QCOMPARE(rail->field, u"signon"_s);
        QVERIFY(rail->message.contains(u"$15,000"_s));
        QVERIFY(rail->message.contains(u"$20,000"_s));
    }
    void extremeAskAboveP90()
    {
        auto input = midLevelInput();
        Ask ask = marketAsk(input);
        ask.base.asked = usd(233'000); // p90 211,450 × 1.10 = 232,595
        const auto rails = GuardRailChecker::checkExtremeAsk(input, ask);
        QVERIFY(find(rails, u"extreme-ask-p90"_s));
        QCOMPARE(find(rails, u"extreme-ask-p90"_s)->severity, GuardRail::Severity::Warning);
        ask.base.asked = usd(232'500);
        QVERIFY(!find(GuardRailChecker::checkExtremeAsk(input, ask), u"extreme-ask-p90"_s));
    }
    void extremeAskAboveOfferWithoutCompetingOffer()
    {
        auto input = midLevelInput();
        Ask ask = marketAsk(input);
        // Offered components: 150,000 + 20,000 + 100,000 = 270,000; × 1.25 = 337,500.
        ask.base.asked = usd(150'000);
        ask.signOn.asked = usd(108'000);
        QVERIFY(find(GuardRailChecker::checkExtremeAsk(input, ask), u"extreme-ask-offer"_s));
        ask.signOn.asked = usd(87'500);
        QVERIFY(!find(GuardRailChecker::checkExtremeAsk(input, ask), u"extreme-ask-offer"_s));
        ask.signOn.asked = usd(108'000);
        input.competingOffer = competingOffer();
        QVERIFY(!find(GuardRailChecker::checkExtremeAsk(input, ask), u"extreme-ask-offer"_s));
    }
    void overPreciseNumbersSuggestRounding()
    {
        Ask ask = marketAsk(midLevelInput());
        ask.base.asked = usd(187'643);
        auto rails = GuardRailChecker::checkPrecision(ask);
        QCOMPARE(codes(rails), QStringList{u"over-precise"_s});
        QVERIFY2(rails.front().message.contains(u"$187,643"_s), qPrintable(rails.front().message));
        QVERIFY(rails.front().message.contains(u"$187,500"_s));
        ask.base.asked = Money::fromMinor(18'750'050); // $187,500.50
        QCOMPARE(codes(GuardRailChecker::checkPrecision(ask)), QStringList{u"over-precise"_s});
        ask.base.asked = usd(187'750);
        QVERIFY(GuardRailChecker::checkPrecision(ask).isEmpty());
    }
    void backdownRangeInAskAndInText()
    {
        Ask ask = marketAsk(midLevelInput()); // base 169,000
        ask.base.askedRangeTop = usd(160'000);
        QCOMPARE(codes(GuardRailChecker::checkBackdownRange(ask, {})), QStringList{u"backdown-range"_s});
        ask.base.askedRangeTop.reset();
        QCOMPARE(codes(GuardRailChecker::checkBackdownRange(ask, u"somewhere in $160,000 – $169,000"_s)),
                 QStringList{u"backdown-range"_s});
        QCOMPARE(codes(GuardRailChecker::checkBackdownRange(ask, u"between 160k and 169k, or 160k-169k"_s)),
                 QStringList{u"backdown-range"_s});
        QVERIFY(GuardRailChecker::checkBackdownRange(ask, u"from $169,000 to $177,500"_s).isEmpty());
    }
    void revealingCurrentPayWarns()
    {
        const std::optional<Money> current = usd(142'000);
        QCOMPARE(codes(GuardRailChecker::checkRevealsCurrentPay(current, u"Today I'm at $142,000 base."_s)),
                 QStringList{u"reveals-current-pay"_s});
        QCOMPARE(codes(GuardRailChecker::checkRevealsCurrentPay(current, u"I'm at 142k right now."_s)),
                 QStringList{u"reveals-current-pay"_s});
        QCOMPARE(codes(GuardRailChecker::checkRevealsCurrentPay(current, u"My current salary is lower."_s)),
                 QStringList{u"reveals-current-pay"_s});
        QVERIFY(GuardRailChecker::checkRevealsCurrentPay(current, u"I'd like $169,000."_s).isEmpty());
        QVERIFY(GuardRailChecker::checkRevealsCurrentPay(std::nullopt, u"I make $142,000."_s).isEmpty());
    }
    void shortDeadlineSuggestsAskingForTime()
    {
        auto input = midLevelInput();
        input.decisionDeadline = input.today.addDays(3);
        const auto rails = GuardRailChecker::checkDeadline(input);
        QCOMPARE(codes(rails), QStringList{u"short-deadline"_s});
        QCOMPARE(rails.front().field, u"deadline"_s);
        QVERIFY(rails.front().message.contains(u"ask-for-time"_s));
        input.decisionDeadline = input.today.addDays(7);
        QVERIFY(GuardRailChecker::checkDeadline(input).isEmpty());
    }
    void ultimatumWording()
    {
        QCOMPARE(codes(GuardRailChecker::checkWording(u"This is my final offer."_s)),
                 QStringList{u"ultimatum-wording"_s});
        QCOMPARE(codes(GuardRailChecker::checkWording(u"You MUST match it, or I walk."_s)),
                 QStringList({u"ultimatum-wording"_s, u"ultimatum-wording"_s}));
        QVERIFY(GuardRailChecker::checkWording(u"Take it or leave it"_s)
                    .front()
                    .message.contains(u"\"take it or leave it\""_s));
        QVERIFY(!GuardRailChecker::checkWording(u"The base is non-negotiable for me."_s).isEmpty());
        QVERIFY(GuardRailChecker::checkWording(u"I'd love to find something that works, mustering my best."_s)
                    .isEmpty());
    }
    void editedTextIsChecked()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.editedEmailText = u"Take it or leave it."_s;
        QVERIFY(codes(GuardRailChecker::check(input, marketAsk(input), u"generated text"_s))
                    .contains(u"ultimatum-wording"_s));
    }
    void lowerCompetingOfferIsNotCited()
    {
        auto input = midLevelInput();
        Offer lower = competingOffer();
        lower.base = usd(140'000);
        lower.equity.grant = usd(100'000);
        input.competingOffer = lower;
        QCOMPARE(codes(GuardRailChecker::checkCompetingOffer(input)),
                 QStringList{u"competing-offer-lower"_s});
        input.competingOffer = competingOffer();
        QVERIFY(GuardRailChecker::checkCompetingOffer(input).isEmpty());
    }
    void competingStrategyWithoutOfferBlocks()
    {
        const auto input = midLevelInput();
        const auto rails = GuardRailChecker::checkStrategyInputs(input, u"competing-offer"_s);
        QCOMPARE(codes(rails), QStringList{u"competing-offer-missing"_s});
        QCOMPARE(rails.front().severity, GuardRail::Severity::Block);
    }
    void missingBandIsInfo()
    {
        auto input = midLevelInput();
        input.band.reset();
        const auto rails = GuardRailChecker::checkStrategyInputs(input, u"non-cash"_s);
        QCOMPARE(codes(rails), QStringList{u"no-band"_s});
        QCOMPARE(rails.front().severity, GuardRail::Severity::Info);
        QCOMPARE(GuardRail::severityId(GuardRail::Severity::Block), u"block"_s);
    }
};

QTEST_APPLESS_MAIN(TestGuardRailChecker)
#include "TestGuardRailChecker.moc"
