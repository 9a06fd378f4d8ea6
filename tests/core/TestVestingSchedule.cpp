#include "VestingSchedule.h"

#include <QTest>

using namespace Anchorline;

namespace {

Money usd(qint64 major)
{
    return Money::fromMajor(major);
}

Money cents(qint64 minor)
{
    return Money::fromMinor(minor);
}

VestingSchedule preset(const char16_t* name)
{
    const auto schedule = VestingSchedule::preset(QStringView(name));
    if (!schedule)
        qFatal("unknown preset");
    return *schedule;
}

Money sum(const QList<VestEvent>& events)
{
    return VestingSchedule::vestedBetween(events, -1, 1000, Money::defaultCurrency());
}

Money yearTotal(const QList<VestEvent>& events, int year)
{
    return VestingSchedule::vestedBetween(events, 12 * (year - 1), 12 * year, Money::defaultCurrency());
}

} // namespace

class TestVestingSchedule : public QObject
{
    Q_OBJECT

private slots:
    void presetNames()
    {
        QCOMPARE(VestingSchedule::presetNames(),
                 QStringList({QStringLiteral("standard-quarterly"), QStringLiteral("standard-monthly"),
                              QStringLiteral("5/15/40/40"), QStringLiteral("33/33/22/12"),
                              QStringLiteral("40/30/20/10"), QStringLiteral("35/30/20/15")}));
        for (const QString& name : VestingSchedule::presetNames()) {
            QVERIFY(VestingSchedule::preset(name).has_value());
            QVERIFY(!VestingSchedule::presetDescription(name).isEmpty());
        }
    }

    void aliases()
    {
        QCOMPARE(preset(u"25/25/25/25"), preset(u"standard-quarterly"));
        QCOMPARE(preset(u"Standard"), preset(u"standard-quarterly"));
        QCOMPARE(preset(u"amazon"), preset(u"5/15/40/40"));
        QCOMPARE(preset(u"google"), preset(u"33/33/22/12"));
        QCOMPARE(preset(u"amazon").presetName(), QStringLiteral("5/15/40/40"));
        QVERIFY(!VestingSchedule::preset(u"26/25/25/24").has_value());
        QCOMPARE(VestingSchedule(), preset(u"standard-quarterly"));
    }

    void standardMonthlyAfterOneYearCliff()
    {
        const auto events = preset(u"standard-monthly").vestEvents(usd(400'000));
        QCOMPARE(events.size(), 37);
        QCOMPARE(events.at(0), (VestEvent{12, usd(100'000)}));
        // 100,000 a year over 12 months: cumulative amounts are rounded, so cents alternate 33 / 34.
        QCOMPARE(events.at(1), (VestEvent{13, cents(833'333)}));
        QCOMPARE(events.at(2), (VestEvent{14, cents(833'334)}));
        QCOMPARE(events.at(3), (VestEvent{15, cents(833'333)}));
        QCOMPARE(events.back(), (VestEvent{48, cents(833'333)}));
        for (int year = 1; year <= 4; ++year)
            QCOMPARE(yearTotal(events, year), usd(100'000));
        QCOMPARE(sum(events), usd(400'000));
    }

    void standardQuarterly()
    {
        const auto events = preset(u"standard-quarterly").vestEvents(usd(400'000));
        QCOMPARE(events.size(), 13);
        QCOMPARE(events.at(0), (VestEvent{12, usd(100'000)}));
        QCOMPARE(events.at(1), (VestEvent{15, usd(25'000)}));
        QCOMPARE(events.back(), (VestEvent{48, usd(25'000)}));
        QCOMPARE(sum(events), usd(400'000));
    }

    void amazonStyle()
    {
        const auto events = preset(u"5/15/40/40").vestEvents(usd(400'000));
        const QList<VestEvent> expected{{12, usd(20'000)}, {24, usd(60'000)}, {30, usd(80'000)},
                                        {36, usd(80'000)}, {42, usd(80'000)}, {48, usd(80'000)}};
        QCOMPARE(events, expected);
        QCOMPARE(preset(u"5/15/40/40").uniformCadence(), std::nullopt);
        QCOMPARE(preset(u"5/15/40/40").cadenceInYear(3), VestingCadence::Semiannual);
    }

    void googleStyleMonthlyWithoutCliff()
    {
        const auto events = preset(u"33/33/22/12").vestEvents(usd(400'000));
        QCOMPARE(events.size(), 48);
        QCOMPARE(events.at(0), (VestEvent{1, usd(11'000)}));
        QCOMPARE(events.at(11), (VestEvent{12, usd(11'000)}));
        QCOMPARE(events.at(24), (VestEvent{25, cents(733'333)}));
        QCOMPARE(events.at(36), (VestEvent{37, usd(4'000)}));
        QCOMPARE(yearTotal(events, 1), usd(132'000));
        QCOMPARE(yearTotal(events, 2), usd(132'000));
        QCOMPARE(yearTotal(events, 3), usd(88'000));
        QCOMPARE(yearTotal(events, 4), usd(48'000));
    }

    void frontLoadedPresets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("atCliff");
        QTest::addColumn<qint64>("month15");
        QTest::addColumn<qint64>("month27");
        QTest::addColumn<qint64>("month39");
        QTest::newRow("40/30/20/10") << QStringLiteral("40/30/20/10") << qint64(160'000) << qint64(30'000)
                                     << qint64(20'000) << qint64(10'000);
        QTest::newRow("35/30/20/15") << QStringLiteral("35/30/20/15") << qint64(140'000) << qint64(30'000)
                                     << qint64(20'000) << qint64(15'000);
    }

    void frontLoadedPresets()
    {
        QFETCH(QString, name);
        const auto events = VestingSchedule::preset(name)->vestEvents(usd(400'000));
        QCOMPARE(events.size(), 13);
        QFETCH(qint64, atCliff);
        QCOMPARE(events.at(0), (VestEvent{12, usd(atCliff)}));
        QFETCH(qint64, month15);
        QFETCH(qint64, month27);
        QFETCH(qint64, month39);
        QCOMPARE(events.at(1), (VestEvent{15, usd(month15)}));
        QCOMPARE(events.at(5), (VestEvent{27, usd(month27)}));
        QCOMPARE(events.at(9), (VestEvent{39, usd(month39)}));
        QCOMPARE(sum(events), usd(400'000));
    }

    void cliffOffTheVestDatesCollectsOntoTheCliffMonth()
    {
        const auto schedule = preset(u"standard-quarterly").withCliff(7);
        QVERIFY(schedule);
        const auto events = schedule->vestEvents(usd(400'000));
        QCOMPARE(events.at(0), (VestEvent{7, usd(50'000)})); // months 3 and 6
        QCOMPARE(events.at(1), (VestEvent{9, usd(25'000)}));
        QCOMPARE(events.size(), 15);
    }

    void noCliffVestsFromTheFirstPeriod()
    {
        const auto events = preset(u"standard-quarterly").withCliff(0)->vestEvents(usd(400'000));
        QCOMPARE(events.size(), 16);
        QCOMPARE(events.at(0), (VestEvent{3, usd(25'000)}));
    }

    void cliffOutsideTheScheduleIsRefused()
    {
        QVERIFY(!preset(u"standard-quarterly").withCliff(49));
        QVERIFY(!preset(u"standard-quarterly").withCliff(-1));
        QVERIFY(preset(u"standard-quarterly").withCliff(48));
        QCOMPARE(preset(u"standard-quarterly").withCliff(48)->vestEvents(usd(400'000)),
                 QList<VestEvent>({{48, usd(400'000)}}));
    }

    void cadenceOverride()
    {
        const auto monthly = preset(u"25/25/25/25").withCadence(VestingCadence::Monthly);
        QCOMPARE(monthly.vestEvents(usd(400'000)), preset(u"standard-monthly").vestEvents(usd(400'000)));
        QCOMPARE(monthly.uniformCadence(), VestingCadence::Monthly);
    }

    void oddCentsSumExactly()
    {
        const Money grant = cents(100'001); // $1,000.01
        for (const QString& name : VestingSchedule::presetNames())
            QCOMPARE(sum(VestingSchedule::preset(name)->vestEvents(grant)), grant);
        const auto events = preset(u"standard-quarterly").withCliff(0)->vestEvents(grant);
        QCOMPARE(events.at(0).amount, cents(6'250)); // 100001 / 16 = 6250.06 → 6250
        QCOMPARE(sum(events), grant);
    }

    void zeroGrantHasNoEvents() { QVERIFY(preset(u"standard-monthly").vestEvents(usd(0)).isEmpty()); }

    void customSchedule()
    {
        const auto built = VestingSchedule::custom({5000, 5000}, VestingCadence::Semiannual, 0);
        QVERIFY(built.ok());
        QVERIFY(built.schedule->presetName().isEmpty());
        QCOMPARE(built.schedule->lengthMonths(), 24);
        QCOMPARE(
            built.schedule->vestEvents(usd(100'000)),
            QList<VestEvent>({{6, usd(25'000)}, {12, usd(25'000)}, {18, usd(25'000)}, {24, usd(25'000)}}));

        const auto thirds = VestingSchedule::custom({3333, 3333, 3334}, VestingCadence::Annual, 12);
        QVERIFY(thirds.ok());
        QCOMPARE(thirds.schedule->vestEvents(usd(90'000)),
                 QList<VestEvent>({{12, usd(29'997)}, {24, usd(29'997)}, {36, usd(30'006)}}));
    }

    void customScheduleErrors()
    {
        const auto short95 = VestingSchedule::custom({2500, 2500, 2500, 2000}, VestingCadence::Quarterly, 12);
        QVERIFY(!short95.ok());
        QCOMPARE(short95.error, QStringLiteral("the yearly percentages sum to 95 %, not 100 %"));
        const auto over = VestingSchedule::custom({5000, 5050}, VestingCadence::Quarterly, 0);
        QCOMPARE(over.error, QStringLiteral("the yearly percentages sum to 100.5 %, not 100 %"));
        QVERIFY(!VestingSchedule::custom({}, VestingCadence::Quarterly, 0).ok());
        QVERIFY(!VestingSchedule::custom({12000, -2000}, VestingCadence::Quarterly, 0).ok());
        QCOMPARE(VestingSchedule::custom({10000}, VestingCadence::Quarterly, 13).error,
                 QStringLiteral("the cliff must be between 0 and 12 months"));
    }

    void evenSchedule()
    {
        const auto events = VestingSchedule::evenly(3, VestingCadence::Annual).vestEvents(usd(100'000));
        QCOMPARE(events,
                 QList<VestEvent>({{12, cents(3'333'333)}, {24, cents(3'333'334)}, {36, cents(3'333'333)}}));
    }

    void cadences()
    {
        for (const auto cadence : VestingCadences::all())
            QCOMPARE(VestingCadences::fromString(VestingCadences::id(cadence)), cadence);
        QCOMPARE(VestingCadences::fromString(u" Monthly "), VestingCadence::Monthly);
        QCOMPARE(VestingCadences::fromString(u"weekly"), std::nullopt);
        QCOMPARE(VestingCadences::vestsPerYear(VestingCadence::Semiannual), 2);
    }
};

QTEST_APPLESS_MAIN(TestVestingSchedule)
#include "TestVestingSchedule.moc"
