#include "ChartScale.h"

#include <QTest>

using namespace Anchorline;

class TestChartScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void niceTicks_data();
    void niceTicks();
    void degenerateRangeStillHasAScale();
    void tickLabels_data();
    void tickLabels();
};

void TestChartScale::niceTicks_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("maxIntervals");
    QTest::addColumn<QList<double>>("expected");
    // The national band of 15-1252 (p10 79,850 … p90 211,450).
    QTest::newRow("software developers, national")
        << 79850.0 << 211450.0 << 5 << QList<double>{50000, 100000, 150000, 200000, 250000};
    QTest::newRow("year by year, zero based")
        << 0.0 << 312000.0 << 5 << QList<double>{0, 100000, 200000, 300000, 400000};
    QTest::newRow("fine steps") << 141000.0 << 149000.0 << 5
                                << QList<double>{140000, 142000, 144000, 146000, 148000, 150000};
    QTest::newRow("reversed input") << 10.0 << 0.0 << 5 << QList<double>{0, 2, 4, 6, 8, 10};
}

void TestChartScale::niceTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, maxIntervals);
    QFETCH(QList<double>, expected);
    const AxisTicks ticks = ChartScale::niceTicks(low, high, maxIntervals);
    QCOMPARE(ticks.values(), expected);
    QVERIFY(ticks.values().size() - 1 <= maxIntervals + 1);
}

void TestChartScale::degenerateRangeStillHasAScale()
{
    const AxisTicks ticks = ChartScale::niceTicks(200000, 200000, 4);
    QVERIFY(ticks.minimum < 200000);
    QVERIFY(ticks.maximum > 200000);
    QVERIFY(ticks.values().size() >= 2);
}

void TestChartScale::tickLabels_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("label");
    QTest::newRow("zero") << 0.0 << QStringLiteral("USD") << QStringLiteral("$0");
    QTest::newRow("150k") << 150000.0 << QStringLiteral("USD") << QStringLiteral("$150k");
    QTest::newRow("42k") << 42000.0 << QStringLiteral("USD") << QStringLiteral("$42k");
    QTest::newRow("2.5k") << 2500.0 << QStringLiteral("USD") << QStringLiteral("$2.5k");
    QTest::newRow("1.2M") << 1200000.0 << QStringLiteral("USD") << QStringLiteral("$1.2M");
    QTest::newRow("euro") << 95000.0 << QStringLiteral("EUR") << QStringLiteral("€95k");
}

void TestChartScale::tickLabels()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, label);
    QCOMPARE(ChartScale::moneyTickLabel(amount, currency), label);
}

QTEST_APPLESS_MAIN(TestChartScale)
#include "TestChartScale.moc"
