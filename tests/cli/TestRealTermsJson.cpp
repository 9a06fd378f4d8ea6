#include "CliApplication.h"
#include "EvaluateCommand.h"
#include "RealTermsJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {

QString offerPath(const char* name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/") + QString::fromUtf8(name);
}

CommandOutput evaluate(const QStringList& arguments, const QByteArray& standardInput = QByteArray())
{
    QByteArray input = standardInput;
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    EvaluateCommand command(QLocale(QLocale::English, QLocale::UnitedStates));
    command.addJsonExtension(RealTermsJson::evaluateExtension());
    command.addTextExtension(RealTermsJson::evaluateTextExtension());
    return command.run(arguments, buffer);
}

QJsonObject realOf(const CommandOutput& output)
{
    return QJsonDocument::fromJson(output.standardOutput.toUtf8()).object().value(u"real"_s).toObject();
}

} // namespace

class TestRealTermsJson : public QObject
{
    Q_OBJECT

private slots:
    void sanJoseOffer()
    {
        const CommandOutput output = evaluate({offerPath("senior-swe-sanjose.json"), u"--json"_s});
        QCOMPARE(output.exitCode, int(Success));
        const QJsonObject real = realOf(output);
        QCOMPARE(real.value(u"parity"_s).toDouble(), 112.867);
        QCOMPARE(real.value(u"parity_source"_s).toString(), u"BEA RPP 2023"_s);
        QCOMPARE(real.value(u"parity_year"_s).toInt(), 2023);
        QCOMPARE(real.value(u"parity_area"_s).toObject().value(u"code"_s).toString(), u"41940"_s);
        QCOMPARE(real.value(u"parity_area"_s).toObject().value(u"name"_s).toString(),
                 u"San Jose-Sunnyvale-Santa Clara, CA"_s);
        QCOMPARE(real.value(u"location"_s).toObject().value(u"code"_s).toString(), u"41940"_s);
        QCOMPARE(real.value(u"basis"_s).toString(), u"metro"_s);
        QVERIFY(real.value(u"note"_s).isNull());
        QCOMPARE(real.value(u"total_4y"_s).toInteger(), 1394000);
        // 1,394,000 × 100 / 112.867 = 1,235,081.99…
        QCOMPARE(real.value(u"total_4y_real"_s).toInteger(), 1235082);
        const QJsonArray years = real.value(u"years_real"_s).toArray();
        QCOMPARE(years.size(), 4);
        QCOMPARE(years.at(0).toInteger(), 286621); // 323,500 × 100 / 112.867
        QCOMPARE(years.at(3).toInteger(), 335350); // 378,500 × 100 / 112.867
    }

    void stateFallbackOffer()
    {
        const QByteArray offer = R"({"schema": 1, "base": 180000, "location_code": "600003"})";
        const QJsonObject real = realOf(evaluate({u"-"_s, u"--json"_s}, offer));
        QCOMPARE(real.value(u"parity"_s).toDouble(), 112.581);
        QCOMPARE(real.value(u"basis"_s).toString(), u"state"_s);
        QCOMPARE(real.value(u"parity_area"_s).toObject().value(u"name"_s).toString(), u"California"_s);
        QCOMPARE(
            real.value(u"note"_s).toString(),
            u"uses California's parity: non-metropolitan area (BEA has no per-state non-metro figure)"_s);
        // 720,000 × 100 / 112.581 = 639,539.53…
        QCOMPARE(real.value(u"total_4y_real"_s).toInteger(), 639540);
    }

    void noPlaceNoMember()
    {
        // No location: the document has no `real` (like `market`); the text says why.
        const CommandOutput json = evaluate({offerPath("minimal.json"), u"--json"_s});
        QCOMPARE(json.exitCode, int(Success));
        const QJsonObject document = QJsonDocument::fromJson(json.standardOutput.toUtf8()).object();
        QVERIFY(!document.contains(u"real"_s));
        QCOMPARE(document.value(u"real_unavailable"_s).toString(), u"the offer has no location"_s);
        const CommandOutput text = evaluate({offerPath("minimal.json")});
        QVERIFY(
            text.standardOutput.endsWith(u"In real terms: not available (the offer has no location).\n"_s));
    }

    void nonUsdOfferHasNoRealTerms()
    {
        // The parities are US price levels: a euro offer in San Jose gets no `real`, and says why.
        const QByteArray offer =
            R"({"schema": 1, "base": 180000, "currency": "EUR", "location_code": "41940"})";
        const QString reason =
            u"the offer is in EUR, but BEA price parities compare US price levels, so they "
            "apply to pay in US dollars only"_s;
        const CommandOutput json = evaluate({u"-"_s, u"--json"_s}, offer);
        QCOMPARE(json.exitCode, int(Success));
        const QJsonObject document = QJsonDocument::fromJson(json.standardOutput.toUtf8()).object();
        QVERIFY(!document.contains(u"real"_s));
        QCOMPARE(document.value(u"real_unavailable"_s).toString(), reason);
        const CommandOutput text = evaluate({u"-"_s}, offer);
        QVERIFY2(text.standardOutput.endsWith(u"In real terms: not available ("_s + reason + u").\n"_s),
                 qPrintable(text.standardOutput));
    }

    void text()
    {
        const CommandOutput output = evaluate({offerPath("senior-swe-sanjose.json")});
        QCOMPARE(output.exitCode, int(Success));
        const int age = QDate::currentDate().year() - 2023;
        QVERIFY2(
            output.standardOutput.endsWith(
                u"In real terms (BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; %1 years old): "
                "4-year total $1,235,082 at 2023 US-average prices (nominal $1,394,000); amounts divided by "
                "the price parity / 100 and rounded to whole units.\n"_s.arg(age)),
            qPrintable(output.standardOutput));
    }

    void registeredWithEvaluate()
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        const CommandOutput output =
            CliApplication().run({u"evaluate"_s, offerPath("senior-swe-sanjose.json"), u"--json"_s}, input);
        QCOMPARE(realOf(output).value(u"total_4y_real"_s).toInteger(), 1235082);
    }
};

QTEST_APPLESS_MAIN(TestRealTermsJson)
#include "TestRealTermsJson.moc"
