#pragma once

#include "Money.h"

#include <QLineEdit>

#include <optional>

class QAction;

namespace Anchorline {

// A line edit for an amount of money. Accepts what Money::parse accepts ("187.5k", "187,500", "$187,500") and
// validates as the user types: a bad value gets a warning frame and icon, and the tooltip and errorText() say
// why, naming the field.
class MoneyLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyLineEdit(QWidget* parent = nullptr);

    // The field's name in messages: "Base salary".
    void setFieldName(const QString& name);
    QString fieldName() const { return m_fieldName; }
    // Empty text is allowed and means zero (optional fields such as a sign-on bonus).
    void setEmptyAllowed(bool allowed);
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }

    // The parsed amount; nullopt while the text is invalid. Empty text gives zero when empty is allowed.
    std::optional<Money> money() const { return m_money; }
    // Zero when invalid; for fields whose validity is checked separately.
    Money moneyOrZero() const;
    void setMoney(const Money& money);
    bool isEmptyOrZero() const;

    bool isValid() const { return m_error.isEmpty(); }
    // What is wrong with the text, without the field name; empty when valid.
    QString error() const { return m_error; }
    // "Base salary: …what was wrong…"; empty when valid.
    QString errorText() const;
    // Tooltip shown when the field is valid; the error is appended when it is not.
    void setHelpText(const QString& text);

signals:
    // The text changed and was re-validated (the amount or the validity may have changed).
    void moneyEdited();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void revalidate();
    void updateLook();
    void loadErrorIcon();

    QString m_fieldName;
    QString m_currency = Money::defaultCurrency();
    QString m_helpText;
    bool m_emptyAllowed = false;
    std::optional<Money> m_money;
    QString m_error;
    QAction* m_errorAction = nullptr;
};

} // namespace Anchorline
