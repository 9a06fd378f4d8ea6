#pragma once

#include <QLineEdit>

namespace Anchorline {

// A line edit whose clear button is added when the user first reaches the field (focus or pointer), not when
// it is built. Qt fetches the button's icon from the icon theme, and the process's first theme look-up parses
// the theme's index and loads the image plug-ins: ≈ 29 M instructions that a window showing this field at
// start-up would spend before its first frame (issue 9).
class ClearOnDemandLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit ClearOnDemandLineEdit(QWidget* parent = nullptr);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void enterEvent(QEnterEvent* event) override;

private:
    void addClearButton();
};

} // namespace Anchorline
