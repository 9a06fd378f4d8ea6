#include "BandModel.h"
#include "ChartPreview.h"
#include "MarketStore.h"
#include "charts/MarketBandChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace Anchorline;

class TestMarketBandChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void localBand();
    void nationalBandIsSolid();
    void offerAndAskMarkers();
    void showBandDrawsAllThreeAtOnce();
    void askAtTheOfferStaysVisible();
    void liveUpdatesKeepTheSeries();
    void topCodeIsAnOpenArrow();
    void captionLinkAsksForDataSources();
    void darkPalette();
    void clearedBand();

private:
    static Band band(const char* soc, const char* area);
    template <typename Series> Series* series(const char* name) const
    {
        return m_chart->chart()->findChild<Series*>(QString::fromLatin1(name));
    }
    std::unique_ptr<MarketBandChart> m_chart;
};

Band TestMarketBandChart::band(const char* soc, const char* area)
{
    return *BandModel::band(MarketStore::builtIn(), QString::fromLatin1(soc), QString::fromLatin1(area),
                            CareerLevel::Unspecified);
}

void TestMarketBandChart::init()
{
    m_chart = std::make_unique<MarketBandChart>();
    m_chart->resize(700, 400);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestMarketBandChart::localBand()
{
    m_chart->setBand(band("15-1252", "41940"));
    // PROVENANCE.md: 15-1252 in San Jose, OFLC Level III = 226,138: the median line is drawn there.
    auto* median = series<QLineSeries>("median");
    QVERIFY(median);
    QCOMPARE(median->count(), 2);
    QCOMPARE(median->at(0).x(), 226138.0);
    QCOMPARE(median->at(1).x(), 226138.0);
    // Everything but the median is modelled: both halves of the box are in the estimated style.
    for (const char* name : {"lowerBox", "upperBox"}) {
        auto* box = series<QAreaSeries>(name);
        QVERIFY(box);
        QVERIFY(box->property("estimated").toBool());
        QCOMPARE(box->name(), QStringLiteral("estimated (modelled)"));
        QCOMPARE(box->brush().style(), Qt::BDiagPattern);
    }
    QCOMPARE(series<QAreaSeries>("lowerBox")->upperSeries()->at(1).x(), 226138.0);
    QCOMPARE(series<QAreaSeries>("upperBox")->upperSeries()->at(0).x(), 226138.0);
    QVERIFY(series<QLineSeries>("upperWhisker")->property("estimated").toBool());
    QVERIFY(m_chart->labelTexts().contains(QStringLiteral("p50\n$226k")));
    QVERIFY2(m_chart->captionText().contains(QStringLiteral("estimated (modelled)")),
             qPrintable(m_chart->captionText()));
    QVERIFY(m_chart->chart()->title().contains(QStringLiteral("San Jose")));
    saveChartPreview(m_chart.get(), QStringLiteral("market-band-san-jose"));
}

void TestMarketBandChart::nationalBandIsSolid()
{
    m_chart->setBand(band("15-1252", "US"));
    auto* lower = series<QAreaSeries>("lowerBox");
    QVERIFY(!lower->property("estimated").toBool());
    QCOMPARE(lower->name(), QStringLiteral("published"));
    QCOMPARE(lower->brush().style(), Qt::SolidPattern);
    // p25 103,050 to p50 133,080 (OEWS May 2024).
    QCOMPARE(lower->upperSeries()->at(0).x(), 103050.0);
    QCOMPARE(lower->upperSeries()->at(1).x(), 133080.0);
    auto* whisker = series<QLineSeries>("lowerWhisker");
    QCOMPARE(whisker->at(0).x(), 103050.0);
    QCOMPARE(whisker->at(1).x(), 79850.0);
}

void TestMarketBandChart::offerAndAskMarkers()
{
    m_chart->setBand(band("15-1252", "US"));
    m_chart->setOffer(Money::fromMajor(133080));
    m_chart->setAsk(Money::fromMajor(151040));
    QCOMPARE(series<QLineSeries>("offer")->at(0).x(), 133080.0);
    QCOMPARE(series<QLineSeries>("ask")->at(0).x(), 151040.0);
    QCOMPARE(m_chart->markerLabels(), (QStringList{QStringLiteral("Offer $133,080 — 50th percentile"),
                                                   QStringLiteral("Ask $151,040 — 63rd percentile")}));
    QVERIFY(m_chart->labelTexts().contains(QStringLiteral("Offer $133,080 — 50th percentile")));

    m_chart->setBand(band("15-1252", "41940"));
    m_chart->setOffer(Money::fromMajor(185000));
    m_chart->setAsk(Money::fromMajor(240000));
    const QStringList labels = m_chart->markerLabels();
    QCOMPARE(labels.size(), 2);
    QVERIFY2(labels[0].startsWith(QStringLiteral("Offer $185,000 — ")) &&
                 labels[0].endsWith(QStringLiteral("percentile")),
             qPrintable(labels[0]));
    qInfo("San Jose markers: %s | %s", qPrintable(labels[0]), qPrintable(labels[1]));
    saveChartPreview(m_chart.get(), QStringLiteral("market-band-offer-ask"));
}

// What the window uses when it shows a result: the same chart as the three setters, drawn once.
void TestMarketBandChart::showBandDrawsAllThreeAtOnce()
{
    m_chart->showBand(band("15-1252", "US"), Money::fromMajor(133080), Money::fromMajor(151040));
    QVERIFY(m_chart->bandData().median);
    QCOMPARE(series<QLineSeries>("ask")->at(0).x(), 151040.0);
    QCOMPARE(m_chart->markerLabels(), (QStringList{QStringLiteral("Offer $133,080 — 50th percentile"),
                                                   QStringLiteral("Ask $151,040 — 63rd percentile")}));
    m_chart->showBand(band("15-1252", "US"), std::nullopt, std::nullopt);
    QCOMPARE(m_chart->markerLabels(), QStringList());
}

// An ask equal to the offer is drawn a few pixels beside it, not over it, and its label says so.
void TestMarketBandChart::askAtTheOfferStaysVisible()
{
    m_chart->setBand(band("15-1252", "US"));
    m_chart->setOffer(Money::fromMajor(133080));
    m_chart->setAsk(Money::fromMajor(133080));
    const double offerX = series<QLineSeries>("offer")->at(0).x();
    const double askX = series<QLineSeries>("ask")->at(0).x();
    QCOMPARE(offerX, 133080.0);
    const auto* axis = qobject_cast<QValueAxis*>(m_chart->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const double pixels =
        (askX - offerX) * m_chart->chart()->plotArea().width() / (axis->max() - axis->min());
    QVERIFY2(pixels >= 4.5 && pixels <= 5.5, qPrintable(QString::number(pixels)));
    QCOMPARE(m_chart->markerLabels(),
             (QStringList{QStringLiteral("Offer $133,080 — 50th percentile"),
                          QStringLiteral("Ask (same as the offer) $133,080 — 50th percentile")}));
    saveChartPreview(m_chart.get(), QStringLiteral("market-band-ask-equals-offer"));
    // Far enough apart, both sit on their amounts.
    m_chart->setAsk(Money::fromMajor(151040));
    QCOMPARE(series<QLineSeries>("ask")->at(0).x(), 151040.0);
}

void TestMarketBandChart::liveUpdatesKeepTheSeries()
{
    m_chart->setBand(band("15-1252", "US"));
    const auto before = m_chart->chart()->series();
    m_chart->setOffer(Money::fromMajor(120000));
    m_chart->setOffer(Money::fromMajor(200000));
    QCOMPARE(m_chart->chart()->series(), before);
    QCOMPARE(series<QLineSeries>("offer")->at(0).x(), 200000.0);
    m_chart->setOffer(std::nullopt);
    QCOMPARE(series<QLineSeries>("offer")->count(), 0);
    QVERIFY(m_chart->markerLabels().isEmpty());
}

void TestMarketBandChart::topCodeIsAnOpenArrow()
{
    // PROVENANCE.md: 11-0000 Management Occupations, national 2024: p90 top-coded at $239,200.
    m_chart->setBand(band("11-0000", "US"));
    m_chart->setOffer(Money::fromMajor(250000));
    QVERIFY(m_chart->labelTexts().contains(QStringLiteral("≥ $239,200")));
    auto* whisker = series<QLineSeries>("upperWhisker");
    const QList<QPointF> points = whisker->points();
    QVERIFY(points.size() >= 5);
    // No end cap at the top-code: the line continues past $239,200 into an arrow head.
    QVERIFY(std::any_of(points.begin(), points.end(), [](QPointF p) { return p.x() > 239200.0; }));
    QVERIFY(!m_chart->labelTexts().contains(QStringLiteral("p90\n$239k")));
    QVERIFY(m_chart->captionText().contains(QStringLiteral("p90 top-coded by the source")));
    saveChartPreview(m_chart.get(), QStringLiteral("market-band-top-coded"));
}

void TestMarketBandChart::captionLinkAsksForDataSources()
{
    m_chart->setBand(band("15-1252", "US"));
    QSignalSpy spy(m_chart.get(), &ChartPanel::dataSourcesRequested);
    const auto labels = m_chart->findChildren<QLabel*>();
    QVERIFY(!labels.isEmpty());
    QLabel* caption = labels.first();
    QVERIFY2(caption->text().contains(QStringLiteral("href")), qPrintable(caption->text()));
    QVERIFY2(caption->text().contains(QStringLiteral("Source: BLS OEWS May 2024")),
             qPrintable(caption->text()));
    emit caption->linkActivated(QStringLiteral("sources"));
    QCOMPARE(spy.count(), 1);
}

void TestMarketBandChart::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_chart->setPalette(dark);
    m_chart->setBand(band("15-1252", "41940"));
    m_chart->setOffer(Money::fromMajor(185000));
    QCOMPARE(m_chart->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(m_chart->chart()->backgroundBrush().color(), QColor(20, 20, 20));
    QVERIFY(m_chart->isDarkTheme());
    saveChartPreview(m_chart.get(), QStringLiteral("market-band-dark"));
}

void TestMarketBandChart::clearedBand()
{
    m_chart->setBand(band("15-1252", "US"));
    m_chart->clearBand();
    QCOMPARE(series<QLineSeries>("median")->count(), 0);
    QCOMPARE(m_chart->chart()->title(), QStringLiteral("No market band for this role and place"));
    QVERIFY(m_chart->captionText().isEmpty());
}

QTEST_MAIN(TestMarketBandChart)
#include "TestMarketBandChart.moc"
