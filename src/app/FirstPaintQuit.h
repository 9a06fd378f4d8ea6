#pragma once

#include <QObject>

class QWidget;

namespace Anchorline {

// Ends the event loop (exit code 0) right after a top-level widget's first frame has reached its window on
// the screen. `anchorline --quit-after-first-paint` and the start-up benchmark's baseline window (bench/)
// both use it, so both are measured to the same point.
//
// When the frame is on the screen: Qt Widgets paints a top-level window in one pass once its platform window
// is exposed (QWidgetRepaintManager::sync on the Expose or UpdateRequest event): every widget of the window
// that shows through gets its QEvent::Paint (parents before children; a parent wholly covered by opaque
// children, such as a QMainWindow around a chart view, gets none), then the backing store is flushed to the
// platform window (under X11 a PutImage/SHM request; Qt closes the display at shutdown with XCloseDisplay,
// whose final XSync waits until the server has processed it, before the process ends). The filter watches the
// whole application for the first Paint of any widget of the window while the window is exposed, and posts
// the exit as a queued call: it is delivered only after the event that caused the paint has returned, that is
// after the whole frame has been painted and flushed. Exiting the loop (rather than closing the window) keeps
// closeEvent() handlers, such as saving settings, out of the measurement, so every run starts from the same
// files.
class FirstPaintQuit : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (a top-level widget, which owns the filter); call before showing it.
    static void install(QWidget* window);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintQuit(QWidget* window);

    QWidget* m_window;
    bool m_quitPosted = false;
};

} // namespace Anchorline
