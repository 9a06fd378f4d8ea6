#include "ChartSeriesBuilder.h"
#include "MarketStore.h"
#include "OfferWorkspace.h"
#include "SessionFile.h"

#include <QFile>
#include <QTest>

using namespace Anchorline;

// The full recompute path behind one input change in the app: band look-up (role, level or place changed),
// year table, walk-away costs, strategies, the plan with its email, and the chart data. Target: ≤ 5 ms.
class BenchRecompute : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offerAmountChanged();
    void placeChanged();
    void restoreSession();

private:
    static NegotiationInput sample();
    static void buildChartData(const OfferWorkspace& workspace);
};

void BenchRecompute::initTestCase()
{
    // Decode the dataset once, as the running app has.
    OfferWorkspace warmUp(MarketStore::builtIn());
    warmUp.setInput(sample());
    QVERIFY(warmUp.plan());
}

NegotiationInput BenchRecompute::sample()
{
    NegotiationInput input;
    input.offer.company = QStringLiteral("Northwind Robotics");
    input.offer.role = QStringLiteral("Software Engineer");
    input.offer.level = CareerLevel::Senior;
    input.offer.location = QStringLiteral("San Jose, CA");
    input.offer.base = Money::fromMajor(185'000);
    input.offer.bonusBasisPoints = 1000;
    input.offer.signOn.amount = Money::fromMajor(20'000);
    input.offer.signOn.clawbackMonths = 12;
    input.offer.equity.grant = Money::fromMajor(240'000);
    input.offer.refresh.yearlyGrant = Money::fromMajor(40'000);
    return input;
}

void BenchRecompute::buildChartData(const OfferWorkspace& workspace)
{
    const auto band = ChartSeriesBuilder::bandChart(*workspace.band());
    const auto marker = ChartSeriesBuilder::bandMarker(QStringLiteral("Offer"), workspace.input().offer.base,
                                                       *workspace.band());
    const auto years = ChartSeriesBuilder::yearByYear(workspace.years());
    const auto walkAway = ChartSeriesBuilder::walkAway(workspace.walkAwayCosts());
    QVERIFY(!band.isEmpty() && !marker.label.isEmpty() && !years.categories.isEmpty() &&
            walkAway.highest > 0);
}

void BenchRecompute::offerAmountChanged()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    workspace.setInput(input);
    qint64 base = 185'000;
    QBENCHMARK
    {
        base = base == 185'000 ? 187'500 : 185'000;
        input.offer.base = Money::fromMajor(base);
        workspace.setInput(input);
        buildChartData(workspace);
    }
    QVERIFY(workspace.plan());
}

void BenchRecompute::placeChanged()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    bool sanJose = true;
    QBENCHMARK
    {
        sanJose = !sanJose;
        input.offer.location = sanJose ? QStringLiteral("San Jose, CA") : QStringLiteral("Austin, TX");
        workspace.setInput(input);
        buildChartData(workspace);
    }
    QVERIFY(workspace.plan());
}

// The window's first recompute at start-up: the last session (tests/data/sessions/dana-okafor.anchorline:
// role_soc 15-1252, location "Seattle, WA" without a code) on a store that has decoded nothing yet, as in a
// freshly started app. Issue 9's start-up target sets no figure for a part; OfferWorkspace::resolveMarket
// must not build the search indexes (about 50 M instructions) for it.
void BenchRecompute::restoreSession()
{
    const auto loaded = SessionFile::load(
        QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const NegotiationInput input = loaded.session().negotiationInput();
    QFile resource(QStringLiteral(":/anchorline/data/market.bin"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray marketData = resource.readAll();
    std::optional<Band> band;
    // Once: every run must start cold, and a repeated run would measure the same thing.
    QBENCHMARK_ONCE
    {
        const auto store = MarketStore::fromData(marketData);
        OfferWorkspace workspace(*store);
        workspace.setInput(input);
        band = workspace.band();
    }
    QVERIFY(band);
    QCOMPARE(band->areaCode, QStringLiteral("42660"));
    QCOMPARE(band->soc, QStringLiteral("15-1252"));
}

QTEST_APPLESS_MAIN(BenchRecompute)
#include "BenchRecompute.moc"
