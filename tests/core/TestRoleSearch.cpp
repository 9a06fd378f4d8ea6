#include "FirstSearchFromThreads.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestRoleSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topResult_data();
    void topResult();
    void socCodes();
    void rankingOrder();
    void aiAndProductAliasesOfferAlternatives();
    void resultFields();
    void exactMatchDoesNotGuess();
    void emptyAndUnknown();
    void aliasFileNamesKnownOccupations();
    void codesOnAFreshSearch();
    void firstSearchFromSeveralThreads();

private:
    std::unique_ptr<RoleSearch> m_search;
};

void TestRoleSearch::initTestCase()
{
    m_search = std::make_unique<RoleSearch>(MarketStore::builtIn());
}

void TestRoleSearch::topResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("soc");
    QTest::addColumn<int>("tier");
    using Tier = SearchIndex::Tier;
    const auto row = [](const char* query, const char* soc, Tier tier) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(soc) << int(tier);
    };
    row("software engineer", "15-1252", Tier::Exact);
    row("Software Developers", "15-1252", Tier::Exact);
    row("software developer", "15-1252", Tier::Exact);
    row("SWE", "15-1252", Tier::Exact);
    row("backend developer", "15-1252", Tier::Exact);
    row("frontend", "15-1252", Tier::Exact);
    row("full stack", "15-1252", Tier::Exact);
    row("Full-Stack Engineer", "15-1252", Tier::Exact);
    row("data scientist", "15-2051", Tier::Exact);
    row("registered nurse", "29-1141", Tier::Exact);
    row("accountant", "13-2011", Tier::Exact);
    row("ML engineer", "15-1252", Tier::Exact);
    row("machine learning engineer", "15-1252", Tier::Exact);
    row("AI engineer", "15-1252", Tier::Exact);
    row("product manager", "11-3021", Tier::Exact);
    row("AI research scientist", "15-1221", Tier::Exact);
    row("Lawyers", "23-1011", Tier::Exact);
    row("pharmacist", "29-1051", Tier::Exact);
    row("Blockchain Engineers", "15-1299", Tier::Exact);   // O*NET title
    row("business intelligence", "15-2051", Tier::Prefix); // O*NET title prefix
    row("soft", "15-1252", Tier::Prefix);
    row("software dev", "15-1252", Tier::Prefix);
    row("developers software", "15-1252", Tier::WordPrefix);
    row("nurse practitioners", "29-1171", Tier::Exact);
    row("sofware developer", "15-1252", Tier::Fuzzy);  // one letter missing
    row("softwrae developer", "15-1252", Tier::Fuzzy); // transposition
    row("regsitered nurse", "29-1141", Tier::Fuzzy);
    row("acountant", "13-2011", Tier::Fuzzy);
    row("pharmacits", "29-1051", Tier::Fuzzy);
    row("ＳＷＥ", "15-1252", Tier::Exact); // full-width letters fold to ASCII
    row("SOFTWARE ENGINEER", "15-1252", Tier::Exact);
    row("  software   engineer  ", "15-1252", Tier::Exact);
    row("Chief Executives", "11-1011", Tier::Exact);
    row("Electricians", "47-2111", Tier::Exact);
}

void TestRoleSearch::topResult()
{
    QFETCH(QString, query);
    QFETCH(QString, soc);
    QFETCH(int, tier);
    const auto matches = m_search->search(query);
    QVERIFY2(!matches.isEmpty(), qPrintable(query));
    QCOMPARE(matches.front().soc, soc);
    QCOMPARE(int(matches.front().tier), tier);
}

void TestRoleSearch::socCodes()
{
    const auto exact = m_search->search(u"15-1252");
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.front().title, QStringLiteral("Software Developers"));
    QCOMPARE(exact.front().matched, QStringLiteral("15-1252"));

    const auto prefix = m_search->search(u"15-125", 10);
    QStringList codes;
    for (const auto& match : prefix)
        codes.append(match.soc);
    QCOMPARE(codes, (QStringList{u"15-1251"_s, u"15-1252"_s, u"15-1253"_s, u"15-1254"_s, u"15-1255"_s}));
    QVERIFY(m_search->search(u"99-9999").isEmpty());
}

void TestRoleSearch::rankingOrder()
{
    // Exact before prefix before word prefix; shorter titles first within a tier.
    const auto matches = m_search->search(u"nurse", 10);
    QVERIFY(matches.size() >= 4);
    QCOMPARE(matches.at(0).soc, QStringLiteral("29-1141")); // alias "nurse"
    QCOMPARE(matches.at(0).tier, SearchIndex::Tier::Exact);
    QCOMPARE(matches.at(1).tier, SearchIndex::Tier::Prefix); // "Nurse Midwives", "Nurse Anesthetists", ...
    for (qsizetype i = 1; i + 1 < matches.size(); ++i)
        QVERIFY(matches.at(i).score >= matches.at(i + 1).score);
    // Title matches before alias prefix matches: "software" starts the title and the alias "software
    // engineer".
    const auto software = m_search->search(u"software", 3);
    QCOMPARE(software.at(0).soc, QStringLiteral("15-1252"));
    QCOMPARE(software.at(0).matched, QStringLiteral("Software Developers"));
    QCOMPARE(software.at(1).soc, QStringLiteral("15-1253"));
}

void TestRoleSearch::aiAndProductAliasesOfferAlternatives()
{
    const auto ml = m_search->search(u"ML engineer", 3);
    QCOMPARE(ml.size(), 3);
    QCOMPARE(ml.at(0).soc, QStringLiteral("15-1252"));
    QCOMPARE(ml.at(1).soc, QStringLiteral("15-2051"));
    QCOMPARE(ml.at(2).soc, QStringLiteral("15-1221"));
    const auto pm = m_search->search(u"Product Manager", 3);
    QCOMPARE(pm.at(0).soc, QStringLiteral("11-3021"));
    QCOMPARE(pm.at(1).soc, QStringLiteral("11-2021"));
    QCOMPARE(pm.at(2).soc, QStringLiteral("13-1082"));
}

void TestRoleSearch::resultFields()
{
    const auto swe = m_search->search(u"swe", 1);
    QCOMPARE(swe.front().soc, QStringLiteral("15-1252"));
    QCOMPARE(swe.front().title, QStringLiteral("Software Developers"));
    QCOMPARE(swe.front().matched, QStringLiteral("swe"));
    QCOMPARE(swe.front().score, 998); // Exact 1000 minus the alias priority 2
    const auto typo = m_search->search(u"sofware developer", 1);
    QCOMPARE(typo.front().matched, QStringLiteral("Software Developers"));
    QCOMPARE(typo.front().score, 200 - 50); // Fuzzy with one edit
}

void TestRoleSearch::exactMatchDoesNotGuess()
{
    QCOMPARE(m_search->exactMatch(u"Software Developers")->soc, QStringLiteral("15-1252"));
    QCOMPARE(m_search->exactMatch(u"15-2051")->soc, QStringLiteral("15-2051"));
    QCOMPARE(m_search->exactMatch(u"machine learning engineer")->soc, QStringLiteral("15-1252"));
    QVERIFY(!m_search->exactMatch(u"software dev"));
    QVERIFY(!m_search->exactMatch(u"sofware developer"));
    QVERIFY(!m_search->exactMatch(u"15-12"));
}

void TestRoleSearch::emptyAndUnknown()
{
    QVERIFY(m_search->search(u"").isEmpty());
    QVERIFY(m_search->search(u"  ,;  ").isEmpty());
    QVERIFY(m_search->search(u"qqqqzzzz").isEmpty());
    QVERIFY(m_search->search(u"software", 0).isEmpty());
}

void TestRoleSearch::aliasFileNamesKnownOccupations()
{
    const auto pairs =
        SearchIndex::readPairs(QStringLiteral(ANCHORLINE_SOURCE_DIR "/resources/data/role_aliases.csv"));
    QVERIFY(pairs.size() > 100);
    for (const auto& [alias, soc] : pairs)
        QVERIFY2(MarketStore::builtIn().occupation(soc), qPrintable(alias));
}

void TestRoleSearch::codesOnAFreshSearch()
{
    // SOC codes are answered without building the index (a restored session names its role by code).
    const RoleSearch fresh(MarketStore::builtIn());
    const std::optional<RoleMatch> developers = fresh.exactMatch(u"15-1252");
    QVERIFY(developers);
    QCOMPARE(developers->label(), QStringLiteral("Software Developers (15-1252)"));
    QCOMPARE(developers->matched, QStringLiteral("15-1252"));
    QCOMPARE(developers->tier, SearchIndex::Tier::Exact);
    QCOMPARE(developers->score, 1000);
    QCOMPARE(fresh.search(u"15-125").size(), 5); // 15-1251 Computer Programmers to 15-1255
    // The first search by name builds it.
    QCOMPARE(fresh.exactMatch(u"SWE")->soc, QStringLiteral("15-1252"));
}

void TestRoleSearch::firstSearchFromSeveralThreads()
{
    checkFirstSearchFromSeveralThreads(
        RoleSearch(MarketStore::builtIn()), *m_search,
        QStringList{u"sofware developer"_s, u"data sci"_s, u"registered nurse"_s, u"s"_s},
        [](const RoleMatch& match) { return match.matched; });
}

QTEST_APPLESS_MAIN(TestRoleSearch)
#include "TestRoleSearch.moc"
