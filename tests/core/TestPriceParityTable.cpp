#include "LocationSearch.h"
#include "MarketStore.h"
#include "Offer.h"
#include "PriceParityTable.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

using Basis = PlaceParity::Basis;
using Fallback = PlaceParity::Fallback;

class TestPriceParityTable : public QObject
{
    Q_OBJECT

private slots:
    void provenanceSpotChecks_data();
    void provenanceSpotChecks();
    void states();
    void renamedMetros_data();
    void renamedMetros();
    void stateFallback();
    void uncoveredAndUnknown();
    void placeNames();
    void offerPlace();
    void texts();

private:
    const MarketStore& m_store = MarketStore::builtIn();
    const PriceParityTable m_table{m_store};
};

void TestPriceParityTable::provenanceSpotChecks_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("parity");
    QTest::newRow("San Jose") << u"41940"_s << 112867;
    QTest::newRow("San Francisco") << u"41860"_s << 118225;
    QTest::newRow("Austin") << u"12420"_s << 97620;
    QTest::newRow("New York") << u"35620"_s << 112473;
    QTest::newRow("Seattle") << u"42660"_s << 112991;
}

void TestPriceParityTable::provenanceSpotChecks()
{
    QFETCH(QString, code);
    QFETCH(int, parity);
    const auto lookup = m_table.forCode(code);
    QVERIFY2(lookup.ok(), qPrintable(lookup.error));
    QCOMPARE(lookup.place->code, code);
    QCOMPARE(lookup.place->parity.code, code);
    QCOMPARE(lookup.place->parity.parityThousandths, parity);
    QCOMPARE(lookup.place->parity.year, 2023);
    QCOMPARE(lookup.place->basis, Basis::Metro);
    QCOMPARE(lookup.place->fallback, Fallback::None);
    QVERIFY(lookup.place->fallbackNote().isEmpty());
}

void TestPriceParityTable::states()
{
    auto lookup = m_table.forCode(u"California");
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.parityThousandths, 112581);
    QCOMPARE(lookup.place->code, u"06000"_s);
    QCOMPARE(lookup.place->basis, Basis::State);
    QCOMPARE(lookup.place->fallback, Fallback::None);
    lookup = m_table.forCode(u"ar");
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->name, u"Arkansas"_s);
    QCOMPARE(lookup.place->code, u"AR"_s);
    QCOMPARE(lookup.place->parity.parityThousandths, 86508);
    lookup = m_table.forCode(u"US");
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->basis, Basis::National);
    QCOMPARE(lookup.place->code, u"US"_s);
    QCOMPARE(lookup.place->parity.parityThousandths, 100000);
    // BEA's own metro codes, including the US non-metropolitan portion, are accepted as they are.
    lookup = m_table.forCode(u"00999");
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.parityThousandths, 88222);
    QCOMPARE(m_table.year(), 2023);
    QVERIFY(m_table.credit().name.contains(u"Regional Price Parities"));
}

void TestPriceParityTable::renamedMetros_data()
{
    QTest::addColumn<QString>("oflcCode");
    QTest::addColumn<QString>("beaCode");
    QTest::addColumn<int>("parity");
    QTest::newRow("Cleveland") << u"17410"_s << u"17460"_s << 93045;
    QTest::newRow("Poughkeepsie") << u"28880"_s << u"39100"_s << 109728;
    QTest::newRow("The Villages") << u"48680"_s << u"45540"_s << 94292;
    QTest::newRow("Lexington Park") << u"30500"_s << u"15680"_s << 100247;
}

void TestPriceParityTable::renamedMetros()
{
    QFETCH(QString, oflcCode);
    QFETCH(QString, beaCode);
    QFETCH(int, parity);
    const auto lookup = m_table.forCode(oflcCode);
    QVERIFY2(lookup.ok(), qPrintable(lookup.error));
    QCOMPARE(lookup.place->code, oflcCode);
    QCOMPARE(lookup.place->name, m_store.area(oflcCode)->name);
    QCOMPARE(lookup.place->parity.code, beaCode);
    QCOMPARE(lookup.place->parity.parityThousandths, parity);
    QCOMPARE(lookup.place->basis, Basis::RenamedMetro);
    QCOMPARE(lookup.place->fallback, Fallback::None);
}

void TestPriceParityTable::stateFallback()
{
    // New metros of the 2023 delineation: their state's parity, and the reason.
    auto lookup = m_table.forCode(u"28450"); // Kenosha, WI
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->name, u"Kenosha, WI"_s);
    QCOMPARE(lookup.place->parity.name, u"Wisconsin"_s);
    QCOMPARE(lookup.place->parity.parityThousandths, 93097);
    QCOMPARE(lookup.place->basis, Basis::State);
    QCOMPARE(lookup.place->fallback, Fallback::MetroNotInBea);
    QCOMPARE(lookup.place->fallbackNote(),
             u"uses Wisconsin's parity: area not in BEA's 2020 metro delineation"_s);
    lookup = m_table.forCode(u"14580"); // Bozeman, MT
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.parityThousandths, 90244);
    QCOMPARE(lookup.place->fallback, Fallback::MetroNotInBea);
    // OFLC non-metro areas: the state's parity.
    lookup = m_table.forCode(u"600003"); // North Coast Region of California nonmetropolitan area
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.parityThousandths, 112581);
    QCOMPARE(lookup.place->basis, Basis::State);
    QCOMPARE(lookup.place->fallback, Fallback::NonMetroArea);
    QCOMPARE(lookup.place->fallbackNote(),
             u"uses California's parity: non-metropolitan area (BEA has no per-state non-metro figure)"_s);
}

void TestPriceParityTable::uncoveredAndUnknown()
{
    auto lookup = m_table.forCode(u"10380"); // Aguadilla, PR
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error,
             u"BEA publishes no price parity for Aguadilla, PR (10380): Puerto Rico, Guam and the "
             "Virgin Islands are not covered"_s);
    lookup = m_table.forCode(u"99999");
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"unknown place \"99999\": not an OFLC area code, BEA metro code, state or US"_s);
    lookup = m_table.forCode(u"  ");
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"the place is empty"_s);
}

void TestPriceParityTable::placeNames()
{
    const LocationSearch search(m_store);
    auto lookup = m_table.find(u"San Jose", search);
    QVERIFY2(lookup.ok(), qPrintable(lookup.error));
    QCOMPARE(lookup.place->code, u"41940"_s);
    QCOMPARE(lookup.place->parity.parityThousandths, 112867);
    lookup = m_table.find(u"Austin", search);
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->code, u"12420"_s);
    lookup = m_table.find(u"Texas", search); // a state is a place of its own here
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.name, u"Texas"_s);
    lookup = m_table.find(u"remote", search);
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->basis, Basis::National);
    lookup = m_table.find(u"Springfield", search); // four metros
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"\"Springfield\" names more than one area; give an area code"_s);
    QCOMPARE(lookup.suggestions.size(), 3);
    QVERIFY(lookup.suggestions.front().contains(u"Springfield"));
    lookup = m_table.find(u"Qwxzv", search);
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"unknown place \"Qwxzv\""_s);
}

void TestPriceParityTable::offerPlace()
{
    const LocationSearch search(m_store);
    Offer offer;
    offer.location = u"San Jose, CA"_s;
    auto lookup = m_table.forOffer(offer, search);
    QVERIFY2(lookup.ok(), qPrintable(lookup.error));
    QCOMPARE(lookup.place->code, u"41940"_s);
    offer.locationCode = u"17410"_s; // the code wins over the text
    lookup = m_table.forOffer(offer, search);
    QVERIFY(lookup.ok());
    QCOMPARE(lookup.place->parity.parityThousandths, 93045);
    // The parities are US price levels: pay in another currency has no real terms.
    offer.currency = u"EUR"_s;
    lookup = m_table.forOffer(offer, search);
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"the offer is in EUR, but BEA price parities compare US price levels, so they "
                           "apply to pay in US dollars only"_s);
    offer = Offer();
    lookup = m_table.forOffer(offer, search);
    QVERIFY(!lookup.ok());
    QCOMPARE(lookup.error, u"the offer has no location"_s);
}

void TestPriceParityTable::texts()
{
    QCOMPARE(PlaceParity::parityText(112867), u"112.867"_s);
    QCOMPARE(PlaceParity::parityText(100000), u"100.000"_s);
    QCOMPARE(PlaceParity::parityText(97620), u"97.620"_s);
    QCOMPARE(PlaceParity::parityText(112867, QLocale(QLocale::German)), u"112,867"_s);
    const auto sanJose = m_table.forCode(u"41940");
    QCOMPARE(sanJose.place->sourceShortName(), u"BEA RPP 2023"_s);
    QCOMPARE(sanJose.place->sourceLine(QLocale::c(), QDate(2026, 11, 26)),
             u"BEA RPP 2023, San Jose-Sunnyvale-Santa Clara, CA 112.867; 3 years old"_s);
    const auto kenosha = m_table.forCode(u"28450");
    QCOMPARE(
        kenosha.place->sourceLine(QLocale::c(), QDate(2024, 1, 1)),
        u"BEA RPP 2023, Wisconsin 93.097; 1 year old (uses Wisconsin's parity: area not in BEA's 2020 metro "
        "delineation)"_s);
    QCOMPARE(PlaceParity::basisId(Basis::RenamedMetro), u"renamed_metro"_s);
}

QTEST_APPLESS_MAIN(TestPriceParityTable)
#include "TestPriceParityTable.moc"
