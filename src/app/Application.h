#pragma once

#include <QApplication>

namespace Anchorline {

// The desktop application: names, icon, command line (--help, --version, --screenshot FILE.png).
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int& argc, char** argv);

    // Parses the command line and runs: shows the main window, or renders a screenshot and exits.
    int run();
};

} // namespace Anchorline
