#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>
#include <utility>
#include <vector>

namespace Anchorline {

// Ranked, typo-tolerant matching of a typed query against named entries; RoleSearch and LocationSearch are
// built on it. Each entry names a target (an index the owner defines); several entries may share a target
// and a search returns each target once, with its best-matching entry.
//
// Tiers, best first: Exact (the whole text equals the query), Prefix (the text starts with the query),
// WordPrefix (every query word starts a word of the text, in any order), Alias (a Prefix or WordPrefix match
// on an alias entry), Fuzzy (every query word is within SearchText::allowedTypos edits of a word of the text,
// or of its beginning for the word still being typed). An exact match on an alias is Exact.
// Within a tier: fewer edits, then lower entry priority, then shorter text.
class SearchIndex
{
public:
    enum class EntryKind
    {
        Name,
        Alias
    };
    enum class Tier
    {
        Fuzzy = 1,
        Alias,
        WordPrefix,
        Prefix,
        Exact
    };

    struct Hit
    {
        int target = -1;
        int entry = -1;
        Tier tier = Tier::Fuzzy;
        int edits = 0;
        int score = 0; // higher is better; consistent with the order of results
    };

    // `contextWords` also count for WordPrefix and Fuzzy matches (e.g. a county's state, so that
    // "Santa Clara County California" finds "Santa Clara County, CA").
    void addEntry(QString text, int target, EntryKind kind, int priority,
                  const QStringList& contextWords = {});
    qsizetype entryCount() const { return qsizetype(m_entries.size()); }
    const QString& entryText(int entry) const { return m_entries[size_t(entry)].text; }

    // A hit's score: higher is better, consistent with the order of results.
    static int score(Tier tier, int edits, int priority);

    // At most `limit` hits, each target once, best first.
    QList<Hit> search(QStringView query, int limit) const;

    // The `count` targets whose entries come closest to `query` however far (summed word edit distances), for
    // "did you mean" suggestions when search() finds nothing.
    QList<Hit> closest(QStringView query, int count) const;

    // Reads a two-column CSV resource such as resources/data/role_aliases.csv: skips blank lines, lines
    // starting with # and the header line; returns the (first, second) column pairs in file order.
    static QList<std::pair<QString, QString>> readPairs(const QString& path);

private:
    struct Entry
    {
        QString text;
        QString normalized;
        // Its words' ids are m_entryWordIds[firstWord, firstWord + wordCount): the words of the text, then
        // the context words. One array for all entries spares an allocation per entry.
        quint32 firstWord;
        quint32 wordCount;
        int target;
        EntryKind kind;
        int priority;
    };
    // For one query word: the cost of matching each vocabulary word, -1 for no match.
    using WordCosts = std::vector<qint8>;

    int wordId(QStringView word);
    void appendWordIds(QStringView normalizedText, std::vector<int>& ids);
    std::span<const int> wordIds(const Entry& entry) const;
    std::vector<WordCosts> wordCosts(const QStringList& queryWords, bool fuzzy) const;
    bool matchWords(const Entry& entry, const std::vector<WordCosts>& costs, int& edits) const;
    void collectHits(const QString& query, const std::vector<WordCosts>& costs, bool fuzzy,
                     std::vector<Hit>& hits) const;

    std::vector<Entry> m_entries;
    std::vector<int> m_entryWordIds;
    QStringList m_vocabulary;
    std::vector<quint32> m_letterMasks; // letterMask() of each vocabulary word
    // The keys view the strings of m_vocabulary, which are never changed, so that looking up a word of an
    // entry's normalized text needs no copy of it.
    QHash<QStringView, int> m_wordIds;
    // Word ids of each context text seen: LocationSearch gives every area and county its state's names, so
    // normalizing each of them once halves the time to build its index (which the first search waits for).
    QHash<QString, std::vector<int>> m_contextWordIds;
};

} // namespace Anchorline
