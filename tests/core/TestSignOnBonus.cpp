#include "SignOnBonus.h"

#include <QTest>

using namespace Anchorline;

namespace {

Money cents(qint64 minor)
{
    return Money::fromMinor(minor);
}

SignOnBonus splitBonus(ClawbackRule rule)
{
    return {Money::fromMajor(20'000), Money::fromMajor(10'000), 12, rule};
}

} // namespace

class TestSignOnBonus : public QObject
{
    Q_OBJECT

private slots:
    void paymentsByYear()
    {
        const auto bonus = splitBonus(ClawbackRule::ProRata);
        QCOMPARE(bonus.paymentInYear(1), Money::fromMajor(20'000));
        QCOMPARE(bonus.paymentInYear(2), Money::fromMajor(10'000));
        QCOMPARE(bonus.paymentInYear(3), Money::fromMajor(0));
        QCOMPARE(bonus.total(), Money::fromMajor(30'000));
    }

    void clawback_data()
    {
        QTest::addColumn<ClawbackRule>("rule");
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("repaymentCents");
        const auto row = [](ClawbackRule rule, const char* name, int month, qint64 cents) {
            QTest::newRow(name) << rule << month << cents;
        };
        row(ClawbackRule::ProRata, "prorata, day one", 0, 2'000'000);
        row(ClawbackRule::ProRata, "prorata, month 6: half of year 1", 6, 1'000'000);
        row(ClawbackRule::ProRata, "prorata, month 11: 1/12 of year 1", 11, 166'667);
        row(ClawbackRule::ProRata, "prorata, month 12: year 1 earned, year 2 not paid", 12, 0);
        row(ClawbackRule::ProRata, "prorata, month 13: 11/12 of year 2", 13, 916'667);
        row(ClawbackRule::ProRata, "prorata, month 18: half of year 2", 18, 500'000);
        row(ClawbackRule::ProRata, "prorata, month 24: all earned", 24, 0);
        row(ClawbackRule::ProRata, "prorata, month 36", 36, 0);
        row(ClawbackRule::Full, "full, month 0", 0, 2'000'000);
        row(ClawbackRule::Full, "full, month 6", 6, 2'000'000);
        row(ClawbackRule::Full, "full, month 11", 11, 2'000'000);
        row(ClawbackRule::Full, "full, month 12", 12, 0);
        row(ClawbackRule::Full, "full, month 13", 13, 1'000'000);
        row(ClawbackRule::Full, "full, month 23", 23, 1'000'000);
        row(ClawbackRule::Full, "full, month 24", 24, 0);
    }

    void clawback()
    {
        QFETCH(ClawbackRule, rule);
        QFETCH(int, month);
        QFETCH(qint64, repaymentCents);
        QCOMPARE(splitBonus(rule).repaymentIfLeavingAt(month), cents(repaymentCents));
    }

    void longClawbackOverlapsBothPayments()
    {
        const SignOnBonus bonus{Money::fromMajor(24'000), Money::fromMajor(12'000), 24,
                                ClawbackRule::ProRata};
        // Month 18: 6/24 of year 1's payment and 18/24 of year 2's.
        QCOMPARE(bonus.repaymentIfLeavingAt(18), Money::fromMajor(6'000 + 9'000));
        const SignOnBonus full{Money::fromMajor(24'000), Money::fromMajor(12'000), 24, ClawbackRule::Full};
        QCOMPARE(full.repaymentIfLeavingAt(18), Money::fromMajor(36'000));
    }

    void noClawbackPeriodMeansNothingToRepay()
    {
        const SignOnBonus bonus{Money::fromMajor(20'000), Money(), 0, ClawbackRule::Full};
        QCOMPARE(bonus.repaymentIfLeavingAt(0), Money::fromMajor(0));
    }

    void negativeMonthCountsAsDayOne()
    {
        QCOMPARE(splitBonus(ClawbackRule::ProRata).repaymentIfLeavingAt(-3), Money::fromMajor(20'000));
    }

    void ruleNames()
    {
        QCOMPARE(ClawbackRules::id(ClawbackRule::ProRata), QStringLiteral("prorata"));
        QCOMPARE(ClawbackRules::fromString(u"Full"), ClawbackRule::Full);
        QCOMPARE(ClawbackRules::fromString(u"pro-rata"), ClawbackRule::ProRata);
        QCOMPARE(ClawbackRules::fromString(u"half"), std::nullopt);
    }
};

QTEST_APPLESS_MAIN(TestSignOnBonus)
#include "TestSignOnBonus.moc"
