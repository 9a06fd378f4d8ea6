#include "ChartSeriesBuilder.h"
#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"
#include "OfferWorkspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestOfferWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void recomputesEverythingFromTheInput();
    void typedRoleAndPlaceAreMatched();
    void pickedCodesWin();
    void pickedNationalCode();
    void unknownPlaceFallsBackToNational();
    void optionsRecomputeThePlan();
    void builtInBandNamesItsSurveyAndAge();
    void importedDatasetAnswersTheBand();
    void sameInputsAgainChangeNothing();

private:
    static NegotiationInput sample();
};

NegotiationInput TestOfferWorkspace::sample()
{
    NegotiationInput input;
    input.offer.company = QStringLiteral("Northwind");
    input.offer.role = QStringLiteral("Software Engineer");
    input.offer.level = CareerLevel::Mid;
    input.offer.location = QStringLiteral("San Jose, CA");
    input.offer.base = Money::fromMajor(200'000);
    input.offer.signOn.amount = Money::fromMajor(24'000);
    input.offer.signOn.clawbackMonths = 12;
    input.offer.equity.grant = Money::fromMajor(100'000);
    return input;
}

void TestOfferWorkspace::recomputesEverythingFromTheInput()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    QSignalSpy spy(&workspace, &OfferWorkspace::recomputed);
    workspace.setInput(sample());
    QCOMPARE(spy.count(), 1);

    // Mid level = the local median window; the band's p50 is OFLC Level III for San Jose (PROVENANCE.md).
    const auto& band = *workspace.band();
    QCOMPARE(band.soc, QStringLiteral("15-1252"));
    QCOMPARE(band.areaCode, QStringLiteral("41940"));
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(226'138));
    QVERIFY(workspace.input().nextLevelBand);
    QCOMPARE(workspace.input().nextLevelBand->level, CareerLevel::Senior);

    QCOMPARE(workspace.years().size(), 4);
    QCOMPARE(workspace.years().front().base, Money::fromMajor(200'000));
    QCOMPARE(workspace.years().front().signOn, Money::fromMajor(24'000));
    QCOMPARE(workspace.years().front().equity, Money::fromMajor(25'000));
    QCOMPARE(workspace.totalFourYears(), Money::fromMajor(924'000));
    QCOMPARE(workspace.walkAwayCosts().size(), OfferWorkspace::WalkAwayMonths + 1);
    QCOMPARE(workspace.walkAwayCosts().at(6).clawback, Money::fromMajor(24'000));
    QCOMPARE(workspace.walkAwayCosts().at(6).forfeitedEquity, Money::fromMajor(100'000));
    QCOMPARE(workspace.walkAwayCosts().at(48).total(), Money::fromMajor(0));

    QVERIFY2(workspace.plan(), qPrintable(workspace.planError()));
    QVERIFY(!workspace.recommendations().isEmpty());
    QVERIFY(workspace.plan()->ask.base.asked > Money::fromMajor(200'000));
    QVERIFY(!workspace.plan()->email.body.isEmpty());
}

void TestOfferWorkspace::typedRoleAndPlaceAreMatched()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.location = QStringLiteral("Austin");
    workspace.setInput(input);
    QCOMPARE(workspace.matchedRole()->soc, QStringLiteral("15-1252"));
    QCOMPARE(workspace.matchedLocation()->code, QStringLiteral("12420"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(139'152));
    input.offer.location.clear();
    workspace.setInput(input);
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
}

void TestOfferWorkspace::pickedCodesWin()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.role = QStringLiteral("Platform wizard");
    input.offer.roleSoc = QStringLiteral("15-1252");
    input.offer.location = QStringLiteral("the Bay");
    input.offer.locationCode = QStringLiteral("41860");
    workspace.setInput(input);
    QCOMPARE(workspace.band()->soc, QStringLiteral("15-1252"));
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("41860"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(187'574));
}

void TestOfferWorkspace::pickedNationalCode()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.roleSoc = QStringLiteral("15-1252");
    input.offer.location = QStringLiteral("remote");
    input.offer.locationCode = QStringLiteral("US");
    workspace.setInput(input);
    QCOMPARE(workspace.matchedLocation()->code, QStringLiteral("US"));
    QCOMPARE(workspace.matchedLocation()->name, QStringLiteral("United States"));
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
    QCOMPARE(workspace.band()->value(Percentile::P50).amount, Money::fromMajor(133'080));
    QVERIFY(workspace.bandError().isEmpty());
}

void TestOfferWorkspace::unknownPlaceFallsBackToNational()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.offer.location = QStringLiteral("qqqqqqqqqq");
    workspace.setInput(input);
    QVERIFY(workspace.band());
    QCOMPARE(workspace.band()->areaCode, QStringLiteral("US"));
    QVERIFY(workspace.bandError().contains(QStringLiteral("qqqqqqqqqq")));
}

void TestOfferWorkspace::optionsRecomputeThePlan()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    workspace.setInput(sample());
    const Money at75 = workspace.plan()->ask.base.asked;
    QSignalSpy spy(&workspace, &OfferWorkspace::recomputed);
    workspace.setTargetPercentile(90);
    QCOMPARE(spy.count(), 1);
    QVERIFY(workspace.plan()->ask.base.asked > at75);
    workspace.setTone(EmailTone::Formal);
    QCOMPARE(workspace.input().tone, EmailTone::Formal);
    workspace.setStrategyId(QStringLiteral("no-such-strategy"));
    QVERIFY(!workspace.plan());
    QVERIFY(workspace.planError().contains(QStringLiteral("no-such-strategy")));
}

void TestOfferWorkspace::builtInBandNamesItsSurveyAndAge()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    NegotiationInput input = sample();
    input.today = QDate(2026, 11, 26);
    workspace.setInput(input);
    QVERIFY(workspace.band()->datasetName.isEmpty());
    QCOMPARE(workspace.bandSourceText(),
             u"Data: DOL OFLC, July 2025 – June 2026 (survey of 2024, 2 years old)"_s);
    input.offer.role = u"qqqqqqqqqq"_s;
    workspace.setInput(input);
    QCOMPARE(workspace.bandSourceText(), u"No market band"_s);
}

// The desktop app looks bands up as anchorline-cli does: a dataset the user imported answers where it covers
// the role, level and place, and is named as the source with its date and age; elsewhere the built-in data.
void TestOfferWorkspace::importedDatasetAnswersTheBand()
{
    QTemporaryDir folder;
    const auto library = std::make_shared<DatasetLibrary>(folder.filePath(u"datasets"_s));
    OfferWorkspace workspace(MarketStore::builtIn(), library);
    QCOMPARE(workspace.datasetLibrary(), library.get());
    auto imported =
        DatasetImporter(workspace.roleSearch(), workspace.locationSearch())
            .import("role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
                    "15-1252,mid,41940,USD,150000,170000,195000,220000,260000,Acme Comp Survey "
                    "2025,2025-04-01\n"
                    "15-1252,senior,41940,USD,,210000,240000,,,Acme Comp Survey 2025,2025-04-01\n",
                    u"Acme 2025"_s, u"acme.csv"_s);
    QVERIFY(imported.ok());
    QVERIFY(library->add(*imported.dataset, false));

    NegotiationInput input = sample();
    input.today = QDate(2026, 11, 26);
    workspace.setInput(input);
    const Band& band = *workspace.band();
    QCOMPARE(band.datasetName, u"Acme 2025"_s);
    QCOMPARE(band.roleTitle, u"Software Developers"_s);
    QCOMPARE(band.areaName, u"San Jose-Sunnyvale-Santa Clara, CA"_s);
    QCOMPARE(band.value(Percentile::P10).amount, Money::fromMajor(150'000));
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(195'000));
    QCOMPARE(band.value(Percentile::P90).amount, Money::fromMajor(260'000));
    QCOMPARE(workspace.bandSourceText(),
             u"Data: your dataset \"Acme 2025\": Acme Comp Survey 2025, 2025-04-01 (1 year old)"_s);
    QCOMPARE(
        ChartSeriesBuilder::bandSourceCaption(band, input.today),
        u"Source: Acme Comp Survey 2025, 2025-04-01 (your imported dataset \"Acme 2025\", 1 year old)"_s);
    // The offer is placed in the imported band: 200,000 is a fifth of the way from p50 to p75.
    QCOMPARE(band.positionOf(input.offer.base).text, u"55th percentile"_s);
    // The next level's band comes from the dataset too, gaps and all.
    const Band& senior = *workspace.input().nextLevelBand;
    QCOMPARE(senior.datasetName, u"Acme 2025"_s);
    QCOMPARE(senior.value(Percentile::P50).amount, Money::fromMajor(240'000));
    QCOMPARE(senior.value(Percentile::P10).kind, BandValue::Kind::Missing);
    QCOMPARE(ChartSeriesBuilder::bandSourceCaption(senior, input.today),
             u"Source: Acme Comp Survey 2025, 2025-04-01 (your imported dataset \"Acme 2025\", 1 year old) · "
             u"p10, p75, "
             u"p90 not in the dataset"_s);

    // Compared offers are placed the same way, each naming its source.
    const auto placement = workspace.placementProvider();
    QCOMPARE(
        placement(input.offer)->source,
        u"Acme Comp Survey 2025 (2025-04-01, your dataset \"Acme 2025\"), San Jose-Sunnyvale-Santa Clara, "
        u"CA, Mid-level (1 year old)"_s);
    // The "By level" chart: the dataset's medians as a line of their own beside the modelled government one.
    const ProgressionSeries& importedLine = workspace.levelProgression().series.last();
    QCOMPARE(importedLine.kind, ProgressionSeries::Kind::ImportedMedian);
    QCOMPARE(importedLine.values[2].amount, Money::fromMajor(195'000));
    QCOMPARE(importedLine.values[3].amount, Money::fromMajor(240'000));
    QVERIFY(workspace.levelProgression().sourceNotes.contains(
        u"Solid line: median base pay by level in your dataset \"Acme 2025\": Acme Comp Survey 2025, "
        u"2025-04-01 (1 year old); levels it gives no median for are left out"_s));
    Offer austin = input.offer;
    austin.location = u"Austin"_s;
    QVERIFY(placement(austin)->source.startsWith(u"DOL OFLC"_s));

    // A level the dataset does not cover: the built-in band.
    input.offer.level = CareerLevel::Junior;
    workspace.setInput(input);
    QVERIFY(workspace.band()->datasetName.isEmpty());
    QVERIFY2(workspace.bandSourceText().startsWith(u"Data: DOL OFLC, "_s),
             qPrintable(workspace.bandSourceText()));
}

// The form announces a loaded offer once more when it settles; the same inputs must not recompute.
void TestOfferWorkspace::sameInputsAgainChangeNothing()
{
    OfferWorkspace workspace(MarketStore::builtIn());
    QSignalSpy spy(&workspace, &OfferWorkspace::recomputed);
    workspace.setInput(sample());
    const Money total = workspace.totalFourYears();
    workspace.setInput(workspace.input());
    QCOMPARE(spy.count(), 1);

    // $10,000 more base for four years (a 0 % raise in the sample).
    NegotiationInput changed = workspace.input();
    changed.offer.base = Money::fromMajor(210'000);
    workspace.setInput(changed);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(workspace.totalFourYears(), total + Money::fromMajor(40'000));
}

QTEST_APPLESS_MAIN(TestOfferWorkspace)
#include "TestOfferWorkspace.moc"
