#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// Role and location typeahead: target ≤ 2 ms per query. Each data row is one query; QBENCHMARK reports its
// time, and medianOverQueries() prints the median over all of them. Also the cost of constructing the
// searches at start-up and of the first query after it (bench/targets.tsv).
class BenchSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roles_data();
    void roles();
    void locations_data();
    void locations();
    void constructRoleSearch();
    void constructLocationSearch();
    void firstRoleSearch();
    void firstLocationSearch();
    void placeNamedOnAFreshSearch_data();
    void placeNamedOnAFreshSearch();
    void medianOverQueries();

private:
    static QStringList roleQueries();
    static QStringList locationQueries();
    std::unique_ptr<RoleSearch> m_roles;
    std::unique_ptr<LocationSearch> m_locations;
};

QStringList BenchSearch::roleQueries()
{
    return {u"software engineer"_s,
            u"SWE"_s,
            u"s"_s,
            u"data sci"_s,
            u"sofware developer"_s,
            u"registered nurse"_s,
            u"acountant"_s,
            u"15-12"_s,
            u"machine learning engineer"_s,
            u"product manager"_s,
            u"xyzzy"_s,
            u"mechanical enginer"_s};
}

QStringList BenchSearch::locationQueries()
{
    return {u"San Jose"_s,  u"SF"_s,     u"s"_s,      u"Santa Clara County"_s,
            u"Bay Area"_s,  u"TX"_s,     u"Seatle"_s, u"new york"_s,
            u"Pittsburg"_s, u"remote"_s, u"xyzzy"_s,  u"Cook County, IL"_s};
}

void BenchSearch::initTestCase()
{
    m_roles = std::make_unique<RoleSearch>(MarketStore::builtIn());
    m_locations = std::make_unique<LocationSearch>(MarketStore::builtIn());
    // Also loads the market data they read (occupations, counties), which is not what is measured here.
    m_roles->prepare();
    m_locations->prepare();
}

void BenchSearch::roles_data()
{
    QTest::addColumn<QString>("query");
    for (const QString& query : roleQueries())
        QTest::newRow(qPrintable(query)) << query;
}

void BenchSearch::roles()
{
    QFETCH(QString, query);
    QBENCHMARK
    {
        m_roles->search(query, RoleSearch::DefaultLimit);
    }
}

void BenchSearch::locations_data()
{
    QTest::addColumn<QString>("query");
    for (const QString& query : locationQueries())
        QTest::newRow(qPrintable(query)) << query;
}

void BenchSearch::locations()
{
    QFETCH(QString, query);
    QBENCHMARK
    {
        m_locations->search(query, LocationSearch::DefaultLimit);
    }
}

// What the window pays at start-up: OfferWorkspace builds both and resolves the restored session's codes.
// The first query typed after it also pays for whatever construction left for later.
void BenchSearch::constructRoleSearch()
{
    QBENCHMARK
    {
        const RoleSearch roles(MarketStore::builtIn());
        roles.exactMatch(u"15-1252");
    }
}

void BenchSearch::constructLocationSearch()
{
    QBENCHMARK
    {
        const LocationSearch locations(MarketStore::builtIn());
        locations.exactMatch(u"41940");
    }
}

void BenchSearch::firstRoleSearch()
{
    QBENCHMARK
    {
        const RoleSearch roles(MarketStore::builtIn());
        roles.search(u"software engineer", RoleSearch::DefaultLimit);
    }
}

void BenchSearch::firstLocationSearch()
{
    QBENCHMARK
    {
        const LocationSearch locations(MarketStore::builtIn());
        locations.search(u"San Jose", LocationSearch::DefaultLimit);
    }
}

// What opening a session whose place has no code costs instead of firstLocationSearch(): a place's full name
// looked up without the index (the areas are decoded already, as OfferWorkspace's band look-up needs them).
void BenchSearch::placeNamedOnAFreshSearch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("city") << u"Seattle, WA"_s << u"42660"_s;
    QTest::newRow("area") << u"Seattle-Tacoma-Bellevue, WA"_s << u"42660"_s;
    QTest::newRow("county") << u"King County, WA"_s << u"42660"_s;
}

void BenchSearch::placeNamedOnAFreshSearch()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    std::optional<LocationMatch> found;
    QBENCHMARK
    {
        const LocationSearch locations(MarketStore::builtIn());
        found = locations.placeNamed(name);
    }
    QVERIFY(found);
    QCOMPARE(found->code, code);
}

void BenchSearch::medianOverQueries()
{
    // (median, slowest) in µs over five rounds of every query.
    const auto measure = [](auto search, const QStringList& queries) {
        std::vector<qint64> times;
        for (int round = 0; round < 5; ++round) {
            for (const QString& query : queries) {
                QElapsedTimer timer;
                timer.start();
                search(query);
                times.push_back(timer.nsecsElapsed());
            }
        }
        std::sort(times.begin(), times.end());
        return std::pair(double(times[times.size() / 2]) / 1000.0, double(times.back()) / 1000.0);
    };
    const auto roles = measure([this](const QString& q) { m_roles->search(q, 10); }, roleQueries());
    const auto locations =
        measure([this](const QString& q) { m_locations->search(q, 10); }, locationQueries());
    qInfo("per query: roles median %.0f µs, slowest %.0f µs; locations median %.0f µs, slowest %.0f µs "
          "(target ≤ 2000 µs)",
          roles.first, roles.second, locations.first, locations.second);
}

QTEST_APPLESS_MAIN(BenchSearch)
#include "BenchSearch.moc"
