#include "BriefPrinter.h"

#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OfferWorkspace.h"
#include "SessionDocument.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Anchorline {

BriefPrinter::BriefPrinter(MainWindow* window, const MarketStore& store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{}

void BriefPrinter::addActions(QMenu* fileMenu, QAction* before)
{
    const auto add = [&](const QString& text, const QString& name, const QKeySequence& shortcut,
                         const QString& toolTip) {
        auto* action = new QAction(text, fileMenu);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(toolTip);
        fileMenu->insertAction(before, action);
        return action;
    };
    connect(
        add(tr("&Print Brief…"), u"actionPrintBrief"_s, QKeySequence::Print,
            tr("Print the one-page offer brief: inputs, market band, years, the ask, the email, sources")),
        &QAction::triggered, this, &BriefPrinter::printWithDialog);
    connect(add(tr("Print Pre&view…"), u"actionPrintPreview"_s, QKeySequence(),
                tr("See the printed offer brief before printing it")),
            &QAction::triggered, this, &BriefPrinter::showPreview);
    connect(add(tr("&Export Brief as PDF…"), u"actionExportBriefPdf"_s, QKeySequence(),
                tr("Save the one-page offer brief as a PDF file (readable only by you)")),
            &QAction::triggered, this, &BriefPrinter::exportPdf);
    fileMenu->insertSeparator(before);
}

std::optional<Session> BriefPrinter::printableSession()
{
    const Session session = m_window->sessionDocument()->sessionToSave();
    const auto problems = session.validate();
    m_lastError = session.offers.isEmpty() ? tr("The session has no offer to print.")
                  : problems.isEmpty()     ? QString()
                                           : tr("Check %1 first.").arg(problems.front().toString());
    if (m_lastError.isEmpty())
        return session;
    MessageBox::warning(m_window, tr("Cannot Print the Brief"), m_lastError);
    return std::nullopt;
}

ReportExporter BriefPrinter::exporter(const Session& session) const
{
    // The window's imported datasets: the brief shows the figures the window shows.
    return ReportExporter(session, m_store, m_window->workspace()->sharedDatasetLibrary());
}

bool BriefPrinter::print(QPrinter* printer)
{
    const auto session = printableSession();
    if (!session)
        return false;
    const auto brief = exporter(*session).document();
    printer->setDocName(brief->metaInformation(QTextDocument::DocumentTitle));
    ReportExporter::paint(*brief, printer);
    return true;
}

void BriefPrinter::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    ReportExporter::setUpPage(&printer, QLocale());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Offer Brief"));
    if (dialog.exec() == QDialog::Accepted && print(&printer))
        m_window->statusBar()->showMessage(tr("The offer brief went to %1.").arg(printer.printerName()),
                                           5000);
}

void BriefPrinter::showPreview()
{
    if (!printableSession())
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportExporter::setUpPage(&printer, QLocale());
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Offer Brief — Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &BriefPrinter::print);
    preview.exec();
}

void BriefPrinter::exportPdf()
{
    const auto session = printableSession();
    if (!session)
        return;
    const QString sessionPath = m_window->sessionDocument()->filePath();
    const QString folder = sessionPath.isEmpty() ? QDir::homePath() : QFileInfo(sessionPath).absolutePath();
    const QString name = session->clientName.trimmed().isEmpty()
                             ? tr("offer-brief.pdf")
                             : tr("%1 — offer brief.pdf").arg(session->clientName.trimmed());
    QString path = FileDialog::getSaveFileName(m_window, tr("Export Brief as PDF"),
                                               QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    QString error;
    if (!exporter(*session).exportPdf(path, &error)) {
        m_lastError = error;
        MessageBox::warning(m_window, tr("Cannot Export the Brief"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Offer brief saved as %1").arg(QDir::toNativeSeparators(path)),
                                       5000);
}

} // namespace Anchorline
