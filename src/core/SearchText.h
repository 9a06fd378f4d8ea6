#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Anchorline::SearchText {

// Folds text for matching: accents removed ("Bogotá" → "bogota"), case folded, apostrophes dropped
// ("O'Fallon" → "ofallon"), every other non-alphanumeric character a word break, and each word reduced to a
// singular form ("nurses" → "nurse", "secretaries" → "secretary") so that "registered nurse" equals
// "Registered Nurses". Words are joined by single spaces.
QString normalized(QStringView text);

// The words of already normalized text.
QStringList words(const QString& normalizedText);

// Largest edit distance a query word of `length` letters may be from the word it means: 0 below 4 letters,
// 1 from 4, 2 from 8. Short words have too many one-letter neighbours to tolerate typos.
int allowedTypos(qsizetype length);

// Optimal-string-alignment Damerau-Levenshtein distance (a transposition counts as one edit). Stops early
// and returns maxDistance + 1 once the distance must exceed maxDistance. With `prefixOfTarget` the distance
// is to the closest prefix of `target`, for words still being typed ("sofw" is 1 from "softw").
int editDistance(QStringView query, QStringView target, int maxDistance, bool prefixOfTarget = false);

} // namespace Anchorline::SearchText
