#include "SessionDocument.h"

#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NegotiationPanel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"
#include "SessionFile.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Anchorline {

SessionDocument::SessionDocument(MainWindow* window, QMenu* fileMenu, QAction* before)
    : QObject(window)
    , m_window(window)
    , m_autosaveTimer(new QTimer(this))
    , m_documentId(AutosaveStore::newDocumentId())
{
    addActions(fileMenu, before);
    // After each recompute (form, strategy, tone, language, target), so the workspace holds the new inputs.
    connect(m_window->workspace(), &OfferWorkspace::recomputed, this, &SessionDocument::updateModified);
    connect(m_window->negotiationPanel(), &NegotiationPanel::emailEdited, this,
            &SessionDocument::updateModified);
    connect(m_window, &MainWindow::notesHistoryEdited, this, &SessionDocument::updateModified);
    connect(m_window, &MainWindow::stockScenarioSettingsEdited, this, &SessionDocument::updateModified);
    m_autosaveTimer->setInterval(AutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &SessionDocument::autosave);
    m_autosaveTimer->start();
    m_clean = editedInputs();
    updateTitle();
}

// The snapshot stays on disk unless maybeClose() cleared it: after a crash that is what recovery reads.
SessionDocument::~SessionDocument() = default;

void SessionDocument::addActions(QMenu* fileMenu, QAction* before)
{
    const auto add = [&](const QString& text, const QString& name, const QKeySequence& shortcut) {
        auto* action = new QAction(text, fileMenu);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        fileMenu->insertAction(before, action);
        return action;
    };
    connect(add(tr("&New Session"), u"actionNewSession"_s, QKeySequence::New), &QAction::triggered, this,
            &SessionDocument::newSession);
    connect(add(tr("&Open Session…"), u"actionOpenSession"_s, QKeySequence::Open), &QAction::triggered, this,
            &SessionDocument::open);
    m_recentMenu = new QMenu(tr("Open &Recent"), fileMenu);
    m_recentMenu->setObjectName(u"menuRecentSessions"_s);
    fileMenu->insertMenu(before, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionDocument::fillRecentMenu);
    fillRecentMenu();
    fileMenu->insertSeparator(before);
    connect(add(tr("&Save Session"), u"actionSaveSession"_s, QKeySequence::Save), &QAction::triggered, this,
            &SessionDocument::save);
    // Not the platform's Save As: on Linux that is Ctrl+Shift+S, which saves the email as text.
    connect(add(tr("Save Session &As…"), u"actionSaveSessionAs"_s, QKeySequence(u"Ctrl+Shift+A"_s)),
            &QAction::triggered, this, &SessionDocument::saveAs);
    m_revertAction = add(tr("Re&vert"), u"actionRevertSession"_s, QKeySequence());
    connect(m_revertAction, &QAction::triggered, this, &SessionDocument::revert);
    fileMenu->insertSeparator(before);
}

void SessionDocument::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = Settings::get(Settings::Key::RecentSessions).toStringList();
    for (const QString& path : paths) {
        auto* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent sessions"))->setEnabled(false);
}

void SessionDocument::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = Settings::get(Settings::Key::RecentSessions).toStringList();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    Settings::set(Settings::Key::RecentSessions, QStringList(paths.mid(0, MaxRecentFiles)));
}

// The email text follows the inputs unless the person edits it, so only an edited email counts. Switching
// offers is no edit either: the negotiated and the competing offer count as a pair, in either order.
Session SessionDocument::editedInputs() const
{
    Session session = m_window->currentSession();
    if (!session.email.userEdited)
        session.email = {};
    if (session.competingOffer) {
        const int negotiated = session.negotiatedOffer;
        const int competing = *session.competingOffer;
        session.negotiatedOffer = std::min(negotiated, competing);
        session.competingOffer = std::max(negotiated, competing);
    } else {
        session.negotiatedOffer = 0;
    }
    return session;
}

// Modified means "differs from the file": typing a value and undoing it leaves the document clean.
void SessionDocument::updateModified()
{
    m_window->setWindowModified(!m_clean || *m_clean != editedInputs());
}

void SessionDocument::markClean()
{
    m_clean = editedInputs();
    m_window->setWindowModified(false);
}

// Switches to document `documentId`; the previous document's snapshot is no longer needed.
void SessionDocument::startDocument(const QString& documentId)
{
    if (documentId != m_documentId)
        m_autosave.clear(m_documentId);
    m_documentId = documentId;
}

void SessionDocument::setDocument(const Session& session, const QString& path)
{
    m_base = session;
    m_path = path;
    m_window->setSession(session);
    markClean();
    updateTitle();
}

bool SessionDocument::openFile(const QString& path)
{
    const auto loaded = SessionFile::load(path);
    if (!loaded.ok()) {
        showError(tr("Cannot Open Session"), loaded.error);
        return false;
    }
    if (loaded.session().offers.isEmpty()) {
        showError(tr("Cannot Open Session"), tr("%1: the session has no offer to show.").arg(path));
        return false;
    }
    startDocument(AutosaveStore::newDocumentId());
    // An upgraded file (a bare offer) is saved under a new name, so the original stays as it was.
    setDocument(loaded.session(), loaded.parsed.wasUpgraded() ? QString() : path);
    addRecentFile(path);
    emit fileOpened(QFileInfo(path).absoluteFilePath());
    return true;
}

Session SessionDocument::sessionToSave() const
{
    const Session edited = m_window->currentSession();
    if (m_base.offers.isEmpty())
        return edited;
    Session merged = m_base;
    merged.clientName = edited.clientName;
    merged.negotiation = edited.negotiation;
    merged.email = edited.email;
    merged.notes = edited.notes;
    merged.history = edited.history;
    merged.offers = edited.offers;
    merged.negotiatedOffer = edited.negotiatedOffer;
    merged.competingOffer = edited.competingOffer;
    return merged;
}

bool SessionDocument::saveFile(const QString& path)
{
    const Session session = sessionToSave();
    const auto result = SessionFile::save(session, path);
    if (!result.ok()) {
        showError(tr("Cannot Save Session"), result.error);
        return false;
    }
    m_base = session;
    m_path = path;
    m_autosave.clear(m_documentId);
    markClean();
    addRecentFile(path);
    updateTitle();
    return true;
}

bool SessionDocument::save()
{
    return m_path.isEmpty() ? saveAs() : saveFile(m_path);
}

bool SessionDocument::saveAs()
{
    const QString suggested = m_path.isEmpty() ? displayName() : m_path;
    QString path =
        FileDialog::getSaveFileName(m_window, tr("Save Session"), suggested,
                                    tr("Anchorline sessions (*.%1)").arg(SessionFile::fileSuffix()));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + SessionFile::fileSuffix();
    return saveFile(path);
}

void SessionDocument::newSession()
{
    if (!maybeSave())
        return;
    startDocument(AutosaveStore::newDocumentId());
    m_base = Session();
    m_path.clear();
    m_window->setInput(OfferForm::sampleInput());
    m_window->setNotesAndHistory(QString(), {});
    m_window->setStockScenarioSettings(StockScenarioSettings());
    markClean();
    updateTitle();
}

void SessionDocument::open()
{
    if (!maybeSave())
        return;
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Open Session"), QFileInfo(m_path).absolutePath(),
                                    tr("Anchorline sessions (*.%1)").arg(SessionFile::fileSuffix()));
    if (!path.isEmpty())
        openFile(path);
}

void SessionDocument::revert()
{
    if (m_path.isEmpty())
        return;
    if (m_window->isWindowModified() &&
        MessageBox::warning(m_window, tr("Revert Session"),
                            tr("Discard your changes and reload %1 as last saved?").arg(displayName()),
                            QMessageBox::Discard | QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    openFile(m_path); // a new document id: the changes' snapshot goes with the old one
}

bool SessionDocument::maybeSave()
{
    if (!m_window->isWindowModified())
        return true;
    const auto answer =
        MessageBox::warning(m_window, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(displayName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool SessionDocument::maybeClose()
{
    if (!maybeSave())
        return false;
    m_autosave.clear(m_documentId);
    return true;
}

void SessionDocument::autosave()
{
    if (!m_window->isWindowModified())
        return;
    const QString error = m_autosave.save(m_documentId, sessionToSave(), m_path);
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error));
}

void SessionDocument::offerRecovery()
{
    for (const auto& recovery : m_autosave.pendingRecoveries()) {
        if (!recovery.error.isEmpty())
            continue;
        const auto answer = MessageBox::warning(m_window, tr("Recover Session"), recovery.prompt(),
                                                QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_autosave.discard(recovery);
            continue;
        }
        const auto recovered = m_autosave.recover(recovery);
        if (!recovered.ok() || recovered.parsed.session->offers.isEmpty()) {
            showError(tr("Cannot Recover Session"), recovered.error);
            continue;
        }
        startDocument(recovery.documentId);
        setDocument(*recovered.parsed.session, recovered.originalPath);
        // Unsaved work: modified until it is saved, whatever is typed meanwhile.
        m_clean.reset();
        m_window->setWindowModified(true);
        return;
    }
}

QString SessionDocument::displayName() const
{
    return m_path.isEmpty() ? tr("untitled.%1").arg(SessionFile::fileSuffix()) : QFileInfo(m_path).fileName();
}

void SessionDocument::updateTitle()
{
    m_window->setWindowTitle(tr("%1[*] — Anchorline").arg(displayName()));
    m_revertAction->setEnabled(!m_path.isEmpty());
}

void SessionDocument::showError(const QString& title, const QString& error)
{
    m_lastError = error;
    MessageBox::warning(m_window, title, error);
}

} // namespace Anchorline
