#include "DeferredPage.h"

#include <QVBoxLayout>

namespace Anchorline {

DeferredPage::DeferredPage(Factory factory, QWidget* parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* DeferredPage::content()
{
    if (m_content)
        return m_content;
    m_content = m_factory();
    m_factory = nullptr;
    layout()->addWidget(m_content);
    setFocusProxy(m_content);
    // A layout shows a widget added to a visible parent only later, from the event loop; the page is in view
    // now, so its content must be in the same frame.
    if (isVisible())
        m_content->show();
    emit built(m_content);
    return m_content;
}

void DeferredPage::showEvent(QShowEvent* event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace Anchorline
