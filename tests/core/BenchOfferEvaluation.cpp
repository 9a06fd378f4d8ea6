#include "CompensationCalculator.h"
#include "OfferJson.h"

#include <QFile>
#include <QTest>

using namespace Anchorline;

// What the app does on every edit of the offer form and `anchorline-cli evaluate` does once: read an offer,
// compute the year table and the walk-away costs.
class BenchOfferEvaluation : public QObject
{
    Q_OBJECT

private:
    QByteArray m_json;

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/senior-swe-sanjose.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_json = file.readAll();
    }

    void parseOffer()
    {
        QBENCHMARK
        {
            const auto result = OfferJson::parse(m_json);
            QVERIFY(result.ok());
        }
    }

    void evaluateOffer()
    {
        const Offer offer = *OfferJson::parse(m_json).offer;
        QBENCHMARK
        {
            const CompensationCalculator calculator(offer);
            const auto years = calculator.years();
            QCOMPARE(years.size(), 6);
            for (const int month : CompensationCalculator::standardWalkAwayMonths())
                QVERIFY(!calculator.walkAwayCost(month).total().isNegative());
        }
    }
};

QTEST_APPLESS_MAIN(BenchOfferEvaluation)
#include "BenchOfferEvaluation.moc"
