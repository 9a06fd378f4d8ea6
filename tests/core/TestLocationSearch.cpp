#include "FirstSearchFromThreads.h"
#include "LocationSearch.h"
#include "MarketStore.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestLocationSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topResult_data();
    void topResult();
    void resultFields();
    void bayAreaHasTwoMetros();
    void stateListsItsAreasLargestFirst();
    void ambiguousNamesListEveryMatch();
    void exactMatchDoesNotGuess();
    void emptyAndUnknown();
    void codesOnAFreshSearch();
    void placeNamed_data();
    void placeNamed();
    void placeNamedIsWhatSearchFindsFirst();
    void firstSearchFromSeveralThreads();

private:
    QStringList codes(const QString& query, int limit) const;
    std::unique_ptr<LocationSearch> m_search;
};

void TestLocationSearch::initTestCase()
{
    m_search = std::make_unique<LocationSearch>(MarketStore::builtIn());
}

QStringList TestLocationSearch::codes(const QString& query, int limit) const
{
    QStringList result;
    for (const auto& match : m_search->search(query, limit))
        result.append(match.code);
    return result;
}

void TestLocationSearch::topResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    const auto row = [](const char* query, const char* code) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(code);
    };
    row("San Jose", "41940");
    row("san jose, ca", "41940");
    row("San José", "41940");
    row("Santa Clara County", "41940");
    row("Santa Clara County, California", "41940");
    row("Sunnyvale", "41940");
    row("SF", "41860");
    row("San Francisco", "41860");
    row("Bay Area", "41860");
    row("Silicon Valley", "41940");
    row("NYC", "35620");
    row("New York", "35620");
    row("Brooklyn", "35620");
    row("LA", "31080");
    row("Los Angeles", "31080");
    row("DC", "47900");
    row("Washington", "47900");
    row("Austin", "12420");
    row("Austin, TX", "12420");
    row("Seattle", "42660");
    row("Bellevue", "42660");
    row("remote", "US");
    row("US", "US");
    row("United States", "US");
    row("national", "US");
    row("TX", "19100"); // a state lists its largest metro first: Dallas-Fort Worth
    row("Texas", "19100");
    row("California", "31080");
    row("Arkansas", "32820"); // Memphis (TN-MS-AR) is the largest metro reaching into Arkansas
    row("Boston", "14460");
    row("Cambridge", "14460");
    row("Saint Louis", "41180");
    row("St. Louis", "41180");
    row("Fort Worth", "19100");
    row("Ft Worth", "19100");
    row("Seatle", "42660");    // typo
    row("Pittsburg", "38300"); // typo
    row("Philadelphia", "37980");
    row("Cook County", "16980");
    row("Kings County, NY", "35620");
    row("Alaska nonmetropolitan area", "200006");
    row("41940", "41940");
    row("Portland", "38900"); // Portland, OR (larger) before Portland, ME
    row("Denver", "19740");
}

void TestLocationSearch::topResult()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const auto matches = m_search->search(query);
    QVERIFY2(!matches.isEmpty(), qPrintable(query));
    QCOMPARE(matches.front().code, code);
}

void TestLocationSearch::resultFields()
{
    const auto sanJose = m_search->search(u"san jose", 1).front();
    QCOMPARE(sanJose.name, QStringLiteral("San Jose-Sunnyvale-Santa Clara, CA"));
    QCOMPARE(sanJose.type, LocationMatch::Type::Metro);
    QCOMPARE(sanJose.matched, QStringLiteral("San Jose, CA"));
    QCOMPARE(sanJose.tier, SearchIndex::Tier::Exact);

    const auto county = m_search->search(u"santa clara county", 1).front();
    QCOMPARE(county.matched, QStringLiteral("Santa Clara County, CA"));

    const auto remote = m_search->search(u"Remote", 1).front();
    QCOMPARE(remote.code, QStringLiteral("US"));
    QCOMPARE(remote.name, QStringLiteral("United States"));
    QCOMPARE(remote.type, LocationMatch::Type::National);
    QCOMPARE(LocationMatch::typeId(remote.type), QStringLiteral("national"));

    const auto nonmetro = m_search->search(u"Alaska nonmetropolitan", 1).front();
    QCOMPARE(nonmetro.type, LocationMatch::Type::NonMetro);
}

void TestLocationSearch::bayAreaHasTwoMetros()
{
    QCOMPARE(codes(u"Bay Area"_s, 2), (QStringList{u"41860"_s, u"41940"_s}));
    QCOMPARE(codes(u"SF bay area"_s, 2), (QStringList{u"41860"_s, u"41940"_s}));
}

void TestLocationSearch::stateListsItsAreasLargestFirst()
{
    // Texas: ranked metros by population, then the others alphabetically, then the non-metro areas.
    const QStringList texas = codes(u"TX"_s, 100);
    QCOMPARE(texas.mid(0, 4), (QStringList{u"19100"_s, u"26420"_s, u"41700"_s, u"12420"_s}));
    const auto last = m_search->search(u"TX", 100).back();
    QCOMPARE(last.type, LocationMatch::Type::NonMetro);
    QCOMPARE(last.matched, QStringLiteral("Texas"));
    // California's first four by population: Los Angeles, San Francisco, Riverside, San Diego.
    QCOMPARE(codes(u"CA"_s, 4), (QStringList{u"31080"_s, u"41860"_s, u"40140"_s, u"41740"_s}));
}

void TestLocationSearch::ambiguousNamesListEveryMatch()
{
    // "Washington" is the DC metro's first city and a state: the city first, then Washington's areas.
    const QStringList washington = codes(u"Washington"_s, 5);
    QCOMPARE(washington.front(), QStringLiteral("47900"));
    QVERIFY(washington.contains(u"42660"_s));
    // "Portland": Oregon's metro (larger) and Maine's.
    const QStringList portland = codes(u"Portland"_s, 2);
    QCOMPARE(portland, (QStringList{u"38900"_s, u"38860"_s}));
}

void TestLocationSearch::exactMatchDoesNotGuess()
{
    QCOMPARE(m_search->exactMatch(u"San Jose")->code, QStringLiteral("41940"));
    QCOMPARE(m_search->exactMatch(u"Santa Clara County")->code, QStringLiteral("41940"));
    QCOMPARE(m_search->exactMatch(u"DC")->code, QStringLiteral("47900"));
    QCOMPARE(m_search->exactMatch(u"US")->code, QStringLiteral("US"));
    QCOMPARE(m_search->exactMatch(u"12420")->code, QStringLiteral("12420"));
    QVERIFY(!m_search->exactMatch(u"Washington County")); // in many states
    QVERIFY(!m_search->exactMatch(u"Texas"));             // a state is not one area
    QVERIFY(!m_search->exactMatch(u"Bay Area"));          // two areas
    QVERIFY(!m_search->exactMatch(u"Seatle"));            // typos are not guessed
}

void TestLocationSearch::emptyAndUnknown()
{
    QVERIFY(m_search->search(u"").isEmpty());
    QVERIFY(m_search->search(u"Atlantis Zzyzx").isEmpty());
    QVERIFY(m_search->search(u"Austin", 0).isEmpty());
}

void TestLocationSearch::codesOnAFreshSearch()
{
    // Codes are answered without building the index (a restored session names its area by code).
    const LocationSearch fresh(MarketStore::builtIn());
    const std::optional<LocationMatch> sanJose = fresh.exactMatch(u" 41940 ");
    QVERIFY(sanJose);
    QCOMPARE(sanJose->code, QStringLiteral("41940"));
    QCOMPARE(sanJose->name, QStringLiteral("San Jose-Sunnyvale-Santa Clara, CA"));
    QCOMPARE(sanJose->type, LocationMatch::Type::Metro);
    QCOMPARE(sanJose->matched, QStringLiteral("41940"));
    QCOMPARE(sanJose->tier, SearchIndex::Tier::Exact);
    QCOMPARE(sanJose->score, 1000);
    const QList<LocationMatch> austin = fresh.search(u"12420");
    QCOMPARE(austin.size(), 1);
    QCOMPARE(austin.front().name, QStringLiteral("Austin-Round Rock-San Marcos, TX"));
    // The first search by name builds it and finds what a prepared search finds.
    QCOMPARE(fresh.exactMatch(u"US")->matched, QStringLiteral("us"));
    QCOMPARE(fresh.search(u"Santa Clara County").front().code, QStringLiteral("41940"));
}

void TestLocationSearch::placeNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");    // empty: left to search()
    QTest::addColumn<QString>("matched"); // LocationMatch::matched
    QTest::addColumn<int>("score");
    const auto row = [](const char* text, const char* code, const char* matched, int score) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(code)
                            << QString::fromUtf8(matched) << score;
    };
    // Seattle is the 15th largest metro (resources/data/metro_population_rank.csv): score 1000 - 15; St.
    // Louis the 21st, San Jose the 35th.
    row("Seattle, WA", "42660", "Seattle, WA", 985);
    row("  seattle ,  wa ", "42660", "Seattle, WA", 985);
    row("Seattle-Tacoma-Bellevue, WA", "42660", "Seattle-Tacoma-Bellevue, WA", 985);
    row("SEATTLE-TACOMA-BELLEVUE, WA", "42660", "Seattle-Tacoma-Bellevue, WA", 985);
    row("Seattle", "42660", "Seattle, WA", 985);
    row("Tacoma, WA", "42660", "Tacoma, WA", 985);
    // Counties rank after everything else: priority 200 + 15, score 1000 - 49.
    row("King County, WA", "42660", "King County, WA", 951);
    row("king county wa", "42660", "King County, WA", 951);
    row("Santa Clara County, CA", "41940", "Santa Clara County, CA", 951);
    row("Cook County, IL", "16980", "Cook County, IL", 951);
    row("San José, CA", "41940", "San Jose, CA", 965);
    row("St. Louis, MO-IL", "41180", "St. Louis, MO-IL", 979);
    row("Saint Louis, MO-IL", "41180", "St. Louis, MO-IL", 979);
    row("Alaska nonmetropolitan area", "200006", "Alaska nonmetropolitan area", 951);
    row("Bay Area", "41860", "bay area", 1000);
    row("remote", "US", "remote", 1000);
    row("41940", "41940", "41940", 1000);
    // Left to search(): a state, a bare city a state may share, a county without its state, typos, prefixes.
    row("Texas", "", "", 0);
    row("WA", "", "", 0);
    row("Abilene", "", "", 0);
    row("Washington County", "", "", 0);
    row("Washington County, XX", "", "", 0);
    row("Seatle, WA", "", "", 0);
    row("Seattle, W", "", "", 0);
    row("", "", "", 0);
}

void TestLocationSearch::placeNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, matched);
    QFETCH(int, score);
    const LocationSearch fresh(MarketStore::builtIn());
    const std::optional<LocationMatch> found = fresh.placeNamed(text);
    if (code.isEmpty()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->code, code);
    QCOMPARE(found->matched, matched);
    QCOMPARE(found->score, score);
    QCOMPARE(found->tier, SearchIndex::Tier::Exact);
}

void TestLocationSearch::placeNamedIsWhatSearchFindsFirst()
{
    // Every name the index holds, and typed variants of the full names, give what search(text, 1) gives.
    const auto same = [this](const QString& text) -> bool {
        const std::optional<LocationMatch> fast = m_search->placeNamed(text);
        if (!fast)
            return false;
        const QList<LocationMatch> slow = m_search->search(text, 1);
        if (slow.isEmpty())
            qFatal("no search result for \"%s\"", qPrintable(text));
        const LocationMatch& first = slow.front();
        if (fast->code != first.code || fast->name != first.name || fast->type != first.type ||
            fast->matched != first.matched || fast->tier != first.tier || fast->score != first.score)
            qFatal("placeNamed(\"%s\") = %s [%s, %d], search: %s [%s, %d]", qPrintable(text),
                   qPrintable(fast->label()), qPrintable(fast->matched), fast->score,
                   qPrintable(first.label()), qPrintable(first.matched), first.score);
        return true;
    };
    int answered = 0;
    const QStringList names = m_search->names();
    for (const QString& name : names)
        answered += same(name);
    QStringList missing;
    int fullNames = 0;
    for (const QString& name : names) {
        // "Guam MSA, ": a metro name without a state is also its only city; the index ties the two entries,
        // and search() picks either, so placeNamed() leaves such names to it.
        if ((!name.contains(u", ") || name.endsWith(u", ")) && !name.endsWith(u" nonmetropolitan area"))
            continue;
        ++fullNames;
        const QString spaced = u"  " + QString(name).replace(u", "_s, u" ,  "_s) + u' ';
        for (const QString& variant : {name, name.toLower(), spaced}) {
            if (!same(variant))
                missing.append(variant);
        }
    }
    qInfo("%d of %lld names answered without the index; %d full names", answered, names.size(), fullNames);
    QCOMPARE(missing, QStringList());
}

void TestLocationSearch::firstSearchFromSeveralThreads()
{
    checkFirstSearchFromSeveralThreads(LocationSearch(MarketStore::builtIn()), *m_search,
                                       QStringList{u"Seatle"_s, u"Bay Area"_s, u"Cook County, IL"_s, u"TX"_s},
                                       [](const LocationMatch& match) { return match.label(); });
}

QTEST_APPLESS_MAIN(TestLocationSearch)
#include "TestLocationSearch.moc"
