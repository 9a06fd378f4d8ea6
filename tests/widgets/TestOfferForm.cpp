#include "LocationSearch.h"
#include "MarketStore.h"
#include "MoneyLineEdit.h"
#include "OfferForm.h"
#include "RoleSearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestOfferForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void startsWithTheSampleOffer();
    void sampleResolvesWithoutSearchIndexes();
    void typedBaseIsEmittedOnce();
    void badMoneyValueIsNamed();
    void customVestingIsValidated();
    void inputRoundTrips();
    void editsCanBeUndoneAndRedone();
    void offersAreAddedDuplicatedAndRemovedWithUndo();
    void eachOfferKeepsItsOwnFields();
    void undoReturnsToTheOfferTheEditWasMadeIn();
    void competingOfferIsAnotherOffer();
    void invalidInputsKeepTheOfferShown();

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
    QCOMPARE(form.offers().size(), 1);
    QCOMPARE(form.currentOffer(), 0);
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
    // The competing offer is the session's second offer.
    QCOMPARE(form.offers().size(), 2);
    QCOMPARE(form.competingOffer(), std::optional(1));
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

void TestOfferForm::offersAreAddedDuplicatedAndRemovedWithUndo()
{
    OfferForm form;
    QTest::qWait(0);
    auto* stack = form.undoStack();
    QSignalSpy offersChanged(&form, &OfferForm::offersChanged);

    form.addOffer();
    QTRY_COMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Add offer"));
    QCOMPARE(form.offers().size(), 2);
    QCOMPARE(form.currentOffer(), 1);
    // Same role, level, place and base; no company, bonus, sign-on or equity yet.
    const Offer added = form.offers().at(1).offer;
    QCOMPARE(added.base, Money::fromMajor(252'000));
    QCOMPARE(added.location, QStringLiteral("San Jose, CA"));
    QCOMPARE(added.level, CareerLevel::Senior);
    QVERIFY(added.company.isEmpty());
    QVERIFY(added.equity.grant.isZero());
    QCOMPARE(form.offers().at(1).displayLabel(1), QStringLiteral("Offer 2"));
    QVERIFY(offersChanged.count() > 0);

    retype(field<QLineEdit>(form, "companyEdit"), QStringLiteral("Contoso"));
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("240k"));
    QTRY_COMPARE(stack->count(), 2);
    QCOMPARE(form.offers().at(1).displayLabel(1), QStringLiteral("Offer 2 — Contoso"));

    field<QLineEdit>(form, "offerLabelEdit")->setText(QStringLiteral("Offer B — Contoso")); // not ASCII
    QTRY_COMPARE(stack->count(), 3);
    form.duplicateOffer();
    QTRY_COMPARE(stack->count(), 4);
    QCOMPARE(stack->undoText(), QStringLiteral("Duplicate offer"));
    QCOMPARE(form.offers().size(), 3);
    QCOMPARE(form.currentOffer(), 2);
    QCOMPARE(form.offers().at(2).label, QStringLiteral("Offer B — Contoso (copy)"));
    QCOMPARE(form.offers().at(2).offer.base, Money::fromMajor(240'000));

    form.removeOffer();
    QTRY_COMPARE(stack->count(), 5);
    QCOMPARE(stack->undoText(), QStringLiteral("Remove offer"));
    QCOMPARE(form.offers().size(), 2);
    QCOMPARE(form.currentOffer(), 1);
    QCOMPARE(form.offer().company, QStringLiteral("Contoso"));

    stack->undo(); // the copy is back and shown
    QTRY_COMPARE(form.offers().size(), 3);
    QCOMPARE(form.currentOffer(), 2);
    QCOMPARE(field<QLineEdit>(form, "offerLabelEdit")->text(), QStringLiteral("Offer B — Contoso (copy)"));
    stack->undo();
    stack->undo();
    stack->undo();
    stack->undo(); // back to the sample alone
    QTRY_COMPARE(form.offers().size(), 1);
    QCOMPARE(form.offer(), OfferForm::sampleInput().offer);
    QCOMPARE(stack->count(), 5);
    form.removeOffer(); // never the last one
    QTest::qWait(0);
    QCOMPARE(form.offers().size(), 1);
    QVERIFY(!form.canRemoveOffer());
}

void TestOfferForm::eachOfferKeepsItsOwnFields()
{
    OfferForm form;
    form.addOffer();
    QTest::qWait(0);
    retype(field<QLineEdit>(form, "locationEdit"), QStringLiteral("Austin, TX"));
    field<QComboBox>(form, "levelCombo")
        ->setCurrentIndex(
            field<QComboBox>(form, "levelCombo")->findData(static_cast<int>(CareerLevel::Staff)));
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("176,000"));
    QTRY_COMPARE(form.offers().at(1).offer.base, Money::fromMajor(176'000));

    form.selectOffer(0);
    QTest::qWait(0);
    QCOMPARE(form.currentOffer(), 0);
    QCOMPARE(form.offer(), OfferForm::sampleInput().offer);
    QCOMPARE(field<QLineEdit>(form, "locationEdit")->text(), QStringLiteral("San Jose, CA"));
    form.selectOffer(1);
    QTest::qWait(0);
    QCOMPARE(form.offer().location, QStringLiteral("Austin, TX"));
    QCOMPARE(form.offer().level, CareerLevel::Staff);
    QCOMPARE(form.offer().base, Money::fromMajor(176'000));

    Session session;
    form.applyTo(session);
    QCOMPARE(session.offers.size(), 2);
    QCOMPARE(session.negotiatedOffer, 1);
    QCOMPARE(session.offers.at(0).offer.location, QStringLiteral("San Jose, CA"));
}

void TestOfferForm::undoReturnsToTheOfferTheEditWasMadeIn()
{
    OfferForm form;
    form.addOffer();
    QTest::qWait(0);
    form.selectOffer(0);
    QTest::qWait(0);
    const int steps = form.undoStack()->count(); // switching records nothing
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("260k"));
    QTRY_COMPARE(form.undoStack()->count(), steps + 1);
    form.selectOffer(1);
    QTest::qWait(0);
    QCOMPARE(form.undoStack()->count(), steps + 1);

    form.undoStack()->undo();
    QTRY_COMPARE(form.currentOffer(), 0);
    QTRY_COMPARE(form.offer().base, Money::fromMajor(252'000));
    QCOMPARE(form.offers().at(1).offer.base, Money::fromMajor(252'000)); // offer 2 untouched
}

void TestOfferForm::competingOfferIsAnotherOffer()
{
    OfferForm form;
    form.addOffer();
    QTest::qWait(0);
    form.selectOffer(0);
    QTest::qWait(0);
    QSignalSpy offerChanged(&form, &OfferForm::offerChanged);
    form.setCompetingOffer(1);
    QTRY_COMPARE(offerChanged.count(), 1);
    QCOMPARE(form.undoStack()->undoText(), QStringLiteral("Choose competing offer"));
    NegotiationInput input;
    form.applyTo(input);
    QCOMPARE(input.competingOffer, form.offers().at(1).offer);
    form.setCompetingOffer(0); // not itself
    QCOMPARE(form.competingOffer(), std::optional(1));

    // Showing the competing offer makes the one shown before its competitor.
    form.selectOffer(1);
    QTest::qWait(0);
    QCOMPARE(form.currentOffer(), 1);
    QCOMPARE(form.competingOffer(), std::optional(0));
    form.removeOffer(); // removing offer 2 leaves offer 1 without a competitor
    QTest::qWait(0);
    QCOMPARE(form.competingOffer(), std::nullopt);
    form.undoStack()->undo();
    QTRY_COMPARE(form.offers().size(), 2);
    QCOMPARE(form.competingOffer(), std::optional(0));
}

void TestOfferForm::invalidInputsKeepTheOfferShown()
{
    OfferForm form;
    form.addOffer();
    QTest::qWait(0);
    retype(field<MoneyLineEdit>(form, "baseEdit"), QStringLiteral("abc"));
    QTRY_VERIFY(!form.isValid());
    QVERIFY(!form.canSwitchOffers());
    form.selectOffer(0);
    form.addOffer();
    QTest::qWait(0);
    QCOMPARE(form.currentOffer(), 1);
    QCOMPARE(form.offers().size(), 2);
    form.removeOffer(); // a broken offer can still be removed
    QCOMPARE(form.offers().size(), 1);
    QTRY_VERIFY(form.isValid());
    QCOMPARE(form.offer(), OfferForm::sampleInput().offer);
}

// The sample carries the code that picking the first role suggestion gives, and names a place the exact
// look-up knows: a first start needs neither search index before its first frame (issue 9).
void TestOfferForm::sampleResolvesWithoutSearchIndexes()
{
    const Offer sample = OfferForm::sampleInput().offer;
    const RoleSearch roles(MarketStore::builtIn());
    QCOMPARE(roles.search(sample.role, 1).front().soc, sample.roleSoc);
    QCOMPARE(sample.roleSoc, u"15-1252"_s);
    const LocationSearch places(MarketStore::builtIn());
    const auto place = places.placeNamed(sample.location);
    QVERIFY(place);
    QCOMPARE(place->code, u"41940"_s);
}

QTEST_MAIN(TestOfferForm)
#include "TestOfferForm.moc"
