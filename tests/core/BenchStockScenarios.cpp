#include "OfferJson.h"
#include "StockScenarioCalculator.h"

#include <QFile>
#include <QTest>

using namespace Anchorline;

// What the Stock scenarios tab does on every edit of the offer or a growth rate, and `evaluate --scenarios`
// once: value every vest of the grant and the refreshers under the three default scenarios.
class BenchStockScenarios : public QObject
{
    Q_OBJECT

private slots:
    void threeScenarios()
    {
        QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/senior-swe-sanjose.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Offer offer = *OfferJson::parse(file.readAll()).offer;
        const StockScenarioSettings settings = StockScenarioSettings::forStage(CompanyStage::Growth);
        QBENCHMARK
        {
            const auto results = StockScenarioCalculator(offer, settings).results();
            QCOMPARE(results.at(2).totalFourYears, Money::fromMajor(479'041));
        }
    }
};

QTEST_APPLESS_MAIN(BenchStockScenarios)
#include "BenchStockScenarios.moc"
