#include "MoneyLineEdit.h"
#include "OfferForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline;

class TestOfferForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void startsWithTheSampleOffer();
    void typedBaseIsEmittedOnce();
    void badMoneyValueIsNamed();
    void customVestingIsValidated();
    void competingOfferOnlyWhenTicked();
    void inputRoundTrips();
    void editsCanBeUndoneAndRedone();

private:
    template <typename T> static T* field(OfferForm& form, const char* name)
    {
        auto* widget = form.findChild<T*>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

void TestOfferForm::startsWithTheSampleOffer()
{
    OfferForm form;
    QVERIFY(form.isValid());
    const Offer offer = form.offer();
    QCOMPARE(offer, OfferForm::sampleInput().offer);
    QCOMPARE(offer.base, Money::fromMajor(252'000));
    QCOMPARE(offer.equity.schedule.presetName(), QStringLiteral("standard-quarterly"));
    QVERIFY(!form.competingOffer());
}

void TestOfferForm::typedBaseIsEmittedOnce()
{
    OfferForm form;
    QTest::qWait(0);
    QSignalSpy spy(&form, &OfferForm::offerChanged);
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("187.5k"));
    QVERIFY(spy.isEmpty()); // announced on the next event-loop turn, once for the whole burst
    QTRY_COMPARE(spy.count(), 1);
    const auto offer = spy.front().front().value<Offer>();
    QCOMPARE(offer.base, Money::fromMinor(18'750'000));
    QCOMPARE(form.offer().base, Money::fromMajor(187'500));
}

void TestOfferForm::badMoneyValueIsNamed()
{
    OfferForm form;
    QTest::qWait(0);
    QSignalSpy offers(&form, &OfferForm::offerChanged);
    QSignalSpy problems(&form, &OfferForm::problemsChanged);
    auto* signOn = field<MoneyLineEdit>(form, "signOnEdit");
    retype(signOn, QStringLiteral("20k!"));
    QTRY_COMPARE(problems.count(), 1);
    QVERIFY(!form.isValid());
    QCOMPARE(form.problems().size(), 1);
    QCOMPARE(form.problems().front().field, QStringLiteral("Sign-on bonus"));
    auto* label = field<QLabel>(form, "problemsLabel");
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QStringLiteral("Sign-on bonus: ")));
    QVERIFY(signOn->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(offers.isEmpty()); // an invalid offer is never announced

    QTest::keyClick(signOn, Qt::Key_Backspace);
    QTRY_COMPARE(offers.count(), 1);
    QVERIFY(form.isValid());
    QVERIFY(label->isHidden());
    QCOMPARE(form.offer().signOn.amount, Money::fromMajor(20'000));
}

void TestOfferForm::customVestingIsValidated()
{
    OfferForm form;
    auto* vesting = field<QComboBox>(form, "vestingCombo");
    vesting->setCurrentIndex(vesting->findData(QStringLiteral("custom")));
    auto* custom = field<QLineEdit>(form, "customScheduleEdit");
    QVERIFY(!custom->isHidden());
    QSignalSpy offers(&form, &OfferForm::offerChanged);
    retype(custom, QStringLiteral("40/30/20"));
    QTRY_VERIFY(!form.isValid());
    QCOMPARE(form.problems().front().field, QStringLiteral("Vesting"));
    QVERIFY(form.problems().front().message.contains(QStringLiteral("90")));
    QTest::keyClicks(custom, QStringLiteral("/10"));
    QTRY_VERIFY(form.isValid());
    QCOMPARE(form.offer().equity.schedule.yearlyShares(), (QList<int>{4000, 3000, 2000, 1000}));
}

void TestOfferForm::competingOfferOnlyWhenTicked()
{
    OfferForm form;
    auto* group = field<QGroupBox>(form, "competingGroup");
    group->setChecked(true);
    QTRY_VERIFY(!form.isValid()); // the competing base is required once the group is ticked
    QCOMPARE(form.problems().front().field, QStringLiteral("Competing base salary"));
    retype(field<MoneyLineEdit>(form, "competingBaseEdit"), QStringLiteral("200k"));
    QTRY_VERIFY(form.isValid());
    QCOMPARE(form.competingOffer()->base, Money::fromMajor(200'000));
    group->setChecked(false);
    QTRY_VERIFY(form.isValid());
    QVERIFY(!form.competingOffer());
}

void TestOfferForm::inputRoundTrips()
{
    NegotiationInput input = OfferForm::sampleInput();
    input.offer.base = Money::fromMajor(150'000);
    input.offer.equity.schedule = *VestingSchedule::preset(u"5/15/40/40");
    input.competingOffer = input.offer;
    input.competingOffer->company = QStringLiteral("Contoso");
    input.competingOffer->base = Money::fromMajor(160'000);
    input.decisionDeadline = QDate(2026, 12, 1);
    input.baseCapped = true;
    input.recruiterName = QStringLiteral("Dana");
    OfferForm form;
    form.setInput(input);
    NegotiationInput read;
    form.applyTo(read);
    QCOMPARE(read.offer, input.offer);
    QCOMPARE(read.competingOffer->base, Money::fromMajor(160'000));
    QCOMPARE(read.competingOffer->company, QStringLiteral("Contoso"));
    QCOMPARE(read.decisionDeadline, QDate(2026, 12, 1));
    QVERIFY(read.baseCapped);
    QCOMPARE(read.recruiterName, QStringLiteral("Dana"));
    QVERIFY(!field<QComboBox>(form, "cadenceCombo")->isEnabled()); // 5/15/40/40 has its own cadences
}

void TestOfferForm::editsCanBeUndoneAndRedone()
{
    OfferForm form;
    QTest::qWait(0);
    auto* stack = form.undoStack();
    QCOMPARE(stack->count(), 0);
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("187.5k"));
    QTRY_COMPARE(stack->count(), 1);
    retype(field<QLineEdit>(form, "companyEdit"), QStringLiteral("Contoso"));
    QTRY_COMPARE(stack->count(), 2);

    QSignalSpy offers(&form, &OfferForm::offerChanged);
    stack->undo();
    QTRY_COMPARE(offers.count(), 1);
    QCOMPARE(form.offer().company, QStringLiteral("Northwind Robotics"));
    QCOMPARE(form.offer().base, Money::fromMajor(187'500));
    stack->undo();
    QTRY_COMPARE(offers.count(), 2);
    QCOMPARE(form.offer().base, Money::fromMajor(252'000));
    QCOMPARE(stack->count(), 2); // restoring records no new step
    stack->redo();
    QTRY_COMPARE(offers.count(), 3);
    QCOMPARE(form.offer().base, Money::fromMajor(187'500));

    form.setInput(OfferForm::sampleInput()); // new inputs start a new history
    QCOMPARE(stack->count(), 0);
}

QTEST_MAIN(TestOfferForm)
#include "TestOfferForm.moc"
