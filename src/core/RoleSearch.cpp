#include "RoleSearch.h"

#include "MarketStore.h"

#include <QHash>

#include <algorithm>

namespace Anchorline {

namespace {

// Titles rank before O*NET titles before aliases when they match equally well.
constexpr int TitlePriority = 0;
constexpr int OnetTitlePriority = 1;
constexpr int AliasPriority = 2;

// "15", "15-", "15-12", "15-1252": two digits, then optionally a dash and up to four digits. (A regular
// expression costs more to compile than the window's start-up spends on resolving a restored role.)
bool looksLikeSocCode(QStringView text)
{
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (text.size() < 2 || text.size() > 7 || !isDigit(text[0]) || !isDigit(text[1]))
        return false;
    return text.size() == 2 || (text[2] == u'-' && std::all_of(text.begin() + 3, text.end(), isDigit));
}

} // namespace

QString RoleSearch::aliasResourcePath()
{
    return QStringLiteral(":/anchorline/data/role_aliases.csv");
}

RoleSearch::RoleSearch(const MarketStore& store)
    : m_store(store)
{}

void RoleSearch::prepare() const
{
    index();
}

const SearchIndex& RoleSearch::index() const
{
    std::call_once(m_indexBuilt, &RoleSearch::buildIndex, this);
    return m_index;
}

void RoleSearch::buildIndex() const
{
    const auto& occupations = m_store.occupations();
    for (qsizetype i = 0; i < occupations.size(); ++i) {
        const Occupation& occupation = occupations.at(i);
        m_index.addEntry(occupation.title, int(i), SearchIndex::EntryKind::Name, TitlePriority);
        for (const QString& title : occupation.alternateTitles) {
            if (title != occupation.title)
                m_index.addEntry(title, int(i), SearchIndex::EntryKind::Name, OnetTitlePriority);
        }
    }
    // Later lines of the same alias are its second and third choices.
    QHash<QString, int> linesOfAlias;
    for (const auto& [alias, soc] : SearchIndex::readPairs(aliasResourcePath())) {
        const int index = m_store.occupationIndex(soc);
        if (index < 0)
            qFatal("Anchorline: role alias \"%s\" names unknown SOC %s", qPrintable(alias), qPrintable(soc));
        const int choice = linesOfAlias[alias]++;
        m_index.addEntry(alias, index, SearchIndex::EntryKind::Alias, AliasPriority + choice);
    }
}

RoleMatch RoleSearch::matchFor(int occupationIndex, QString matched, SearchIndex::Tier tier, int score) const
{
    const Occupation& occupation = m_store.occupations().at(occupationIndex);
    return RoleMatch{occupation.soc, occupation.title, std::move(matched), tier, score};
}

QList<RoleMatch> RoleSearch::searchCode(QStringView code, int limit) const
{
    QList<RoleMatch> matches;
    const auto& occupations = m_store.occupations();
    for (qsizetype i = 0; i < occupations.size() && matches.size() < limit; ++i) {
        const QString& soc = occupations.at(i).soc;
        if (soc == code)
            return {matchFor(int(i), soc, SearchIndex::Tier::Exact, 1000)};
        if (soc.startsWith(code))
            matches.append(matchFor(int(i), soc, SearchIndex::Tier::Prefix, 800));
    }
    return matches;
}

QList<RoleMatch> RoleSearch::search(QStringView text, int limit) const
{
    const QStringView trimmed = text.trimmed();
    if (looksLikeSocCode(trimmed))
        return searchCode(trimmed, limit);
    return matchesFor(index().search(trimmed, limit));
}

QList<RoleMatch> RoleSearch::matchesFor(const QList<SearchIndex::Hit>& hits) const
{
    QList<RoleMatch> matches;
    for (const SearchIndex::Hit& hit : hits)
        matches.append(matchFor(hit.target, index().entryText(hit.entry), hit.tier, hit.score));
    return matches;
}

QList<RoleMatch> RoleSearch::closest(QStringView text, int count) const
{
    return matchesFor(index().closest(text, count));
}

QList<RoleMatch> RoleSearch::suggestions(QStringView text, int count) const
{
    const QList<RoleMatch> found = search(text, count);
    return found.isEmpty() ? closest(text, count) : found;
}

std::optional<RoleMatch> RoleSearch::exactMatch(QStringView text) const
{
    // An alias with several choices names its first one.
    const QList<RoleMatch> matches = search(text, 1);
    if (matches.isEmpty() || matches.front().tier != SearchIndex::Tier::Exact)
        return std::nullopt;
    return matches.front();
}

} // namespace Anchorline
