#include "Band.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

Band bandOf(std::array<qint64, 5> dollars, std::array<BandValue::Kind, 5> kinds)
{
    Band band;
    for (int i = 0; i < 5; ++i)
        band.values[i] = {Money::fromMajor(dollars[i]), kinds[i]};
    return band;
}

constexpr auto Published = BandValue::Kind::Published;
constexpr auto Estimated = BandValue::Kind::Estimated;
constexpr auto TopCoded = BandValue::Kind::TopCoded;
constexpr auto Missing = BandValue::Kind::Missing;

// 15-1252 Software Developers, national, BLS OEWS May 2024.
Band softwareDevelopers()
{
    return bandOf({79850, 103050, 133080, 169000, 211450},
                  {Published, Published, Published, Published, Published});
}

// 11-0000 Management Occupations, national, May 2024: p90 top-coded.
Band management()
{
    return bandOf({57010, 79900, 122090, 171610, 239200},
                  {Published, Published, Published, Published, TopCoded});
}

} // namespace

class TestBand : public QObject
{
    Q_OBJECT

private slots:
    void percentileNames();
    void kindIds();
    void flags();
    void interpolatesBetweenKnownPoints();
    void clampsBelowAndAbove();
    void ordinalText_data();
    void ordinalText();
    void topCodedP90IsNeverExact();
    void missingValuesAreSkipped();
    void flatStretch();
};

void TestBand::percentileNames()
{
    QCOMPARE(Percentiles::all().size(), 5);
    QCOMPARE(Percentiles::rank(Percentile::P25), 25);
    QCOMPARE(Percentiles::id(Percentile::P90), u"p90"_s);
    QCOMPARE(softwareDevelopers().value(Percentile::P75).amount, Money::fromMajor(169000));
}

void TestBand::kindIds()
{
    QCOMPARE(bandValueKindId(Published), u"published"_s);
    QCOMPARE(bandValueKindId(Estimated), u"estimated"_s);
    QCOMPARE(bandValueKindId(TopCoded), u"topcoded"_s);
    QCOMPARE(bandValueKindId(Missing), u"missing"_s);
}

void TestBand::flags()
{
    QVERIFY(!softwareDevelopers().hasEstimates());
    QVERIFY(!softwareDevelopers().hasTopCodes());
    QVERIFY(management().hasTopCodes());
    QVERIFY(bandOf({1, 2, 3, 4, 5}, {Estimated, Published, Published, Published, Published}).hasEstimates());
    QVERIFY(!(BandValue{Money::fromMajor(239200), TopCoded}.isExact()));
}

void TestBand::interpolatesBetweenKnownPoints()
{
    const Band band = softwareDevelopers();
    // Halfway between p50 (133,080) and p75 (169,000) is 151,040: the 62.5th percentile.
    BandPosition position = band.positionOf(Money::fromMajor(151040));
    QCOMPARE(position.percentile, 62.5);
    QCOMPARE(position.placement, BandPosition::Placement::Within);
    QVERIFY(position.exact);
    QCOMPARE(position.text, u"63rd percentile"_s);
    position = band.positionOf(Money::fromMajor(133080));
    QCOMPARE(position.percentile, 50.0);
    QCOMPARE(position.text, u"50th percentile"_s);
    position = band.positionOf(Money::fromMajor(79850));
    QCOMPARE(position.percentile, 10.0);
    QCOMPARE(position.placement, BandPosition::Placement::Within);
    position = band.positionOf(Money::fromMajor(211450));
    QCOMPARE(position.percentile, 90.0);
    QCOMPARE(position.placement, BandPosition::Placement::Within);
    QCOMPARE(position.text, u"90th percentile"_s);
}

void TestBand::clampsBelowAndAbove()
{
    const Band band = softwareDevelopers();
    BandPosition position = band.positionOf(Money::fromMajor(50000));
    QCOMPARE(position.percentile, 10.0);
    QCOMPARE(position.placement, BandPosition::Placement::BelowP10);
    QCOMPARE(position.text, u"below p10"_s);
    QVERIFY(position.exact);
    position = band.positionOf(Money::fromMajor(400000));
    QCOMPARE(position.percentile, 90.0);
    QCOMPARE(position.placement, BandPosition::Placement::AboveP90);
    QCOMPARE(position.text, u"above p90"_s);
}

void TestBand::ordinalText_data()
{
    QTest::addColumn<qint64>("dollars");
    QTest::addColumn<QString>("text");
    const Band band =
        bandOf({100, 200, 300, 400, 500}, {Published, Published, Published, Published, Published});
    // Between p10 (100) and p25 (200) one dollar is 0.15 percentiles.
    QTest::newRow("11th") << qint64(107) << u"11th percentile"_s;
    QTest::newRow("12th") << qint64(113) << u"12th percentile"_s;
    QTest::newRow("21st") << qint64(173) << u"21st percentile"_s;
    QTest::newRow("22nd") << qint64(180) << u"22nd percentile"_s;
    QTest::newRow("62nd") << qint64(348) << u"62nd percentile"_s; // 50 + 48 × 0.25 = 62
    QTest::newRow("73rd") << qint64(392) << u"73rd percentile"_s;
}

void TestBand::ordinalText()
{
    QFETCH(qint64, dollars);
    QFETCH(QString, text);
    const Band band =
        bandOf({100, 200, 300, 400, 500}, {Published, Published, Published, Published, Published});
    QCOMPARE(band.positionOf(Money::fromMajor(dollars)).text, text);
}

void TestBand::topCodedP90IsNeverExact()
{
    const Band band = management();
    BandPosition position = band.positionOf(Money::fromMajor(300000));
    QVERIFY(!position.exact);
    QCOMPARE(position.percentile, 75.0);
    QCOMPARE(position.placement, BandPosition::Placement::Unknown);
    QVERIFY2(position.text.startsWith(u"at or above p75 (p90 is ≥ "), qPrintable(position.text));
    QVERIFY(position.text.contains(u"239"));
    position = band.positionOf(Money::fromMajor(200000));
    QVERIFY(!position.exact);
    QCOMPARE(position.percentile, 75.0);
    QCOMPARE(position.placement, BandPosition::Placement::Within);
    QVERIFY2(position.text.startsWith(u"between p75 and p90 (p90 is ≥ "), qPrintable(position.text));
    // Below the top-code everything is still exact.
    position = band.positionOf(Money::fromMajor(122090));
    QVERIFY(position.exact);
    QCOMPARE(position.percentile, 50.0);
}

void TestBand::missingValuesAreSkipped()
{
    const Band band = bandOf({0, 100, 200, 300, 0}, {Missing, Published, Published, Published, Missing});
    BandPosition position = band.positionOf(Money::fromMajor(50));
    QCOMPARE(position.text, u"below p25"_s);
    QVERIFY(!position.exact);
    QCOMPARE(position.placement, BandPosition::Placement::Unknown);
    position = band.positionOf(Money::fromMajor(350));
    QCOMPARE(position.text, u"above p75"_s);
    QVERIFY(!position.exact);
    QCOMPARE(band.positionOf(Money::fromMajor(150)).percentile, 37.5);
    const Band empty = bandOf({0, 0, 0, 0, 0}, {Missing, Missing, Missing, Missing, Missing});
    QCOMPARE(empty.positionOf(Money::fromMajor(1)).placement, BandPosition::Placement::Unknown);
}

void TestBand::flatStretch()
{
    const Band band =
        bandOf({100, 200, 200, 300, 400}, {Published, Published, Published, Published, Published});
    QCOMPARE(band.positionOf(Money::fromMajor(200)).percentile, 25.0);
    QCOMPARE(band.positionOf(Money::fromMajor(250)).percentile, 62.5);
}

QTEST_APPLESS_MAIN(TestBand)
#include "TestBand.moc"
