#include "Application.h"
#include "AutosaveStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SessionDocument.h"

#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Runs the real `anchorline` executable, offscreen; offerFileOpensAsUntitledSession runs Application in
// process.
class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheOptions();
    void versionIsPrinted();
    void screenshotIsAPngOfTheWindowSize();
    void screenshotTakesASize();
    void badArgumentsExitWithTwo();
    void quitAfterFirstPaintExitsOnItsOwn();
    void offerFileOpensAsUntitledSession();

private:
    static QString program()
    {
        return qEnvironmentVariable("ANCHORLINE_BIN_DIR") + QStringLiteral("/anchorline");
    }
    static QProcess* run(QProcess& process, const QStringList& arguments)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Keep the app's QSettings out of the user's files.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           QDir::tempPath() + QStringLiteral("/anchorline-test-config"));
        process.setProcessEnvironment(environment);
        process.start(program(), arguments);
        process.waitForFinished(60'000);
        return &process;
    }
};

void TestApplication::helpListsTheOptions()
{
    QProcess process;
    run(process, {QStringLiteral("--help")});
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("--screenshot <FILE.png>")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("--session <FILE>")));
    QVERIFY(help.contains(QStringLiteral("--version")));
    QVERIFY(help.contains(QStringLiteral("--quit-after-first-paint")));
}

void TestApplication::versionIsPrinted()
{
    QProcess process;
    run(process, {QStringLiteral("--version")});
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QStringLiteral("Anchorline " ANCHORLINE_VERSION));
}

void TestApplication::screenshotIsAPngOfTheWindowSize()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("main.png"));
    QProcess process;
    run(process, {QStringLiteral("--screenshot"), path});
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QImage image(path, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1500, 920));
    // Not a blank frame: the window has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
}

void TestApplication::screenshotTakesASize()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("small.png"));
    QProcess process;
    run(process,
        {QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1280x800")});
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QImage(path, "PNG").size(), QSize(1280, 800));
}

void TestApplication::badArgumentsExitWithTwo()
{
    QTemporaryDir directory;
    QProcess badSize;
    run(badSize, {QStringLiteral("--screenshot"), directory.filePath(QStringLiteral("x.png")),
                  QStringLiteral("--size"), QStringLiteral("huge")});
    QCOMPARE(badSize.exitCode(), 2);
    QVERIFY(QString::fromUtf8(badSize.readAllStandardError()).contains(QStringLiteral("--size")));

    QProcess missingSession;
    run(missingSession,
        {QStringLiteral("--screenshot"), directory.filePath(QStringLiteral("y.png")),
         QStringLiteral("--session"), directory.filePath(QStringLiteral("missing.anchorline"))});
    QCOMPARE(missingSession.exitCode(), 2);
    QVERIFY(QString::fromUtf8(missingSession.readAllStandardError())
                .contains(QStringLiteral("missing.anchorline")));
    QVERIFY(!QFile::exists(directory.filePath(QStringLiteral("y.png"))));
}

// In process, with the app's own Application: `anchorline --session offer.json` upgrades the bare offer to a
// session, and saving must not write that session over the offer file, so the document has no path yet. A
// real session keeps its path.
void TestApplication::offerFileOpensAsUntitledSession()
{
    QTemporaryDir directory;
    const QString offerPath = directory.filePath(QStringLiteral("offer.json"));
    QVERIFY(QFile::copy(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/senior-swe-sanjose.json"),
                        offerPath));
    const QString sessionPath = directory.filePath(QStringLiteral("dana.anchorline"));
    QVERIFY(QFile::copy(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline"),
                        sessionPath));
    QFile offer(offerPath);
    QVERIFY(offer.open(QIODevice::ReadOnly));
    const QByteArray offerBytes = offer.readAll();
    offer.close();

    QStandardPaths::setTestModeEnabled(true);
    int argc = 1;
    char name[] = "anchorline";
    char* argv[] = {name, nullptr};
    Anchorline::Application app(argc, argv);
    QSettings().clear();
    for (const auto& recovery : Anchorline::AutosaveStore().pendingRecoveries())
        Anchorline::AutosaveStore().discard(recovery);

    // Runs the app with `arguments` and returns the document path and title its window started with.
    const auto startWith = [&](const QString& file) {
        QStringList seen;
        QTimer::singleShot(0, &app, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* window = qobject_cast<Anchorline::MainWindow*>(widget)) {
                    seen = QStringList{window->sessionDocument()->filePath(), window->windowTitle()};
                    Anchorline::MessageBox::setNextAnswer(QMessageBox::Discard);
                    window->close();
                }
            }
        });
        const int exitCode = app.run({QStringLiteral("anchorline"), QStringLiteral("--session"), file});
        return exitCode == 0 ? seen : QStringList{QStringLiteral("exit code %1").arg(exitCode)};
    };
    QCOMPARE(startWith(offerPath),
             (QStringList{QString(), QStringLiteral("untitled.anchorline[*] — Anchorline")}));
    QCOMPARE(startWith(sessionPath),
             (QStringList{sessionPath, QStringLiteral("dana.anchorline[*] — Anchorline")}));
    QVERIFY(offer.open(QIODevice::ReadOnly));
    QCOMPARE(offer.readAll(), offerBytes);
}

// The start-up benchmark's end point: the window is shown with the full dataset and the app leaves by itself
// (exit code 0) once the first frame is painted, well before waitForFinished() gives up.
void TestApplication::quitAfterFirstPaintExitsOnItsOwn()
{
    QProcess process;
    run(process, {QStringLiteral("--quit-after-first-paint")});
    QCOMPARE(process.state(), QProcess::NotRunning);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QTemporaryDir directory;
    QProcess missingSession;
    run(missingSession, {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--session"),
                         directory.filePath(QStringLiteral("missing.anchorline"))});
    QCOMPARE(missingSession.exitCode(), 2);
}

QTEST_APPLESS_MAIN(TestApplication)
#include "TestApplication.moc"
