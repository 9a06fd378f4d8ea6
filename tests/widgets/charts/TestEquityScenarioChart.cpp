#include "ChartPreview.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "OfferForm.h"
#include "charts/EquityScenarioChart.h"
#include "charts/StockScenarioView.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

// $400,000 over 4 years, 1-year cliff then quarterly.
Offer fourYearGrant()
{
    Offer offer;
    offer.base = Money::fromMajor(185'000);
    offer.equity = {Money::fromMajor(400'000), *VestingSchedule::preset(u"standard-quarterly")};
    return offer;
}

// Shows the view with the $400,000 grant; false when the window does not appear.
bool showWithGrant(StockScenarioView& view, CompanyStage stage)
{
    view.resize(900, 560);
    view.show();
    view.setOffer(fourYearGrant(), stage);
    return QTest::qWaitForWindowExposed(&view);
}

QList<double> yValues(const QList<QPointF>& points)
{
    QList<double> values;
    for (const QPointF& point : points)
        values.append(point.y());
    return values;
}

} // namespace

class TestEquityScenarioChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void fanBetweenBearAndBull()
    {
        EquityScenarioChart chart;
        chart.resize(760, 440);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto results = StockScenarioCalculator(fourYearGrant(), StockScenarioSettings()).results();
        std::reverse(results.begin(), results.end()); // drawn in order of growth whatever the order given
        chart.setResults(results);
        QCOMPARE(yValues(chart.fan()->lowerSeries()->points()), (QList<double>{70000, 56291, 39404, 27582}));
        QCOMPARE(yValues(chart.fan()->upperSeries()->points()),
                 (QList<double>{130000, 153577, 199649, 259544}));
        QCOMPARE(chart.fan()->upperSeries()->at(0).x(), 1.0);
        const auto lines = chart.scenarioLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0)->name(), u"Bear -30 %"_s);
        QCOMPARE(lines.at(1)->name(), u"Flat 0 %"_s);
        QCOMPARE(lines.at(2)->name(), u"Bull +30 %"_s);
        QCOMPARE(yValues(lines.at(1)->points()), (QList<double>{100000, 100000, 100000, 100000}));
        QCOMPARE(lines.at(1)->pen().style(), Qt::SolidLine);
        QCOMPARE(lines.at(2)->pen().style(), Qt::DashLine);
        QVERIFY(chart.captionText().startsWith(u"Scenarios, not forecasts"_s));
        QVERIFY(chart.captionText().endsWith(u"Grant values: your offer."_s));
        saveChartPreview(&chart, u"equity-scenarios"_s);

        chart.setResults({});
        QVERIFY(chart.scenarioLines().isEmpty());
        QCOMPARE(chart.fan()->upperSeries()->count(), 0);
    }

    void viewFollowsTheGrowthRates()
    {
        StockScenarioView view;
        QVERIFY(showWithGrant(view, CompanyStage::Public));
        QVERIFY(!view.isDiscountShown());
        QVERIFY(view.warningText().isEmpty());
        QCOMPARE(view.totalsText(), u"Years 1-4, equity and refreshers: Bear $193,277 · Flat $400,000 · Bull "
                                    "$742,770. At grant value, as in your offer: $400,000."_s);
        QCOMPARE(view.growthSpinBox(0)->value(), -30);
        QCOMPARE(view.growthSpinBox(0)->minimum(), -100);
        QCOMPARE(view.growthSpinBox(2)->suffix(), u" %"_s);
        QVERIFY(!view.growthSpinBox(2)->toolTip().isEmpty());

        view.growthSpinBox(2)->setValue(50);
        QCOMPARE(view.settings().scenarios.at(2).growthBasisPoints, 5000);
        QVERIFY(view.totalsText().contains(u"Bull $1,073,905"_s)); // 150,000 + 194,507 + 291,759 + 437,639
        QCOMPARE(view.chart()->fan()->upperSeries()->at(0).y(), 150000.0);
    }

    void privateCompanyShowsDiscountAndWarning()
    {
        StockScenarioView view;
        QVERIFY(showWithGrant(view, CompanyStage::Startup));
        QVERIFY(view.isDiscountShown());
        QCOMPARE(view.discountSpinBox()->value(), 50);
        QVERIFY(view.warningText().startsWith(
            u"Private company (startup or growth stage): the amounts are discounted by 50 %. Private-company "
            "equity may be worth nothing"_s));
        QVERIFY(view.totalsText().contains(u"Bear $96,639 · Flat $200,000 · Bull $371,386"_s));
        saveChartPreview(&view, u"stock-scenarios-private"_s);

        view.discountSpinBox()->setValue(25);
        QVERIFY(view.totalsText().contains(u"Flat $300,000"_s));
        QVERIFY(view.warningText().contains(u"discounted by 25 %"_s));

        // The user's rates and discount stay when the offer or stage changes.
        view.setOffer(fourYearGrant(), CompanyStage::Public);
        QVERIFY(!view.isDiscountShown());
        QVERIFY(view.totalsText().contains(u"Flat $400,000"_s));
        QCOMPARE(view.settings().privateDiscountBasisPoints, 2500);
    }

    void keyboard()
    {
        StockScenarioView view;
        view.setOffer(fourYearGrant(), CompanyStage::Growth);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.growthSpinBox(0)->setFocus();
        QCOMPARE(QApplication::focusWidget(), view.growthSpinBox(0));
        for (QWidget* next :
             {static_cast<QWidget*>(view.growthSpinBox(1)), static_cast<QWidget*>(view.growthSpinBox(2)),
              static_cast<QWidget*>(view.discountSpinBox())}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), next);
        }
        // Up arrow steps by 5 %.
        QTest::keyClick(view.discountSpinBox(), Qt::Key_Up);
        QCOMPARE(view.settings().privateDiscountBasisPoints, 5500);
    }

    void tabInTheMainWindow()
    {
        MainWindow window(MarketStore::builtIn());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* show = window.findChild<QAction*>(u"actionShowStockScenarios"_s);
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(u"Ctrl+8"_s));
        show->trigger();
        auto* tabs = window.findChild<QTabWidget*>(u"chartTabs"_s);
        QVERIFY(tabs->currentWidget()->isAncestorOf(window.stockScenarioView()));
        QCOMPARE(QApplication::focusWidget(), window.stockScenarioView()->growthSpinBox(0));

        // The user's offer and company stage drive the tab.
        NegotiationInput input = OfferForm::sampleInput();
        input.offer.equity = fourYearGrant().equity;
        input.offer.refresh = {};
        input.companyStage = CompanyStage::Public;
        window.setInput(input);
        QTRY_VERIFY(window.stockScenarioView()->totalsText().contains(u"Bull $742,770"_s));
        QVERIFY(!window.stockScenarioView()->isDiscountShown());
        input.companyStage = CompanyStage::Startup;
        window.setInput(input);
        QTRY_VERIFY(window.stockScenarioView()->totalsText().contains(u"Bull $371,386"_s));
        QVERIFY(window.stockScenarioView()->isDiscountShown());
    }
};

QTEST_MAIN(TestEquityScenarioChart)
#include "TestEquityScenarioChart.moc"
