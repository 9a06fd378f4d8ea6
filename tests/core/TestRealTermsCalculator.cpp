#include "CompensationCalculator.h"
#include "MarketStore.h"
#include "OfferJson.h"
#include "RealTermsCalculator.h"

#include <QFile>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestRealTermsCalculator : public QObject
{
    Q_OBJECT

private slots:
    void realValue_data();
    void realValue();
    void equivalentIn();
    void roundingHalfAwayFromZero();
    void badParity();
    void offer();
    void band();
};

void TestRealTermsCalculator::realValue_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("parity");
    QTest::addColumn<qint64>("expected");
    // PROVENANCE.md: $180,000 in San Jose buys what $159,480 buys in an average US place
    // (180,000 × 100,000 / 112,867 = 159,479.74…).
    QTest::newRow("San Jose") << 180'000LL << 112867 << 159'480LL;
    QTest::newRow("San Francisco") << 180'000LL << 118225 << 152'252LL; // 152,252.06…
    QTest::newRow("Austin") << 180'000LL << 97620 << 184'388LL;         // 184,388.4…
    QTest::newRow("New York") << 180'000LL << 112473 << 160'038LL;      // 160,038.4…
    QTest::newRow("Seattle") << 180'000LL << 112991 << 159'305LL;       // 159,304.7…
    QTest::newRow("California") << 180'000LL << 112581 << 159'885LL;    // 159,884.9…
    QTest::newRow("Arkansas") << 180'000LL << 86508 << 208'073LL;       // 208,073.2…
    QTest::newRow("US") << 180'000LL << 100000 << 180'000LL;
}

void TestRealTermsCalculator::realValue()
{
    QFETCH(qint64, amount);
    QFETCH(int, parity);
    QFETCH(qint64, expected);
    const auto real = RealTermsCalculator::realValue(Money::fromMajor(amount), parity);
    QVERIFY(real);
    QCOMPARE(*real, Money::fromMajor(expected));
}

void TestRealTermsCalculator::equivalentIn()
{
    // To match $180,000 in San Jose (112.867): Austin (97.620) 155,684.12… → $155,684.
    QCOMPARE(RealTermsCalculator::equivalentIn(Money::fromMajor(180'000), 112867, 97620),
             Money::fromMajor(155'684));
    // San Jose → San Francisco (118.225): 188,544.92… → $188,545.
    QCOMPARE(RealTermsCalculator::equivalentIn(Money::fromMajor(180'000), 112867, 118225),
             Money::fromMajor(188'545));
    // Same place, same amount; cents are rounded to whole dollars.
    QCOMPARE(RealTermsCalculator::equivalentIn(Money::fromMinor(18'000'049), 112867, 112867),
             Money::fromMajor(180'000));
    QCOMPARE(RealTermsCalculator::equivalentIn(Money::fromMajor(0), 112867, 97620), Money::fromMajor(0));
}

void TestRealTermsCalculator::roundingHalfAwayFromZero()
{
    // 1 × 100,000 / 80,000 = 1.25 → 1; 2 × 100,000 / 80,000 = 2.5 → 3 (one rounding from cents, not two).
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMajor(1), 80000), Money::fromMajor(1));
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMajor(2), 80000), Money::fromMajor(3));
    // 99 cents at parity 200.000 is $0.495: rounded once → $0 (rounding to cents first would give 50 cents,
    // then $1).
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMinor(99), 200000), Money::fromMajor(0));
    // 49 cents at parity 98.000 is exactly $0.50 → $1.
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMinor(49), 98000), Money::fromMajor(1));
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMajor(-2), 80000), Money::fromMajor(-3));
    // Currency and its minor units are kept: ¥ has none.
    QCOMPARE(RealTermsCalculator::realValue(Money::fromMajor(1000, u"JPY"_s), 112867),
             Money::fromMajor(886, u"JPY"_s));
}

void TestRealTermsCalculator::badParity()
{
    QVERIFY(!RealTermsCalculator::realValue(Money::fromMajor(180'000), 0));
    QVERIFY(!RealTermsCalculator::realValue(Money::fromMajor(180'000), -5));
    QVERIFY(!RealTermsCalculator::equivalentIn(Money::fromMajor(180'000), 0, 97620));
    QVERIFY(!RealTermsCalculator::equivalentIn(Money::fromMajor(180'000), 112867, 0));
    // Overflow is refused, not wrapped.
    QVERIFY(!RealTermsCalculator::realValue(Money::fromMinor(std::numeric_limits<qint64>::max()), 1));
}

void TestRealTermsCalculator::offer()
{
    QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/tests/data/offers/senior-swe-sanjose.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto parsed = OfferJson::parse(file.readAll());
    QVERIFY(parsed.offer);
    const CompensationCalculator calculator(*parsed.offer);
    const PriceParityTable table(MarketStore::builtIn());
    const auto sanJose = table.forCode(u"41940");
    const OfferRealTerms terms = RealTermsCalculator::forOffer(calculator, *sanJose.place);
    QCOMPARE(terms.totalFourYears, Money::fromMajor(1'394'000));
    // 1,394,000 × 100,000 / 112,867 = 1,235,081.99…
    QCOMPARE(terms.totalFourYearsReal, Money::fromMajor(1'235'082));
    // Years 323,500 / 338,500 / 353,500 / 378,500, each converted on its own.
    const QList<Money> expected{Money::fromMajor(286'621), Money::fromMajor(299'911),
                                Money::fromMajor(313'200), Money::fromMajor(335'350)};
    QCOMPARE(terms.yearTotalsReal, expected);
    QCOMPARE(terms.place.code, u"41940"_s);
}

void TestRealTermsCalculator::band()
{
    Band band;
    band.areaName = u"San Jose-Sunnyvale-Santa Clara, CA"_s;
    band.values[int(Percentile::P25)] = {Money::fromMajor(252'142), BandValue::Kind::Estimated};
    band.values[int(Percentile::P50)] = {Money::fromMajor(264'514), BandValue::Kind::Published};
    band.values[int(Percentile::P90)] = {Money::fromMajor(239'200), BandValue::Kind::TopCoded};
    const Band real = RealTermsCalculator::realBand(band, 112867);
    QCOMPARE(real.areaName, band.areaName);
    QCOMPARE(real.value(Percentile::P10).kind, BandValue::Kind::Missing);
    QCOMPARE(real.value(Percentile::P10).amount, Money());
    QCOMPARE(real.value(Percentile::P25).amount, Money::fromMajor(223'397)); // 223,397.4…
    QCOMPARE(real.value(Percentile::P25).kind, BandValue::Kind::Estimated);
    QCOMPARE(real.value(Percentile::P50).amount, Money::fromMajor(234'359)); // 234,359.02…
    QCOMPARE(real.value(Percentile::P50).kind, BandValue::Kind::Published);
    // A top-code's lower bound converts and stays a lower bound: ≥ $211,931 (211,930.9…).
    QCOMPARE(real.value(Percentile::P90).amount, Money::fromMajor(211'931));
    QCOMPARE(real.value(Percentile::P90).kind, BandValue::Kind::TopCoded);
}

QTEST_APPLESS_MAIN(TestRealTermsCalculator)
#include "TestRealTermsCalculator.moc"
