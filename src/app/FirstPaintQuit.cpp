#include "FirstPaintQuit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace Anchorline {

FirstPaintQuit::FirstPaintQuit(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

void FirstPaintQuit::install(QWidget* window)
{
    Q_ASSERT(window->isWindow());
    QCoreApplication::instance()->installEventFilter(new FirstPaintQuit(window));
}

bool FirstPaintQuit::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_quitPosted && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        const QWindow* handle = m_window->windowHandle();
        if (handle && handle->isExposed()) {
            m_quitPosted = true;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Anchorline
