#pragma once

#include "NegotiationPlan.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class NegotiationPanel;
}

namespace Anchorline {

class OfferWorkspace;

// The right side of the main window: the strategies (the recommended one marked, with why), the target
// percentile, tone and language, the ask per component with its reasons, the warnings, and the email, phone
// script and ask-for-time email with Copy, Open in mail app and Save as text. Edits to the email are kept
// when the inputs change; a bar then offers to regenerate it. The panel only shows the workspace's results
// and passes the person's choices back to it.
class NegotiationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NegotiationPanel(QWidget* parent = nullptr);
    ~NegotiationPanel() override;

    void setWorkspace(OfferWorkspace* workspace);

    QString emailSubject() const;
    QString emailBody() const;
    // "Subject: …", a blank line and the body: what Copy and Save put out.
    QString emailText() const;
    // Shows an email the person wrote or edited earlier; it is kept until Regenerate.
    void setEditedEmail(const QString& subject, const QString& body);
    bool isEmailEdited() const { return m_emailEdited; }
    // The competing-offer chooser: "None" and every offer but the negotiated one.
    void setCompetingChoices(const QStringList& offerLabels, int negotiatedOffer,
                             std::optional<int> competingOffer);
    bool isRegenerateOffered() const;
    bool isBlocked() const;

public slots:
    void copyEmail();
    void openInMailApp();
    void saveAsText();
    void regenerate();

signals:
    // Enabled state of Copy and Open changed (blocked by a warning, or nothing to send).
    void sendableChanged(bool sendable);
    // The person picked a competing offer (an index into the session's offers) or none.
    void competingOfferChosen(std::optional<int> offerIndex);
    // The person edited the email, or Regenerate dropped their edits.
    void emailEdited();

private:
    void refresh();
    void showStrategies();
    void showAsk();
    void showWarnings();
    void showTexts();
    void setEmail(const QString& subject, const QString& body);
    void markEdited();
    void updateStaleBar();
    void updateActions();
    void addTip(const QString& title, const QString& text, const QStringList& stronger,
                const QString& buttonText, const std::function<void()>& apply);
    void setUpTips();

    std::unique_ptr<Ui::NegotiationPanel> m_ui;
    OfferWorkspace* m_workspace = nullptr;
    bool m_emailEdited = false;
    bool m_settingText = false;
    bool m_editCheckPending = false;
    // The email the inputs gave when the person started editing, to tell whether the inputs changed since.
    EmailDraft m_generatedEmail;
};

} // namespace Anchorline
