#include "ClientDirectory.h"
#include "ClientFilterModel.h"
#include "ClientListWindow.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "MoneyLineEdit.h"
#include "NotesHistoryPanel.h"
#include "OfferForm.h"
#include "SessionDocument.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// The coach's client list: the sessions of a folder, search, opening through the session document, the
// last-opened dates and new clients.
class TestClientListWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsTheSessionsOfTheFolder();
    void searchFiltersAsYouType();
    void openingUpdatesLastOpened();
    void openingAsksAboutUnsavedChanges();
    void damagedSessionIsReported();
    void newClientCreatesASessionFile();
    void keyboard();
    void chooseFolderIsRemembered();
    void comingBackReadsTheFolderAgain();

private:
    QStringList visibleClients(const ClientListWindow& clients) const
    {
        QStringList names;
        for (int row = 0; row < clients.filterModel()->rowCount(); ++row)
            names.append(clients.filterModel()->index(row, ClientDirectory::ClientColumn).data().toString());
        return names;
    }
    static QLineEdit* searchEdit(const ClientListWindow& clients)
    {
        return clients.findChild<QLineEdit*>(u"searchEdit"_s);
    }
    static void search(const ClientListWindow& clients, const QString& text)
    {
        searchEdit(clients)->clear();
        QTest::keyClicks(searchEdit(clients), text);
    }
    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QDateTime lastOpened(const ClientListWindow& clients, const QString& name) const
    {
        for (const auto& entry : clients.directory()->entries()) {
            if (entry.filePath == path(name))
                return entry.lastOpened;
        }
        return {};
    }

    QTemporaryDir m_dir;
};

void TestClientListWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline"),
                        path(u"dana-okafor.anchorline"_s)));
    QFile::setPermissions(path(u"dana-okafor.anchorline"_s), QFile::ReadOwner | QFile::WriteOwner);
    Session nurse;
    nurse.clientName = u"Amélie Fournier"_s;
    nurse.notes = u"Registered nurses' union contract; night shifts."_s;
    nurse.offers.append({u"Hospital"_s, OfferForm::sampleInput().offer});
    QVERIFY(SessionFile::save(nurse, path(u"amelie.anchorline"_s)).ok());
    QFile damaged(path(u"broken.anchorline"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(R"({"app": "Anchorline", "schema": 9})");
}

void TestClientListWindow::init()
{
    QSettings().clear();
    Settings::set(Settings::Key::ClientFolder, m_dir.path());
}

void TestClientListWindow::listsTheSessionsOfTheFolder()
{
    MainWindow window(MarketStore::builtIn());
    auto* action = window.findChild<QAction*>(u"actionClients"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
    action->trigger();
    const ClientListWindow& clients = *window.clientListWindow();
    QVERIFY(clients.isVisible());
    QCOMPARE(clients.folder(), m_dir.path());
    QCOMPARE(visibleClients(clients), (QStringList{u"Amélie Fournier"_s, u"broken"_s, u"Dana Okafor"_s}));
    const auto* model = clients.filterModel();
    QCOMPARE(model->index(0, ClientDirectory::OffersColumn).data().toInt(), 1);
    QCOMPARE(model->index(1, ClientDirectory::OffersColumn).data().toString(), u"cannot open"_s);
    QCOMPARE(model->index(2, ClientDirectory::OffersColumn).data().toInt(), 2);
    QCOMPARE(model->index(2, ClientDirectory::LastOpenedColumn).data().toString(), QString());
    QCOMPARE(model->index(2, ClientDirectory::ModifiedColumn).data().toString(),
             QLocale().toString(QFileInfo(path(u"dana-okafor.anchorline"_s)).lastModified(),
                                QLocale::ShortFormat));
    QCOMPARE(clients.statusText(), u"3 client(s)"_s);
    // The file name column is left out (the tooltip has the path).
    QVERIFY(clients.findChild<QTableView*>(u"clientView"_s)->isColumnHidden(ClientDirectory::FileColumn));
}

void TestClientListWindow::searchFiltersAsYouType()
{
    MainWindow window(MarketStore::builtIn());
    window.clientListWindow()->showClients();
    const ClientListWindow& clients = *window.clientListWindow();
    search(clients, u"oka"_s);
    QCOMPARE(visibleClients(clients), QStringList{u"Dana Okafor"_s});
    QCOMPARE(clients.statusText(), u"1 of 3 client(s) match \"oka\""_s);
    search(clients, u"NURSE"_s); // the notes, any case
    QCOMPARE(visibleClients(clients), QStringList{u"Amélie Fournier"_s});
    search(clients, u"amelie"_s); // without the accent
    QCOMPARE(visibleClients(clients), QStringList{u"Amélie Fournier"_s});
    search(clients, u"contractor"_s);
    QCOMPARE(visibleClients(clients), QStringList());
    searchEdit(clients)->clear();
    QCOMPARE(visibleClients(clients).size(), 3);
}

void TestClientListWindow::openingUpdatesLastOpened()
{
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    {
        MainWindow window(MarketStore::builtIn());
        window.clientListWindow()->showClients();
        const ClientListWindow& clients = *window.clientListWindow();
        QVERIFY(!lastOpened(clients, u"dana-okafor.anchorline"_s).isValid());
        // Enter in the search field opens the selected (first matching) client.
        search(clients, u"dana"_s);
        QTest::keyClick(searchEdit(clients), Qt::Key_Return);
        QCOMPARE(window.sessionDocument()->filePath(), path(u"dana-okafor.anchorline"_s));
        QCOMPARE(window.offerForm()->offer().base, Money::fromMajor(182'000));
        const QDateTime opened = lastOpened(clients, u"dana-okafor.anchorline"_s);
        QVERIFY(opened >= before && opened <= QDateTime::currentDateTime());
        QCOMPARE(clients.filterModel()->index(0, ClientDirectory::LastOpenedColumn).data().toString(),
                 QLocale().toString(opened, QLocale::ShortFormat));

        // Opening by File ▸ Open counts too.
        FileDialog::setNextFileName(path(u"amelie.anchorline"_s));
        window.findChild<QAction*>(u"actionOpenSession"_s)->trigger();
        QVERIFY(lastOpened(clients, u"amelie.anchorline"_s) >= before);
    }
    // The dates are kept for the next start.
    const auto stored =
        ClientDirectory::lastOpenedFromVariant(Settings::get(Settings::Key::ClientLastOpened).toMap());
    QVERIFY(stored.value(path(u"dana-okafor.anchorline"_s)) >= before);
    MainWindow again(MarketStore::builtIn());
    again.clientListWindow()->showClients();
    QCOMPARE(lastOpened(*again.clientListWindow(), u"dana-okafor.anchorline"_s),
             stored.value(path(u"dana-okafor.anchorline"_s)));
}

void TestClientListWindow::openingAsksAboutUnsavedChanges()
{
    MainWindow window(MarketStore::builtIn());
    window.show();
    auto* base = window.offerForm()->findChild<MoneyLineEdit*>(u"baseEdit"_s);
    base->setFocus();
    base->selectAll();
    QTest::keyClicks(base, u"199000"_s);
    QTest::qWait(0);
    QVERIFY(window.isWindowModified());
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    search(clients, u"dana"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!clients.openClient(0));
    QCOMPARE(window.sessionDocument()->filePath(), QString());
    QCOMPARE(window.offerForm()->offer().base, Money::fromMajor(199'000));
    QVERIFY(!lastOpened(clients, u"dana-okafor.anchorline"_s).isValid());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(clients.openClient(0));
    QCOMPARE(window.sessionDocument()->filePath(), path(u"dana-okafor.anchorline"_s));
}

void TestClientListWindow::damagedSessionIsReported()
{
    MainWindow window(MarketStore::builtIn());
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    search(clients, u"broken"_s);
    const QByteArray bytes = fileBytes(path(u"broken.anchorline"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!clients.openClient(0));
    QCOMPARE(window.sessionDocument()->filePath(), QString());
    QCOMPARE(fileBytes(path(u"broken.anchorline"_s)), bytes);
}

void TestClientListWindow::newClientCreatesASessionFile()
{
    QTemporaryDir folder;
    Settings::set(Settings::Key::ClientFolder, folder.path());
    MainWindow window(MarketStore::builtIn());
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    QCOMPARE(clients.statusText(), u"No sessions in this folder yet: New Client… creates one."_s);

    const QString created = clients.createClient(u"  Zoë   Núñez "_s);
    QCOMPARE(created, folder.filePath(u"Zoë Núñez.anchorline"_s));
    QCOMPARE(QFile::permissions(created),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const auto loaded = SessionFile::load(created);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.session().clientName, u"Zoë Núñez"_s);
    QCOMPARE(loaded.session().offers.size(), 1);
    QCOMPARE(loaded.session().offers.front().offer.base, OfferForm::sampleInput().offer.base);
    // Listed and opened in the main window at once.
    QCOMPARE(visibleClients(clients), QStringList{u"Zoë Núñez"_s});
    QCOMPARE(window.sessionDocument()->filePath(), created);

    // Never overwrites: the same name gets a number; characters file systems refuse become "-".
    QCOMPARE(clients.createClient(u"Zoë Núñez"_s), folder.filePath(u"Zoë Núñez 2.anchorline"_s));
    QCOMPARE(clients.createClient(u"R&D: A/B"_s), folder.filePath(u"R&D- A-B.anchorline"_s));
    QCOMPARE(clients.createClient(u"   "_s), QString());
    QCOMPARE(clients.statusText(), u"Client name: enter the client's name."_s);
    QCOMPARE(clients.directory()->rowCount(), 3);
}

void TestClientListWindow::keyboard()
{
    MainWindow window(MarketStore::builtIn());
    window.show();
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    QVERIFY(QTest::qWaitForWindowActive(&clients));
    auto* view = clients.findChild<QTableView*>(u"clientView"_s);
    QCOMPARE(QApplication::focusWidget(), searchEdit(clients)); // ready to type
    QTest::keyClick(searchEdit(clients), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(&clients, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), searchEdit(clients));
    QTest::keyClick(searchEdit(clients), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view);
    // Enter in the list opens the current client.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().data().toString(), u"Dana Okafor"_s);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.sessionDocument()->filePath(), path(u"dana-okafor.anchorline"_s));
}

void TestClientListWindow::chooseFolderIsRemembered()
{
    Settings::reset(Settings::Key::ClientFolder);
    MainWindow window(MarketStore::builtIn());
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    QCOMPARE(clients.statusText(), u"Choose the folder that holds your clients' sessions (*.anchorline)."_s);
    QCOMPARE(clients.createClient(u"Dana"_s), QString()); // no folder yet
    FileDialog::setNextFileName(m_dir.path());
    QTest::mouseClick(clients.findChild<QPushButton*>(u"chooseFolderButton"_s), Qt::LeftButton);
    QCOMPARE(clients.folder(), m_dir.path());
    QCOMPARE(Settings::get(Settings::Key::ClientFolder).toString(), m_dir.path());
    QCOMPARE(clients.directory()->rowCount(), 3);
    // A folder that cannot be read says so.
    QCOMPARE(clients.setFolder(m_dir.filePath(u"gone"_s)),
             m_dir.filePath(u"gone"_s) + u": cannot read this folder"_s);
    QCOMPARE(clients.statusText(), m_dir.filePath(u"gone"_s) + u": cannot read this folder"_s);
}

void TestClientListWindow::comingBackReadsTheFolderAgain()
{
    QTemporaryDir folder;
    Settings::set(Settings::Key::ClientFolder, folder.path());
    MainWindow window(MarketStore::builtIn());
    window.show();
    window.clientListWindow()->showClients();
    ClientListWindow& clients = *window.clientListWindow();
    QVERIFY(QTest::qWaitForWindowActive(&clients));
    QCOMPARE(clients.directory()->rowCount(), 0);
    // Meanwhile the main window saves a session into the folder.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.notesHistoryPanel()->setNotesAndHistory(u"Saved from the main window"_s, {});
    QVERIFY(window.sessionDocument()->saveFile(folder.filePath(u"new.anchorline"_s)));
    clients.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&clients));
    // (The widget hears of its activation a moment after the window system.)
    QTRY_COMPARE(clients.directory()->rowCount(), 1);
    QCOMPARE(clients.directory()->entries().front().notes, u"Saved from the main window"_s);
}

QTEST_MAIN(TestClientListWindow)
#include "TestClientListWindow.moc"
