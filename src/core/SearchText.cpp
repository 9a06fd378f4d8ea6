#include "SearchText.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace Anchorline::SearchText {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Singular form by the English plural rules that occur in occupation and place names; "ss", "us" and "is"
// endings are not plurals ("Glass", "Columbus", "Memphis").
void singularize(QString& word)
{
    if (word.size() <= 3 || !word.endsWith(u's') || !word.front().isLetter())
        return;
    if (word.endsWith(u"ss") || word.endsWith(u"us") || word.endsWith(u"is"))
        return;
    if (word.size() > 4 && word.endsWith(u"ies")) {
        word.chop(3);
        word.append(u'y');
        return;
    }
    word.chop(1);
}

// Abbreviated and spelled-out forms in place names mean the same: "St. Louis", "Saint Louis".
void abbreviate(QString& word)
{
    if (word == u"saint")
        word = QStringLiteral("st");
    else if (word == u"sainte")
        word = QStringLiteral("ste");
    else if (word == u"fort")
        word = QStringLiteral("ft");
    else if (word == u"mount")
        word = QStringLiteral("mt");
}

} // namespace

QString normalized(QStringView text)
{
    const QString decomposed =
        isAscii(text) ? text.toString() : text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    // One buffer for every word: clear() would free it and each word would allocate again (LocationSearch
    // normalizes about 10,000 names at start-up).
    QString word;
    word.reserve(32);
    const auto finishWord = [&] {
        if (word.isEmpty())
            return;
        singularize(word);
        abbreviate(word);
        if (!result.isEmpty())
            result.append(u' ');
        result.append(word);
        word.truncate(0);
    };
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber())
            word.append(c.toCaseFolded());
        else
            finishWord();
    }
    finishWord();
    return result;
}

QStringList words(const QString& normalizedText)
{
    return normalizedText.split(u' ', Qt::SkipEmptyParts);
}

int allowedTypos(qsizetype length)
{
    if (length >= 8)
        return 2;
    return length >= 4 ? 1 : 0;
}

int editDistance(QStringView query, QStringView target, int maxDistance, bool prefixOfTarget)
{
    const auto m = query.size();
    const auto n = target.size();
    const int tooFar = maxDistance + 1;
    if (n < m - maxDistance || (!prefixOfTarget && n > m + maxDistance))
        return tooFar;
    // Rows over the query, columns over the target; three rows for the transposition step. Words are short,
    // so the rows live on the stack unless the target is unusually long.
    constexpr qsizetype StackColumns = 64;
    std::array<int, 3 * StackColumns> stackRows;
    std::vector<int> heapRows;
    int* rows = stackRows.data();
    if (n + 1 > StackColumns) {
        heapRows.resize(size_t(3 * (n + 1)));
        rows = heapRows.data();
    }
    std::span<int> previous2(rows, size_t(n + 1));
    std::span<int> previous(rows + (n + 1), size_t(n + 1));
    std::span<int> current(rows + 2 * (n + 1), size_t(n + 1));
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int substitution = query[i - 1] == target[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && query[i - 1] == target[j - 2] && query[i - 2] == target[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > maxDistance)
            return tooFar;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    const int distance = prefixOfTarget ? *std::min_element(previous.begin(), previous.end()) : previous[n];
    return std::min(distance, tooFar);
}

} // namespace Anchorline::SearchText
