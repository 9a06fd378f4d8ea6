#include "SignOnBonus.h"

#include <algorithm>

namespace Anchorline {

namespace ClawbackRules {

QString id(ClawbackRule rule)
{
    return rule == ClawbackRule::Full ? QStringLiteral("full") : QStringLiteral("prorata");
}

std::optional<ClawbackRule> fromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"full", Qt::CaseInsensitive) == 0)
        return ClawbackRule::Full;
    if (trimmed.compare(u"prorata", Qt::CaseInsensitive) == 0 ||
        trimmed.compare(u"pro-rata", Qt::CaseInsensitive) == 0)
        return ClawbackRule::ProRata;
    return std::nullopt;
}

} // namespace ClawbackRules

Money SignOnBonus::paymentInYear(int year) const
{
    if (year == 1)
        return amount;
    if (year == 2)
        return year2Amount;
    return Money::fromMinor(0, amount.currency());
}

Money SignOnBonus::repaymentIfLeavingAt(int month) const
{
    const auto repayment = [this](const Money& payment, int monthsSincePayment) {
        if (monthsSincePayment >= clawbackMonths)
            return Money::fromMinor(0, payment.currency());
        if (clawback == ClawbackRule::Full)
            return payment;
        return *payment.checkedScaled(clawbackMonths - monthsSincePayment, clawbackMonths);
    };
    month = std::max(month, 0);
    Money owed = repayment(amount, month);
    // The year-2 payment is made at the start of year 2, so someone leaving at month 12 or earlier never got
    // it.
    if (month > 12)
        owed += repayment(year2Amount, month - 12);
    return owed;
}

} // namespace Anchorline
