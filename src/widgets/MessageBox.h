#pragma once

#include <QMessageBox>

namespace Anchorline {

// Modal message boxes with a test seam: setNextAnswer() makes the next call return at once with that button
// instead of waiting for a person (offscreen tests).
class MessageBox
{
public:
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);

    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);

    static void setNextAnswer(QMessageBox::StandardButton button);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons);
    static QMessageBox::StandardButton s_nextAnswer;
};

} // namespace Anchorline
