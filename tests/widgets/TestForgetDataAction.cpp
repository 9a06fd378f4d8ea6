#include "AutosaveStore.h"
#include "ForgetDataAction.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestForgetDataAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelKeepsEverything();
    void forgetRemovesAndStopsStoring();

private:
    // Answers the next modal message box with `button` once it is shown, recording its text.
    void answerNextBox(QMessageBox::StandardButton button, QString* text)
    {
        QTimer::singleShot(0, this, [button, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            *text = box->text();
            box->button(button)->click();
        });
    }
    QString configFile() const { return m_home.filePath(u"config/Anchorline/Anchorline.conf"_s); }
    QString autosaveFolder() const { return m_home.filePath(u"data/Anchorline/Anchorline/autosave"_s); }

    QTemporaryDir m_home;
};

void TestForgetDataAction::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The app's real directory layout, in a temporary home (before the first QSettings reads the paths).
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"Anchorline"_s);
    QCoreApplication::setApplicationName(u"Anchorline"_s);
    Settings::set(Settings::Key::Language, u"de"_s);
    Settings::set(Settings::Key::RecentSessions, QStringList{m_home.filePath(u"zoe.anchorline"_s)});
    QSettings().sync();
    QVERIFY(QFileInfo::exists(configFile()));
    // The settings hold the last session's pay figures: the user's only.
    QCOMPARE(QFileInfo(configFile()).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(AutosaveStore::defaultDirectory(), autosaveFolder());
    QVERIFY(QDir().mkpath(autosaveFolder()));
    QFile session(autosaveFolder() + u"/zoe.anchorline"_s); // a session the user saved there
    QVERIFY(session.open(QIODevice::WriteOnly));
    session.write("{}");
}

void TestForgetDataAction::cancelKeepsEverything()
{
    QWidget window;
    ForgetDataAction action(UserDataEraser::standard(), nullptr, &window);
    QString question;
    answerNextBox(QMessageBox::Cancel, &question);
    QVERIFY(!action.forget());
    QVERIFY2(
        question.startsWith(u"Anchorline will remove:\n• Settings (recent sessions, last session, window "
                            u"layout, language): "_s +
                            configFile() + u" (1 file(s), "_s),
        qPrintable(question));
    QVERIFY(QFileInfo::exists(configFile()));
    QCOMPARE(Settings::get(Settings::Key::Language).toString(), u"de"_s);
    QVERIFY(Settings::isStoring());
}

void TestForgetDataAction::forgetRemovesAndStopsStoring()
{
    AutosaveStore autosave;
    const QString documentId = AutosaveStore::newDocumentId();
    QCOMPARE(autosave.save(documentId, Session(), QString()), QString());
    const QString snapshot = autosaveFolder() + u'/' + documentId + u".anchorline-autosave"_s;
    QVERIFY(QFileInfo::exists(snapshot));

    QWidget window;
    ForgetDataAction action(UserDataEraser::standard(), &autosave, &window);
    QCOMPARE(action.text(), u"&Forget All Data…"_s);
    QString question;
    QString report;
    answerNextBox(QMessageBox::Yes, &question);
    QTimer::singleShot(50, this, [this, &report] { answerNextBox(QMessageBox::Ok, &report); });
    const auto result = action.forget();
    QVERIFY(result);
    QVERIFY(question.contains(u"\n• Autosave snapshots (crash recovery): "_s + autosaveFolder()));
    QVERIFY(question.contains(u"are kept"_s));
    QCOMPARE(result->removed.size(), 2);
    QVERIFY2(report.startsWith(u"Removed:\n• Settings"_s), qPrintable(report));
    QVERIFY(report.endsWith(u"Kept your session files:\n• "_s + autosaveFolder() + u"/zoe.anchorline"_s));

    QVERIFY(!QFileInfo::exists(configFile()));
    QVERIFY(!QFileInfo::exists(snapshot));
    QVERIFY(QFileInfo::exists(autosaveFolder() + u"/zoe.anchorline"_s));
    QCOMPARE(Settings::get(Settings::Key::Language).toString(), QString());
    // For the rest of the run nothing is written back: not the settings a closing window saves, not
    // autosaves.
    Settings::set(Settings::Key::MainWindowGeometry, QByteArray("geometry"));
    QSettings().sync();
    QVERIFY(!QFileInfo::exists(configFile()));
    QCOMPARE(autosave.save(documentId, Session(), QString()), QString());
    QVERIFY(!QFileInfo::exists(snapshot));
}

QTEST_MAIN(TestForgetDataAction)
#include "TestForgetDataAction.moc"
