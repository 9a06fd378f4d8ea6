#include "AutosaveStore.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "NegotiationPanel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"
#include "OffersStrip.h"
#include "Session.h"
#include "SessionDocument.h"
#include "SessionDocumentFixture.h"
#include "SessionFile.h"
#include "charts/StockScenarioView.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestSessionDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveWritesAPrivateFileThatReopens();
    void typingMarksModifiedAndSavingClearsIt();
    void revertRestoresTheSavedValue();
    void damagedFileIsReportedAndLeftAlone();
    void crashSnapshotIsRecoveredAtStart();
    void threeOffersSurviveSaveAndReopen();
    void editingTheEmailMarksModified();
    void stockScenariosAreSavedWithTheSession();
    void offerWithoutStartDateIsNotEditedByShowingIt();

private:
    static void trigger(const MainWindow& window, const QString& actionName)
    {
        auto* action = window.findChild<QAction*>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        action->trigger();
    }
    QTemporaryDir m_dir;
};

void TestSessionDocument::initTestCase()
{
    SessionDocumentFixture::initTestCase(m_dir);
}

void TestSessionDocument::saveWritesAPrivateFileThatReopens()
{
    const QString path = m_dir.filePath(u"client.anchorline"_s);
    {
        MainWindow window(MarketStore::builtIn());
        SessionDocumentFixture::retypeBase(window, u"187500"_s);
        FileDialog::setNextFileName(path);
        trigger(window, u"actionSaveSession"_s);
        QCOMPARE(window.sessionDocument()->filePath(), path);
        QCOMPARE(window.windowTitle(), u"client.anchorline[*] — Anchorline"_s);
    }
    QVERIFY(QFile::exists(path));
    // Mode 0600: Qt reports the owner's bits twice (Owner and User), group and others have none.
    QCOMPARE(QFile::permissions(path),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    MainWindow reopened(MarketStore::builtIn());
    FileDialog::setNextFileName(path);
    trigger(reopened, u"actionOpenSession"_s);
    QTest::qWait(0);
    QCOMPARE(reopened.offerForm()->offer().base, Money::fromMajor(187'500));
    QCOMPARE(reopened.workspace()->input().offer.base, Money::fromMajor(187'500));
    QVERIFY(!reopened.isWindowModified());
}

void TestSessionDocument::typingMarksModifiedAndSavingClearsIt()
{
    MainWindow window(MarketStore::builtIn());
    QTest::qWait(0);
    QVERIFY(!window.isWindowModified());
    SessionDocumentFixture::retypeBase(window, u"191000"_s);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.sessionDocument()->saveFile(m_dir.filePath(u"modified.anchorline"_s)));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(SessionFile::load(m_dir.filePath(u"modified.anchorline"_s)).session().offers.front().offer.base,
             Money::fromMajor(191'000));
}

void TestSessionDocument::revertRestoresTheSavedValue()
{
    MainWindow window(MarketStore::builtIn());
    SessionDocumentFixture::retypeBase(window, u"176000"_s);
    QVERIFY(window.sessionDocument()->saveFile(m_dir.filePath(u"revert.anchorline"_s)));
    SessionDocumentFixture::retypeBase(window, u"199999"_s);
    QVERIFY(window.isWindowModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    trigger(window, u"actionRevertSession"_s);
    QTest::qWait(0);
    QCOMPARE(window.offerForm()->offer().base, Money::fromMajor(176'000));
    QVERIFY(!window.isWindowModified());
}

void TestSessionDocument::damagedFileIsReportedAndLeftAlone()
{
    const QString path = m_dir.filePath(u"damaged.anchorline"_s);
    const QByteArray damaged = R"({"schema": 1, "offers": [{"base": )";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    MainWindow window(MarketStore::builtIn());
    QTest::qWait(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.sessionDocument()->openFile(path));
    QVERIFY2(window.sessionDocument()->lastError().contains(u"damaged.anchorline"_s),
             qPrintable(window.sessionDocument()->lastError()));
    QCOMPARE(window.offerForm()->offer().base, OfferForm::sampleInput().offer.base);
    QVERIFY(window.sessionDocument()->filePath().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    QVERIFY(!QFile::exists(SessionFile::backupPath(path)));
}

void TestSessionDocument::crashSnapshotIsRecoveredAtStart()
{
    Session session;
    session.clientName = u"Dana"_s;
    NegotiationInput input = OfferForm::sampleInput();
    input.offer.base = Money::fromMajor(203'400);
    session.offers.append({u"Offer A"_s, input.offer});
    {
        AutosaveStore crashed; // destroyed without clear(): what a crash leaves behind
        QVERIFY(crashed.save(AutosaveStore::newDocumentId(), session, QString()).isEmpty());
    }
    MainWindow window(MarketStore::builtIn());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.sessionDocument()->offerRecovery();
    QTest::qWait(0);
    QCOMPARE(window.offerForm()->offer().base, Money::fromMajor(203'400));
    QVERIFY(window.isWindowModified());
    // A clean close removes the snapshot: the next start offers nothing.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.sessionDocument()->maybeClose());
    QVERIFY(AutosaveStore().pendingRecoveries().isEmpty());
}

void TestSessionDocument::threeOffersSurviveSaveAndReopen()
{
    const QString path = m_dir.filePath(u"three.anchorline"_s);
    {
        MainWindow window(MarketStore::builtIn());
        QVERIFY(window.sessionDocument()->openFile(
            QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/three-offers.anchorline")));
        QTest::qWait(0);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.offersStrip()->tabBar()->count(), 3);

        // Adding an offer is an edit; taking it back leaves the document as the file has it.
        trigger(window, u"actionNewOffer"_s);
        QTest::qWait(0);
        QVERIFY(window.isWindowModified());
        trigger(window, u"actionRemoveOffer"_s);
        QTest::qWait(0);
        QVERIFY(!window.isWindowModified());

        // Showing the competing offer is no edit (it swaps places with offer A); negotiating offer C is.
        window.offersStrip()->tabBar()->setCurrentIndex(1);
        QTest::qWait(0);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.offerForm()->competingOffer(), std::optional(0));
        window.offersStrip()->tabBar()->setCurrentIndex(0);
        window.offersStrip()->tabBar()->setCurrentIndex(2);
        QTest::qWait(0);
        QVERIFY(window.isWindowModified());
        trigger(window, u"actionRenameOffer"_s);
        window.offerForm()
            ->findChild<QLineEdit*>(u"offerLabelEdit"_s)
            ->setText(u"Offer C — Fabrikam (Austin)"_s);
        QTest::qWait(0);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(!window.isWindowModified());
    }
    const auto saved = SessionFile::load(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    const Session& session = saved.session();
    QCOMPARE(session.offers.size(), 3);
    QCOMPARE(session.offers.at(0).label, u"Offer A — Northwind Robotics"_s);
    QCOMPARE(session.offers.at(2).label, u"Offer C — Fabrikam (Austin)"_s);
    QCOMPARE(session.offers.at(2).offer.base, Money::fromMajor(176'000));
    QCOMPARE(session.offers.at(2).offer.level, CareerLevel::Staff);
    QCOMPARE(session.negotiatedOffer, 2); // the offer shown when saved
    QCOMPARE(session.competingOffer, std::optional(1));
    QCOMPARE(session.clientName, u"Sam Whitfield"_s);
    QCOMPARE(session.target.base, std::optional(Money::fromMajor(195'000))); // not shown, kept

    MainWindow reopened(MarketStore::builtIn());
    QVERIFY(reopened.sessionDocument()->openFile(path));
    QTest::qWait(0);
    const QTabBar* tabs = reopened.offersStrip()->tabBar();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), u"Offer A — Northwind Robotics"_s);
    QCOMPARE(tabs->tabText(1), u"⇄ Offer B — Contoso Cloud"_s);
    QCOMPARE(tabs->tabText(2), u"Offer C — Fabrikam (Austin)"_s);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(reopened.workspace()->input().offer.company, u"Fabrikam Data"_s);
    QVERIFY(!reopened.isWindowModified());
}

void TestSessionDocument::editingTheEmailMarksModified()
{
    const QString path = m_dir.filePath(u"email.anchorline"_s);
    {
        MainWindow window(MarketStore::builtIn());
        QTest::qWait(0);
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(!window.isWindowModified());
        auto* body = window.negotiationPanel()->findChild<QPlainTextEdit*>(u"bodyEdit"_s);
        body->appendPlainText(u"P.S. I can start on the 11th."_s);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(!window.isWindowModified());
        window.negotiationPanel()->regenerate(); // dropping the edits is a change as well
        QVERIFY(window.isWindowModified());
    }
    const auto saved = SessionFile::load(path);
    QVERIFY(saved.session().email.userEdited);
    QVERIFY(saved.session().email.body.endsWith(u"P.S. I can start on the 11th."_s));
    MainWindow reopened(MarketStore::builtIn());
    QVERIFY(reopened.sessionDocument()->openFile(path));
    QTest::qWait(0);
    QVERIFY(reopened.negotiationPanel()->isEmailEdited());
    QVERIFY(reopened.negotiationPanel()->emailBody().endsWith(u"P.S. I can start on the 11th."_s));
    QVERIFY(!reopened.isWindowModified());
}

// The growth rates and the private discount go into the session file and come back with it.
void TestSessionDocument::stockScenariosAreSavedWithTheSession()
{
    const QString path = m_dir.filePath(u"scenarios.anchorline"_s);
    {
        MainWindow window(MarketStore::builtIn());
        QVERIFY(!window.isWindowModified());
        window.stockScenarioView()->growthSpinBox(2)->setValue(45);
        window.stockScenarioView()->discountSpinBox()->setValue(70);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.sessionDocument()->saveFile(path));
        QVERIFY(!window.isWindowModified());
    }
    const StockScenarioSettings saved = SessionFile::load(path).session().stockScenarios;
    QCOMPARE(saved.scenarios.at(2).growthBasisPoints, 4'500);
    QCOMPARE(saved.scenarios.at(0).growthBasisPoints, -3'000);
    QCOMPARE(saved.privateDiscountBasisPoints, 7'000);

    MainWindow reopened(MarketStore::builtIn());
    QVERIFY(reopened.sessionDocument()->openFile(path));
    QCOMPARE(reopened.stockScenarioView()->growthSpinBox(2)->value(), 45);
    QCOMPARE(reopened.stockScenarioView()->settings().privateDiscountBasisPoints, 7'000);
    QVERIFY(!reopened.isWindowModified());
    // A new session starts from the defaults again.
    trigger(reopened, u"actionNewSession"_s);
    QCOMPARE(reopened.stockScenarioView()->growthSpinBox(2)->value(), 30);
}

// An offer without a start date shows today's date; selecting it in the offers strip is no edit, and saving
// does not give it one.
void TestSessionDocument::offerWithoutStartDateIsNotEditedByShowingIt()
{
    const QString path = m_dir.filePath(u"no-start-date.anchorline"_s);
    Session session;
    const Offer dated = OfferForm::sampleInput().offer;
    Offer undated = dated;
    undated.company = u"Fabrikam"_s;
    undated.startDate = QDate();
    session.offers = {{u"Offer A"_s, dated}, {u"Offer B"_s, undated}};
    QVERIFY(SessionFile::save(session, path).ok());

    MainWindow window(MarketStore::builtIn());
    QVERIFY(window.sessionDocument()->openFile(path));
    QTest::qWait(0);
    QVERIFY(!window.isWindowModified());
    window.offersStrip()->tabBar()->setCurrentIndex(1);
    QTest::qWait(0);
    QCOMPARE(window.offerForm()->offer().company, u"Fabrikam"_s);
    QVERIFY(!window.isWindowModified());
    window.offersStrip()->tabBar()->setCurrentIndex(0);
    QTest::qWait(0);
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.sessionDocument()->saveFile(path));
    QCOMPARE(SessionFile::load(path).session().offers.at(1).offer.startDate, QDate());
}

QTEST_MAIN(TestSessionDocument)
#include "TestSessionDocument.moc"
