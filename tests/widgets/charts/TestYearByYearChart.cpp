#include "ChartPreview.h"
#include "charts/YearByYearChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QTest>

using namespace Anchorline;

class TestYearByYearChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void stackedComponentsAndTotals();
    void sixYearsWithRefreshers();
    void updatesReplaceValues();

private:
    static QList<YearCompensation> fourYears();
};

QList<YearCompensation> TestYearByYearChart::fourYears()
{
    // $185,000 base with 3 % raises, 15 % bonus, $30,000 sign-on, $200,000 equity 25/25/25/25.
    return {
        {1,
         Money::fromMajor(185000),
         Money::fromMajor(27750),
         Money::fromMajor(30000),
         Money::fromMajor(50000),
         {}},
        {2, Money::fromMajor(190550), Money::fromMajor(28583), {}, Money::fromMajor(50000), {}},
        {3, Money::fromMajor(196267), Money::fromMajor(29440), {}, Money::fromMajor(50000), {}},
        {4, Money::fromMajor(202155), Money::fromMajor(30323), {}, Money::fromMajor(50000), {}},
    };
}

void TestYearByYearChart::stackedComponentsAndTotals()
{
    YearByYearChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setYears(fourYears());
    const QList<QBarSet*> sets = chart.barSets();
    QCOMPARE(sets.size(), 5);
    QCOMPARE(sets[0]->label(), QStringLiteral("Base"));
    QCOMPARE(sets[0]->at(0), 185000.0);
    QCOMPARE(sets[0]->at(3), 202155.0);
    QCOMPARE(sets[2]->label(), QStringLiteral("Sign-on"));
    QCOMPARE(sets[2]->at(0), 30000.0);
    QCOMPARE(sets[2]->at(1), 0.0);
    // The stacked parts of year 1 add up to the labelled total: 185,000 + 27,750 + 30,000 + 50,000 = 292,750.
    double yearOne = 0;
    for (QBarSet* set : sets)
        yearOne += set->at(0);
    QCOMPARE(yearOne, 292750.0);
    QCOMPARE(chart.totalLabels(), (QStringList{QStringLiteral("$293k"), QStringLiteral("$269k"),
                                               QStringLiteral("$276k"), QStringLiteral("$282k")}));
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart.chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories(), (QStringList{QStringLiteral("Year 1"), QStringLiteral("Year 2"),
                                              QStringLiteral("Year 3"), QStringLiteral("Year 4")}));
    saveChartPreview(&chart, QStringLiteral("year-by-year"));
}

void TestYearByYearChart::sixYearsWithRefreshers()
{
    YearByYearChart chart;
    chart.resize(700, 400);
    QList<YearCompensation> years = fourYears();
    years[1].refresh = Money::fromMajor(12500);
    years[2].refresh = Money::fromMajor(25000);
    years[3].refresh = Money::fromMajor(37500);
    years.append({5, Money::fromMajor(208220), Money::fromMajor(31233), {}, {}, Money::fromMajor(50000)});
    years.append({6, Money::fromMajor(214467), Money::fromMajor(32170), {}, {}, Money::fromMajor(50000)});
    chart.setYears(years);
    QCOMPARE(chart.barSets()[0]->count(), 6);
    QCOMPARE(chart.barSets()[4]->at(5), 50000.0);
    QCOMPARE(chart.barData().totals[4], Money::fromMajor(289453));
    QCOMPARE(chart.totalLabels().size(), 6);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    saveChartPreview(&chart, QStringLiteral("year-by-year-six"));
}

void TestYearByYearChart::updatesReplaceValues()
{
    YearByYearChart chart;
    chart.setYears(fourYears());
    QBarSet* base = chart.barSets()[0];
    QList<YearCompensation> years = fourYears();
    years[0].base = Money::fromMajor(200000);
    chart.setYears(years.mid(0, 2));
    QCOMPARE(chart.barSets()[0], base);
    QCOMPARE(base->count(), 2);
    QCOMPARE(base->at(0), 200000.0);
    QCOMPARE(chart.totalLabels().size(), 2);
}

QTEST_MAIN(TestYearByYearChart)
#include "TestYearByYearChart.moc"
