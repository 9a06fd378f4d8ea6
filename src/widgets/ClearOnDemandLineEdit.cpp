#include "ClearOnDemandLineEdit.h"

namespace Anchorline {

ClearOnDemandLineEdit::ClearOnDemandLineEdit(QWidget* parent)
    : QLineEdit(parent)
{}

void ClearOnDemandLineEdit::focusInEvent(QFocusEvent* event)
{
    addClearButton();
    QLineEdit::focusInEvent(event);
}

void ClearOnDemandLineEdit::enterEvent(QEnterEvent* event)
{
    addClearButton();
    QLineEdit::enterEvent(event);
}

void ClearOnDemandLineEdit::addClearButton()
{
    if (!isClearButtonEnabled())
        setClearButtonEnabled(true);
}

} // namespace Anchorline
