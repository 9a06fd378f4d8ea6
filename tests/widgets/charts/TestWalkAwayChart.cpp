#include "ChartPreview.h"
#include "charts/WalkAwayChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>

using namespace Anchorline;

class TestWalkAwayChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void stackedAreasAndMarker();
};

void TestWalkAwayChart::stackedAreasAndMarker()
{
    // $200,000 over 4 years, 1-year cliff then monthly; $30,000 sign-on repaid pro rata over 12 months.
    QList<WalkAwayCost> costs;
    for (int month = 0; month <= WalkAwayChart::LastMonth; ++month) {
        const qint64 vested = month < 12 ? 0 : 200000 * month / 48;
        const qint64 clawback = month < 12 ? 30000 * (12 - month) / 12 : 0;
        costs.append({month, Money::fromMajor(200000 - vested), Money::fromMajor(clawback)});
    }
    WalkAwayChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setCosts(costs);
    QCOMPARE(chart.forfeitedArea()->upperSeries()->count(), 49);
    QCOMPARE(chart.forfeitedArea()->upperSeries()->at(6), QPointF(6, 200000));
    QCOMPARE(chart.clawbackArea()->upperSeries()->at(6), QPointF(6, 215000));
    QCOMPARE(chart.clawbackArea()->lowerSeries()->at(6), QPointF(6, 200000));
    QCOMPARE(chart.forfeitedArea()->upperSeries()->at(24), QPointF(24, 100000));

    const QString text = chart.markMonth(18);
    QCOMPARE(text,
             QStringLiteral("Leaving after month 18: $125,000 unvested equity forfeited, $0 sign-on repaid "
                            "($125,000 in all)"));
    QCOMPARE(chart.markedMonth(), 18);
    saveChartPreview(&chart, QStringLiteral("walk-away"));
    QCOMPARE(chart.markMonth(99), chart.markMonth(48));
    QCOMPARE(chart.markedMonth(), 48);

    // Hovering over the plot moves the marker to the month under the mouse.
    const QRectF plot = chart.chart()->plotArea();
    const QPoint middle = chart.chartView()->mapFromScene(chart.chart()->mapToScene(plot.center()));
    QMouseEvent move(QEvent::MouseMove, middle, chart.chartView()->viewport()->mapToGlobal(middle),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart.chartView()->viewport(), &move);
    QCOMPARE(chart.markedMonth(), 24);
}

QTEST_MAIN(TestWalkAwayChart)
#include "TestWalkAwayChart.moc"
