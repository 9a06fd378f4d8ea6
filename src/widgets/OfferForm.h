#pragma once

#include "FieldError.h"
#include "NegotiationInput.h"
#include "Offer.h"
#include "Session.h"

#include <QDate>
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

// The inputs on the left of the main window: the session's offers (the selected one field by field: role,
// level, place, pay, sign-on, equity and refreshers), which other offer competes with it, and the person's
// situation. Validates as the user types: a bad field is framed and its problem listed under the form, naming
// the field. Changes are announced once per event-loop turn, and only complete, valid inputs are announced.
// Every edit, including adding, duplicating, removing and renaming offers and choosing the competing one, is
// a step on the undo stack; switching offers is not, but undo returns to the offer an edit was made in.
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

    // Shows the offers of `session` (the negotiated one selected), its competing offer and the situation
    // fields, as new inputs: the undo history starts again. Requires at least one offer.
    void setSession(const Session& session);
    // Writes the offers, the negotiated (selected) and competing offer and the situation fields into
    // `session`; the other fields are left alone. The selected offer is the one last announced valid.
    void applyTo(Session& session) const;
    // As setSession() with `input.offer` as the only offer, or as offer 1 of 2 when it has a competing offer.
    void setInput(const NegotiationInput& input);
    // Writes the selected offer, its competing offer and the situation into `input`; the other fields are
    // left alone. Requires isValid().
    void applyTo(NegotiationInput& input) const;
    // Undo and redo of whole edits of the form (Edit ▸ Undo); each line edit also keeps its own undo.
    QUndoStack* undoStack() const { return m_undoStack; }
    // The selected offer as the fields show it.
    Offer offer() const;

    // The session's offers, the selected offer's entry as last announced.
    const QList<Session::OfferEntry>& offers() const { return m_offers; }
    int currentOffer() const { return m_current; }
    std::optional<int> competingOffer() const { return m_competing; }
    // Offers can be switched, added and duplicated while the inputs are valid; removed while there are two.
    bool canSwitchOffers() const { return isValid(); }
    bool canRemoveOffer() const { return m_offers.size() > 1; }

    bool isValid() const { return m_problems.isEmpty(); }
    // Every problem, each naming the field by its label.
    QList<FieldError> problems() const { return m_problems; }

public slots:
    // Shows offer `index`; it becomes the negotiated offer. When it was the competing offer, the offer shown
    // before competes with it instead. Ignored while the inputs are invalid.
    void selectOffer(int index);
    // A new offer for the same role, level, place, currency, start date and base, with no other pay yet.
    void addOffer();
    // A copy of the selected offer, labelled "… (copy)" when it has a label.
    void duplicateOffer();
    // Removes the selected offer (never the last one) and shows the one shown before it, else its neighbour.
    void removeOffer();
    // Puts the cursor into the selected offer's label.
    void focusLabel();
    // Uses offer `index` as the competing offer of the selected one; nullopt: none.
    void setCompetingOffer(std::optional<int> index);

signals:
    // Valid inputs changed (at most once per event-loop turn).
    void offerChanged(const Anchorline::Offer& offer);
    // Any input changed; the inputs may be invalid.
    void inputsChanged();
    void problemsChanged(const QList<Anchorline::FieldError>& problems);
    // The offers, their labels, the selected or the competing offer changed.
    void offersChanged();

private:
    // What the form edits, as a session holding only the form's parts.
    Session formState() const;
    void showState(const Session& state);
    void restoreState(const Session& state);
    void showOffer(const Session::OfferEntry& entry);
    // Switches to offer `index` after an edit of the list, recorded as one undo step called `undoText`.
    void changeOffers(int index, const QString& undoText);
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
    std::optional<Session> m_undoSnapshot;
    bool m_restoring = false;
    QString m_pendingUndoText; // the name of the next undo step when it is not a field edit
    QList<Session::OfferEntry> m_offers;
    int m_current = 0;
    std::optional<int> m_competing;
    std::optional<int> m_returnOffer; // the offer shown before the current one, for after removing it
    // The text and code of the last picked suggestion: the code applies while the text is unchanged.
    QString m_roleText;
    QString m_roleSoc;
    QString m_locationText;
    QString m_locationCode;
    // The date shown for an offer without a start date (a date edit cannot be empty): while the edit still
    // shows it, the offer keeps having none. Null when the offer has a start date.
    QDate m_startDateStandIn;
};

} // namespace Anchorline
