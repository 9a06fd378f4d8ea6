#include "AskCalculator.h"
#include "EmailComposer.h"
#include "NegotiationFixtures.h"
#include "StrategyCatalogue.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace NegotiationFixtures;
using namespace Qt::StringLiterals;

class TestEmailComposer : public QObject
{
    Q_OBJECT

private:
    TemplateLibrary m_library = TemplateLibrary::builtIn();

    EmailComposer::Result compose(const NegotiationInput& input)
    {
        const auto strategy = *StrategyCatalogue::find(input.strategyId);
        return EmailComposer(m_library).compose(input, strategy, AskCalculator::compute(input, strategy));
    }
    static void verifyNoUnfilledField(const QString& text)
    {
        static const QRegularExpression field(u"\\{[a-z_0-9]*\\}"_s);
        QVERIFY2(!field.match(text).hasMatch(), qPrintable(text));
    }
    static QString marketSentence()
    {
        return u"Based on BLS OEWS May 2024 pay data for mid-level Software Developers in the United States "
               u"(survey year 2024), the market for this role runs from $103,050 to $169,000, with a median of $133,080."_s;
    }

private slots:
    void marketAnchorEmail()
    {
        const auto result = compose(midLevelInput(u"market-anchor"_s));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.email.subject, u"Re: Offer – Software Engineer at Northwind Labs"_s);
        const QString& body = result.email.body;
        QVERIFY(body.startsWith(
            u"Hi Jordan,\n\nThank you so much for the offer to join Northwind Labs as Software "
            u"Engineer"_s));
        QVERIFY2(body.contains(marketSentence()), qPrintable(body));
        QVERIFY(body.contains(u"I'd like to ask for a base salary of $169,000."_s));
        QVERIFY(body.contains(
            u"I'd also welcome a conversation about a sign-on bonus, the equity grant and a start "
            u"date that works for both of us."_s));
        QVERIFY(body.endsWith(u"Warm regards,\nAlex Kim"_s));
        QVERIFY(!body.contains(u"ready to sign"_s));
        verifyNoUnfilledField(body);
        // Blocks in the research's order.
        QVERIFY(body.indexOf(u"Thank you"_s) < body.indexOf(u"Based on"_s));
        QVERIFY(body.indexOf(u"Based on"_s) < body.indexOf(u"$169,000"_s));
        QVERIFY(body.indexOf(u"$169,000."_s) < body.indexOf(u"welcome a conversation"_s));
    }
    void missingBandOmitsMarketSentence()
    {
        auto input = midLevelInput(u"signon-bridge"_s);
        input.band.reset();
        input.forfeitedCompensation = usd(25'000);
        const auto result = compose(input);
        QVERIFY(result.ok());
        QVERIFY(!result.email.body.contains(u"Based on"_s));
        QVERIFY(!result.email.body.contains(u"market"_s));
        QVERIFY(
            result.email.body.contains(u"an additional $25,000 in sign-on bonus ($45,000 in total) instead, "
                                       u"which would make up for the $25,000 I leave behind"_s));
        verifyNoUnfilledField(result.email.body);
        QVERIFY(!result.phoneScript.contains(u"runs from"_s));
    }
    void estimatedBandSaysAbout()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.band->values[1].kind = BandValue::Kind::Estimated;
        QVERIFY(compose(input).email.body.contains(u"runs from about $103,050 to $169,000"_s));
    }
    void bolsteringRangeEmail()
    {
        const auto body = compose(midLevelInput(u"bolstering-range"_s)).email.body;
        QVERIFY(body.contains(u"a base salary in the range of $169,000 to $177,500."_s));
    }
    void competingOfferEmailCitesOnlyRealNumbers()
    {
        auto input = midLevelInput(u"competing-offer"_s);
        input.competingOffer = competingOffer();
        const auto body = compose(input).email.body;
        QVERIFY2(body.contains(u"I have a written offer from Contoso with a base salary of $160,000"_s),
                 qPrintable(body));
        QVERIFY(body.contains(
            u"match it with a base salary of $160,000, a sign-on bonus of $30,000 and equity of "
            u"$120,000 per year"_s));
        verifyNoUnfilledField(body);
    }
    void packageMenuListsPackages()
    {
        const auto body = compose(midLevelInput(u"package-menu"_s)).email.body;
        QVERIFY2(body.contains(
                     u"• Option A: base salary $169,000, sign-on bonus $20,000, equity $100,000 per year\n"
                     u"• Option B: base salary $159,500, sign-on bonus $39,000, equity $100,000 per year\n"
                     u"• Option C: base salary $159,500, sign-on bonus $20,000, equity $109,500 per year"_s),
                 qPrintable(body));
    }
    void nonCashListsLeversInOrder()
    {
        const auto body = compose(midLevelInput(u"non-cash"_s)).email.body;
        QVERIFY2(
            body.contains(u"In order of importance to me: a start date that works for both of us, remote "
                          u"days, paid time off and a compensation review after six months."_s),
            qPrintable(body));
    }
    void readyToSignClose()
    {
        auto input = midLevelInput(u"ready-to-sign"_s);
        input.decisionDeadline = QDate(2026, 12, 10);
        const auto body = compose(input).email.body;
        QVERIFY2(body.contains(u"If we can get to $169,000, I'm ready to sign this week. I'd like to make my "
                               u"decision by Thursday, December 10, 2026."_s),
                 qPrintable(body));
    }
    // Quoting a market range the offer already tops would argue against the ask.
    void offerAboveQuotedRangeLeavesMarketOut()
    {
        auto input = midLevelInput(u"non-cash"_s);
        input.offer.base = usd(175'000); // above p75 $169,000
        const auto result = compose(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(!result.email.body.contains(u"pay data"_s), qPrintable(result.email.body));
        QVERIFY(!result.email.body.contains(u"$169,000"_s));
        QVERIFY(result.email.body.contains(u"In order of importance to me:"_s));
        QVERIFY(!result.phoneScript.contains(u"runs from"_s));
        verifyNoUnfilledField(result.email.body);
        input.offer.base = usd(169'000); // at p75: the range still supports it
        QVERIFY(
            compose(input).email.body.contains(u"the market for this role runs from $103,050 to $169,000"_s));
    }
    void relevelAndEquityVariants()
    {
        QVERIFY(compose(midLevelInput(u"relevel"_s))
                    .email.body.contains(u"whether the role could be leveled at senior."_s));
        QVERIFY(
            compose(midLevelInput(u"equity-refresh"_s))
                .email.body.contains(u"equity of $119,000 per year ($476,000 over the vesting period)"_s));
    }
    // {level} and {ask_level} come from the email language's [level.*] sections, whatever the app's language.
    void levelNamesInEmailLanguage()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.offer.level = CareerLevel::Senior;
        input.language = u"de"_s;
        const QString german = compose(input).email.body;
        QVERIFY2(german.contains(u"für Software Developers (Senior-Level) in den Vereinigten Staaten "
                                 u"(Erhebungsjahr 2024)"_s),
                 qPrintable(german));
        QVERIFY(!german.contains(u"senior"_s));
        input.language = u"es"_s;
        const QString spanish = compose(input).email.body;
        QVERIFY2(spanish.contains(u"para Software Developers de nivel sénior en los Estados Unidos"_s),
                 qPrintable(spanish));
        input.language = u"fr"_s;
        input.offer.level = CareerLevel::Mid;
        const QString french = compose(input).email.body;
        QVERIFY2(french.contains(u"pour les postes Software Developers de niveau intermédiaire pour "_s),
                 qPrintable(french));
        input.language = u"en"_s;
        input.offer.level = CareerLevel::Entry;
        const QString english = compose(input).email.body;
        QVERIFY2(english.contains(u"pay data for entry-level Software Developers in the United States"_s),
                 qPrintable(english));
    }
    void askedLevelInEmailLanguage()
    {
        auto input = midLevelInput(u"relevel"_s);
        input.language = u"de"_s;
        const QString german = compose(input).email.body;
        QVERIFY2(german.contains(u"ob die Stelle auf Senior-Level eingestuft werden könnte"_s),
                 qPrintable(german));
        input.tone = EmailTone::Formal;
        QVERIFY(
            compose(input).email.body.contains(u"ob die Position auf Senior-Level eingestuft werden kann"_s));
        input.language = u"es"_s;
        QVERIFY(compose(input).email.body.contains(u"situar el puesto en el nivel sénior"_s));
    }
    // A role typed in lower case reads as a title in the subject; the user's own capitals stay.
    void roleTypedInLowerCaseIsTitled()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.offer.role = u"  senior software engineer "_s;
        QCOMPARE(compose(input).email.subject, u"Re: Offer – Senior Software Engineer at Northwind Labs"_s);
        input.offer.role = u"head of platform and tools"_s;
        QCOMPARE(compose(input).email.subject, u"Re: Offer – Head of Platform and Tools at Northwind Labs"_s);
        input.offer.role = u"iOS engineer"_s;
        QCOMPARE(compose(input).email.subject, u"Re: Offer – iOS engineer at Northwind Labs"_s);
        input.offer.role = u"ingénieur logiciel"_s;
        input.language = u"fr"_s;
        QCOMPARE(compose(input).email.subject, u"Re\u00A0: Offre – Ingénieur logiciel chez Northwind Labs"_s);
    }
    void tonesDiffer()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.tone = EmailTone::Formal;
        const auto formal = compose(input);
        QCOMPARE(formal.email.subject, u"Re: Offer of employment – Software Engineer, Northwind Labs"_s);
        QVERIFY(formal.email.body.startsWith(u"Dear Jordan,"_s));
        QVERIFY(formal.email.body.contains(u"I would respectfully request a base salary of $169,000."_s));
        input.tone = EmailTone::Direct;
        QVERIFY(compose(input).email.body.contains(u"I'm asking for a base salary of $169,000."_s));
    }
    void genericGreetingWithoutNames()
    {
        auto input = midLevelInput(u"market-anchor"_s);
        input.recruiterName.clear();
        input.userName.clear();
        const auto body = compose(input).email.body;
        QVERIFY(body.startsWith(u"Hi,\n\n"_s));
        QVERIFY(body.endsWith(u"Warm regards,"_s));
    }
    void phoneScriptHasNumberedSteps()
    {
        const auto script = compose(midLevelInput(u"market-anchor"_s)).phoneScript;
        QVERIFY(script.startsWith(u"Phone script: Software Engineer at Northwind Labs\n\n1. Thank them"_s));
        QVERIFY(script.contains(u"\n5. Make the ask once, clearly: \"I'd like to ask for a base salary of "
                                u"$169,000.\""_s));
        QVERIFY(script.contains(u"\n10. Send a short recap email the same day."_s));
        verifyNoUnfilledField(script);
    }
    void askForTimeEmail()
    {
        auto input = midLevelInput(u"market-anchor"_s); // today: Thursday, November 26, 2026
        auto result = compose(input);
        QVERIFY(
            result.askForTime.body.contains(u"Could I come back to you by Saturday, November 28, 2026?"_s));
        input.decisionDeadline = QDate(2026, 11, 30); // under a week: five business days
        result = compose(input);
        QVERIFY2(result.askForTime.body.contains(u"by Thursday, December 3, 2026?"_s),
                 qPrintable(result.askForTime.body));
    }
    void brokenUserTemplateIsReportedWithPosition()
    {
        QTemporaryDir user;
        QDir().mkpath(user.filePath(u"en"_s));
        QFile file(user.filePath(u"en/email.warm.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# my override\n[thanks]\nThanks, {company}!\nMy number is {salary_expectation}.\n");
        file.close();
        m_library = TemplateLibrary({u":/templates"_s, user.path()});
        const auto result = compose(midLevelInput(u"market-anchor"_s));
        m_library = TemplateLibrary::builtIn();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.endsWith(u"en/email.warm.txt:4:14: unknown field {salary_expectation} (section "
                                       u"[thanks])"_s),
                 qPrintable(result.error));
    }
};

QTEST_APPLESS_MAIN(TestEmailComposer)
#include "TestEmailComposer.moc"
