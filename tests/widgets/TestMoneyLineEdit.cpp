#include "MoneyLineEdit.h"

#include <QSignalSpy>
#include <QTest>

using namespace Anchorline;

class TestMoneyLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void acceptsShorthand_data();
    void acceptsShorthand();
    void badValueIsMarkedAndNamed();
    void emptyIsZeroOnlyWhenAllowed();
    void showsAmountsItCanReadBack();
};

void TestMoneyLineEdit::acceptsShorthand_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("k") << QStringLiteral("187.5k") << qint64(18'750'000);
    QTest::newRow("grouped") << QStringLiteral("187,500") << qint64(18'750'000);
    QTest::newRow("symbol") << QStringLiteral("$187,500") << qint64(18'750'000);
    QTest::newRow("cents") << QStringLiteral("1,234.56") << qint64(123'456);
}

void TestMoneyLineEdit::acceptsShorthand()
{
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    MoneyLineEdit edit;
    edit.setFieldName(QStringLiteral("Base salary"));
    QSignalSpy edited(&edit, &MoneyLineEdit::moneyEdited);
    QTest::keyClicks(&edit, typed);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.money()->minorUnits(), cents);
    QCOMPARE(edit.money()->currency(), QStringLiteral("USD"));
    QCOMPARE(edited.count(), typed.size());
    QVERIFY(edit.styleSheet().isEmpty());
}

void TestMoneyLineEdit::badValueIsMarkedAndNamed()
{
    MoneyLineEdit edit;
    edit.setFieldName(QStringLiteral("Base salary"));
    edit.setHelpText(QStringLiteral("Yearly base"));
    QTest::keyClicks(&edit, QStringLiteral("18x"));
    QVERIFY(!edit.isValid());
    QVERIFY(!edit.money());
    QVERIFY(edit.errorText().startsWith(QStringLiteral("Base salary: ")));
    QVERIFY(!edit.error().isEmpty());
    QVERIFY(edit.toolTip().startsWith(QStringLiteral("Yearly base")));
    QVERIFY(edit.toolTip().contains(edit.errorText()));
    QVERIFY(edit.styleSheet().contains(QStringLiteral("border")));
    // Fixing the text clears the mark.
    QTest::keyClick(&edit, Qt::Key_Backspace);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.money()->minorUnits(), qint64(1800));
    QCOMPARE(edit.toolTip(), QStringLiteral("Yearly base"));
    QVERIFY(edit.styleSheet().isEmpty());
}

void TestMoneyLineEdit::emptyIsZeroOnlyWhenAllowed()
{
    MoneyLineEdit required;
    required.setFieldName(QStringLiteral("Base salary"));
    QVERIFY(!required.isValid());
    QVERIFY(required.errorText().startsWith(QStringLiteral("Base salary: enter an amount")));

    MoneyLineEdit optional;
    optional.setEmptyAllowed(true);
    QVERIFY(optional.isValid());
    QVERIFY(optional.money()->isZero());
    QTest::keyClicks(&optional, QStringLiteral("-5"));
    QVERIFY(!optional.isValid());
}

void TestMoneyLineEdit::showsAmountsItCanReadBack()
{
    MoneyLineEdit edit;
    edit.setMoney(Money::fromMajor(185'000));
    QCOMPARE(edit.text(), QStringLiteral("$185,000"));
    QCOMPARE(edit.money(), Money::fromMajor(185'000));
    edit.setEmptyAllowed(true);
    edit.setMoney(Money::fromMajor(0));
    QVERIFY(edit.text().isEmpty());
}

QTEST_MAIN(TestMoneyLineEdit)
#include "TestMoneyLineEdit.moc"
