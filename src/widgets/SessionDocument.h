#pragma once

#include "AutosaveStore.h"
#include "Session.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QTimer;

namespace Anchorline {

class MainWindow;

// The main window's inputs as a `.anchorline` file: File ▸ New, Open, Open Recent, Save, Save As and Revert,
// the window title with its modified marker, the unsaved-changes prompt, the autosave every minute and the
// crash recovery at start. Reading and writing is the core's (SessionFile, AutosaveStore).
class SessionDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int AutosaveIntervalMs = 60'000;
    static constexpr int MaxRecentFiles = 8;

    // Adds the file actions to `fileMenu` before `before`.
    SessionDocument(MainWindow* window, QMenu* fileMenu, QAction* before);
    ~SessionDocument() override;

    QString filePath() const { return m_path; } // empty: never saved
    // The last error shown to the user (file problems name the file), for tests.
    QString lastError() const { return m_lastError; }
    AutosaveStore& autosaveStore() { return m_autosave; }

    // Shows `session` as the document saved at `path` (unmodified).
    void setDocument(const Session& session, const QString& path);
    // Loads `path` without asking about unsaved changes; a damaged or too-new file is reported and untouched.
    bool openFile(const QString& path);
    bool saveFile(const QString& path);
    // Asks Save / Discard / Cancel when there are unsaved changes; false: the user cancelled.
    bool maybeSave();
    // maybeSave(), then removes the autosave snapshot (a clean close). False: keep the window open.
    bool maybeClose();
    // At start: offers each snapshot a crashed run left behind ("Recover unsaved session from 10:42?").
    void offerRecovery();
    // What the autosave timer does: a snapshot when there are unsaved changes.
    void autosave();
    // The session to write: the loaded file with the window's edits applied (all offers, notes, history, the
    // email), so what the window does not show (current pay, target) is kept.
    Session sessionToSave() const;

signals:
    // A session file was opened into the window (absolute path): the client list's "last opened".
    void fileOpened(const QString& path);

public slots:
    void newSession();
    void open();
    bool save();
    bool saveAs();
    void revert();

private:
    void addActions(QMenu* fileMenu, QAction* before);
    void fillRecentMenu();
    void addRecentFile(const QString& path);
    Session editedInputs() const;
    void updateModified();
    void markClean();
    void startDocument(const QString& documentId);
    void updateTitle();
    QString displayName() const;
    void showError(const QString& title, const QString& error);

    MainWindow* m_window;
    AutosaveStore m_autosave;
    QTimer* m_autosaveTimer;
    QMenu* m_recentMenu = nullptr;
    QAction* m_revertAction = nullptr;
    Session m_base; // the session as loaded or last saved
    QString m_path;
    QString m_documentId;
    QString m_lastError;
    std::optional<Session> m_clean; // the inputs as saved or loaded; none: modified whatever they are
};

} // namespace Anchorline
