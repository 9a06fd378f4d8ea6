// libFuzzer harness for Money::parse. The first byte picks the locale, currency and sign rule; the rest is
// the text as typed (UTF-8). An accepted amount is within the entry limit, obeys the sign rule, and reads
// back unchanged from both its plain form and its display form in the same locale.

#include "FuzzCheck.h"
#include "Money.h"

#include <QLocale>
#include <QString>

#include <array>
#include <cstdint>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

// The app's UI languages with their number conventions, and C.
const std::array<QLocale, 5>& locales()
{
    static const std::array<QLocale, 5> all{QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
                                            QLocale(QLocale::German, QLocale::Germany),
                                            QLocale(QLocale::French, QLocale::France),
                                            QLocale(QLocale::Spanish, QLocale::Spain)};
    return all;
}

// Two- and zero-decimal currencies, and ones whose symbols contain letters or '$'.
const std::array<QString, 8> Currencies{u"USD"_s, u"EUR"_s, u"JPY"_s, u"GBP"_s,
                                        u"CAD"_s, u"CHF"_s, u"KRW"_s, u"SEK"_s};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    // Bits 0-2 the locale, 3-5 the currency, 7 the sign rule.
    const QLocale& locale = locales()[(choice & 0x07) % locales().size()];
    const QString& currency = Currencies[(choice >> 3) & 0x07];
    const auto rule = choice & 0x80 ? Money::SignRule::AllowNegative : Money::SignRule::NonNegative;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const auto parsed = Money::parse(text, currency, rule, locale);
    if (!parsed.ok()) {
        ANCHORLINE_FUZZ_CHECK(!parsed.error.isEmpty(), "a refused amount gives no message");
        return 0;
    }
    const Money& money = *parsed.money;
    ANCHORLINE_FUZZ_CHECK(money.currency() == currency, "a parsed amount has another currency");
    const qint64 limit = Money::MaxMajorUnits * Money::minorPerMajor(currency);
    ANCHORLINE_FUZZ_CHECK(money.minorUnits() <= limit && money.minorUnits() >= -limit,
                          "a parsed amount exceeds the entry limit");
    ANCHORLINE_FUZZ_CHECK(rule == Money::SignRule::AllowNegative || !money.isNegative(),
                          "a negative amount was accepted where it is not allowed");

    const auto plain = Money::parse(money.toPlainString(), currency, Money::SignRule::AllowNegative);
    ANCHORLINE_FUZZ_CHECK(plain.ok() && *plain.money == money, "toPlainString() does not read back");
    const auto shown = Money::parse(money.toString(locale), currency, Money::SignRule::AllowNegative, locale);
    ANCHORLINE_FUZZ_CHECK(shown.ok() && *shown.money == money, "toString() does not read back in its locale");
    (void)money.toCompactString(locale);
    return 0;
}
