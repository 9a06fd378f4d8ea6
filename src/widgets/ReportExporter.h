#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// Prints a session's one-page offer brief (OfferBriefReport) with the market band chart drawn offscreen and
// embedded as an image. The text stays text, so a PDF can be searched and copied from. Whatever the brief's
// length, it is scaled to fit one page.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::ReportExporter)

public:
    // Width of the brief's layout before it is scaled to the page, in document pixels.
    static constexpr int LayoutWidth = 680;
    static constexpr qreal PageMarginMillimetres = 12;

    // `session` must validate (Session::validate() empty) and hold at least one offer. `datasets`: the user's
    // imported datasets, looked up first as the window does (null: built-in data only).
    ReportExporter(const Session& session, const MarketStore& store,
                   std::shared_ptr<const DatasetLibrary> datasets, const QLocale& locale = QLocale(),
                   const QDate& today = QDate::currentDate());
    ~ReportExporter();

    // Letter where it is the usual paper (United States, Canada, Mexico and a few more), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale& locale);
    // Sets the brief's paper (pageSizeFor) and margins on a PDF writer or a printer.
    static void setUpPage(QPagedPaintDevice* device, const QLocale& locale);

    // The brief laid out LayoutWidth wide, chart image included.
    std::unique_ptr<QTextDocument> document() const;
    // Draws a brief from document() on the device's current page (a PDF writer, a printer), scaled to fit.
    static void paint(QTextDocument& brief, QPagedPaintDevice* device);
    // Writes a one-page PDF atomically (mode 0600). On failure returns false with *error naming the file.
    bool exportPdf(const QString& path, QString* error) const;

    enum class FileExportResult
    {
        Written,
        SessionRefused, // the session file could not be read, or holds no valid offer
        WriteFailed
    };
    // Loads a session file and writes its brief to `pdfPath`, with the bands of the user's imported datasets
    // (DatasetLibrary's default folder) where they cover an offer: what `anchorline --export-report` does.
    // Unless Written, *error names the file that could not be read or written, and no PDF is written.
    static FileExportResult exportSessionFile(const QString& sessionPath, const QString& pdfPath,
                                              QString* error);

private:
    Session m_session;
    const MarketStore& m_store;
    std::shared_ptr<const DatasetLibrary> m_datasets;
    QLocale m_locale;
    QDate m_today;
};

} // namespace Anchorline
