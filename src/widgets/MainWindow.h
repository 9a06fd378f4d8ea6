#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Anchorline {

// The one main window: the offer inputs on the left, the charts in the centre, the negotiation panel on the
// right. It only wires the parts together; the computing happens in the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace Anchorline
