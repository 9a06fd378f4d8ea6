#include "BandModel.h"
#include "MarketStore.h"

#include <QResource>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// Band look-up (target ≤ 50 µs) and the cost of opening the dataset and decoding the OFLC table on first use.
class BenchBandLookup : public QObject
{
    Q_OBJECT

private slots:
    void localBand();
    void nationalBand();
    void openDataset();
    void firstLocalBand();
};

void BenchBandLookup::localBand()
{
    const MarketStore& store = MarketStore::builtIn();
    QVERIFY(BandModel::band(store, u"15-1252", u"41940", CareerLevel::Senior)); // warm-up: decodes the table
    QBENCHMARK
    {
        const std::optional<Band> band = BandModel::band(store, u"15-1252", u"41940", CareerLevel::Senior);
        QVERIFY(band);
    }
}

void BenchBandLookup::nationalBand()
{
    const MarketStore& store = MarketStore::builtIn();
    QVERIFY(BandModel::band(store, u"15-1252", u"US", CareerLevel::Unspecified));
    QBENCHMARK
    {
        const std::optional<Band> band = BandModel::band(store, u"15-1252", u"US", CareerLevel::Unspecified);
        QVERIFY(band);
    }
}

void BenchBandLookup::openDataset()
{
    const QByteArray data = QResource(u":/anchorline/data/market.bin"_s).uncompressedData();
    QBENCHMARK
    {
        QVERIFY(MarketStore::fromData(data));
    }
}

void BenchBandLookup::firstLocalBand()
{
    const QByteArray data = QResource(u":/anchorline/data/market.bin"_s).uncompressedData();
    QBENCHMARK
    {
        const std::unique_ptr<MarketStore> store = MarketStore::fromData(data);
        QVERIFY(BandModel::band(*store, u"15-1252", u"41940", CareerLevel::Unspecified));
    }
}

QTEST_APPLESS_MAIN(BenchBandLookup)
#include "BenchBandLookup.moc"
