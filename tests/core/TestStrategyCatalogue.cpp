#include "StrategyCatalogue.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestStrategyCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void hasTheNineStrategiesInOrder()
    {
        QCOMPARE(StrategyCatalogue::ids(),
                 QStringList({u"market-anchor"_s, u"bolstering-range"_s, u"competing-offer"_s,
                              u"signon-bridge"_s, u"equity-refresh"_s, u"relevel"_s, u"package-menu"_s,
                              u"non-cash"_s, u"ready-to-sign"_s}));
    }
    void everyStrategyIsDocumented()
    {
        for (const auto& strategy : StrategyCatalogue::all()) {
            QVERIFY(strategy.isValid());
            QVERIFY2(!strategy.name.isEmpty() && !strategy.summary.isEmpty(), qPrintable(strategy.id));
            QVERIFY2(!strategy.description.isEmpty() && !strategy.whenItFits.isEmpty(),
                     qPrintable(strategy.id));
            QVERIFY2(!strategy.sources.isEmpty(), qPrintable(strategy.id));
            QVERIFY2(!strategy.levers.isEmpty(), qPrintable(strategy.id));
            for (const auto& source : strategy.sources)
                QVERIFY2(source.contains(u"https://"_s), qPrintable(source));
        }
    }
    void findById()
    {
        const auto strategy = StrategyCatalogue::find(u"bolstering-range");
        QVERIFY(strategy);
        QCOMPARE(strategy->name, u"Bolstering range"_s);
        QVERIFY(strategy->sources.front().startsWith(u"Ames & Mason 2015"_s));
        QVERIFY(!StrategyCatalogue::find(u"lowball"));
    }
};

QTEST_APPLESS_MAIN(TestStrategyCatalogue)
#include "TestStrategyCatalogue.moc"
