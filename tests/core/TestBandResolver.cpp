#include "BandResolver.h"
#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestBandResolver : public QObject
{
    Q_OBJECT

private slots:
    void builtInBandsWithoutLibrary();
    void importedBandTakesPrecedence();
    void newestDataWinsAmongDatasets();
    void importedBandCoversOnlyItsLevel();
    void resolvesRoles();
    void resolvesLocations();
    void unknownNamesGetSuggestions();

private:
    void addDataset(DatasetLibrary& library, const BandResolver& resolver, const QByteArray& csv,
                    const QString& name);
};

void TestBandResolver::addDataset(DatasetLibrary& library, const BandResolver& resolver,
                                  const QByteArray& csv, const QString& name)
{
    auto result =
        DatasetImporter(resolver.roleSearch(), resolver.locationSearch()).import(csv, name, u"x.csv"_s);
    QVERIFY(result.ok());
    QVERIFY(library.add(*result.dataset, false));
}

void TestBandResolver::builtInBandsWithoutLibrary()
{
    const BandResolver resolver(MarketStore::builtIn());
    const auto national = resolver.band(u"15-1252", u"US", CareerLevel::Unspecified);
    QVERIFY(national);
    QVERIFY(national->datasetName.isEmpty());
    QCOMPARE(national->band.value(Percentile::P10).amount, Money::fromMajor(79'850));
    QCOMPARE(national->band.value(Percentile::P50).amount, Money::fromMajor(133'080));
    QCOMPARE(national->band.value(Percentile::P90).amount, Money::fromMajor(211'450));
    const auto sanJose = resolver.band(u"15-1252", u"41940", CareerLevel::Unspecified);
    QVERIFY(sanJose);
    QCOMPARE(sanJose->band.value(Percentile::P50).amount, Money::fromMajor(226'138));
    QCOMPARE(sanJose->band.value(Percentile::P50).kind, BandValue::Kind::Published);
    QString error;
    QVERIFY(!resolver.band(u"99-9999", u"US", CareerLevel::Unspecified, &error));
    QVERIFY(!error.isEmpty());
}

void TestBandResolver::importedBandTakesPrecedence()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    const BandResolver resolver(MarketStore::builtIn(), &library);
    addDataset(library, resolver,
               "role,location,p10,p50,p90,source,date\nSWE,San Jose,190000,250000,330000,Acme comp "
               "survey,2025-04-01\n",
               u"Acme"_s);
    const auto band = resolver.band(u"15-1252", u"41940", CareerLevel::Unspecified);
    QVERIFY(band);
    QCOMPARE(band->datasetName, u"Acme"_s);
    QCOMPARE(band->band.value(Percentile::P50).amount, Money::fromMajor(250'000));
    QCOMPARE(band->band.value(Percentile::P25).kind, BandValue::Kind::Missing);
    QCOMPARE(band->band.roleTitle, u"Software Developers"_s);
    QCOMPARE(band->band.areaName, u"San Jose-Sunnyvale-Santa Clara, CA"_s);
    QCOMPARE(band->band.sourceName, u"Acme comp survey"_s);
    QCOMPARE(band->band.dataYear, 2025);
    // Other bands still come from the built-in data.
    const auto austin = resolver.band(u"15-1252", u"12420", CareerLevel::Unspecified);
    QVERIFY(austin->datasetName.isEmpty());
    QCOMPARE(austin->band.value(Percentile::P50).amount, Money::fromMajor(139'152));
}

void TestBandResolver::newestDataWinsAmongDatasets()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    const BandResolver resolver(MarketStore::builtIn(), &library);
    addDataset(library, resolver, "role,location,p50,source,date\n15-1252,US,150000,Newer data,2025-06-01\n",
               u"Imported first"_s);
    QTest::qWait(5); // distinct import times
    addDataset(library, resolver, "role,location,p50,source,date\n15-1252,US,140000,Older data,2023\n",
               u"Imported second"_s);
    auto band = resolver.band(u"15-1252", u"US", CareerLevel::Unspecified);
    QCOMPARE(band->datasetName, u"Imported first"_s);
    QCOMPARE(band->band.value(Percentile::P50).amount, Money::fromMajor(150'000));
    // Same date: the most recently imported wins.
    QTest::qWait(5);
    addDataset(library, resolver, "role,location,p50,source,date\n15-1252,US,155000,Same date,2025-06-01\n",
               u"Imported third"_s);
    band = resolver.band(u"15-1252", u"US", CareerLevel::Unspecified);
    QCOMPARE(band->datasetName, u"Imported third"_s);
    QVERIFY(library.remove(u"Imported third"_s));
    QVERIFY(library.remove(u"Imported first"_s));
    band = resolver.band(u"15-1252", u"US", CareerLevel::Unspecified);
    QCOMPARE(band->datasetName, u"Imported second"_s);
}

void TestBandResolver::importedBandCoversOnlyItsLevel()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    const BandResolver resolver(MarketStore::builtIn(), &library);
    addDataset(library, resolver,
               "role,level,location,p50,source,date\n15-1252,senior,41940,280000,Acme,2025-04-01\n",
               u"Senior"_s);
    QCOMPARE(resolver.band(u"15-1252", u"41940", CareerLevel::Senior)->datasetName, u"Senior"_s);
    QVERIFY(resolver.band(u"15-1252", u"41940", CareerLevel::Mid)->datasetName.isEmpty());
    QVERIFY(resolver.band(u"15-1252", u"41940", CareerLevel::Unspecified)->datasetName.isEmpty());
}

void TestBandResolver::resolvesRoles()
{
    const BandResolver resolver(MarketStore::builtIn());
    auto role = resolver.resolveRole(u"SWE");
    QVERIFY(role.match);
    QVERIFY(role.exact);
    QCOMPARE(role.match->soc, u"15-1252"_s);
    role = resolver.resolveRole(u"sofware dev");
    QVERIFY(role.match);
    QVERIFY(!role.exact);
    QCOMPARE(role.match->soc, u"15-1252"_s);
    QCOMPARE(resolver.resolveRole(u"15-2051").match->title, u"Data Scientists"_s);
}

void TestBandResolver::resolvesLocations()
{
    const BandResolver resolver(MarketStore::builtIn());
    auto location = resolver.resolveLocation(u"Santa Clara County");
    QVERIFY(location.exact);
    QCOMPARE(location.match->code, u"41940"_s);
    location = resolver.resolveLocation(u"Bay Area");
    QVERIFY(!location.exact);
    QCOMPARE(location.match->code, u"41860"_s);
    location = resolver.resolveLocation(u"remote");
    QCOMPARE(location.match->code, u"US"_s);
}

void TestBandResolver::unknownNamesGetSuggestions()
{
    const BandResolver resolver(MarketStore::builtIn());
    const auto role = resolver.resolveRole(u"Zorbwright");
    QVERIFY(!role.match);
    QCOMPARE(role.error, u"unknown role \"Zorbwright\""_s);
    QCOMPARE(role.suggestions.size(), BandResolver::SuggestionCount);
    const auto location = resolver.resolveLocation(u"Qqqzzz Xyzzy");
    QVERIFY(!location.match);
    QCOMPARE(location.error, u"unknown location \"Qqqzzz Xyzzy\""_s);
    QCOMPARE(location.suggestions.size(), BandResolver::SuggestionCount);
    QVERIFY(!resolver.resolveRole(u"  ").match);
}

QTEST_GUILESS_MAIN(TestBandResolver)
#include "TestBandResolver.moc"
