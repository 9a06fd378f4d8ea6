#pragma once

#include "FieldError.h"
#include "NegotiationInput.h"
#include "Offer.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QUndoStack;

namespace Ui {
class OfferForm;
}

namespace Anchorline {

class MoneyLineEdit;
class SearchSuggestionModel;

// The inputs on the left of the main window: role, level, place, the offer with its sign-on, equity and
// refreshers, an optional competing offer and the person's situation. Validates as the user types: a bad
// field is framed and its problem listed under the form, naming the field. Changes are announced once per
// event-loop turn, and only complete, valid inputs are announced as an offer.
class OfferForm : public QWidget
{
    Q_OBJECT

public:
    explicit OfferForm(QWidget* parent = nullptr);
    ~OfferForm() override;

    // A realistic first-run example: a senior software engineer offer in San Jose.
    static NegotiationInput sampleInput();

    // Typeahead for the role and location fields: the models search as the person types.
    void setRoleSuggestions(SearchSuggestionModel* model);
    void setLocationSuggestions(SearchSuggestionModel* model);
    // The tooltip of the level field: how levels map onto the market data.
    void setLevelExplanation(const QString& text);

    void focusFirstField();

    // Shows the offer, the competing offer and the situation fields of `input`, as new inputs: the undo
    // history starts again.
    void setInput(const NegotiationInput& input);
    // Undo and redo of whole edits of the form (Edit ▸ Undo); each line edit also keeps its own undo.
    QUndoStack* undoStack() const { return m_undoStack; }
    // Writes the form's offer, competing offer and situation into `input`; the other fields are left alone.
    // Requires isValid().
    void applyTo(NegotiationInput& input) const;
    Offer offer() const;
    std::optional<Offer> competingOffer() const;

    bool isValid() const { return m_problems.isEmpty(); }
    // Every problem, each naming the field by its label.
    QList<FieldError> problems() const { return m_problems; }

signals:
    // Valid inputs changed (at most once per event-loop turn).
    void offerChanged(const Anchorline::Offer& offer);
    // Any input changed; the inputs may be invalid.
    void inputsChanged();
    void problemsChanged(const QList<Anchorline::FieldError>& problems);

private:
    void showInput(const NegotiationInput& input);
    void restoreInput(const NegotiationInput& input);
    void recordUndoStep();
    void setUpFields();
    void setUpMoneyField(MoneyLineEdit* edit, const QString& fieldName, const QString& help,
                         bool emptyAllowed);
    void connectChanges();
    void scheduleChanged();
    void announceChanges();
    void revalidate();
    void updateVestingFields();
    void setCurrency(const QString& currency);
    void addTypeahead(QLineEdit* edit, SearchSuggestionModel* model, QString* chosenText,
                      QString* chosenCode);

    // The equity schedule the vesting fields describe, or an error message for them.
    std::optional<VestingSchedule> vestingSchedule(QString* error) const;
    Offer buildOffer() const;

    std::unique_ptr<Ui::OfferForm> m_ui;
    QList<MoneyLineEdit*> m_moneyFields;
    QList<FieldError> m_problems;
    bool m_changePending = false;
    bool m_loading = false;
    QUndoStack* m_undoStack;
    // The last valid inputs, the "before" of the next undo step; restoring one does not record a step.
    std::optional<NegotiationInput> m_undoSnapshot;
    bool m_restoring = false;
    // The text and code of the last picked suggestion: the code applies while the text is unchanged.
    QString m_roleText;
    QString m_roleSoc;
    QString m_locationText;
    QString m_locationCode;
};

} // namespace Anchorline
