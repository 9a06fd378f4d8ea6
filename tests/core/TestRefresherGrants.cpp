#include "RefresherGrants.h"

#include <QTest>

using namespace Anchorline;

class TestRefresherGrants : public QObject
{
    Q_OBJECT

private slots:
    void grantOfYearTwoVestsQuarterlyOverFourYears()
    {
        const RefresherGrants refresh{Money::fromMajor(100'000), 2, 4, VestingCadence::Quarterly};
        const auto events = refresh.vestEventsOfGrant(2);
        QCOMPARE(events.size(), 16);
        QCOMPARE(events.front(), (VestEvent{15, Money::fromMajor(6'250)}));
        QCOMPARE(events.back(), (VestEvent{60, Money::fromMajor(6'250)}));
        QCOMPARE(VestingSchedule::vestedBetween(events, 0, 1000, Money::defaultCurrency()),
                 Money::fromMajor(100'000));
    }

    void laterGrantsShiftByAYear()
    {
        const RefresherGrants refresh{Money::fromMajor(100'000), 2, 4, VestingCadence::Quarterly};
        QCOMPARE(refresh.vestEventsOfGrant(3).front().month, 27);
        QCOMPARE(refresh.vestEventsOfGrant(5).back().month, 96);
    }

    void noGrantBeforeTheFirstYear()
    {
        const RefresherGrants refresh{Money::fromMajor(100'000), 2, 4, VestingCadence::Quarterly};
        QVERIFY(refresh.vestEventsOfGrant(1).isEmpty());
        QVERIFY(RefresherGrants().vestEventsOfGrant(3).isEmpty());
        QVERIFY(RefresherGrants().isEmpty());
    }

    void annualThreeYearGrant()
    {
        const RefresherGrants refresh{Money::fromMajor(30'000), 1, 3, VestingCadence::Annual};
        QCOMPARE(refresh.vestEventsOfGrant(1), QList<VestEvent>({{12, Money::fromMajor(10'000)},
                                                                 {24, Money::fromMajor(10'000)},
                                                                 {36, Money::fromMajor(10'000)}}));
        QCOMPARE(RefresherGrants::grantMonth(1), 0);
        QCOMPARE(RefresherGrants::grantMonth(4), 36);
    }
};

QTEST_APPLESS_MAIN(TestRefresherGrants)
#include "TestRefresherGrants.moc"
