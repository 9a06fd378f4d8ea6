#include "Money.h"

#include <QCoreApplication>

#include <array>
#include <cstdlib>

namespace Anchorline {

namespace {

// GCC and Clang extension; -Wpedantic is silenced for this one alias.
__extension__ using Int128 = __int128;

struct CurrencyInfo
{
    const char16_t* code;
    const char16_t* symbol;
    int minorDigits;
};

// The currencies the app knows. Amounts in others are refused rather than guessed.
constexpr std::array<CurrencyInfo, 16> Currencies{{
    {u"USD", u"$", 2},
    {u"EUR", u"€", 2},
    {u"GBP", u"£", 2},
    {u"CAD", u"CA$", 2},
    {u"AUD", u"A$", 2},
    {u"CHF", u"CHF", 2},
    {u"JPY", u"¥", 0},
    {u"INR", u"₹", 2},
    {u"SEK", u"kr", 2},
    {u"NOK", u"kr", 2},
    {u"DKK", u"kr", 2},
    {u"PLN", u"zł", 2},
    {u"SGD", u"S$", 2},
    {u"NZD", u"NZ$", 2},
    {u"CNY", u"CN¥", 2},
    {u"KRW", u"₩", 0},
}};

const CurrencyInfo* findCurrency(QStringView code)
{
    for (const auto& info : Currencies) {
        if (code.compare(QStringView(info.code), Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Money", text);
}

// Rounds numerator / denominator half away from zero in 128-bit arithmetic.
Int128 roundedDivide(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 half = denominator / 2;
    if (numerator >= 0)
        return (numerator + half) / denominator;
    return -((-numerator + half) / denominator);
}

bool isGroupedThousands(QStringView digits, QChar separator)
{
    // "1,234,567": the first group has 1-3 digits and every later group exactly three.
    const auto groups = digits.split(separator);
    if (groups.size() < 2 || groups.front().isEmpty() || groups.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

// Qt 6.4 leaves the separators out of all but the last group for locales that group only from five digits
// on: es_ES shows a million euros as "1000.000 €", which reads back as 1,000 € (found by fuzzing). A group of
// more than three digits before a separator is never right, so it is split into threes.
QString withLeadingGroupsSplit(const QString& text, const QLocale& locale)
{
    const QString separator = locale.groupSeparator();
    const qsizetype at = separator.isEmpty() ? -1 : text.indexOf(separator);
    if (at < 0)
        return text;
    qsizetype start = at;
    while (start > 0 && text.at(start - 1).isDigit())
        --start;
    if (at - start <= 3)
        return text;
    QString result = text;
    for (qsizetype split = at - 3; split > start; split -= 3)
        result.insert(split, separator);
    return result;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{}

Money Money::fromMinor(qint64 minorUnits, const QString& currency)
{
    return Money(minorUnits, currency.toUpper());
}

Money Money::fromMajor(qint64 majorUnits, const QString& currency)
{
    return Money(majorUnits * minorPerMajor(currency), currency.toUpper());
}

QString Money::defaultCurrency()
{
    return QStringLiteral("USD");
}

bool Money::isKnownCurrency(QStringView code)
{
    return findCurrency(code) != nullptr;
}

QStringList Money::knownCurrencies()
{
    QStringList codes;
    for (const auto& info : Currencies)
        codes.append(QString::fromUtf16(info.code));
    return codes;
}

int Money::minorDigits(QStringView code)
{
    const auto* info = findCurrency(code);
    return info ? info->minorDigits : 2;
}

qint64 Money::minorPerMajor(QStringView code)
{
    return minorDigits(code) == 0 ? 1 : 100;
}

QString Money::currencySymbol(QStringView code)
{
    const auto* info = findCurrency(code);
    return info ? QString::fromUtf16(info->symbol) : code.toString();
}

qint64 Money::roundedMajor() const
{
    return static_cast<qint64>(roundedDivide(m_minorUnits, minorPerMajor(m_currency)));
}

double Money::toMajorDouble() const
{
    return static_cast<double>(m_minorUnits) / static_cast<double>(minorPerMajor(m_currency));
}

QString Money::pickCurrency(const Money& other) const
{
    return m_minorUnits == 0 && other.m_minorUnits != 0 ? other.m_currency : m_currency;
}

std::optional<Money> Money::checkedAdd(const Money& other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minorUnits, other.m_minorUnits, &sum))
        return std::nullopt;
    return Money(sum, pickCurrency(other));
}

std::optional<Money> Money::checkedSubtract(const Money& other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minorUnits, other.m_minorUnits, &difference))
        return std::nullopt;
    return Money(difference, pickCurrency(other));
}

std::optional<Money> Money::checkedScaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return std::nullopt;
    const Int128 result = roundedDivide(static_cast<Int128>(m_minorUnits) * numerator, denominator);
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(static_cast<qint64>(result), m_currency);
}

Money Money::roundedToMajorStep(qint64 step) const
{
    const Int128 stepMinor = static_cast<Int128>(step) * minorPerMajor(m_currency);
    if (stepMinor <= 0)
        return *this;
    return Money(static_cast<qint64>(roundedDivide(m_minorUnits, stepMinor) * stepMinor), m_currency);
}

Money& Money::operator+=(const Money& other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    *this = *this - other;
    return *this;
}

Money::ParseResult Money::parse(QStringView text, const QString& currency, SignRule rule,
                                const QLocale& locale)
{
    const QString code = currency.toUpper();
    if (!isKnownCurrency(code))
        return {std::nullopt, tr("unknown currency \"%1\"").arg(currency)};

    // Accounting notation: QLocale::toCurrencyString shows negative amounts as "($2,500.75)" in en_US and
    // "(2 500,75 €)" in fr_FR, so what the app displays must read back.
    QStringView body = text.trimmed();
    const bool parenthesised = body.size() >= 2 && body.front() == u'(' && body.back() == u')';
    if (parenthesised)
        body = body.sliced(1, body.size() - 2);

    QString cleaned;
    cleaned.reserve(body.size());
    bool negative = false;
    bool sawDigit = false;
    for (const QChar ch : body) {
        if (ch.isSpace() || ch == QChar::Nbsp || ch == QChar(0x202F) || ch == u'\'' || ch == u'_')
            continue;
        if (ch == u'-' || ch == QChar(0x2212)) {
            if (sawDigit || negative)
                return {std::nullopt, tr("a minus sign may only lead the amount")};
            negative = true;
            continue;
        }
        if (ch.isDigit())
            sawDigit = true;
        cleaned.append(ch);
    }
    if (parenthesised) {
        if (negative)
            return {std::nullopt, tr("a minus sign may only lead the amount")};
        negative = true;
    }
    // Drop a currency symbol or code around the number ("$", "USD", "€").
    for (const QString& marker : {code, currencySymbol(code), QStringLiteral("$")}) {
        if (cleaned.startsWith(marker, Qt::CaseInsensitive))
            cleaned.remove(0, marker.size());
        if (cleaned.endsWith(marker, Qt::CaseInsensitive))
            cleaned.chop(marker.size());
    }
    if (cleaned.isEmpty() || !sawDigit)
        return {std::nullopt, tr("enter an amount such as 187500, 187,500 or 187.5k")};

    int multiplierDigits = 0; // 3 for "k", 6 for "M", 9 for "B"
    const QChar suffix = cleaned.back().toLower();
    if (suffix == u'k' || suffix == u'm' || suffix == u'b') {
        multiplierDigits = suffix == u'k' ? 3 : (suffix == u'm' ? 6 : 9);
        cleaned.chop(1);
    }
    for (const QChar ch : std::as_const(cleaned)) {
        if (!ch.isDigit() && ch != u'.' && ch != u',')
            return {std::nullopt, tr("\"%1\" is not part of an amount").arg(ch)};
    }

    // Decide which of '.' and ',' is the decimal separator.
    QString integerPart = cleaned;
    QString fractionPart;
    const qsizetype lastDot = cleaned.lastIndexOf(u'.');
    const qsizetype lastComma = cleaned.lastIndexOf(u',');
    QChar decimalSeparator;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalSeparator = lastDot > lastComma ? u'.' : u',';
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar separator = lastDot >= 0 ? u'.' : u',';
        if (multiplierDigits > 0) {
            decimalSeparator = separator; // "187.5k"
        } else if (cleaned.count(separator) == 1) {
            // "187,500" groups thousands in English, "187.500" in German; "1234,56" is always a decimal.
            const bool looksGrouped = isGroupedThousands(cleaned, separator);
            if (!looksGrouped || locale.decimalPoint() == QString(separator))
                decimalSeparator = separator;
        }
    }
    if (!decimalSeparator.isNull()) {
        const qsizetype at = cleaned.lastIndexOf(decimalSeparator);
        integerPart = cleaned.left(at);
        fractionPart = cleaned.mid(at + 1);
        if (fractionPart.contains(u'.') || fractionPart.contains(u','))
            return {std::nullopt, tr("the decimal part may not hold separators")};
    }
    const QChar groupSeparator = decimalSeparator == u'.'   ? u','
                                 : decimalSeparator == u',' ? u'.'
                                                            : (lastDot >= 0 ? u'.' : u',');
    if (integerPart.contains(groupSeparator)) {
        if (!isGroupedThousands(integerPart, groupSeparator))
            return {std::nullopt, tr("thousands separators must split the number into groups of three")};
        integerPart.remove(groupSeparator);
    }
    if (integerPart.contains(u'.') || integerPart.contains(u','))
        return {std::nullopt, tr("the amount has more than one decimal separator")};
    if (integerPart.isEmpty())
        integerPart = QStringLiteral("0");

    const int digits = minorDigits(code);
    // Value = integer.fraction × 10^multiplierDigits, expressed in minor units.
    const int scaleDigits = multiplierDigits + digits;
    if (fractionPart.size() > scaleDigits) {
        const QString rest = fractionPart.mid(scaleDigits);
        if (rest.count(u'0') != rest.size())
            return {std::nullopt, digits == 0 ? tr("%1 amounts have no decimal places").arg(code)
                                              : tr("an amount has at most %1 decimal places").arg(digits)};
        fractionPart.truncate(scaleDigits);
    }
    const QString padded = fractionPart + QString(scaleDigits - fractionPart.size(), u'0');
    const QString allDigits = integerPart + padded;
    Int128 minor = 0;
    const Int128 limit = static_cast<Int128>(MaxMajorUnits) * minorPerMajor(code);
    for (const QChar ch : allDigits) {
        minor = minor * 10 + ch.digitValue();
        if (minor > limit)
            return {std::nullopt, tr("amounts above %1 are not accepted")
                                      .arg(Money::fromMajor(MaxMajorUnits, code).toString(locale))};
    }
    if (negative && rule == SignRule::NonNegative && minor != 0)
        return {std::nullopt, tr("the amount may not be negative")};
    const auto value = static_cast<qint64>(negative ? -minor : minor);
    return {Money(value, code), QString()};
}

QString Money::toString(const QLocale& locale) const
{
    const QString symbol = currencySymbol(m_currency);
    const qint64 perMajor = minorPerMajor(m_currency);
    if (m_minorUnits % perMajor == 0)
        return withLeadingGroupsSplit(
            locale.toCurrencyString(static_cast<qlonglong>(m_minorUnits / perMajor), symbol), locale);
    return withLeadingGroupsSplit(locale.toCurrencyString(toMajorDouble(), symbol, minorDigits(m_currency)),
                                  locale);
}

QString Money::toCompactString(const QLocale& locale) const
{
    const QString symbol = currencySymbol(m_currency);
    const double major = toMajorDouble();
    const double magnitude = std::abs(major);
    QString number;
    if (magnitude >= 1e6)
        number = locale.toString(major / 1e6, 'f', magnitude >= 1e7 ? 0 : 1) + u'M';
    else if (magnitude >= 1e3)
        number = locale.toString(major / 1e3, 'f', magnitude >= 1e5 ? 0 : 1) + u'k';
    else
        return toString(locale);
    number.replace(locale.decimalPoint() + u'0' + u'k', QStringLiteral("k"));
    number.replace(locale.decimalPoint() + u'0' + u'M', QStringLiteral("M"));
    return locale.toCurrencyString(0.0, symbol, 0).replace(locale.toString(0), number);
}

QString Money::toPlainString() const
{
    const qint64 perMajor = minorPerMajor(m_currency);
    const qint64 magnitude = m_minorUnits < 0 ? -m_minorUnits : m_minorUnits;
    QString result = QString::number(magnitude / perMajor);
    const qint64 fraction = magnitude % perMajor;
    if (fraction != 0) {
        result += u'.' + QString::number(fraction).rightJustified(minorDigits(m_currency), u'0');
        while (result.endsWith(u'0'))
            result.chop(1);
    }
    return m_minorUnits < 0 ? u'-' + result : result;
}

} // namespace Anchorline
