#include "charts/MoneyAxis.h"

#include <QTest>

using namespace Anchorline;

class TestMoneyAxis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void labelsAreCompactCurrency();
    void rangeUpdatesReplaceLabels();
};

void TestMoneyAxis::labelsAreCompactCurrency()
{
    MoneyAxis axis;
    axis.setMoneyRange(79850, 211450, QStringLiteral("USD"));
    QCOMPARE(axis.categoriesLabels(),
             (QStringList{QStringLiteral("$50k"), QStringLiteral("$100k"), QStringLiteral("$150k"),
                          QStringLiteral("$200k"), QStringLiteral("$250k")}));
    // A thousandth of a step below the first tick, so Qt still draws the "$50k" label on the edge.
    QCOMPARE(axis.min(), 49950.0);
    QCOMPARE(axis.max(), 250000.0);
    QCOMPARE(axis.endValue(QStringLiteral("$150k")), 150000.0);
    QCOMPARE(axis.labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
}

void TestMoneyAxis::rangeUpdatesReplaceLabels()
{
    MoneyAxis axis;
    axis.setMoneyRange(0, 312000, QStringLiteral("USD"));
    axis.setMoneyRange(0, 1'900'000, QStringLiteral("EUR"), 4);
    QCOMPARE(axis.categoriesLabels(),
             (QStringList{QStringLiteral("€0"), QStringLiteral("€500k"), QStringLiteral("€1M"),
                          QStringLiteral("€1.5M"), QStringLiteral("€2M")}));
    QCOMPARE(axis.currency(), QStringLiteral("EUR"));
}

QTEST_MAIN(TestMoneyAxis)
#include "TestMoneyAxis.moc"
