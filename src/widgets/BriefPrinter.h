#pragma once

#include "ReportExporter.h"
#include "Session.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QPrinter;

namespace Anchorline {

class MainWindow;
class MarketStore;

// Coach mode, the one-page offer brief of the window's session on paper and as PDF: File ▸ Print… (Ctrl+P,
// QPrintDialog), Print Preview… (QPrintPreviewDialog) and Export Brief as PDF…. The brief itself is
// ReportExporter's; what is printed is the session as it would be saved, edits included.
class BriefPrinter : public QObject
{
    Q_OBJECT

public:
    BriefPrinter(MainWindow* window, const MarketStore& store);

    // Adds the three actions to `fileMenu` before `before`, followed by a separator.
    void addActions(QMenu* fileMenu, QAction* before);

    // Draws the brief on `printer`'s current page. False when the session cannot be printed (its first
    // problem is shown and kept in lastError()).
    bool print(QPrinter* printer);
    QString lastError() const { return m_lastError; }

public slots:
    void printWithDialog();
    void showPreview();
    void exportPdf();

private:
    // The session to print, or nullopt (with the message shown) when its inputs do not validate.
    std::optional<Session> printableSession();
    ReportExporter exporter(const Session& session) const;

    MainWindow* m_window;
    const MarketStore& m_store;
    QString m_lastError;
};

} // namespace Anchorline
