#include "ChartPreview.h"
#include "MarketStore.h"
#include "charts/LevelProgressionChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QTest>

using namespace Anchorline;

class TestLevelProgressionChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void briefFiguresAsBarsGovernmentAsLines();
    void otherOccupationHasNoBars();
    void importedMediansAreASolidLine();
};

void TestLevelProgressionChart::briefFiguresAsBarsGovernmentAsLines()
{
    LevelProgressionChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setProgression(LevelProgression::forOccupation(MarketStore::builtIn(), u"15-1252", u"41940"));

    const QList<QBarSet*> sets = chart.barSeries()->barSets();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[0]->label(), QStringLiteral("AI Engineer (secondary)"));
    QCOMPARE(sets[0]->at(0), 188000.0); // L3 early-career at Entry
    QCOMPARE(sets[0]->at(2), 257000.0);
    QCOMPARE(sets[0]->at(3), 350000.0);
    QCOMPARE(sets[1]->at(0), 140000.0);
    QCOMPARE(sets[1]->at(2), 206000.0);
    QCOMPARE(sets[1]->at(3), 285000.0);
    QCOMPARE(chart.barLabels(),
             (QStringList{QStringLiteral("$188k"), QStringLiteral("$257k"), QStringLiteral("$350k"),
                          QStringLiteral("$140k"), QStringLiteral("$206k"), QStringLiteral("$285k")}));

    const QList<QLineSeries*> lines = chart.lineSeries();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0]->count(), 6);
    // OFLC Levels I, III and IV for San Jose are the entry, mid and senior medians.
    QCOMPARE(lines[0]->at(0), QPointF(0, 149365));
    QCOMPARE(lines[0]->at(2), QPointF(2, 226138));
    QCOMPARE(lines[0]->at(3), QPointF(3, 264514));
    QCOMPARE(lines[0]->pen().style(), Qt::DashLine);
    QVERIFY(chart.captionText().contains(
        QStringLiteral("Secondary source: Ai Engineer vs Software Engineer Salary "
                       "(2026), last updated January 2026")));
    saveChartPreview(&chart, QStringLiteral("level-progression"));
}

void TestLevelProgressionChart::otherOccupationHasNoBars()
{
    LevelProgressionChart chart;
    chart.setProgression(LevelProgression::forOccupation(MarketStore::builtIn(), u"15-1252", u"41940"));
    chart.setProgression(LevelProgression::forOccupation(MarketStore::builtIn(), u"29-1141", u"12420"));
    QVERIFY(chart.barSeries()->barSets().isEmpty());
    QCOMPARE(chart.lineSeries().size(), 1);
    QCOMPARE(chart.lineSeries()[0]->name(), QStringLiteral("Registered Nurses median base"));
    QVERIFY(chart.barLabels().isEmpty());
    QVERIFY(!chart.captionText().contains(QStringLiteral("Secondary")));
}

// An imported dataset's medians are the user's own figures, not modelled: drawn solid beside the dashed
// government line, with the points it has.
void TestLevelProgressionChart::importedMediansAreASolidLine()
{
    LevelProgression progression =
        LevelProgression::forOccupation(MarketStore::builtIn(), u"29-1141", u"12420");
    ProgressionSeries imported{QStringLiteral("Registered Nurses median base, your dataset \"Acme 2025\""),
                               ProgressionSeries::Kind::ImportedMedian,
                               QList<BandValue>(progression.levels.size())};
    imported.values[2] = {Money::fromMajor(95'000), BandValue::Kind::Published};
    progression.series.append(imported);
    LevelProgressionChart chart;
    chart.setProgression(progression);
    const QList<QLineSeries*> lines = chart.lineSeries();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0]->pen().style(), Qt::DashLine);
    QCOMPARE(lines[1]->pen().style(), Qt::SolidLine);
    QCOMPARE(lines[1]->count(), 1);
    QCOMPARE(lines[1]->at(0), QPointF(2, 95000));
}

QTEST_MAIN(TestLevelProgressionChart)
#include "TestLevelProgressionChart.moc"
