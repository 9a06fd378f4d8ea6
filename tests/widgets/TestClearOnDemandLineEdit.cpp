#include "ClearOnDemandLineEdit.h"

#include <QApplication>
#include <QTest>
#include <QToolButton>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestClearOnDemandLineEdit : public QObject
{
    Q_OBJECT

private slots:
    void noClearButtonUntilReached();
    void focusAddsClearButton();
    void pointerAddsClearButton();
    void clearButtonClears();
};

void TestClearOnDemandLineEdit::noClearButtonUntilReached()
{
    QWidget window;
    auto* first = new QLineEdit(&window);
    auto* edit = new ClearOnDemandLineEdit(&window);
    edit->move(0, 40);
    edit->setText(u"Offer A"_s);
    first->setFocus();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!edit->isClearButtonEnabled());
}

void TestClearOnDemandLineEdit::focusAddsClearButton()
{
    QWidget window;
    auto* first = new QLineEdit(&window);
    auto* edit = new ClearOnDemandLineEdit(&window);
    edit->move(0, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    first->setFocus();
    QVERIFY(!edit->isClearButtonEnabled());
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(edit->isClearButtonEnabled());
}

void TestClearOnDemandLineEdit::pointerAddsClearButton()
{
    ClearOnDemandLineEdit edit;
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QApplication::sendEvent(&edit, &enter);
    QVERIFY(edit.isClearButtonEnabled());
}

// The button is Qt's own: it empties the field, which shows the offer's default name.
void TestClearOnDemandLineEdit::clearButtonClears()
{
    ClearOnDemandLineEdit edit;
    edit.setText(u"Offer A"_s);
    edit.setFocus();
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(&edit, &focusIn);
    auto* clearButton = edit.findChild<QToolButton*>();
    QVERIFY(clearButton);
    clearButton->click();
    QCOMPARE(edit.text(), QString());
}

QTEST_MAIN(TestClearOnDemandLineEdit)
#include "TestClearOnDemandLineEdit.moc"
