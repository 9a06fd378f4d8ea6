#include "Offer.h"

#include <QCoreApplication>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Offer", text);
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Checker)

public:
    explicit Checker(const QString& currency)
        : m_currency(currency)
    {}

    void amount(const QString& field, const Money& money)
    {
        const Money limit = Money::fromMajor(Money::MaxMajorUnits, m_currency);
        if (money.currency() != m_currency && !money.isZero())
            fail(field, tr("the amount is in %1 but the offer is in %2").arg(money.currency(), m_currency));
        else if (money.isNegative())
            fail(field, tr("the amount may not be negative"));
        else if (money > limit)
            fail(field, tr("amounts above %1 are not accepted").arg(limit.toString(QLocale::c())));
    }

    // `unit` follows the numbers in the message: "expected 0 to 60 months".
    void range(const QString& field, int value, int minimum, int maximum, const QString& unit = QString())
    {
        if (value < minimum || value > maximum)
            fail(field, tr("expected %1 to %2%3").arg(minimum).arg(maximum).arg(unit));
    }

    void percentage(const QString& field, int basisPoints, int maximumBasisPoints)
    {
        if (basisPoints < 0 || basisPoints > maximumBasisPoints)
            fail(field, tr("expected a percentage from 0 to %1").arg(maximumBasisPoints / 100));
    }

    void fail(const QString& field, const QString& message) { m_errors.append({field, message}); }
    QList<FieldError> errors() const { return m_errors; }

private:
    QString m_currency;
    QList<FieldError> m_errors;
};

} // namespace

QList<FieldError> Offer::validate() const
{
    if (!Money::isKnownCurrency(currency)) {
        return {{QStringLiteral("currency"),
                 tr("unknown currency \"%1\"; expected an ISO code such as USD or EUR").arg(currency)}};
    }
    Checker check(currency);
    check.amount(QStringLiteral("base"), base);
    if (base.isZero())
        check.fail(QStringLiteral("base"), tr("expected the yearly base salary, more than 0"));
    check.percentage(QStringLiteral("raise_percent"), raiseBasisPoints, MaxRaiseBasisPoints);
    check.percentage(QStringLiteral("bonus_percent"), bonusBasisPoints, MaxBonusBasisPoints);
    if (fixedBonus) {
        check.amount(QStringLiteral("bonus_fixed"), *fixedBonus);
        if (bonusBasisPoints != 0)
            check.fail(QStringLiteral("bonus_fixed"),
                       tr("give either bonus_percent or bonus_fixed, not both"));
    }
    check.amount(QStringLiteral("signon.amount"), signOn.amount);
    check.amount(QStringLiteral("signon.year2_amount"), signOn.year2Amount);
    check.range(QStringLiteral("signon.clawback_months"), signOn.clawbackMonths, 0, MaxClawbackMonths,
                tr(" months"));
    check.amount(QStringLiteral("equity.grant"), equity.grant);
    check.amount(QStringLiteral("refresh.grant"), refresh.yearlyGrant);
    check.range(QStringLiteral("refresh.first_year"), refresh.firstYear, 1, LastModelledYear);
    check.range(QStringLiteral("refresh.vest_years"), refresh.vestYears, 1, MaxRefreshVestYears,
                tr(" years"));
    return check.errors();
}

} // namespace Anchorline
