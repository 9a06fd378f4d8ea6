#include "CliApplication.h"
#include "Money.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {

QString offerPath(const char* name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/") + QString::fromUtf8(name);
}

QString sessionPath()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline");
}

CommandOutput run(QStringList arguments)
{
    QBuffer input;
    input.open(QIODevice::ReadOnly);
    arguments.prepend(u"email"_s);
    arguments += {u"--today"_s, u"2026-11-26"_s};
    return CliApplication().run(arguments, input);
}

QJsonObject runJson(QStringList arguments)
{
    arguments.push_back(u"--json"_s);
    const auto output = run(arguments);
    if (output.exitCode != Success)
        qWarning("%s", qPrintable(output.standardError));
    return QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
}

bool hasUnfilledField(const QString& text)
{
    static const QRegularExpression field(u"\\{[a-z_0-9]*\\}"_s);
    return field.match(text).hasMatch();
}

} // namespace

class TestEmailCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonShape()
    {
        const QJsonObject json = runJson({offerPath("senior-swe-sanjose.json")});
        for (const auto* key : {"strategy", "subject", "body", "phone_script", "ask", "reasons", "warnings",
                                "sources", "ask_for_time", "offered", "market", "why", "levers", "packages"})
            QVERIFY2(json.contains(QString::fromLatin1(key)), key);
        const QJsonObject ask = json.value(u"ask"_s).toObject();
        QCOMPARE(ask.keys(),
                 QStringList({u"base"_s, u"equity_per_year"_s, u"level"_s, u"refresh"_s, u"signon"_s}));
        for (const auto& warning : json.value(u"warnings"_s).toArray()) {
            const QJsonObject object = warning.toObject();
            QVERIFY(object.contains(u"severity"_s) && object.contains(u"code"_s) &&
                    object.contains(u"message"_s));
        }
    }
    void sanJoseSeniorMarketAnchor()
    {
        // 15-1252, San Jose (41940), senior: p25 252,142, p50 264,514 (OFLC Level IV), p75 280,638
        // (estimates).
        const QJsonObject json = runJson(
            {offerPath("senior-swe-sanjose.json"), u"--recruiter"_s, u"Dana"_s, u"--name"_s, u"Alex Kim"_s});
        QCOMPARE(json.value(u"strategy"_s).toString(), u"market-anchor"_s);
        const QJsonObject ask = json.value(u"ask"_s).toObject();
        QCOMPARE(ask.value(u"base"_s).toDouble(), 280'500.0);
        QCOMPARE(ask.value(u"signon"_s).toDouble(), 30'000.0);
        QCOMPARE(ask.value(u"equity_per_year"_s).toDouble(), 100'000.0);
        QCOMPARE(ask.value(u"refresh"_s).toDouble(), 100'000.0);
        QCOMPARE(ask.value(u"level"_s).toString(), u"senior"_s);
        QCOMPARE(json.value(u"offered"_s).toObject().value(u"base"_s).toDouble(), 185'000.0);
        QCOMPARE(json.value(u"subject"_s).toString(),
                 u"Re: Offer – Senior Software Engineer at Northwind Labs"_s);
        const QString body = json.value(u"body"_s).toString();
        QVERIFY(body.startsWith(u"Hi Dana,\n\n"_s));
        QVERIFY2(
            body.contains(u"Based on DOL OFLC pay data for senior Software Developers in San Jose-Sunnyvale-"
                          u"Santa Clara, CA (survey year 2024), the market for this role runs from about "
                          u"$252,142 to $280,638, with a median of $264,514."_s),
            qPrintable(body));
        QVERIFY(body.contains(u"I'd like to ask for a base salary of $280,500."_s));
        QVERIFY(body.endsWith(u"Alex Kim"_s));
        QVERIFY(!hasUnfilledField(body));
        QVERIFY(!hasUnfilledField(json.value(u"phone_script"_s).toString()));
        const QJsonObject reason = json.value(u"reasons"_s).toArray().at(0).toObject();
        QCOMPARE(reason.value(u"rule"_s).toString(), u"target-percentile"_s);
        QCOMPARE(reason.value(u"percentile"_s).toInt(), 75);
        QCOMPARE(reason.value(u"band_value"_s).toDouble(), 280'638.0);
        QCOMPARE(reason.value(u"band_value_kind"_s).toString(), u"estimated"_s);
        QCOMPARE(reason.value(u"rounding"_s).toInt(), 500);
        const QJsonArray sources = json.value(u"sources"_s).toArray();
        QVERIFY(sources.at(0).toString().startsWith(
            u"U.S. Department of Labor, Office of Foreign Labor Certification (OFLC)"_s));
        QVERIFY(sources.at(0).toString().endsWith(u"(OEWS survey year 2024)"_s));
        const QJsonObject market = json.value(u"market"_s).toObject();
        QCOMPARE(market.value(u"area_code"_s).toString(), u"41940"_s);
        QCOMPARE(market.value(u"percentiles"_s).toObject().value(u"p50"_s).toDouble(), 264'514.0);
    }
    void competingOfferIsMatched()
    {
        const QJsonObject json = runJson({offerPath("senior-swe-sanjose.json"), u"--competing"_s,
                                          offerPath("competing-contoso-sanjose.json")});
        QCOMPARE(json.value(u"strategy"_s).toString(), u"competing-offer"_s);
        const QJsonObject ask = json.value(u"ask"_s).toObject();
        QCOMPARE(ask.value(u"base"_s).toDouble(), 205'000.0);
        QCOMPARE(ask.value(u"signon"_s).toDouble(), 40'000.0);
        QCOMPARE(ask.value(u"equity_per_year"_s).toDouble(), 120'000.0);
        QVERIFY(json.value(u"body"_s).toString().contains(
            u"I have a written offer from Contoso with a base salary of $205,000"_s));
    }
    void optionsChangeStrategyTonePercentile()
    {
        const QJsonObject json =
            runJson({offerPath("senior-swe-sanjose.json"), u"--strategy"_s, u"bolstering-range"_s,
                     u"--tone"_s, u"formal"_s, u"--target-percentile"_s, u"50"_s});
        QCOMPARE(json.value(u"strategy"_s).toString(), u"bolstering-range"_s);
        QCOMPARE(json.value(u"tone"_s).toString(), u"formal"_s);
        const QJsonObject ask = json.value(u"ask"_s).toObject();
        QCOMPARE(ask.value(u"base"_s).toDouble(), 264'500.0);           // p50 264,514
        QCOMPARE(ask.value(u"base_range_top"_s).toDouble(), 277'500.0); // 264,500 × 1.05 = 277,725
        QVERIFY(json.value(u"body"_s).toString().contains(
            u"I would respectfully request a base salary in the range of $264,500 to $277,500."_s));
    }
    void shortDeadlineWarnsAndOffersAskForTime()
    {
        const QJsonObject json =
            runJson({offerPath("senior-swe-sanjose.json"), u"--deadline"_s, u"2026-11-30"_s});
        QStringList codes;
        for (const auto& warning : json.value(u"warnings"_s).toArray())
            codes.push_back(warning.toObject().value(u"code"_s).toString());
        QVERIFY(codes.contains(u"short-deadline"_s));
        QVERIFY(json.value(u"ask_for_time"_s)
                    .toObject()
                    .value(u"body"_s)
                    .toString()
                    .contains(u"by Thursday, December 3, 2026"_s));
    }
    void textOutputIsReadyToPaste()
    {
        const auto output = run({offerPath("senior-swe-sanjose.json")});
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardOutput.startsWith(
            u"Subject: Re: Offer – Senior Software Engineer at Northwind Labs\n\nHi,\n\nThank you"_s));
        QVERIFY(output.standardOutput.endsWith(u"Warm regards,\n"_s));
    }
    void unknownStrategyToneLanguageExitTwo()
    {
        auto output = run({offerPath("senior-swe-sanjose.json"), u"--strategy"_s, u"lowball"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY(output.standardError.startsWith(u"email: unknown strategy \"lowball\"; known strategies: "
                                                u"market-anchor, "_s));
        output = run({offerPath("senior-swe-sanjose.json"), u"--tone"_s, u"sarcastic"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardError.contains(u"unknown tone \"sarcastic\""_s));
        output = run({offerPath("senior-swe-sanjose.json"), u"--lang"_s, u"it"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardError.contains(u"no templates for language \"it\""_s));
        output = run({offerPath("senior-swe-sanjose.json"), u"--target-percentile"_s, u"95"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardError.contains(u"--target-percentile \"95\""_s));
    }
    void everyLanguageAndTone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tone");
        for (const auto* language : {"en", "de", "es", "fr"}) {
            for (const auto* tone : {"warm", "direct", "formal"})
                QTest::addRow("%s-%s", language, tone)
                    << QString::fromLatin1(language) << QString::fromLatin1(tone);
        }
    }
    // The San Jose sample in every built-in language and tone: complete texts, the ask and the band formatted
    // the language's way ("280.500 $" in German, "280 500 $" with a narrow no-break space in French), the
    // source named, the estimate marked, and the deadline as a long date in that language.
    void everyLanguageAndTone()
    {
        QFETCH(QString, language);
        QFETCH(QString, tone);
        const QJsonObject json = runJson({offerPath("senior-swe-sanjose.json"), u"--lang"_s, language,
                                          u"--tone"_s, tone, u"--deadline"_s, u"2026-12-10"_s, u"--today"_s,
                                          u"2026-11-26"_s, u"--name"_s, u"Alex Kim"_s});
        QCOMPARE(json.value(u"language"_s).toString(), language);
        const QLocale locale(language);
        const QString ask = Anchorline::Money::fromMajor(280'500, u"USD"_s).toString(locale);
        const QString p75 = Anchorline::Money::fromMajor(280'638, u"USD"_s).toString(locale);
        const QString body = json.value(u"body"_s).toString();
        const QString script = json.value(u"phone_script"_s).toString();
        const auto askForTime = json.value(u"ask_for_time"_s).toObject();
        for (const QString& text :
             {json.value(u"subject"_s).toString(), body, script, askForTime.value(u"subject"_s).toString(),
              askForTime.value(u"body"_s).toString()}) {
            QVERIFY2(!text.isEmpty(), qPrintable(body));
            QVERIFY2(!text.contains(u'{') && !text.contains(u'}'), qPrintable(text));
        }
        QVERIFY2(body.contains(ask), qPrintable(ask + u'\n' + body));
        QVERIFY2(body.contains(p75), qPrintable(p75 + u'\n' + body));
        QVERIFY(body.contains(u"DOL OFLC"_s));
        QVERIFY2(body.contains(locale.toString(QDate(2026, 12, 10), QLocale::LongFormat)), qPrintable(body));
        QVERIFY(body.trimmed().endsWith(u"Alex Kim"_s));
        QVERIFY(script.contains(ask));
        QVERIFY(script.contains(u"DOL OFLC"_s));
        // Every band value is estimated here: the template language's word for "about" precedes p25.
        static const QHash<QString, QString> about{
            {u"en"_s, u"about "_s}, {u"de"_s, u"etwa "_s}, {u"es"_s, u"unos "_s}, {u"fr"_s, u"environ "_s}};
        QVERIFY2(body.contains(about.value(language) +
                               Anchorline::Money::fromMajor(252'142, u"USD"_s).toString(locale)),
                 qPrintable(body));
        if (language != u"en")
            QVERIFY2(!body.contains(u" about "_s), qPrintable(body));
    }
    void brokenTemplateExitsTwoWithPosition()
    {
        QTemporaryDir templates;
        QDir().mkpath(templates.filePath(u"en"_s));
        QFile file(templates.filePath(u"en/email.warm.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[value]\nI bring {years} years of experience.\n[market]\nData: {band_p50:>>}\n");
        file.close();
        const auto output = run({offerPath("senior-swe-sanjose.json"), u"--templates"_s, templates.path()});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY2(output.standardError.contains(
                     u"en/email.warm.txt:2:9: unknown field {years} (section [value])"_s),
                 qPrintable(output.standardError));
    }
    void sessionUsesNegotiatedOfferAndSessionSettings()
    {
        // Offer 1 (Northwind: base 182,000, sign-on 20,000 + 10,000, equity 240,000 / 4 years, refresh
        // 40,000) against the session's competing offer 2 (Contoso: base 195,000, sign-on 15,000, equity
        // 320,000 / 4 years, no refresh), which is higher on average: the competing-offer strategy matches
        // base and equity and keeps the higher sign-on and refresh as offered.
        const QJsonObject json = runJson({sessionPath()});
        QCOMPARE(json.value(u"strategy"_s).toString(), u"competing-offer"_s);
        QCOMPARE(json.value(u"tone"_s).toString(), u"warm"_s);
        QCOMPARE(json.value(u"offered"_s).toObject().value(u"base"_s).toDouble(), 182'000.0);
        const QJsonObject ask = json.value(u"ask"_s).toObject();
        QCOMPARE(ask.value(u"base"_s).toDouble(), 195'000.0);
        QCOMPARE(ask.value(u"signon"_s).toDouble(), 30'000.0);
        QCOMPARE(ask.value(u"equity_per_year"_s).toDouble(), 80'000.0);
        QCOMPARE(ask.value(u"refresh"_s).toDouble(), 40'000.0);
        QCOMPARE(json.value(u"blocked"_s).toBool(), false);
        const QString body = json.value(u"body"_s).toString();
        QVERIFY2(body.contains(u"Contoso Cloud"_s) && body.contains(u"$195,000"_s), qPrintable(body));
        QVERIFY2(body.startsWith(u"Hi Priya Raman,\n\n"_s), qPrintable(body)); // the session's recruiter
        QVERIFY(body.endsWith(u"Dana Okafor"_s));                              // the session's client
        // The session's private current pay (base 158,000) never goes into the email.
        QVERIFY(!body.contains(u"158"_s));
        QVERIFY(!json.value(u"phone_script"_s).toString().contains(u"158"_s));
    }
    void sessionOfferOptionPicksOffer()
    {
        // Offer 2 is the session's competing offer, so it has no competing offer of its own: the session's
        // competing-offer strategy is blocked until one is given.
        QJsonObject json = runJson({sessionPath(), u"--offer"_s, u"2"_s});
        QCOMPARE(json.value(u"offered"_s).toObject().value(u"base"_s).toDouble(), 195'000.0);
        QCOMPARE(json.value(u"subject"_s).toString(),
                 u"Re: Offer – Senior Software Engineer at Contoso Cloud"_s);
        QCOMPARE(json.value(u"blocked"_s).toBool(), true);
        QCOMPARE(json.value(u"warnings"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"competing-offer-missing"_s);
        json = runJson({sessionPath(), u"--offer"_s, u"2"_s, u"--competing"_s,
                        offerPath("competing-contoso-sanjose.json")});
        QCOMPARE(json.value(u"offered"_s).toObject().value(u"base"_s).toDouble(), 195'000.0);

        const auto output = run({sessionPath(), u"--offer"_s, u"3"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QCOMPARE(output.standardError,
                 sessionPath() + u": --offer 3: expected an offer number from 1 to 2\n"_s);
    }
    void optionsOverrideSessionSettings()
    {
        const QJsonObject json = runJson({sessionPath(), u"--tone"_s, u"formal"_s, u"--strategy"_s,
                                          u"market-anchor"_s, u"--recruiter"_s, u"Sam"_s});
        QCOMPARE(json.value(u"tone"_s).toString(), u"formal"_s);
        QCOMPARE(json.value(u"strategy"_s).toString(), u"market-anchor"_s);
        QVERIFY(json.value(u"body"_s).toString().contains(u"Sam"_s));
        QVERIFY(!json.value(u"body"_s).toString().contains(u"Priya"_s));
    }
    void badOfferFilesExitTwo()
    {
        auto output = run({offerPath("no-such-offer.json")});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardError.contains(u"no-such-offer.json"_s));
        output = run({offerPath("senior-swe-sanjose.json"), u"--competing"_s, offerPath("missing.json")});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardError.contains(u"missing.json"_s));
        output = run({});
        QCOMPARE(output.exitCode, int(BadInput));
    }
};

QTEST_APPLESS_MAIN(TestEmailCommand)
#include "TestEmailCommand.moc"
