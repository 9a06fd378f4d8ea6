#include "Application.h"

#include "DataFolder.h"
#include "FirstPaintQuit.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "ReportExporter.h"
#include "SessionDocument.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QIcon>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
int fail(int exitCode, const QString& message)
{
    QTextStream(stderr) << "anchorline: " << message << '\n';
    return exitCode;
}
// --export-report: exit codes as run() documents them.
int exportReport(const QString& sessionPath, const QString& pdfPath)
{
    if (pdfPath.isEmpty())
        return fail(2, Application::tr("--export-report needs --pdf OUT.pdf"));
    QString error;
    switch (ReportExporter::exportSessionFile(sessionPath, pdfPath, &error)) {
    case ReportExporter::FileExportResult::Written:
        return 0;
    case ReportExporter::FileExportResult::SessionRefused:
        return fail(2, error);
    case ReportExporter::FileExportResult::WriteFailed:
        return fail(1, error);
    }
    return 1;
}
} // namespace

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    DataFolder::setApplicationNames();
    setApplicationDisplayName(u"Anchorline"_s);
    setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));
    setDesktopFileName(u"io.github.anchorline.Anchorline"_s);
    setWindowIcon(QIcon(u":/icons/anchorline.svg"_s));
    // Before any widget or command-line help text exists, so all of them are translated; the settings need
    // the names above. An empty setting follows the system's languages.
    m_translations.load(Settings::get(Settings::Key::Language).toString());
    // The CLI's data folder of earlier builds (datasets, templates): moved into the shared one once. A
    // directory look-up when there is nothing to move.
    QTextStream(stderr) << DataFolder::migrateLegacy().report();
    // Without a configured locale (LANG unset, as under Xvfb or in CI) amounts would read "185000$"; the data
    // is American, so show them as in the United States.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

int Application::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate a job offer against market pay and draft the negotiation email.\n"
           "Everything runs locally; the app never uses the network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        tr("Render the main window offscreen to a PNG file and exit (with QT_QPA_PLATFORM=offscreen "
           "no display is needed)."),
        tr("FILE.png"));
    const QCommandLineOption sessionOption(u"session"_s, tr("Fill the inputs from a session or offer file."),
                                           tr("FILE"));
    const QCommandLineOption sizeOption(
        u"size"_s,
        tr("Window size for --screenshot (default %1x%2).").arg(ScreenshotWidth).arg(ScreenshotHeight),
        tr("WxH"));
    parser.addOptions({screenshotOption, sessionOption, sizeOption});
    const QCommandLineOption exportReportOption(
        u"export-report"_s, tr("Write the one-page offer brief of a session as a PDF (see --pdf) and exit."),
        tr("SESSION"));
    const QCommandLineOption pdfOption(u"pdf"_s, tr("The PDF file --export-report writes."), tr("OUT.pdf"));
    parser.addOptions({exportReportOption, pdfOption});
    const QCommandLineOption quitAfterFirstPaintOption(
        u"quit-after-first-paint"_s,
        tr("Start as usual and exit as soon as the main window's first frame is on the screen (for start-up "
           "benchmarks)."));
    parser.addOption(quitAfterFirstPaintOption);
    parser.addPositionalArgument(u"session"_s, tr("A session (.anchorline) or offer file to open."),
                                 tr("[FILE]"));
    parser.process(arguments);
    if (parser.isSet(exportReportOption))
        return exportReport(parser.value(exportReportOption), parser.value(pdfOption));

    QString sessionPath = parser.value(sessionOption);
    if (sessionPath.isEmpty() && !parser.positionalArguments().isEmpty())
        sessionPath = parser.positionalArguments().front();
    std::optional<Session> session;
    QString documentPath = sessionPath;
    if (!sessionPath.isEmpty()) {
        const auto loaded = SessionFile::load(sessionPath);
        if (!loaded.ok())
            return fail(2, loaded.error);
        session = loaded.session();
        // As File ▸ Open does: an upgraded file (a bare offer) becomes an untitled session, so that Save asks
        // for a name instead of writing a session over the offer file.
        if (loaded.parsed.wasUpgraded())
            documentPath.clear();
    }

    if (!parser.isSet(screenshotOption)) {
        // The file asked for, else the inputs of the last run.
        MainWindow window(MarketStore::builtIn(), session ? session : MainWindow::lastSession(),
                          documentPath);
        window.restoreSettings();
        if (parser.isSet(quitAfterFirstPaintOption))
            FirstPaintQuit::install(&window);
        window.show();
        window.sessionDocument()->offerRecovery();
        return exec();
    }

    QSize size(ScreenshotWidth, ScreenshotHeight);
    if (parser.isSet(sizeOption)) {
        const auto match = QRegularExpression(u"^(\\d{3,4})x(\\d{3,4})$"_s).match(parser.value(sizeOption));
        if (!match.hasMatch())
            return fail(2, tr("--size takes WIDTHxHEIGHT in pixels, e.g. 1500x920, not \"%1\"")
                               .arg(parser.value(sizeOption)));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    MainWindow window(MarketStore::builtIn());
    if (session)
        window.setSession(*session);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    // Let the queued input announcements, layouts and chart redraws run before grabbing.
    for (int round = 0; round < 3; ++round)
        processEvents();
    const QString path = parser.value(screenshotOption);
    // The window shows pay figures: written like every such file, atomically and for the user only.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!window.grab().save(&buffer, "PNG") || !SessionFile::writePrivateFile(path, png).isEmpty())
        return fail(1, tr("could not write the screenshot to %1").arg(path));
    return 0;
}

} // namespace Anchorline
