#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "NegotiationHistoryModel.h"
#include "NotesHistoryPanel.h"
#include "OfferForm.h"
#include "SessionDocument.h"
#include "SessionFile.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Anchorline;
using namespace Qt::StringLiterals;
using Outcome = Session::HistoryEntry::Outcome;

namespace {

// The German catalogue's words for a history cell's name.
class GermanCellNames : public QTranslator
{
public:
    QString translate(const char* /*context*/, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override
    {
        if (qstrcmp(sourceText, "History row %1, %2") == 0)
            return u"Verlauf, Zeile %1, %2"_s;
        if (qstrcmp(sourceText, "Date") == 0)
            return u"Datum"_s;
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The notes and history dock inside the main window: edits mark the document modified, undo, and go into
// the saved file.
class TestNotesHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editsRoundTripThroughSaveAndLoad();
    void badAmountIsRefusedWithTheFieldName();
    void cellNamesKeepTheTranslatedHeader();
    void undoTakesBackHistoryAndNotesEdits();
    void newSessionStartsWithoutNotes();
    void viewMenuShowsTheDock();
    void panelIsBuiltWhenFirstShown();

private:
    static QPlainTextEdit* notesEdit(const MainWindow& window)
    {
        return window.notesHistoryPanel()->findChild<QPlainTextEdit*>(u"notesEdit"_s);
    }
    static QPushButton* button(const MainWindow& window, const QString& name)
    {
        return window.notesHistoryPanel()->findChild<QPushButton*>(name);
    }
    QString copyOfDana(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline"),
                    path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestNotesHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestNotesHistoryPanel::editsRoundTripThroughSaveAndLoad()
{
    const QString path = copyOfDana(u"dana.anchorline"_s);
    MainWindow window(MarketStore::builtIn());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.sessionDocument()->openFile(path));
    auto* panel = window.notesHistoryPanel();
    QVERIFY(panel->notes().startsWith(u"Senior backend engineer, 7 years (payments)."_s));
    QCOMPARE(panel->history().size(), 1);
    QCOMPARE(panel->history().front().answerAmount, Money::fromMajor(10'000));
    QVERIFY(!window.isWindowModified());

    // Type at the end of the notes.
    notesEdit(window)->setFocus();
    notesEdit(window)->moveCursor(QTextCursor::End);
    QTest::keyClick(notesEdit(window), Qt::Key_Return);
    QTest::keyClicks(notesEdit(window), u"Called Nov 26: wants equity."_s);
    QVERIFY(window.isWindowModified());

    // Add a round: the "asked" cell opens for typing at once.
    QTest::mouseClick(button(window, u"addButton"_s), Qt::LeftButton);
    QCOMPARE(panel->history().size(), 2);
    auto* view = window.findChild<QTableView*>(u"historyView"_s);
    auto* model = panel->historyModel();
    auto* editor =
        qobject_cast<QLineEdit*>(view->indexWidget(model->index(1, NegotiationHistoryModel::AskedColumn)));
    QVERIFY(editor);
    QCOMPARE(QApplication::focusWidget(), editor);
    QTest::keyClicks(editor, u"Equity $80,000 over four years"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(0); // the delegate commits on the next pass of the event loop
    QCOMPARE(panel->history().at(1).asked, u"Equity $80,000 over four years"_s);
    QVERIFY(model->setData(model->index(1, NegotiationHistoryModel::DateColumn), QDate(2026, 11, 26)));
    QVERIFY(model->setData(model->index(1, NegotiationHistoryModel::AskedAmountColumn), u"80k"_s));
    QVERIFY(model->setData(model->index(1, NegotiationHistoryModel::AnswerColumn), u"Yes, $80,000"_s));
    QVERIFY(model->setData(model->index(1, NegotiationHistoryModel::AnswerAmountColumn), u"$80,000"_s));
    QVERIFY(model->setData(model->index(1, NegotiationHistoryModel::OutcomeColumn), int(Outcome::Accepted)));

    QVERIFY(window.sessionDocument()->saveFile(path));
    QVERIFY(!window.isWindowModified());
    const auto saved = SessionFile::load(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(saved.session().notes,
             u"Senior backend engineer, 7 years (payments). Two offers in hand; prefers Seattle.\n"
             "Northwind recruiter said base is \"firm\"; Contoso wants an answer by 4 December.\n"
             "Called Nov 26: wants equity."_s);
    QCOMPARE(saved.session().history.size(), 2);
    const auto& round = saved.session().history.at(1);
    QCOMPARE(round.date, QDate(2026, 11, 26));
    QCOMPARE(round.asked, u"Equity $80,000 over four years"_s);
    QCOMPARE(round.askedAmount, Money::fromMajor(80'000));
    QCOMPARE(round.answer, u"Yes, $80,000"_s);
    QCOMPARE(round.answerAmount, Money::fromMajor(80'000));
    QCOMPARE(round.outcome, Outcome::Accepted);
    QCOMPARE(round.currency, u"USD"_s);
    // The first round and both offers are kept as they were.
    QCOMPARE(saved.session().history.at(0).asked, u"Base $195,000 to match the Contoso offer"_s);
    QCOMPARE(saved.session().offers.size(), 2);

    MainWindow reopened(MarketStore::builtIn());
    QVERIFY(reopened.sessionDocument()->openFile(path));
    QCOMPARE(reopened.notesHistoryPanel()->history(), saved.session().history);
    QCOMPARE(reopened.notesHistoryPanel()->notes(), saved.session().notes);
    QCOMPARE(notesEdit(reopened)->toPlainText(), saved.session().notes);
    QVERIFY(!reopened.isWindowModified());
}

void TestNotesHistoryPanel::badAmountIsRefusedWithTheFieldName()
{
    MainWindow window(MarketStore::builtIn());
    auto* panel = window.notesHistoryPanel();
    panel->addRound();
    auto* model = panel->historyModel();
    QVERIFY(!model->setData(model->index(0, NegotiationHistoryModel::AnswerAmountColumn), u"ten grand"_s));
    QCOMPARE(panel->errorText(),
             u"History row 1, Answer amount: enter an amount such as 187500, 187,500 or 187.5k"_s);
    QCOMPARE(panel->history().front().answerAmount, std::nullopt);
    QVERIFY(model->setData(model->index(0, NegotiationHistoryModel::AnswerAmountColumn), u"12,500"_s));
    QCOMPARE(panel->errorText(), QString());
    QCOMPARE(panel->history().front().answerAmount, Money::fromMajor(12'500));
}

// The column is named as its header reads: lower-casing made German read "Verlauf, Zeile 2, datum".
void TestNotesHistoryPanel::cellNamesKeepTheTranslatedHeader()
{
    NegotiationHistoryModel model;
    model.setHistory({model.newEntry(QDate(2026, 11, 2)), model.newEntry(QDate(2026, 11, 9))});
    GermanCellNames german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString name = model.cellName(model.index(1, NegotiationHistoryModel::DateColumn));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(name, u"Verlauf, Zeile 2, Datum"_s);
}

void TestNotesHistoryPanel::undoTakesBackHistoryAndNotesEdits()
{
    MainWindow window(MarketStore::builtIn());
    window.show();
    QTest::qWait(0);
    auto* panel = window.notesHistoryPanel();
    QUndoStack* undo = window.offerForm()->undoStack();
    QVERIFY(!window.isWindowModified());

    panel->addRound();
    auto* model = panel->historyModel();
    auto* view = window.findChild<QTableView*>(u"historyView"_s);
    // Leave the opened cell as it is.
    QTest::keyClick(view->indexWidget(model->index(0, NegotiationHistoryModel::AskedColumn)), Qt::Key_Escape);
    QCOMPARE(panel->history().size(), 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(model->setData(model->index(0, NegotiationHistoryModel::AskedAmountColumn), u"195000"_s));
    QCOMPARE(undo->undoText(), u"Edit history"_s);
    undo->undo();
    QCOMPARE(panel->history().front().askedAmount, std::nullopt);
    QCOMPARE(undo->undoText(), u"Add round"_s);
    undo->undo();
    QCOMPARE(panel->history().size(), 0);
    QVERIFY(!window.isWindowModified()); // back to what the document was
    undo->redo();
    undo->redo();
    QCOMPARE(panel->history().front().askedAmount, Money::fromMajor(195'000));

    // Remove the round, then bring it back.
    view->setCurrentIndex(model->index(0, 0));
    QTest::mouseClick(button(window, u"removeButton"_s), Qt::LeftButton);
    QCOMPARE(panel->history().size(), 0);
    undo->undo();
    QCOMPARE(panel->history().front().askedAmount, Money::fromMajor(195'000));

    // A run of typing in the notes is one undo step.
    notesEdit(window)->setFocus();
    QTest::keyClicks(notesEdit(window), u"Prefers remote"_s);
    QCOMPARE(panel->notes(), u"Prefers remote"_s);
    QCOMPARE(undo->undoText(), u"Edit notes"_s);
    const int steps = undo->count();
    undo->undo();
    QCOMPARE(panel->notes(), QString());
    QCOMPARE(notesEdit(window)->toPlainText(), QString());
    undo->redo();
    QCOMPARE(notesEdit(window)->toPlainText(), u"Prefers remote"_s);
    QCOMPARE(undo->count(), steps);
}

void TestNotesHistoryPanel::newSessionStartsWithoutNotes()
{
    const QString path = copyOfDana(u"dana-new.anchorline"_s);
    MainWindow window(MarketStore::builtIn());
    QVERIFY(window.sessionDocument()->openFile(path));
    QVERIFY(!window.notesHistoryPanel()->notes().isEmpty());
    window.findChild<QAction*>(u"actionNewSession"_s)->trigger();
    QCOMPARE(window.notesHistoryPanel()->notes(), QString());
    QCOMPARE(window.notesHistoryPanel()->history().size(), 0);
    QVERIFY(!window.isWindowModified());
}

// The hidden dock's panel is not built at start-up (issue 9); a session's notes and history wait in the
// window and are saved from there until the dock is first shown.
void TestNotesHistoryPanel::panelIsBuiltWhenFirstShown()
{
    const QString path = copyOfDana(u"dana-lazy.anchorline"_s);
    MainWindow window(MarketStore::builtIn());
    QVERIFY(window.sessionDocument()->openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<NotesHistoryPanel*>());
    const auto saved = SessionFile::load(path);
    QVERIFY(saved.ok());
    QCOMPARE(window.currentSession().notes, saved.session().notes);
    QCOMPARE(window.currentSession().history, saved.session().history);
    QVERIFY(!window.isWindowModified());

    window.findChild<QAction*>(u"actionShowNotesHistory"_s)->trigger();
    auto* panel = window.findChild<NotesHistoryPanel*>();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->notes(), saved.session().notes);
    QCOMPARE(panel->history(), saved.session().history);
    QVERIFY(!window.isWindowModified());
}

void TestNotesHistoryPanel::viewMenuShowsTheDock()
{
    MainWindow window(MarketStore::builtIn());
    window.show();
    auto* action = window.findChild<QAction*>(u"actionShowNotesHistory"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+H"_s));
    QVERIFY(!window.notesHistoryPanel()->isVisible());
    action->trigger();
    QVERIFY(window.notesHistoryPanel()->isVisible());
    // Tab order inside the dock: notes, history, Add, Remove.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    notesEdit(window)->setFocus();
    QTest::keyClick(notesEdit(window), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window.findChild<QTableView*>(u"historyView"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button(window, u"addButton"_s));
}

QTEST_MAIN(TestNotesHistoryPanel)
#include "TestNotesHistoryPanel.moc"
