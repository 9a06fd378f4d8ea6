#pragma once

#include "Session.h"

#include <QWidget>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Ui {
class NotesHistoryPanel;
}

namespace Anchorline {

class NegotiationHistoryModel;

// Coach mode: the session's notes and its history of asks and answers (Session::notes, Session::history),
// shown in the main window's "Notes & history" dock. Edits go onto the undo stack it is given (the window's
// Edit ▸ Undo), and changed() tells the document that the session differs from its file.
class NotesHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesHistoryPanel(QWidget* parent = nullptr);
    ~NotesHistoryPanel() override;

    // Where edits are recorded; without one they are not undoable.
    void setUndoStack(QUndoStack* stack);

    // Shows a loaded session's notes and history (no undo step, no changed()).
    void setNotesAndHistory(const QString& notes, const QList<Session::HistoryEntry>& history);
    QString notes() const;
    const QList<Session::HistoryEntry>& history() const;
    // Writes the notes and the history into `session`.
    void applyTo(Session& session) const;

    NegotiationHistoryModel* historyModel() const { return m_model; }
    // The last refused edit ("History row 2, Asked amount: …"); empty after a good one.
    QString errorText() const;

public slots:
    // Appends a round dated today and starts editing what was asked.
    void addRound();
    void removeSelectedRound();

signals:
    void changed();

private:
    void recordNotesEdit();
    void setNotesText(const QString& text);
    void push(QUndoCommand* command);
    void showError(const QString& message);
    void updateButtons();

    std::unique_ptr<Ui::NotesHistoryPanel> m_ui;
    NegotiationHistoryModel* m_model;
    QUndoStack* m_undoStack = nullptr;
    QString m_notes;        // the notes as last recorded, the "before" of the next notes edit
    bool m_loading = false; // set while the panel itself changes the editors: no undo step for that
};

} // namespace Anchorline
