#include "CliApplication.h"
#include "OfferSource.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

namespace {
QString sessionPath(const QString& name)
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/tests/data/sessions/"_s + name;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data");
    return file.readAll();
}
} // namespace

class TestOfferSource : public QObject
{
    Q_OBJECT

private slots:
    void takesTheOfferOption_data();
    void takesTheOfferOption();
    void picksTheNegotiatedOfferByDefault();
    void picksTheNumberedOffer();
    void offerFileIsASessionWithOneOffer();
    void refusesAMissingOffer();
    void namesTheSourceInErrors();
    void evaluateRefusesAnUnfinishedOffer();
    void evaluateReadsASession();
};

void TestOfferSource::takesTheOfferOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("remaining");
    QTest::addColumn<int>("offerNumber");
    QTest::addColumn<QString>("error");
    QTest::newRow("absent") << QStringList{u"a.anchorline"_s, u"--json"_s}
                            << QStringList{u"a.anchorline"_s, u"--json"_s} << 0 << QString();
    QTest::newRow("separate") << QStringList{u"a.anchorline"_s, u"--offer"_s, u"2"_s, u"--json"_s}
                              << QStringList{u"a.anchorline"_s, u"--json"_s} << 2 << QString();
    QTest::newRow("equals") << QStringList{u"--offer=3"_s, u"a.anchorline"_s}
                            << QStringList{u"a.anchorline"_s} << 3 << QString();
    QTest::newRow("zero") << QStringList{u"--offer"_s, u"0"_s} << QStringList{} << 0
                          << u"--offer: \"0\" is not an offer number; expected 1, 2, …"_s;
    QTest::newRow("missing value")
        << QStringList{u"a.anchorline"_s, u"--offer"_s} << QStringList{u"a.anchorline"_s, u"--offer"_s} << 0
        << u"--offer: expected an offer number (1 for the first offer of the session)"_s;
}

void TestOfferSource::takesTheOfferOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, remaining);
    QFETCH(int, offerNumber);
    QFETCH(QString, error);
    int number = -1;
    QCOMPARE(OfferSource::takeOfferOption(arguments, number), error);
    QCOMPARE(arguments, remaining);
    if (error.isEmpty())
        QCOMPARE(number, offerNumber);
}

void TestOfferSource::picksTheNegotiatedOfferByDefault()
{
    const QString path = sessionPath(u"dana-okafor.anchorline"_s);
    auto source = OfferSource::parse(readFile(path), path);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.offerIndex, 0);
    QCOMPARE(source.offer().company, u"Northwind Robotics"_s);
    QCOMPARE(source.session.clientName, u"Dana Okafor"_s);

    QByteArray negotiatingContoso = readFile(path);
    negotiatingContoso.replace("\"negotiated_offer\": 1", "\"negotiated_offer\": 2");
    negotiatingContoso.replace("\"competing_offer\": 2", "\"competing_offer\": 1");
    source = OfferSource::parse(negotiatingContoso, path);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.offer().company, u"Contoso Cloud"_s);
}

void TestOfferSource::picksTheNumberedOffer()
{
    const QString path = sessionPath(u"dana-okafor.anchorline"_s);
    const auto source = OfferSource::parse(readFile(path), path, 2);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.offerIndex, 1);
    QCOMPARE(source.offer().base, Money::fromMajor(195'000));
}

void TestOfferSource::offerFileIsASessionWithOneOffer()
{
    const QString path = sessionPath(u"offer-schema0.json"_s);
    auto source = OfferSource::parse(readFile(path), path);
    QVERIFY2(source.ok(), qPrintable(source.error));
    QCOMPARE(source.offer().company, u"Fabrikam"_s);
    source = OfferSource::parse(readFile(path), path, 1);
    QVERIFY(source.ok());
    source = OfferSource::parse(readFile(path), path, 2);
    QCOMPARE(source.error, path + u": --offer 2: expected an offer number from 1 to 1\n"_s);
}

void TestOfferSource::refusesAMissingOffer()
{
    const QString path = sessionPath(u"dana-okafor.anchorline"_s);
    const auto source = OfferSource::parse(readFile(path), path, 3);
    QCOMPARE(source.error, path + u": --offer 3: expected an offer number from 1 to 2\n"_s);
    const auto empty =
        OfferSource::parseSession(R"({"app": "Anchorline", "schema": 1, "offers": []})", u"-"_s);
    QCOMPARE(empty.error, u"standard input: the session holds no offer\n"_s);
}

void TestOfferSource::namesTheSourceInErrors()
{
    const auto source = OfferSource::parse(
        R"({"app": "Anchorline", "schema": 1, "offers": [{"label": 1, "offer": {}}]})", u"c.anchorline"_s);
    QVERIFY(!source.ok());
    QVERIFY2(source.error.startsWith(u"c.anchorline: offers[1].label: expected text, found a number\n"_s),
             qPrintable(source.error));
    QVERIFY2(source.error.contains(u"c.anchorline: offers[1].offer.base: "_s), qPrintable(source.error));
}

void TestOfferSource::evaluateRefusesAnUnfinishedOffer()
{
    QByteArray session =
        R"({"app": "Anchorline", "schema": 1, "offers": [{"offer": {"schema": 1, "base": 100000}}, {"offer": {"schema": 1, "base": 0}}]})";
    // Only the chosen offer must be complete.
    QVERIFY(OfferSource::parse(session, u"s.anchorline"_s, 1).ok());
    QBuffer input(&session);
    input.open(QIODevice::ReadOnly);
    const auto output = CliApplication().run({u"evaluate"_s, u"-"_s, u"--offer"_s, u"2"_s}, input);
    QCOMPARE(output.exitCode, 2);
    QVERIFY(output.standardOutput.isEmpty());
    QCOMPARE(output.standardError,
             u"standard input: offers[2].offer.base: expected the yearly base salary, more than 0\n"_s);
}

void TestOfferSource::evaluateReadsASession()
{
    QBuffer noInput;
    noInput.open(QIODevice::ReadOnly);
    const auto output = CliApplication().run(
        {u"evaluate"_s, sessionPath(u"dana-okafor.anchorline"_s), u"--offer"_s, u"2"_s, u"--json"_s},
        noInput);
    QCOMPARE(output.exitCode, 0);
    const QJsonObject evaluation = QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
    QCOMPARE(evaluation.value(u"total_4y").toDouble(), 1232000.0); // Contoso, offer 2
}

QTEST_APPLESS_MAIN(TestOfferSource)
#include "TestOfferSource.moc"
