#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ClientListWindow;
}

namespace Anchorline {

class ClientDirectory;
class ClientFilterModel;
class SessionDocument;

// Coach mode, File ▸ Clients…: the sessions in a chosen folder, one row per client (name, offers, last
// opened, modified, notes), filtered as the coach types. Enter or a double-click opens the client in the main
// window through the session document (so unsaved changes are asked about first); "New Client…" creates a
// session file in the folder. The folder and the last-opened dates are kept in the settings; every session
// the window opens, by whatever menu, counts as opened.
class ClientListWindow : public QWidget
{
    Q_OBJECT

public:
    // A separate window owned by `parent` (the main window).
    ClientListWindow(SessionDocument* document, QWidget* parent);
    ~ClientListWindow() override;

    QString folder() const;
    // Shows the sessions in `folder` and remembers it; returns the error shown when it cannot be read.
    QString setFolder(const QString& folder);
    // Creates "<folder>/<name>.anchorline" (never overwriting a file: "Name 2.anchorline" …) holding the
    // sample offer under the client's name, then opens it in the main window. Returns the new file's path, or
    // an empty string with the reason in statusText().
    QString createClient(const QString& name);
    // Opens the client in row `row` of the list as shown (filtered and sorted).
    bool openClient(int row);

    ClientDirectory* directory() const { return m_directory; }
    ClientFilterModel* filterModel() const { return m_filter; }
    QString statusText() const;

public slots:
    // File ▸ Clients…: reads the folder the first time, then shows the window with the search field focused.
    void showClients();
    void refresh();
    void chooseFolder();
    void newClient();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Coming back to the window reads the folder again: sessions saved meanwhile show their new notes,
    // offers and dates.
    void changeEvent(QEvent* event) override;

private:
    void recordOpened(const QString& path);
    void fitColumns();
    void selectFirstRowIfNone();
    void updateStatus(const QString& error);
    void updateButtons();

    std::unique_ptr<Ui::ClientListWindow> m_ui;
    SessionDocument* m_document;
    ClientDirectory* m_directory;
    ClientFilterModel* m_filter;
    bool m_scanned = false;
};

} // namespace Anchorline
