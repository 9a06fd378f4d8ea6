#include "SearchIndex.h"

#include "CsvReader.h"
#include "SearchText.h"

#include <QFile>

#include <algorithm>
#include <bit>
#include <limits>
#include <tuple>

namespace Anchorline {

namespace {

constexpr qint8 NoMatch = -1;

// QString::startsWith takes a generic comparison path that dominated search time; the texts are already
// folded, so comparing the UTF-16 units is enough.
bool startsWith(const QString& text, const QString& prefix)
{
    return text.size() >= prefix.size() && std::equal(prefix.cbegin(), prefix.cend(), text.cbegin());
}

// One bit per letter a-z and one for everything else: a query word with k letters its candidate lacks is at
// least k edits away from it (or from any of its prefixes), so most candidates are ruled out by one AND.
quint32 letterMask(const QString& word)
{
    quint32 mask = 0;
    for (const QChar c : word) {
        const char16_t unit = c.unicode();
        mask |= unit >= u'a' && unit <= u'z' ? 1u << (unit - u'a') : 1u << 26;
    }
    return mask;
}

} // namespace

int SearchIndex::score(Tier tier, int edits, int priority)
{
    return std::max(1, 200 * int(tier) - 50 * edits - std::min(priority, 49));
}

int SearchIndex::wordId(QStringView word)
{
    const auto found = m_wordIds.constFind(word);
    if (found != m_wordIds.cend())
        return found.value();
    const int id = int(m_vocabulary.size());
    m_vocabulary.append(word.toString());
    m_letterMasks.push_back(letterMask(m_vocabulary.constLast()));
    m_wordIds.insert(m_vocabulary.constLast(), id);
    return id;
}

void SearchIndex::appendWordIds(QStringView normalizedText, std::vector<int>& ids)
{
    // Normalized text has single spaces between words; a plain scan for them costs a fraction of tokenize().
    const QChar* const end = normalizedText.cend();
    for (const QChar* word = normalizedText.cbegin(); word < end;) {
        const QChar* const wordEnd = std::find(word, end, u' ');
        ids.push_back(wordId(QStringView(word, wordEnd)));
        word = wordEnd + 1;
    }
}

std::span<const int> SearchIndex::wordIds(const Entry& entry) const
{
    return std::span(m_entryWordIds).subspan(entry.firstWord, entry.wordCount);
}

void SearchIndex::addEntry(QString text, int target, EntryKind kind, int priority,
                           const QStringList& contextWords)
{
    const auto firstWord = m_entryWordIds.size();
    QString normalized = SearchText::normalized(text);
    appendWordIds(normalized, m_entryWordIds);
    for (const QString& context : contextWords) {
        auto known = m_contextWordIds.find(context);
        if (known == m_contextWordIds.end()) {
            std::vector<int> ids;
            appendWordIds(SearchText::normalized(context), ids);
            known = m_contextWordIds.insert(context, std::move(ids));
        }
        m_entryWordIds.insert(m_entryWordIds.end(), known->cbegin(), known->cend());
    }
    m_entries.push_back(Entry{std::move(text), std::move(normalized), quint32(firstWord),
                              quint32(m_entryWordIds.size() - firstWord), target, kind, priority});
}

std::vector<SearchIndex::WordCosts> SearchIndex::wordCosts(const QStringList& queryWords, bool fuzzy) const
{
    std::vector<WordCosts> costs;
    costs.reserve(size_t(queryWords.size()));
    for (qsizetype i = 0; i < queryWords.size(); ++i) {
        const QString& queryWord = queryWords.at(i);
        const bool stillTyping = i == queryWords.size() - 1;
        const int allowed = fuzzy ? SearchText::allowedTypos(queryWord.size()) : 0;
        const quint32 queryMask = letterMask(queryWord);
        WordCosts wordCosts(size_t(m_vocabulary.size()), NoMatch);
        for (qsizetype v = 0; v < m_vocabulary.size(); ++v) {
            const QString& word = m_vocabulary.at(v);
            if (startsWith(word, queryWord)) {
                wordCosts[size_t(v)] = 0;
            } else if (allowed > 0 && std::popcount(queryMask & ~m_letterMasks[size_t(v)]) <= allowed) {
                const int edits = SearchText::editDistance(queryWord, word, allowed, stillTyping);
                if (edits <= allowed)
                    wordCosts[size_t(v)] = qint8(edits);
            }
        }
        costs.push_back(std::move(wordCosts));
    }
    return costs;
}

bool SearchIndex::matchWords(const Entry& entry, const std::vector<WordCosts>& costs, int& edits) const
{
    edits = 0;
    for (const WordCosts& wordCosts : costs) {
        int best = NoMatch;
        for (const int id : wordIds(entry)) {
            const int cost = wordCosts[size_t(id)];
            if (cost != NoMatch && (best == NoMatch || cost < best))
                best = cost;
        }
        if (best == NoMatch)
            return false;
        edits += best;
    }
    return true;
}

void SearchIndex::collectHits(const QString& query, const std::vector<WordCosts>& costs, bool fuzzy,
                              std::vector<Hit>& hits) const
{
    // Every match needs each query word to match some word: when one matches none, nothing matches.
    for (const WordCosts& wordCosts : costs) {
        if (std::none_of(wordCosts.cbegin(), wordCosts.cend(), [](qint8 cost) { return cost != NoMatch; }))
            return;
    }
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        Hit hit{entry.target, int(i), Tier::Exact, 0, 0};
        if (entry.normalized == query) {
            hit.tier = Tier::Exact;
        } else if (startsWith(entry.normalized, query)) {
            hit.tier = entry.kind == EntryKind::Alias ? Tier::Alias : Tier::Prefix;
        } else if (matchWords(entry, costs, hit.edits)) {
            if (hit.edits > 0)
                hit.tier = Tier::Fuzzy;
            else
                hit.tier = entry.kind == EntryKind::Alias ? Tier::Alias : Tier::WordPrefix;
        } else {
            continue;
        }
        if (hit.tier == Tier::Fuzzy && !fuzzy)
            continue;
        hit.score = score(hit.tier, hit.edits, entry.priority);
        hits.push_back(hit);
    }
}

QList<SearchIndex::Hit> SearchIndex::closest(QStringView query, int count) const
{
    const QStringList queryWords = SearchText::words(SearchText::normalized(query));
    if (queryWords.isEmpty() || count <= 0)
        return {};
    // Distance of each query word to each vocabulary word, capped at the query word's length (no better
    // than typing it from scratch).
    std::vector<std::vector<int>> distances;
    for (const QString& queryWord : queryWords) {
        const int cap = int(queryWord.size());
        std::vector<int> row(size_t(m_vocabulary.size()));
        for (qsizetype v = 0; v < m_vocabulary.size(); ++v)
            row[size_t(v)] = std::min(cap, SearchText::editDistance(queryWord, m_vocabulary.at(v), cap));
        distances.push_back(std::move(row));
    }
    std::vector<Hit> best;
    QHash<int, size_t> slotOfTarget;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        int total = 0;
        for (const auto& row : distances) {
            int wordBest = std::numeric_limits<int>::max();
            for (const int id : wordIds(entry))
                wordBest = std::min(wordBest, row[size_t(id)]);
            total += wordBest;
        }
        const Hit hit{entry.target, int(i), Tier::Fuzzy, total, 0};
        const auto slot = slotOfTarget.constFind(entry.target);
        if (slot == slotOfTarget.cend()) {
            slotOfTarget.insert(entry.target, best.size());
            best.push_back(hit);
        } else if (std::pair(total, entry.priority) <
                   std::pair(best[slot.value()].edits,
                             m_entries[size_t(best[slot.value()].entry)].priority)) {
            best[slot.value()] = hit;
        }
    }
    const auto kept = std::min(best.size(), size_t(count));
    std::partial_sort(best.begin(), best.begin() + qsizetype(kept), best.end(),
                      [this](const Hit& a, const Hit& b) {
                          const Entry& entryA = m_entries[size_t(a.entry)];
                          const Entry& entryB = m_entries[size_t(b.entry)];
                          return std::tuple(a.edits, entryA.priority, entryA.normalized.size()) <
                                 std::tuple(b.edits, entryB.priority, entryB.normalized.size());
                      });
    return QList<Hit>(best.begin(), best.begin() + qsizetype(kept));
}

QList<std::pair<QString, QString>> SearchIndex::readPairs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Anchorline: the compiled-in resource %s is missing (a build error)", qPrintable(path));
    const QByteArray data = file.readAll();
    CsvReader reader(data);
    QList<std::pair<QString, QString>> pairs;
    bool headerSeen = false;
    while (reader.readRecord()) {
        if (reader.isBlank() || reader.field(0).startsWith('#'))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            continue;
        }
        if (reader.fieldCount() >= 2)
            pairs.append({reader.fieldText(0), reader.fieldText(1)});
    }
    return pairs;
}

QList<SearchIndex::Hit> SearchIndex::search(QStringView query, int limit) const
{
    const QString normalizedQuery = SearchText::normalized(query);
    if (normalizedQuery.isEmpty() || limit <= 0)
        return {};
    const QStringList queryWords = SearchText::words(normalizedQuery);

    const auto better = [this](const Hit& a, const Hit& b) {
        if (a.tier != b.tier)
            return a.tier > b.tier;
        if (a.edits != b.edits)
            return a.edits < b.edits;
        const Entry& entryA = m_entries[size_t(a.entry)];
        const Entry& entryB = m_entries[size_t(b.entry)];
        if (entryA.priority != entryB.priority)
            return entryA.priority < entryB.priority;
        if (entryA.normalized.size() != entryB.normalized.size())
            return entryA.normalized.size() < entryB.normalized.size();
        return entryA.text < entryB.text;
    };

    std::vector<Hit> bestPerTarget;
    // Fuzzy hits rank below every other tier, so they are only looked for when the others leave room.
    for (const bool fuzzy : {false, true}) {
        std::vector<Hit> hits;
        collectHits(normalizedQuery, wordCosts(queryWords, fuzzy), fuzzy, hits);
        QHash<int, size_t> slotOfTarget;
        bestPerTarget.clear();
        for (const Hit& hit : hits) {
            const auto slot = slotOfTarget.constFind(hit.target);
            if (slot == slotOfTarget.cend()) {
                slotOfTarget.insert(hit.target, bestPerTarget.size());
                bestPerTarget.push_back(hit);
            } else if (better(hit, bestPerTarget[slot.value()])) {
                bestPerTarget[slot.value()] = hit;
            }
        }
        if (qsizetype(bestPerTarget.size()) >= limit)
            break;
    }
    const auto count = std::min(bestPerTarget.size(), size_t(limit));
    std::partial_sort(bestPerTarget.begin(), bestPerTarget.begin() + qsizetype(count), bestPerTarget.end(),
                      better);
    return QList<Hit>(bestPerTarget.begin(), bestPerTarget.begin() + qsizetype(count));
}

} // namespace Anchorline
