#include "ImportedDatasetFixture.h"
#include "LevelProgression.h"
#include "MarketStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;

class TestLevelProgression : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void comparedRoleFromName();
    void occupationWithBriefFigures();
    void occupationWithoutBriefFigures();
    void twoRolesNationally();
    void importedDatasetHasALineOfItsOwn();
};

namespace {

qint64 major(const BandValue& value)
{
    return value.amount.roundedMajor();
}

} // namespace

void TestLevelProgression::comparedRoleFromName()
{
    const MarketStore& store = MarketStore::builtIn();
    ComparedRole role = ComparedRole::fromName(store, u"ai-engineer");
    QCOMPARE(role.name, QStringLiteral("AI Engineer"));
    QCOMPARE(role.soc, QStringLiteral("15-1221"));
    QCOMPARE(role.techMarketRole, QStringLiteral("AI Engineer"));
    role = ComparedRole::fromName(store, u"15-1252");
    QCOMPARE(role.name, QStringLiteral("Software Developers"));
    QVERIFY(role.techMarketRole.isEmpty());
    role = ComparedRole::fromName(store, u"registered nurses");
    QCOMPARE(role.soc, QStringLiteral("29-1141"));
    QVERIFY(ComparedRole::fromName(store, u"no such job").soc.isEmpty());
}

void TestLevelProgression::occupationWithBriefFigures()
{
    const LevelProgression progression =
        LevelProgression::forOccupation(MarketStore::builtIn(), u"15-1252", u"41940");
    QCOMPARE(progression.levels.size(), 6);
    QCOMPARE(progression.categories.first(), QStringLiteral("Entry"));
    QCOMPARE(progression.series.size(), 3);

    const ProgressionSeries& ai = progression.series[0];
    QCOMPARE(ai.kind, ProgressionSeries::Kind::SecondarySource);
    QCOMPARE(ai.name, QStringLiteral("AI Engineer (secondary)"));
    QCOMPARE(major(ai.values[0]), 188000); // early-career (L3) at Entry
    QCOMPARE(ai.values[1].kind, BandValue::Kind::Missing);
    QCOMPARE(major(ai.values[2]), 257000);
    QCOMPARE(major(ai.values[3]), 350000);
    const ProgressionSeries& swe = progression.series[1];
    QCOMPARE(major(swe.values[0]), 140000);
    QCOMPARE(major(swe.values[2]), 206000);
    QCOMPARE(major(swe.values[3]), 285000);

    // Government: the level bands are centred on OFLC Levels I (entry), III (mid) and IV (senior), whose
    // medians are the published levels (PROVENANCE.md: 149,365 / 226,138 / 264,514 in San Jose).
    const ProgressionSeries& government = progression.series[2];
    QCOMPARE(government.kind, ProgressionSeries::Kind::GovernmentMedian);
    QCOMPARE(government.name, QStringLiteral("Software Developers median base"));
    QCOMPARE(major(government.values[0]), 149365);
    QCOMPARE(major(government.values[2]), 226138);
    QCOMPARE(major(government.values[3]), 264514);
    for (qsizetype i = 1; i < government.values.size(); ++i)
        QVERIFY(government.values[i].amount >= government.values[i - 1].amount);

    QCOMPARE(progression.sourceNotes.size(), 2);
    QVERIFY2(progression.sourceNotes[0].contains(QStringLiteral("San Jose")),
             qPrintable(progression.sourceNotes[0]));
    QVERIFY2(progression.sourceNotes[1].startsWith(
                 QStringLiteral("Bars: Secondary source: Ai Engineer vs Software Engineer Salary (2026), "
                                "last updated January 2026")),
             qPrintable(progression.sourceNotes[1]));
}

void TestLevelProgression::occupationWithoutBriefFigures()
{
    const LevelProgression progression =
        LevelProgression::forOccupation(MarketStore::builtIn(), u"15-1252", u"12420");
    QCOMPARE(progression.series.size(), 3); // Software developers are profiled as software engineers
    const LevelProgression nurses =
        LevelProgression::forOccupation(MarketStore::builtIn(), u"29-1141", u"12420");
    QCOMPARE(nurses.series.size(), 1);
    QCOMPARE(nurses.sourceNotes.size(), 1);
    // PROVENANCE.md has no nurse figures; the Austin developer median is Level III = 139,152.
    QCOMPARE(major(progression.series[2].values[2]), 139152);
}

void TestLevelProgression::twoRolesNationally()
{
    const MarketStore& store = MarketStore::builtIn();
    const LevelProgression progression = LevelProgression::build(
        store,
        {ComparedRole::fromName(store, u"ai-engineer"), ComparedRole::fromName(store, u"software-engineer")},
        u"US");
    QCOMPARE(progression.series.size(), 4);
    QCOMPARE(progression.series[0].kind, ProgressionSeries::Kind::SecondarySource);
    QCOMPARE(progression.series[1].kind, ProgressionSeries::Kind::SecondarySource);
    QCOMPARE(progression.series[2].name, QStringLiteral("AI Engineer median base"));
    QCOMPARE(progression.series[3].name, QStringLiteral("Software Engineer median base"));
    // The national mid-level median of software developers is the published OEWS median, 133,080.
    QCOMPARE(major(progression.series[3].values[2]), 133080);
}

// The window's band comes from an imported dataset where it has a row; the "By level" chart shows that
// dataset's medians as a line of their own, named with the dataset, its source, date and age, at the levels
// it covers only, and leaves the government line as it was.
void TestLevelProgression::importedDatasetHasALineOfItsOwn()
{
    QTemporaryDir folder;
    const auto library = ImportedDatasetFixture::libraryWith(
        folder.filePath(QStringLiteral("datasets")),
        "15-1252,mid,41940,USD,150000,170000,195000,220000,260000,Acme Comp Survey 2025,2025-04-01\n"
        "15-1252,senior,41940,USD,,210000,240000,,,Acme Comp Survey 2025,2025-04-01\n"
        "15-1252,staff,41940,USD,250000,,,,300000,Acme Comp Survey 2025,2025-04-01\n",
        QStringLiteral("Acme 2025"));
    const LevelProgression progression = LevelProgression::forOccupation(
        MarketStore::builtIn(), u"15-1252", u"41940", library.get(), QDate(2026, 11, 26));
    QCOMPARE(progression.series.size(), 4);
    const ProgressionSeries& government = progression.series[2];
    QCOMPARE(government.kind, ProgressionSeries::Kind::GovernmentMedian);
    QCOMPARE(major(government.values[2]), 226138); // OFLC Level III, as without the dataset
    const ProgressionSeries& imported = progression.series[3];
    QCOMPARE(imported.kind, ProgressionSeries::Kind::ImportedMedian);
    QCOMPARE(imported.name, QStringLiteral("Software Developers median base, your dataset \"Acme 2025\""));
    QCOMPARE(imported.values.size(), progression.levels.size());
    QCOMPARE(imported.values[0].kind, BandValue::Kind::Missing); // entry: no row
    QCOMPARE(major(imported.values[2]), 195000);
    QCOMPARE(imported.values[2].kind, BandValue::Kind::Published);
    QCOMPARE(major(imported.values[3]), 240000);
    QCOMPARE(imported.values[4].kind, BandValue::Kind::Missing); // staff: a row without a median
    QCOMPARE(progression.sourceNotes.size(), 3);
    QCOMPARE(
        progression.sourceNotes[0],
        QStringLiteral("Dashed lines: median base pay by level, DOL OFLC, July 2025 – June 2026 (survey of "
                       "2024, 2 years old), San Jose-Sunnyvale-Santa Clara, CA (level bands are modelled "
                       "estimates)"));
    QCOMPARE(
        progression.sourceNotes[1],
        QStringLiteral("Solid line: median base pay by level in your dataset \"Acme 2025\": Acme Comp "
                       "Survey 2025, 2025-04-01 (1 year old); levels it gives no median for are left out"));

    // A place the dataset does not cover: no line, no note.
    const LevelProgression austin = LevelProgression::forOccupation(
        MarketStore::builtIn(), u"15-1252", u"12420", library.get(), QDate(2026, 11, 26));
    QCOMPARE(austin.series.size(), 3);
    QCOMPARE(austin.sourceNotes.size(), 2);
}

QTEST_APPLESS_MAIN(TestLevelProgression)
#include "TestLevelProgression.moc"
