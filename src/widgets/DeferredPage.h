#pragma once

#include <QWidget>

#include <functional>

namespace Anchorline {

// A tab page whose content is built the first time the page is shown or asked for. The main window has
// eight chart tabs; building and laying out the hidden ones at start-up cost more than the whole window in
// view (issue 9's start-up benchmark), so only the tab in view is built.
class DeferredPage : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget*()>;

    explicit DeferredPage(Factory factory, QWidget* parent = nullptr);

    // The content, built now if it was not yet.
    QWidget* content();
    bool isBuilt() const { return m_content != nullptr; }

signals:
    // Once, right after the content was built and placed in the page.
    void built(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_content = nullptr;
};

} // namespace Anchorline
