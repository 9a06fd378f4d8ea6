#include "BandModel.h"
#include "ChartSeriesBuilder.h"
#include "MarketStore.h"

#include <QTest>

using namespace Anchorline;

class TestChartSeriesBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void localBandIsEstimatedExceptTheMedian();
    void nationalBandIsPublished();
    void topCodedPercentileEndsOpen();
    void markerLabelsNameThePercentile();
    void sourceCaption();
    void yearByYearStacksComponents();
    void walkAwayStacksClawbackOnEquity();

private:
    static Band band(const QString& soc, const QString& area);
};

Band TestChartSeriesBuilder::band(const QString& soc, const QString& area)
{
    QString error;
    const std::optional<Band> result =
        BandModel::band(MarketStore::builtIn(), soc, area, CareerLevel::Unspecified, &error);
    if (!result)
        qFatal("no band: %s", qPrintable(error));
    return *result;
}

void TestChartSeriesBuilder::localBandIsEstimatedExceptTheMedian()
{
    // PROVENANCE.md: 15-1252 in 41940 (San Jose), OFLC Level III = 226,138 = p50, published.
    const BandChartData data =
        ChartSeriesBuilder::bandChart(band(QStringLiteral("15-1252"), QStringLiteral("41940")));
    QVERIFY(data.median.has_value());
    QCOMPARE(*data.median, 226138.0);
    QVERIFY(!data.medianEstimated);
    QCOMPARE(data.segments.size(), 4);
    // p10, p25, p75 and p90 are modelled, so every segment touches an estimate.
    for (const BandSegment& segment : data.segments)
        QVERIFY(segment.estimated);
    QCOMPARE(data.segments[1].part, BandSegment::Part::LowerBox);
    QCOMPARE(data.segments[1].to, 226138.0);
    QCOMPARE(data.segments[2].from, 226138.0);
    QVERIFY(!data.topCode.has_value());
    QCOMPARE(data.lowest, data.segments.first().from);
    QCOMPARE(data.highest, data.segments.last().to);
}

void TestChartSeriesBuilder::nationalBandIsPublished()
{
    // PROVENANCE.md: 15-1252 national 2024: 79,850 / 103,050 / 133,080 / 169,000 / 211,450.
    const BandChartData data =
        ChartSeriesBuilder::bandChart(band(QStringLiteral("15-1252"), QStringLiteral("US")));
    QCOMPARE(data.segments.size(), 4);
    const QList<std::pair<double, double>> expected{
        {79850, 103050}, {103050, 133080}, {133080, 169000}, {169000, 211450}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(data.segments[i].from, expected[i].first);
        QCOMPARE(data.segments[i].to, expected[i].second);
        QVERIFY(!data.segments[i].estimated);
        QVERIFY(!data.segments[i].openEnded);
    }
    QCOMPARE(*data.median, 133080.0);
    QCOMPARE(data.lowest, 79850.0);
    QCOMPARE(data.highest, 211450.0);
}

void TestChartSeriesBuilder::topCodedPercentileEndsOpen()
{
    // PROVENANCE.md: 11-0000 Management Occupations, national 2024: p90 is top-coded at $239,200.
    const BandChartData data =
        ChartSeriesBuilder::bandChart(band(QStringLiteral("11-0000"), QStringLiteral("US")));
    QVERIFY(data.topCode.has_value());
    QCOMPARE(*data.topCode, 239200.0);
    QCOMPARE(data.topCodeLabel, QStringLiteral("≥ $239,200"));
    QCOMPARE(data.segments.last().part, BandSegment::Part::UpperWhisker);
    QVERIFY(data.segments.last().openEnded);
    QCOMPARE(data.segments.last().to, 239200.0);
}

void TestChartSeriesBuilder::markerLabelsNameThePercentile()
{
    const Band national = band(QStringLiteral("15-1252"), QStringLiteral("US"));
    // 133,080 is the published median.
    BandMarker marker =
        ChartSeriesBuilder::bandMarker(QStringLiteral("Offer"), Money::fromMajor(133080), national);
    QCOMPARE(marker.position, 133080.0);
    QCOMPARE(marker.label, QStringLiteral("Offer $133,080 — 50th percentile"));
    // Halfway between p50 (133,080) and p75 (169,000) is 151,040: the 62.5th → "63rd".
    marker = ChartSeriesBuilder::bandMarker(QStringLiteral("Ask"), Money::fromMajor(151040), national);
    QCOMPARE(marker.label, QStringLiteral("Ask $151,040 — 63rd percentile"));
    marker = ChartSeriesBuilder::bandMarker(QStringLiteral("Offer"), Money::fromMajor(250000), national);
    QCOMPARE(marker.label, QStringLiteral("Offer $250,000 — above p90"));
}

void TestChartSeriesBuilder::sourceCaption()
{
    const QString local =
        ChartSeriesBuilder::bandSourceCaption(band(QStringLiteral("15-1252"), QStringLiteral("41940")));
    QVERIFY2(local.startsWith(QStringLiteral("Source: ")), qPrintable(local));
    QVERIFY2(local.contains(QStringLiteral("OFLC")), qPrintable(local));
    QVERIFY2(local.contains(QStringLiteral("(BLS OEWS May 2024 survey, ")), qPrintable(local));
    QVERIFY2(local.contains(QStringLiteral("p10, p25, p75, p90 estimated (modelled)")), qPrintable(local));
    const QString topCoded =
        ChartSeriesBuilder::bandSourceCaption(band(QStringLiteral("11-0000"), QStringLiteral("US")));
    QVERIFY2(topCoded.contains(QStringLiteral("OEWS May 2024")), qPrintable(topCoded));
    QVERIFY2(topCoded.contains(QStringLiteral("p90 top-coded by the source")), qPrintable(topCoded));
}

void TestChartSeriesBuilder::yearByYearStacksComponents()
{
    const QList<YearCompensation> years{
        {1, Money::fromMajor(185000), Money::fromMajor(27750), Money::fromMajor(30000),
         Money::fromMajor(50000), Money()},
        {2, Money::fromMajor(190550), Money::fromMajor(28583), Money(), Money::fromMajor(50000),
         Money::fromMajor(12500)},
    };
    const StackedBarData data = ChartSeriesBuilder::yearByYear(years);
    QCOMPARE(data.categories, (QStringList{QStringLiteral("Year 1"), QStringLiteral("Year 2")}));
    QCOMPARE(data.components.size(), 5);
    QCOMPARE(data.components[0].name, QStringLiteral("Base"));
    QCOMPARE(data.components[0].values, (QList<double>{185000, 190550}));
    QCOMPARE(data.components[2].values, (QList<double>{30000, 0}));
    QCOMPARE(data.components[4].name, QStringLiteral("Refreshers"));
    QCOMPARE(data.components[4].values, (QList<double>{0, 12500}));
    QCOMPARE(data.totals, (QList<Money>{Money::fromMajor(292750), Money::fromMajor(281633)}));
}

void TestChartSeriesBuilder::walkAwayStacksClawbackOnEquity()
{
    const QList<WalkAwayCost> costs{
        {0, Money::fromMajor(200000), Money::fromMajor(30000)},
        {6, Money::fromMajor(200000), Money::fromMajor(15000)},
        {12, Money::fromMajor(150000), Money()},
    };
    const WalkAwayChartData data = ChartSeriesBuilder::walkAway(costs);
    QCOMPARE(data.forfeitedEquity, (QList<QPointF>{{0, 200000}, {6, 200000}, {12, 150000}}));
    QCOMPARE(data.withClawback, (QList<QPointF>{{0, 230000}, {6, 215000}, {12, 150000}}));
    QCOMPARE(data.highest, 230000.0);
    QCOMPARE(
        ChartSeriesBuilder::walkAwayDescription(costs[1]),
        QStringLiteral("Leaving after month 6: $200,000 unvested equity forfeited, $15,000 sign-on repaid "
                       "($215,000 in all)"));
}

QTEST_APPLESS_MAIN(TestChartSeriesBuilder)
#include "TestChartSeriesBuilder.moc"
