#include "Application.h"

#include "MainWindow.h"

#include <QCommandLineParser>
#include <QIcon>

namespace Anchorline {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("Anchorline"));
    setApplicationDisplayName(QStringLiteral("Anchorline"));
    setOrganizationName(QStringLiteral("Anchorline"));
    setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anchorline.svg")));
}

int Application::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate a job offer against market pay and draft the negotiation email."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*this);

    MainWindow window;
    window.show();
    return exec();
}

} // namespace Anchorline
