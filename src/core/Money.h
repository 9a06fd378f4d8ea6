#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <compare>
#include <optional>

namespace Anchorline {

// An amount of money in integer minor units (cents for USD) with its ISO 4217 currency code.
// Stored amounts never use floating point; toMajorDouble() exists only for chart coordinates.
class Money
{
public:
    // Every amount a user enters is bounded: one billion in major units.
    static constexpr qint64 MaxMajorUnits = 1'000'000'000LL;

    enum class SignRule
    {
        NonNegative,
        AllowNegative
    };

    struct ParseResult;

    Money() = default;
    static Money fromMinor(qint64 minorUnits, const QString& currency = defaultCurrency());
    static Money fromMajor(qint64 majorUnits, const QString& currency = defaultCurrency());

    static QString defaultCurrency();
    static bool isKnownCurrency(QStringView code);
    static QStringList knownCurrencies(); // the codes, "USD" first
    // Digits after the decimal point for the currency: 2 for USD, 0 for JPY.
    static int minorDigits(QStringView code);
    static qint64 minorPerMajor(QStringView code);
    static QString currencySymbol(QStringView code);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }
    // Whole major units, rounded half away from zero.
    qint64 roundedMajor() const;
    // Only for drawing (chart coordinates) and statistics, never for storing amounts.
    double toMajorDouble() const;

    std::optional<Money> checkedAdd(const Money& other) const;
    std::optional<Money> checkedSubtract(const Money& other) const;
    // this × numerator / denominator, rounded half away from zero; nullopt on overflow or zero denominator.
    std::optional<Money> checkedScaled(qint64 numerator, qint64 denominator) const;
    // Rounds to a multiple of `step` major units (e.g. 500 → $187,500), half away from zero.
    Money roundedToMajorStep(qint64 step) const;

    // Unchecked conveniences: valid because entered amounts are bounded by MaxMajorUnits, so sums of fewer
    // than 90 million of them cannot overflow. Use the checked forms for anything unbounded.
    Money operator+(const Money& other) const
    {
        return Money(m_minorUnits + other.m_minorUnits, pickCurrency(other));
    }
    Money operator-(const Money& other) const
    {
        return Money(m_minorUnits - other.m_minorUnits, pickCurrency(other));
    }
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);
    Money operator-() const { return Money(-m_minorUnits, m_currency); }

    bool operator==(const Money& other) const = default;
    // Orders by amount; amounts in different currencies are not comparable and order by amount only.
    std::strong_ordering operator<=>(const Money& other) const { return m_minorUnits <=> other.m_minorUnits; }

    // Accepts "$187,500", "187500", "187.5k", "1,234.56", "1.2M", "€ 95.000" (with a German locale) ...
    // `fieldName` names the field in the error message.
    static ParseResult parse(QStringView text, const QString& currency = defaultCurrency(),
                             SignRule rule = SignRule::NonNegative, const QLocale& locale = QLocale::c());

    // Locale-aware display: "$187,500" (en_US), "187.500 $" (de_DE); cents shown only when not whole.
    QString toString(const QLocale& locale = QLocale()) const;
    // Compact display for axes and tight labels: "$187.5k", "$1.2M".
    QString toCompactString(const QLocale& locale = QLocale()) const;
    // Plain decimal for files and JSON: "187500", "1234.56", "-20.5".
    QString toPlainString() const;

private:
    Money(qint64 minorUnits, QString currency);
    QString pickCurrency(const Money& other) const;

    qint64 m_minorUnits = 0;
    QString m_currency = defaultCurrency();
};

struct Money::ParseResult
{
    std::optional<Money> money;
    QString error; // empty on success; says what was wrong with the text
    bool ok() const { return money.has_value(); }
};

} // namespace Anchorline
