#pragma once

#include "TranslationLoader.h"

#include <QApplication>

namespace Anchorline {

// The desktop application: names, icon and command line.
//   anchorline [SESSION.anchorline]             opens the window (with that session's inputs)
//   anchorline --screenshot FILE.png [--session SESSION] [--size WxH]
//                                                renders the main window offscreen to a PNG and exits
//   anchorline --export-report SESSION --pdf OUT.pdf
//                                                writes the session's one-page offer brief and exits
//   anchorline --quit-after-first-paint           starts as usual and exits once the window's first frame is
//                                                on the screen (the start-up benchmark, scripts/bench.sh)
class Application : public QApplication
{
    Q_OBJECT

public:
    // The window size of --screenshot unless --size says otherwise.
    static constexpr int ScreenshotWidth = 1500;
    static constexpr int ScreenshotHeight = 920;

    Application(int& argc, char** argv);

    // Parses `arguments` (argv as main() received it) and runs: shows the main window, or renders a
    // screenshot and exits. Exit codes: 0 success, 1 the screenshot could not be written, 2 bad arguments or
    // session file.
    int run(const QStringList& arguments);

private:
    TranslationLoader m_translations;
};

} // namespace Anchorline
