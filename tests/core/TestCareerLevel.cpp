#include "CareerLevel.h"

#include <QTest>

using namespace Anchorline;

class TestCareerLevel : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsIds()
    {
        for (const CareerLevel level : CareerLevels::all())
            QCOMPARE(CareerLevels::fromString(CareerLevels::id(level)), std::optional(level));
        QCOMPARE(CareerLevels::all().size(), 6);
    }
    void acceptsSpellings()
    {
        QCOMPARE(CareerLevels::fromString(u"Sr."), std::optional(CareerLevel::Senior));
        QCOMPARE(CareerLevels::fromString(u"Mid-Level"), std::optional(CareerLevel::Mid));
        QCOMPARE(CareerLevels::fromString(u""), std::optional(CareerLevel::Unspecified));
        QCOMPARE(CareerLevels::fromString(u"L5"), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestCareerLevel)
#include "TestCareerLevel.moc"
