#include "MoneyLineEdit.h"

#include "WarningColors.h"

#include <QAction>
#include <QEvent>
#include <QStyle>

namespace Anchorline {

MoneyLineEdit::MoneyLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_errorAction(new QAction(this))
{
    m_errorAction->setVisible(false);
    addAction(m_errorAction, QLineEdit::TrailingPosition);
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::textChanged, this, [this] {
        revalidate();
        emit moneyEdited();
    });
    revalidate();
}

void MoneyLineEdit::setFieldName(const QString& name)
{
    m_fieldName = name;
    setAccessibleName(name);
    revalidate();
}

void MoneyLineEdit::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    setPlaceholderText(allowed ? tr("none") : QString());
    revalidate();
}

void MoneyLineEdit::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    revalidate();
    emit moneyEdited();
}

Money MoneyLineEdit::moneyOrZero() const
{
    return m_money.value_or(Money::fromMinor(0, m_currency));
}

void MoneyLineEdit::setMoney(const Money& money)
{
    m_currency = money.currency();
    setText(m_emptyAllowed && money.isZero() ? QString() : money.toString(locale()));
}

bool MoneyLineEdit::isEmptyOrZero() const
{
    return !m_money || m_money->isZero();
}

QString MoneyLineEdit::errorText() const
{
    if (m_error.isEmpty())
        return {};
    return m_fieldName.isEmpty() ? m_error : tr("%1: %2").arg(m_fieldName, m_error);
}

void MoneyLineEdit::setHelpText(const QString& text)
{
    m_helpText = text;
    updateLook();
}

void MoneyLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}

void MoneyLineEdit::showEvent(QShowEvent* event)
{
    QLineEdit::showEvent(event);
    if (!isValid())
        loadErrorIcon();
}

// Only for a field shown with an error: the first theme icon look-up parses the icon theme's index, tens of
// milliseconds that a window opening with valid amounts need not spend before its first frame.
void MoneyLineEdit::loadErrorIcon()
{
    if (m_errorAction->icon().isNull())
        m_errorAction->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void MoneyLineEdit::revalidate()
{
    const QString input = text().trimmed();
    if (input.isEmpty()) {
        m_money = m_emptyAllowed ? std::optional(Money::fromMinor(0, m_currency)) : std::nullopt;
        m_error = m_emptyAllowed ? QString() : tr("enter an amount, e.g. 187,500 or 187.5k");
    } else {
        auto parsed = Money::parse(input, m_currency, Money::SignRule::NonNegative, locale());
        m_money = parsed.money;
        m_error = parsed.error;
    }
    updateLook();
}

void MoneyLineEdit::updateLook()
{
    const bool valid = isValid();
    if (!valid && isVisible())
        loadErrorIcon();
    m_errorAction->setVisible(!valid);
    m_errorAction->setToolTip(m_error);
    setToolTip(valid ? m_helpText : m_helpText + QStringLiteral("\n\n") + errorText());
    // Compared first: setting a style sheet sends a StyleChange, which calls this again.
    const QString styleSheetText =
        valid ? QString() : WarningColors::invalidFieldStyleSheet(QStringLiteral("QLineEdit"), palette());
    if (styleSheet() != styleSheetText)
        setStyleSheet(styleSheetText);
}

} // namespace Anchorline
