#pragma once

#include "SearchIndex.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <mutex>
#include <optional>

namespace Anchorline {

class MarketStore;

struct RoleMatch
{
    QString soc;     // "15-1252"
    QString title;   // SOC title: "Software Developers"
    QString matched; // the text that matched: a SOC or O*NET title, an alias ("SWE") or the code
    SearchIndex::Tier tier = SearchIndex::Tier::Fuzzy;
    int score = 0; // higher is better

    QString label() const { return title + u" (" + soc + u')'; } // "Software Developers (15-1252)"
    QString suggestionLabel() const { return label(); }
};

// Typeahead over the occupations of a MarketStore: SOC titles, their O*NET titles and the curated aliases of
// resources/data/role_aliases.csv (e.g. "SWE", "ML engineer"). Accepts SOC codes ("15-1252") and code
// prefixes ("15-12"). Ranking and typo tolerance are SearchIndex's. Construction is free: the index (about
// 2,000 entries) is built by the first search by name, or by prepare(); SOC codes need none. All methods are
// thread-safe.
class RoleSearch
{
public:
    static constexpr int DefaultLimit = 10;

    explicit RoleSearch(const MarketStore& store);

    QList<RoleMatch> search(QStringView text, int limit = DefaultLimit) const;
    // The role that `text` names without guessing: a SOC code, or text equal (case, accents and plurals
    // aside) to a title, an O*NET title or an alias. Used where a wrong guess would corrupt data (imports).
    std::optional<RoleMatch> exactMatch(QStringView text) const;

    // Up to `count` roles closest to `text` even when search() finds none ("did you mean").
    QList<RoleMatch> closest(QStringView text, int count) const;

    // What to offer when `text` names no role exactly: the best search() matches, or closest() when none.
    QList<RoleMatch> suggestions(QStringView text, int count) const;

    // Builds the index now instead of on the first search by name (e.g. once the window is shown).
    void prepare() const;

    static QString aliasResourcePath();

private:
    QList<RoleMatch> searchCode(QStringView code, int limit) const;
    QList<RoleMatch> matchesFor(const QList<SearchIndex::Hit>& hits) const;
    RoleMatch matchFor(int occupationIndex, QString matched, SearchIndex::Tier tier, int score) const;
    const SearchIndex& index() const;
    void buildIndex() const;

    const MarketStore& m_store;
    mutable std::once_flag m_indexBuilt;
    mutable SearchIndex m_index;
};

} // namespace Anchorline
