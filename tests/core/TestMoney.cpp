#include "Money.h"

#include <QTest>

using Anchorline::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseExplainsBadInput_data();
    void parseExplainsBadInput();
    void parseFollowsLocaleForAmbiguousSeparator();
    void parseReadsNegativesAsDisplayed();
    void spanishMillionsKeepTheirSeparators();
    void formatting();
    void checkedArithmetic();
    void roundingToStep();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << QStringLiteral("187500") << qint64(18'750'000);
    QTest::newRow("dollar and commas") << QStringLiteral("$187,500") << qint64(18'750'000);
    QTest::newRow("k suffix") << QStringLiteral("187.5k") << qint64(18'750'000);
    QTest::newRow("K suffix with space") << QStringLiteral("187.5 K") << qint64(18'750'000);
    QTest::newRow("cents") << QStringLiteral("1,234.56") << qint64(123'456);
    QTest::newRow("million") << QStringLiteral("1.2M") << qint64(120'000'000);
    QTest::newRow("code prefix") << QStringLiteral("USD 95,000") << qint64(9'500'000);
    QTest::newRow("grouped millions") << QStringLiteral("1,234,567") << qint64(123'456'700);
    QTest::newRow("both separators, european") << QStringLiteral("1.234,56") << qint64(123'456);
    QTest::newRow("decimal comma") << QStringLiteral("1234,56") << qint64(123'456);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("one billion") << QStringLiteral("1,000,000,000") << qint64(100'000'000'000);
    QTest::newRow("trailing zero decimals") << QStringLiteral("10.500") << qint64(1050);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto result = Money::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.money->minorUnits(), minor);
    QCOMPARE(result.money->currency(), QStringLiteral("USD"));
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("empty") << QString() << QStringLiteral("enter an amount");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("enter an amount");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("negative");
    QTest::newRow("over a billion") << QStringLiteral("1,000,000,001") << QStringLiteral("above");
    QTest::newRow("huge k") << QStringLiteral("2000000k") << QStringLiteral("above");
    QTest::newRow("sub-cent") << QStringLiteral("1.234") << QStringLiteral("decimal places");
    QTest::newRow("bad grouping") << QStringLiteral("1,23,456") << QStringLiteral("groups of three");
    QTest::newRow("stray char") << QStringLiteral("12x5") << QStringLiteral("\"x\"");
    QTest::newRow("minus inside") << QStringLiteral("12-5") << QStringLiteral("range");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, errorFragment);
    const auto result = Money::parse(text);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorFragment), qPrintable(result.error));
}

// Realistic mistakes and what the message says about each, in plain words (USD, C locale unless given).
void TestMoney::parseExplainsBadInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("error");
    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");
    QTest::newRow("words after the number")
        << QStringLiteral("230k-ish") << usd
        << QStringLiteral("\"-ish\" after the number is not part of an amount; enter just the amount");
    QTest::newRow("per year") << QStringLiteral("120000 per year") << usd
                              << QStringLiteral("\"per year\" after the number is not part of an amount; "
                                                "enter just the amount");
    QTest::newRow("words before the number")
        << QStringLiteral("about 230k") << usd
        << QStringLiteral("\"about\" before the number is not part of an amount; enter just the amount");
    QTest::newRow("two decimal points")
        << QStringLiteral("1.5.0") << usd
        << QStringLiteral("the number has more than one decimal separator \".\"; write at most one, as in "
                          "187.5");
    QTest::newRow("decimal point twice after grouping")
        << QStringLiteral("1,234.56.78") << usd
        << QStringLiteral("the number has more than one decimal separator \".\"; write at most one, as in "
                          "187.5");
    QTest::newRow("commas not in threes")
        << QStringLiteral("$ 1,2,3") << usd
        << QStringLiteral("commas inside the number may only separate groups of three digits, as in 187,500");
    QTest::newRow("periods not in threes (German)")
        << QStringLiteral("1.23.456") << eur
        << QStringLiteral(
               "periods inside the number may only separate groups of three digits, as in 187.500");
    QTest::newRow("scientific notation")
        << QStringLiteral("1e5") << usd
        << QStringLiteral("\"1e5\" is in scientific notation; write the amount in full, such as 100000 or "
                          "100k");
    QTest::newRow("two minus signs") << QStringLiteral("--5") << usd
                                     << QStringLiteral("there is more than one minus sign");
    QTest::newRow("minus after the number")
        << QStringLiteral("5-") << usd << QStringLiteral("the minus sign goes before the number, as in -5");
    QTest::newRow("minus and parentheses")
        << QStringLiteral("(-5)") << usd
        << QStringLiteral("a negative amount takes a minus sign or parentheses, not both");
    QTest::newRow("a range") << QStringLiteral("180-200k") << usd
                             << QStringLiteral("enter one amount, not a range or a calculation");
    QTest::newRow("symbol twice") << QStringLiteral("€€5") << eur
                                  << QStringLiteral("the currency appears more than once");
    QTest::newRow("code and symbol") << QStringLiteral("$5 USD") << usd
                                     << QStringLiteral("the currency appears more than once");
    QTest::newRow("another currency's symbol")
        << QStringLiteral("€€5") << usd << QStringLiteral("\"€\" is another currency; this amount is in USD");
    QTest::newRow("another currency's code")
        << QStringLiteral("180000 GBP") << usd
        << QStringLiteral("\"GBP\" is another currency; this amount is in USD");
    QTest::newRow("space splitting a group")
        << QStringLiteral("1 87 500") << usd
        << QStringLiteral(
               "a space inside the number may only separate groups of three digits, as in 187 500");
    QTest::newRow("space between two numbers")
        << QStringLiteral("187 5") << usd
        << QStringLiteral(
               "a space inside the number may only separate groups of three digits, as in 187 500");
    QTest::newRow("apostrophe splitting a group")
        << QStringLiteral("18'7500") << usd
        << QStringLiteral("\"'\" inside the number may only separate groups of three digits, as in 187'500");
    QTest::newRow("letter O for zero")
        << QStringLiteral("18O000") << usd << QStringLiteral("\"O\" inside the number is not a digit");
    QTest::newRow("no number") << QStringLiteral("$") << usd
                               << QStringLiteral("enter an amount such as 187500, 187,500 or 187.5k");
}

void TestMoney::parseExplainsBadInput()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, error);
    const QLocale locale = currency == u"EUR" ? QLocale(QLocale::German) : QLocale::c();
    const auto result = Money::parse(text, currency, Money::SignRule::AllowNegative, locale);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
}

void TestMoney::parseFollowsLocaleForAmbiguousSeparator()
{
    QCOMPARE(Money::parse(u"187.500").money->minorUnits(), qint64(18'750));
    QCOMPARE(Money::parse(u"187.500", QStringLiteral("EUR"), Money::SignRule::NonNegative,
                          QLocale(QLocale::German))
                 .money->minorUnits(),
             qint64(18'750'000));
    QCOMPARE(
        Money::parse(u"-20.5", QStringLiteral("USD"), Money::SignRule::AllowNegative).money->minorUnits(),
        qint64(-2050));
    QVERIFY(!Money::parse(u"5", QStringLiteral("XYZ")).ok());
    QCOMPARE(Money::parse(u"1.5k", QStringLiteral("JPY")).money->minorUnits(), qint64(1500));
}

// Found by fuzzing (tests/fuzz/regressions/money): en_US and fr_FR display negative amounts in parentheses.
void TestMoney::parseReadsNegativesAsDisplayed()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    const auto allow = Money::SignRule::AllowNegative;
    const Money loss = Money::fromMinor(-250'075, QStringLiteral("GBP"));
    QCOMPARE(loss.toString(english), QStringLiteral("(£2,500.75)"));
    for (const QLocale& locale : {english, french}) {
        const auto parsed = Money::parse(loss.toString(locale), QStringLiteral("GBP"), allow, locale);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.money->minorUnits(), qint64(-250'075));
    }
    QCOMPARE(Money::parse(u" ($18,500) ", QStringLiteral("USD"), allow).money->minorUnits(),
             qint64(-1'850'000));
    const auto refused = Money::parse(u"($18,500)");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("negative")), qPrintable(refused.error));
    const auto doubleNegative = Money::parse(u"(-5)", QStringLiteral("USD"), allow);
    QVERIFY(!doubleNegative.ok());
    QVERIFY2(doubleNegative.error.contains(QStringLiteral("minus")), qPrintable(doubleNegative.error));
    QVERIFY(!Money::parse(u"(5", QStringLiteral("USD"), allow).ok());
}

// Found by fuzzing (tests/fuzz/regressions/money/es-million-*): Qt 6.4 wrote a million euros in es_ES as
// "1000.000 €", which read back as 1,000 €.
void TestMoney::spanishMillionsKeepTheirSeparators()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    const QString eur = QStringLiteral("EUR");
    QCOMPARE(Money::fromMajor(1'000'000, eur).toString(spanish), QStringLiteral("1.000.000\u00a0€"));
    QCOMPARE(Money::fromMinor(113'349'830, eur).toString(spanish), QStringLiteral("1.133.498,30\u00a0€"));
    QCOMPARE(Money::fromMajor(9'999, eur).toString(spanish), QStringLiteral("9999\u00a0€"));
    QCOMPARE(Money::fromMajor(999'999, eur).toString(spanish), QStringLiteral("999.999\u00a0€"));
    const auto parsed = Money::parse(Money::fromMajor(1'000'000, eur).toString(spanish), eur,
                                     Money::SignRule::NonNegative, spanish);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.money->minorUnits(), qint64(100'000'000));
    // Indian grouping (first group of three, then twos) is left as Qt writes it.
    QCOMPARE(Money::fromMajor(1'000'000, QStringLiteral("INR"))
                 .toString(QLocale(QLocale::English, QLocale::India)),
             QStringLiteral("₹10,00,000"));
}

void TestMoney::formatting()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::fromMajor(187'500).toString(english), QStringLiteral("$187,500"));
    QCOMPARE(Money::fromMinor(123'456).toString(english), QStringLiteral("$1,234.56"));
    QCOMPARE(Money::fromMajor(187'500).toCompactString(english), QStringLiteral("$188k"));
    QCOMPARE(Money::fromMajor(87'500).toCompactString(english), QStringLiteral("$87.5k"));
    QCOMPARE(Money::fromMajor(1'200'000).toCompactString(english), QStringLiteral("$1.2M"));
    QCOMPARE(Money::fromMinor(123'450).toPlainString(), QStringLiteral("1234.5"));
    QCOMPARE(Money::fromMajor(187'500).toPlainString(), QStringLiteral("187500"));
    QCOMPARE(Money::fromMinor(-2050).toPlainString(), QStringLiteral("-20.5"));
    const QString german =
        Money::fromMajor(187'500, QStringLiteral("EUR")).toString(QLocale(QLocale::German));
    QVERIFY2(german.startsWith(QStringLiteral("187.500")) && german.endsWith(QStringLiteral("€")),
             qPrintable(german));
}

void TestMoney::checkedArithmetic()
{
    const Money a = Money::fromMajor(100);
    QCOMPARE(a.checkedAdd(Money::fromMinor(50))->minorUnits(), qint64(10'050));
    QCOMPARE(a.checkedSubtract(Money::fromMajor(150))->minorUnits(), qint64(-5'000));
    QCOMPARE(Money::fromMinor(333).checkedScaled(1, 2)->minorUnits(), qint64(167)); // half away from zero
    QCOMPARE(Money::fromMinor(-333).checkedScaled(1, 2)->minorUnits(), qint64(-167));
    QVERIFY(!a.checkedScaled(1, 0).has_value());
    const Money near = Money::fromMinor(std::numeric_limits<qint64>::max() - 1);
    QVERIFY(!near.checkedAdd(Money::fromMinor(2)).has_value());
    QVERIFY(!near.checkedScaled(3, 1).has_value());
    QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min())
                 .checkedSubtract(Money::fromMinor(1))
                 .has_value());
}

void TestMoney::roundingToStep()
{
    QCOMPARE(Money::fromMajor(187'643).roundedToMajorStep(500), Money::fromMajor(187'500));
    QCOMPARE(Money::fromMajor(187'750).roundedToMajorStep(500), Money::fromMajor(188'000));
    QCOMPARE(Money::fromMinor(18'764'399).roundedMajor(), qint64(187'644));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "TestMoney.moc"
