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

// The text being folded, written into a buffer as long as the input: folding never lengthens text (a word
// break takes at least one character of it and yields one space), so appending needs no capacity checks.
class FoldedText
{
public:
    explicit FoldedText(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized)
        , m_data(m_text.data())
    {}

    void append(QChar c)
    {
        if (m_wordStart < 0) {
            if (m_length > 0)
                m_data[m_length++] = u' ';
            m_wordStart = m_length;
        }
        m_data[m_length++] = c;
    }

    void finishWord()
    {
        if (m_wordStart < 0)
            return;
        singularize();
        abbreviate();
        m_wordStart = -1;
    }

    QString take()
    {
        finishWord();
        m_text.truncate(m_length);
        return std::move(m_text);
    }

private:
    QStringView word() const { return QStringView(m_data + m_wordStart, m_data + m_length); }

    // Singular form by the English plural rules that occur in occupation and place names; "ss", "us" and
    // "is" endings are not plurals ("Glass", "Columbus", "Memphis").
    void singularize()
    {
        const QStringView word = this->word();
        const auto size = word.size();
        if (size <= 3 || word[size - 1] != u's' || !word.front().isLetter())
            return;
        const QChar beforeS = word[size - 2];
        if (beforeS == u's' || beforeS == u'u' || beforeS == u'i')
            return;
        if (size > 4 && beforeS == u'e' && word[size - 3] == u'i') {
            m_length -= 2;
            m_data[m_length - 1] = u'y';
            return;
        }
        --m_length;
    }

    // Abbreviated and spelled-out forms in place names mean the same: "St. Louis", "Saint Louis".
    void abbreviate()
    {
        static constexpr std::array<std::pair<QStringView, QStringView>, 4> abbreviations{{
            {u"saint", u"st"},
            {u"sainte", u"ste"},
            {u"fort", u"ft"},
            {u"mount", u"mt"},
        }};
        const QStringView word = this->word();
        for (const auto& [full, abbreviation] : abbreviations) {
            if (word.size() == full.size() && std::equal(full.begin(), full.end(), word.begin())) {
                std::copy(abbreviation.begin(), abbreviation.end(), m_data + m_wordStart);
                m_length = m_wordStart + abbreviation.size();
                return;
            }
        }
    }

    QString m_text;
    QChar* m_data; // m_text's characters
    qsizetype m_length = 0;
    qsizetype m_wordStart = -1; // where the word being read starts; -1 between words
};

} // namespace

QString normalized(QStringView text)
{
    // Start-up and the first search normalize about 20,000 names, nearly all plain ASCII: those skip the
    // decomposition and the Unicode property tables.
    const bool ascii = isAscii(text);
    const QString decomposed = ascii ? QString() : text.toString().normalized(QString::NormalizationForm_KD);
    const QStringView folding = ascii ? text : QStringView(decomposed);
    FoldedText result(folding.size());
    for (const QChar c : folding) {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            if ((unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9'))
                result.append(c);
            else if (unit >= u'A' && unit <= u'Z')
                result.append(QChar(unit - u'A' + u'a'));
            else if (unit != u'\'')
                result.finishWord();
        } else if (c.category() != QChar::Mark_NonSpacing && !isApostrophe(c)) {
            if (c.isLetterOrNumber())
                result.append(c.toCaseFolded());
            else
                result.finishWord();
        }
    }
    return result.take();
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
