#include "BandResolver.h"
#include "LocationSearch.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "OfferComparisonModel.h"
#include "OfferJson.h"
#include "OfferWorkspace.h"
#include "RealTermsView.h"
#include "charts/MarketBandChart.h"
#include "charts/YearByYearChart.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

Offer sanJoseOffer()
{
    QFile file(QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/tests/data/offers/senior-swe-sanjose.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample offer");
    return *OfferJson::parse(file.readAll()).offer;
}

QString yearsOld()
{
    return QString::number(QDate::currentDate().year() - 2023) + u" years old"_s;
}

} // namespace

class TestRealTermsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offerInRealTerms();
    void compareInAnotherPlace();
    void comparisonErrorsAndFallbacks();
    void bandInRealTerms();
    void noPlace();
    void nonUsdOffer();
    void inTheMainWindow();

private:
    const MarketStore& m_store = MarketStore::builtIn();
    const LocationSearch m_search{m_store};
};

void TestRealTermsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRealTermsView::offerInRealTerms()
{
    RealTermsView view(m_store, m_search);
    view.setOffer(sanJoseOffer());
    QVERIFY(view.realTerms());
    QCOMPARE(view.realTerms()->totalFourYearsReal, Money::fromMajor(1'235'082));
    QCOMPARE(view.summaryText(),
             u"The 4-year total of $1,394,000 in San Jose-Sunnyvale-Santa Clara, CA (41940, "
             "price parity 112.867) buys what $1,235,082 buys at 2023 US-average prices."_s);
    QVERIFY2(view.sourceText().contains(u"BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; "_s +
                                        yearsOld()),
             qPrintable(view.sourceText()));
    QCOMPARE(view.yearChartNote(), u"In 2023 US-average prices: 4-year total $1,235,082 (BEA RPP 2023, San "
                                   "Jose-Sunnyvale-Santa Clara, CA 112.867; "_s +
                                       yearsOld() + u")"_s);
    // Year 1: 323,500 → 286,621.
    const auto cells = view.findChildren<QLabel*>();
    QVERIFY(std::any_of(cells.begin(), cells.end(),
                        [](QLabel* label) { return label->text() == u"$286,621"_s; }));
}

void TestRealTermsView::compareInAnotherPlace()
{
    RealTermsView view(m_store, m_search);
    view.setOffer(sanJoseOffer());
    view.setComparisonPlace(u"Austin"_s);
    // Base 185,000, year 1 323,500, 4 years 1,394,000, each × 97.620 / 112.867.
    QCOMPARE(view.comparisonText(),
             u"To match this offer in Austin-Round Rock-San Marcos, TX (12420, price parity "
             "97.620) you need a base salary of $160,009, $279,799 in year 1 and "
             "$1,205,687 over 4 years."_s);
    QCOMPARE(view.comparisonNote(), u"Amounts × 97.620 / 112.867 (BEA RPP 2023, US = 100), rounded to whole "
                                    "dollars."_s);
    view.setComparisonPlace(u"Kenosha"_s);
    QVERIFY(view.comparisonText().contains(u"a base salary of $152,595"_s));
    QVERIFY(view.comparisonNote().endsWith(
        u"Kenosha, WI uses Wisconsin's parity: area not in BEA's 2020 metro delineation."_s));
}

void TestRealTermsView::comparisonErrorsAndFallbacks()
{
    RealTermsView view(m_store, m_search);
    view.setOffer(sanJoseOffer());
    view.setComparisonPlace(u"Springfield"_s);
    QVERIFY2(view.comparisonText().startsWith(
                 u"Place: \"Springfield\" names more than one area; give an area code; did you mean: "_s),
             qPrintable(view.comparisonText()));
    view.setComparisonPlace(u"10380"_s);
    QVERIFY(view.comparisonText().startsWith(u"Place: BEA publishes no price parity for Aguadilla, PR"_s));
    view.setComparisonPlace(QString());
    QCOMPARE(view.comparisonText(), u"Type a place to see what it takes there to match this offer."_s);
}

void TestRealTermsView::bandInRealTerms()
{
    RealTermsView view(m_store, m_search);
    const Offer offer = sanJoseOffer();
    view.setOffer(offer);
    const BandResolver resolver(m_store);
    const auto band = resolver.band(u"15-1252", u"41940", CareerLevel::Senior);
    QVERIFY(band);
    MarketBandChart chart;
    view.showBand(chart, band->band, offer.base, Money::fromMajor(280'500));
    QVERIFY(!chart.captionText().startsWith(u"In 2023"_s));
    QVERIFY(chart.markerLabels().front().startsWith(u"Offer $185,000"_s));

    QSignalSpy toggled(&view, &RealTermsView::bandInRealTermsChanged);
    view.setBandInRealTerms(true);
    QCOMPARE(toggled.size(), 1);
    view.showBand(chart, band->band, offer.base, Money::fromMajor(280'500));
    QVERIFY2(
        chart.captionText().startsWith(
            u"In 2023 US-average prices: divided by BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867"_s),
        qPrintable(chart.captionText()));
    // 185,000 → 163,910; ask 280,500 → 248,523; the band's median 264,514 → 234,359.
    QVERIFY2(chart.markerLabels().front().startsWith(u"Offer $163,910"_s),
             qPrintable(chart.markerLabels().join(u'|')));
    QVERIFY(chart.markerLabels().back().startsWith(u"Ask $248,523"_s));
    QCOMPARE(*chart.bandData().median, 234'359.0);
}

void TestRealTermsView::noPlace()
{
    RealTermsView view(m_store, m_search);
    Offer offer = sanJoseOffer();
    offer.location.clear();
    view.setOffer(offer);
    QCOMPARE(view.summaryText(), u"No price parity for this offer: the offer has no location."_s);
    QVERIFY(!view.findChild<QCheckBox*>()->isEnabled());
    view.setComparisonPlace(u"Austin"_s);
    QCOMPARE(view.comparisonText(), u"This offer's place has no price parity, so it cannot be compared."_s);
    QVERIFY(view.yearChartNote().isEmpty());
}

// The parities are US price levels: a euro offer in San Jose has no real terms; back in dollars it has.
void TestRealTermsView::nonUsdOffer()
{
    RealTermsView view(m_store, m_search);
    Offer offer = sanJoseOffer();
    offer.currency = u"EUR"_s;
    view.setOffer(offer);
    QCOMPARE(view.summaryText(),
             u"No price parity for this offer: the offer is in EUR, but BEA price parities "
             "compare US price levels, so they apply to pay in US dollars only."_s);
    QVERIFY(!view.realTerms());
    QVERIFY(!view.findChild<QCheckBox*>()->isEnabled());
    view.setOffer(sanJoseOffer());
    QVERIFY(view.realTerms());
    QCOMPARE(view.realTerms()->totalFourYearsReal, Money::fromMajor(1'235'082));
}

void TestRealTermsView::inTheMainWindow()
{
    MainWindow window(m_store);
    window.show();
    RealTermsView* view = window.realTermsView();
    QVERIFY(view);
    auto* tabs = window.findChild<QTabWidget*>(u"chartTabs"_s);
    QVERIFY(tabs->indexOf(view->parentWidget()) >= 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(view->parentWidget())), u"Cost of living"_s);
    // The sample offer (252,000 base in San Jose) in real terms, on the year chart's caption too.
    QVERIFY(view->realTerms());
    QVERIFY(window.yearByYearChart()->captionText().startsWith(u"In 2023 US-average prices: 4-year total"_s));
    auto* show = window.findChild<QAction*>(u"actionShowCostOfLiving"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+7"_s));
    show->trigger();
    QVERIFY(tabs->currentWidget()->isAncestorOf(view));
    // The Compare offers tab has the real-terms row.
    QCOMPARE(window.offerComparisonModel()->rowCount(), int(OfferComparisonModel::RowCount));
    // The switch redraws the band chart in real terms, and back.
    view->setBandInRealTerms(true);
    QVERIFY(window.marketBandChart()->captionText().startsWith(u"In 2023 US-average prices"_s));
    view->setBandInRealTerms(false);
    QVERIFY(!window.marketBandChart()->captionText().startsWith(u"In 2023 US-average prices"_s));
}

QTEST_MAIN(TestRealTermsView)
#include "TestRealTermsView.moc"
