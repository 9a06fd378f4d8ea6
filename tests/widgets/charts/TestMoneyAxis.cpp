#include "BandModel.h"
#include "MarketStore.h"
#include "charts/MarketBandChart.h"
#include "charts/MoneyAxis.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QTest>

using namespace Anchorline;

class TestMoneyAxis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void labelsAreCompactCurrency();
    void rangeUpdatesReplaceLabels();
    void germanLabelsFitByFewerSteps();
    void uprightWhenNothingElseFits();
    void marketBandLabelsAreNeverElided_data();
    void marketBandLabelsAreNeverElided();
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

// "180k $" is wider than "$180k": on a narrow chart the axis takes fewer, wider steps.
void TestMoneyAxis::germanLabelsFitByFewerSteps()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QChart chart;
    auto* axis = new MoneyAxis;
    chart.addAxis(axis, Qt::AlignBottom);
    axis->setMoneyRange(171000, 244000, QStringLiteral("USD"), 8);
    const QStringList tenThousands{
        QStringLiteral("170k\u00A0$"), QStringLiteral("180k\u00A0$"), QStringLiteral("190k\u00A0$"),
        QStringLiteral("200k\u00A0$"), QStringLiteral("210k\u00A0$"), QStringLiteral("220k\u00A0$"),
        QStringLiteral("230k\u00A0$"), QStringLiteral("240k\u00A0$"), QStringLiteral("250k\u00A0$")};
    QCOMPARE(axis->categoriesLabels(), tenThousands); // length unknown: as many steps as asked for
    axis->fitToLength(1200);
    QCOMPARE(axis->categoriesLabels(), tenThousands);
    QCOMPARE(axis->labelsAngle(), 0);

    QVERIFY(!axis->labelsFit(tenThousands, 300)); // Qt would draw "170..." here
    axis->fitToLength(300);
    const QStringList fitted = axis->categoriesLabels();
    QVERIFY2(fitted.size() < tenThousands.size() && fitted.size() >= 3, qPrintable(fitted.join(u' ')));
    QVERIFY(axis->labelsFit(fitted, 300));
    QCOMPARE(axis->labelsAngle(), 0);
    QVERIFY(axis->min() <= 171000 && axis->max() >= 244000);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMoneyAxis::uprightWhenNothingElseFits()
{
    QChart chart;
    auto* axis = new MoneyAxis;
    chart.addAxis(axis, Qt::AlignBottom);
    axis->setMoneyRange(0, 2'400'000, QStringLiteral("USD"), 4);
    axis->fitToLength(60);
    QCOMPARE(axis->labelsAngle(), -90);
    QCOMPARE(axis->categoriesLabels(), (QStringList{QStringLiteral("$0"), QStringLiteral("$1M"),
                                                    QStringLiteral("$2M"), QStringLiteral("$3M")}));
    axis->fitToLength(1000);
    QCOMPARE(axis->labelsAngle(), 0);
}

void TestMoneyAxis::marketBandLabelsAreNeverElided_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("width");
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany),
          QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::French, QLocale::France)}) {
        for (int width : {340, 480, 700}) {
            QTest::addRow("%s %d", qPrintable(locale.name()), width) << locale << width;
        }
    }
}

// The chart as the window draws it: every axis label shown whole, none "180...".
void TestMoneyAxis::marketBandLabelsAreNeverElided()
{
    QFETCH(QLocale, locale);
    QFETCH(int, width);
    QLocale::setDefault(locale);
    MarketBandChart chart;
    // PROVENANCE.md: 15-1252 in Seattle (42660), Senior.
    chart.setBand(*BandModel::band(MarketStore::builtIn(), QStringLiteral("15-1252"), QStringLiteral("42660"),
                                   CareerLevel::Senior));
    chart.setOffer(Money::fromMajor(182000));
    chart.setAsk(Money::fromMajor(195000));
    chart.resize(width, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(50);
    auto* axis = qobject_cast<MoneyAxis*>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    // QGraphicsTextItem::toPlainText() turns the no-break space before "$" into a space.
    QStringList labels = axis->categoriesLabels();
    labels.replaceInStrings(QString(QChar::Nbsp), QStringLiteral(" "));
    QStringList shown;
    const auto items = chart.chartView()->scene()->items();
    for (const QGraphicsItem* item : items) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (!text || !text->isVisible())
            continue;
        const QString plain = text->toPlainText();
        if (labels.contains(plain))
            shown.append(plain);
        for (const QString& label : std::as_const(labels)) {
            QVERIFY2(!plain.endsWith(QStringLiteral("...")) || !label.startsWith(plain.chopped(3)),
                     qPrintable(plain));
        }
    }
    QVERIFY2(shown.size() == labels.size() && shown.size() >= 3, qPrintable(shown.join(u' ')));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestMoneyAxis)
#include "TestMoneyAxis.moc"
