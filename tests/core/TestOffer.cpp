#include "Offer.h"

#include <QTest>

using namespace Anchorline;

namespace {

Offer validOffer()
{
    Offer offer;
    offer.base = Money::fromMajor(185'000);
    offer.bonusBasisPoints = 1'000;
    return offer;
}

QStringList fields(const QList<FieldError>& errors)
{
    QStringList names;
    for (const auto& error : errors)
        names.append(error.field);
    return names;
}

} // namespace

class TestOffer : public QObject
{
    Q_OBJECT

private slots:
    void validOfferHasNoErrors() { QCOMPARE(validOffer().validate(), QList<FieldError>()); }

    void baseIsRequired()
    {
        Offer offer = validOffer();
        offer.base = Money();
        const auto errors = offer.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().toString(),
                 QStringLiteral("base: expected the yearly base salary, more than 0"));
    }

    void eachBadFieldIsNamed()
    {
        Offer offer = validOffer();
        offer.raiseBasisPoints = -100;
        offer.bonusBasisPoints = 100'001;
        offer.signOn.amount = Money::fromMajor(-1);
        offer.signOn.clawbackMonths = 61;
        offer.equity.grant = Money::fromMajor(Money::MaxMajorUnits + 1);
        offer.refresh.firstYear = 0;
        offer.refresh.vestYears = 11;
        QCOMPARE(fields(offer.validate()),
                 QStringList({QStringLiteral("raise_percent"), QStringLiteral("bonus_percent"),
                              QStringLiteral("signon.amount"), QStringLiteral("signon.clawback_months"),
                              QStringLiteral("equity.grant"), QStringLiteral("refresh.first_year"),
                              QStringLiteral("refresh.vest_years")}));
        const auto errors = offer.validate();
        QCOMPARE(errors.at(0).message, QStringLiteral("expected a percentage from 0 to 100"));
        QCOMPARE(errors.at(2).message, QStringLiteral("the amount may not be negative"));
        QCOMPARE(errors.at(3).message, QStringLiteral("expected 0 to 60 months"));
        QCOMPARE(errors.at(5).message, QStringLiteral("expected 1 to 6"));
    }

    void eitherBonusPercentOrFixedBonus()
    {
        Offer offer = validOffer();
        offer.fixedBonus = Money::fromMajor(15'000);
        QCOMPARE(fields(offer.validate()), QStringList({QStringLiteral("bonus_fixed")}));
        offer.bonusBasisPoints = 0;
        QVERIFY(offer.validate().isEmpty());
    }

    void amountsMustBeInTheOfferCurrency()
    {
        Offer offer = validOffer();
        offer.equity.grant = Money::fromMajor(10'000, QStringLiteral("EUR"));
        const auto errors = offer.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.front().toString(),
                 QStringLiteral("equity.grant: the amount is in EUR but the offer is in USD"));
    }

    void unknownCurrency()
    {
        Offer offer = validOffer();
        offer.currency = QStringLiteral("XYZ");
        QCOMPARE(fields(offer.validate()), QStringList({QStringLiteral("currency")}));
    }
};

QTEST_APPLESS_MAIN(TestOffer)
#include "TestOffer.moc"
