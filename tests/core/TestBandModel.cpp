#include "BandModel.h"
#include "MarketStore.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Published = BandValue::Kind::Published;
constexpr auto Estimated = BandValue::Kind::Estimated;
constexpr auto TopCoded = BandValue::Kind::TopCoded;

Band bandFor(QStringView soc, QStringView area, CareerLevel level = CareerLevel::Unspecified)
{
    QString error;
    const std::optional<Band> band = BandModel::band(MarketStore::builtIn(), soc, area, level, &error);
    if (!band)
        qFatal("no band: %s", qPrintable(error));
    return *band;
}

QList<qint64> dollars(const Band& band)
{
    QList<qint64> result;
    for (const BandValue& value : band.values)
        result.append(value.amount.roundedMajor());
    return result;
}

QList<BandValue::Kind> kinds(const Band& band)
{
    QList<BandValue::Kind> result;
    for (const BandValue& value : band.values)
        result.append(value.kind);
    return result;
}

// Non-decreasing within the band, and every value non-decreasing from one level to the next.
bool checkMonotonic(const QList<Band>& levelBands, QString* problem)
{
    for (qsizetype level = 0; level < levelBands.size(); ++level) {
        const Band& band = levelBands[level];
        for (int p = 0; p < 5; ++p) {
            if (p > 0 && band.values[p].amount < band.values[p - 1].amount) {
                *problem =
                    u"%1 %2 %3: p%4 decreases"_s.arg(band.soc, band.areaCode, CareerLevels::id(band.level))
                        .arg(p);
                return false;
            }
            if (level > 0 && band.values[p].amount < levelBands[level - 1].values[p].amount) {
                *problem = u"%1 %2 %3: column %4 lower than the level below"_s
                               .arg(band.soc, band.areaCode, CareerLevels::id(band.level))
                               .arg(p);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestBandModel : public QObject
{
    Q_OBJECT

private slots:
    void oflcBandKeepsLevelThreeAsMedian_data();
    void oflcBandKeepsLevelThreeAsMedian();
    void oflcLevelBands();
    void nationalBandIsPublished();
    void nationalTopCodes();
    void nationalLevelBandsStopAtTheTopCode();
    void hourlyOnlyOccupationsAreAnnualised();
    void sourcesAndAge();
    void errorsNameTheProblem();
    void levelMappingIsMonotonic();
    void allBandsAreMonotonic();
    void explanations();
};

void TestBandModel::oflcBandKeepsLevelThreeAsMedian_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QList<qint64>>("expected");
    // p50 = OFLC Level III; the others from the fitted log-normal through Levels I–IV (checked independently
    // with Python's statistics.NormalDist).
    QTest::newRow("San Jose") << u"41940"_s << QList<qint64>{130433, 168082, 226138, 291490, 374772};
    QTest::newRow("Austin") << u"12420"_s << QList<qint64>{78495, 102224, 139152, 180900, 234830};
}

void TestBandModel::oflcBandKeepsLevelThreeAsMedian()
{
    QFETCH(QString, area);
    QFETCH(QList<qint64>, expected);
    const Band band = bandFor(u"15-1252", area);
    QCOMPARE(dollars(band), expected);
    QCOMPARE(kinds(band), (QList<BandValue::Kind>{Estimated, Estimated, Published, Estimated, Estimated}));
    QCOMPARE(band.roleTitle, u"Software Developers"_s);
    QCOMPARE(band.areaCode, area);
    QCOMPARE(band.currency, u"USD"_s);
    QVERIFY(band.methodNote.contains(u"Level III"));
    QVERIFY(band.methodNote.contains(u"base pay"));
}

void TestBandModel::oflcLevelBands()
{
    // San Jose, Software Developers: each level's p10…p90 = local quantiles at centre −8, −5, 0, +5, +8.
    const QList<std::pair<CareerLevel, QList<qint64>>> expected = {
        {CareerLevel::Entry, {127275, 136316, 149365, 161291, 168082}},
        {CareerLevel::Junior, {170307, 176898, 187741, 199364, 206451}},
        {CareerLevel::Mid, {206451, 213674, 226138, 236494, 243005}},
        {CareerLevel::Senior, {245237, 252142, 264514, 280638, 291490}},
        {CareerLevel::Staff, {280638, 291490, 312372, 338608, 358598}},
        {CareerLevel::Principal, {322055, 338608, 374772, 435597, 515942}},
    };
    for (const auto& [level, values] : expected) {
        const Band band = bandFor(u"15-1252", u"41940", level);
        QCOMPARE(dollars(band), values);
        QVERIFY(!band.hasTopCodes());
        for (const BandValue& value : band.values)
            QCOMPARE(value.kind, Estimated);
        QVERIFY(band.methodNote.contains(CareerLevels::displayName(level)));
    }
    // The level centres are the published OFLC levels.
    QCOMPARE(bandFor(u"15-1252", u"41860", CareerLevel::Entry).value(Percentile::P50).amount,
             Money::fromMajor(135699));
    QCOMPARE(bandFor(u"15-1252", u"41860", CareerLevel::Senior).value(Percentile::P50).amount,
             Money::fromMajor(213512));
}

void TestBandModel::nationalBandIsPublished()
{
    const Band band = bandFor(u"15-1252", u"US");
    QCOMPARE(dollars(band), (QList<qint64>{79850, 103050, 133080, 169000, 211450}));
    QCOMPARE(kinds(band), (QList<BandValue::Kind>{Published, Published, Published, Published, Published}));
    QCOMPARE(band.areaName, u"United States"_s);
    QCOMPARE(band.areaCode, u"US"_s);
    QCOMPARE(bandFor(u"15-1252", u"national").values[2].amount, Money::fromMajor(133080));
}

void TestBandModel::nationalTopCodes()
{
    const Band band = bandFor(u"11-0000", u"US");
    QCOMPARE(dollars(band), (QList<qint64>{57010, 79900, 122090, 171610, 239200}));
    QCOMPARE(kinds(band), (QList<BandValue::Kind>{Published, Published, Published, Published, TopCoded}));
    QVERIFY(band.methodNote.contains(u"239,200"));
    const BandPosition position = band.positionOf(Money::fromMajor(250000));
    QVERIFY(!position.exact);
    QVERIFY(position.text.startsWith(u"at or above p75"));
}

void TestBandModel::nationalLevelBandsStopAtTheTopCode()
{
    // Management: staff (p72…p88) interpolates towards the top-code, so values above p75 are lower bounds.
    const Band staff = bandFor(u"11-0000", u"US", CareerLevel::Staff);
    QCOMPARE(dollars(staff), (QList<qint64>{163852, 171610, 188038, 209184, 225654}));
    QCOMPARE(kinds(staff), (QList<BandValue::Kind>{Estimated, Estimated, TopCoded, TopCoded, TopCoded}));
    // Software developers: p90 is published (211,450) but extrapolating beyond it crosses the top-code.
    const Band principal = bandFor(u"15-1252", u"US", CareerLevel::Principal);
    QCOMPARE(dollars(principal), (QList<qint64>{184715, 193158, 211450, 239200, 239200}));
    QCOMPARE(kinds(principal), (QList<BandValue::Kind>{Estimated, Estimated, Estimated, TopCoded, TopCoded}));
    const Band senior = bandFor(u"15-1252", u"US", CareerLevel::Senior);
    QCOMPARE(dollars(senior), (QList<qint64>{144252, 148290, 155523, 163601, 169000}));
}

void TestBandModel::hourlyOnlyOccupationsAreAnnualised()
{
    // Actors: OEWS publishes hourly figures only; median $23.33 × 2080 = $48,526.40 → 48,526.
    const Band band = bandFor(u"27-2011", u"US");
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(48526));
    QCOMPARE(band.value(Percentile::P50).kind, Estimated);
    QVERIFY(band.methodNote.contains(u"2080"));
}

void TestBandModel::sourcesAndAge()
{
    const Band local = bandFor(u"15-1252", u"41940");
    QCOMPARE(local.sourceShortName, u"DOL OFLC"_s);
    QCOMPARE(local.dataPeriod, u"July 2025 – June 2026"_s);
    QCOMPARE(local.dataYear, 2024);
    QVERIFY(local.sourceName.contains(u"Office of Foreign Labor Certification"));
    const Band national = bandFor(u"15-1252", u"US");
    QCOMPARE(national.sourceShortName, u"BLS OEWS"_s);
    QCOMPARE(national.dataPeriod, u"May 2024"_s);
    QVERIFY(national.sourceName.contains(u"Bureau of Labor Statistics"));
}

void TestBandModel::errorsNameTheProblem()
{
    const MarketStore& store = MarketStore::builtIn();
    QString error;
    QVERIFY(!BandModel::band(store, u"99-9999", u"41940", CareerLevel::Unspecified, &error));
    QVERIFY(error.contains(u"99-9999"));
    QVERIFY(!BandModel::band(store, u"15-1252", u"123", CareerLevel::Unspecified, &error));
    QVERIFY(error.contains(u"123"));
    QVERIFY(!BandModel::band(store, u"99-9999", u"US", CareerLevel::Unspecified, &error));
    QVERIFY(error.contains(u"99-9999"));
    // A pair OFLC leaves empty.
    bool foundEmpty = false;
    for (int occupation = 0; occupation < store.occupations().size() && !foundEmpty; ++occupation) {
        for (int area = 0; area < store.areas().size() && !foundEmpty; ++area) {
            if (store.oflcLevels(occupation, area))
                continue;
            foundEmpty = true;
            QVERIFY(!BandModel::band(store, store.occupations()[occupation].soc, store.areas()[area].code,
                                     CareerLevel::Mid, &error));
            QVERIFY2(error.contains(store.areas()[area].name), qPrintable(error));
            QVERIFY(error.contains(u"national"));
        }
    }
    QVERIFY(foundEmpty);
}

void TestBandModel::levelMappingIsMonotonic()
{
    int previousCentre = 0;
    for (CareerLevel level : CareerLevels::all()) {
        const BandModel::LevelWindow window = BandModel::levelWindow(level);
        QVERIFY(window.centre > previousCentre);
        QCOMPARE(window.halfWidth, 8);
        previousCentre = window.centre;
    }
    QCOMPARE(BandModel::levelWindow(CareerLevel::Entry).centre, 17);
    QCOMPARE(BandModel::levelWindow(CareerLevel::Junior).centre, 34);
    QCOMPARE(BandModel::levelWindow(CareerLevel::Mid).centre, 50);
    QCOMPARE(BandModel::levelWindow(CareerLevel::Senior).centre, 67);
    QCOMPARE(BandModel::levelWindow(CareerLevel::Unspecified).halfWidth, 40);
}

void TestBandModel::allBandsAreMonotonic()
{
    const MarketStore& store = MarketStore::builtIn();
    QList<CareerLevel> levels = CareerLevels::all();
    QString problem;
    int checked = 0;
    // Every occupation in every 5th area (and every area for software developers), all levels.
    for (const Occupation& occupation : store.occupations()) {
        for (int area = 0; area < store.areas().size(); area += occupation.soc == u"15-1252" ? 1 : 5) {
            QList<Band> levelBands;
            for (CareerLevel level : levels) {
                const std::optional<Band> band =
                    BandModel::band(store, occupation.soc, store.areas()[area].code, level);
                if (band)
                    levelBands.append(*band);
            }
            QVERIFY2(checkMonotonic(levelBands, &problem), qPrintable(problem));
            const std::optional<Band> whole =
                BandModel::band(store, occupation.soc, store.areas()[area].code, CareerLevel::Unspecified);
            if (whole) {
                QVERIFY2(checkMonotonic({*whole}, &problem), qPrintable(problem));
                QCOMPARE(whole->value(Percentile::P50).amount,
                         store.oflcLevels(occupation.soc, whole->areaCode)->annual[2]);
                QCOMPARE(whole->value(Percentile::P50).kind, Published);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 80000);
    // Every national OEWS row.
    for (const OewsNationalWages& wages : store.nationalWages(2024)) {
        QList<Band> levelBands;
        for (CareerLevel level : levels) {
            if (const std::optional<Band> band = BandModel::band(store, wages.soc, u"US", level))
                levelBands.append(*band);
        }
        QVERIFY2(checkMonotonic(levelBands, &problem), qPrintable(problem));
        if (const std::optional<Band> whole =
                BandModel::band(store, wages.soc, u"US", CareerLevel::Unspecified)) {
            QVERIFY2(checkMonotonic({*whole}, &problem), qPrintable(problem));
            for (int p = 0; p < 5; ++p) {
                if (wages.annual[p])
                    QCOMPARE(whole->values[p].kind, wages.annualTopCoded[p] ? TopCoded : Published);
            }
        }
    }
}

void TestBandModel::explanations()
{
    QVERIFY(BandModel::levelMappingExplanation().contains(u"17th"));
    QVERIFY(BandModel::levelMappingExplanation().contains(u"estimates"));
    QVERIFY(BandModel::methodExplanation().contains(u"log-normal"));
    QVERIFY(BandModel::methodExplanation().contains(u"239,200"));
}

QTEST_APPLESS_MAIN(TestBandModel)
#include "TestBandModel.moc"
