#include "WrappedLabel.h"

#include <QEvent>

namespace Anchorline {

namespace {

// Layouts ask for a handful of widths while the window is resized; more than this means a resize drag.
constexpr qsizetype MaxRememberedWidths = 16;

} // namespace

WrappedLabel::WrappedLabel(QWidget* parent)
    : WrappedLabel(QString(), parent)
{}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    // A layout with room to spare gives a label its size hint, which QLabel measures at a narrower, "golden
    // ratio" width: the text sits at the top of that height instead of floating in the middle of it.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

int WrappedLabel::heightForWidth(int width) const
{
    // QLabel::setText() is not virtual, so a changed text is noticed here.
    if (text() != m_measuredText || textFormat() != m_measuredFormat ||
        m_heights.size() >= MaxRememberedWidths) {
        m_heights.clear();
        m_measuredText = text();
        m_measuredFormat = textFormat();
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend())
        return *known;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace Anchorline
