#include "ReportExporter.h"

#include "ChartSeriesBuilder.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"
#include "OfferBriefReport.h"
#include "OfferWorkspace.h"
#include "SessionFile.h"
#include "charts/ChartExport.h"
#include "charts/MarketBandChart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

// The band chart as the window draws it, with the offer and the ask marked, rendered offscreen.
QImage renderBandChart(const OfferWorkspace& workspace)
{
    MarketBandChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    const bool askRaised = workspace.plan() && workspace.plan()->ask.base.isRaised();
    chart.showBand(*workspace.band(), workspace.input().offer.base,
                   askRaised ? std::optional(workspace.plan()->ask.base.asked) : std::nullopt);
    // No "details" link on paper; the figures' age as of the brief's date.
    chart.setCaption(ChartSeriesBuilder::bandSourceCaption(*workspace.band(), workspace.input().today),
                     false);
    // Drawn larger than it is shown, so that the axis labels have the room they have in the window.
    chart.resize(OfferBriefReport::BandChartSize * 3 / 2);
    chart.show();
    return QImage::fromData(ChartExport::renderPng(&chart), "PNG");
}

} // namespace

ReportExporter::ReportExporter(const Session& session, const MarketStore& store,
                               std::shared_ptr<const DatasetLibrary> datasets, const QLocale& locale,
                               const QDate& today)
    : m_session(session)
    , m_store(store)
    , m_datasets(std::move(datasets))
    , m_locale(locale)
    , m_today(today)
{}

ReportExporter::~ReportExporter() = default;

QPageSize ReportExporter::pageSizeFor(const QLocale& locale)
{
    static const QList<QLocale::Territory> letterTerritories{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico};
    return QPageSize(letterTerritories.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

std::unique_ptr<QTextDocument> ReportExporter::document() const
{
    const OfferBriefReport report(m_session, m_store, m_datasets, m_locale, m_today);
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    if (report.workspace().band())
        document->addResource(QTextDocument::ImageResource, QUrl(OfferBriefReport::bandChartUrl()),
                              renderBandChart(report.workspace()));
    document->setMetaInformation(QTextDocument::DocumentTitle, report.title());
    document->setHtml(report.toHtml());
    document->setTextWidth(LayoutWidth);
    return document;
}

void ReportExporter::setUpPage(QPagedPaintDevice* device, const QLocale& locale)
{
    device->setPageSize(pageSizeFor(locale));
    device->setPageMargins(
        QMarginsF(PageMarginMillimetres, PageMarginMillimetres, PageMarginMillimetres, PageMarginMillimetres),
        QPageLayout::Millimeter);
}

void ReportExporter::paint(QTextDocument& brief, QPagedPaintDevice* device)
{
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QSizeF size = brief.documentLayout()->documentSize();
    // Fill the page's width; a brief taller than the page is shrunk further so that it stays on one page.
    const qreal scale = std::min(page.width() / size.width(), page.height() / size.height());
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    brief.drawContents(&painter);
}

bool ReportExporter::exportPdf(const QString& path, QString* error) const
{
    const auto brief = document();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(u"Anchorline "_s + QStringLiteral(ANCHORLINE_VERSION));
        writer.setTitle(brief->metaInformation(QTextDocument::DocumentTitle));
        setUpPage(&writer, m_locale);
        paint(*brief, &writer);
    }
    const QString writeError = SessionFile::writePrivateFile(path, bytes);
    if (error)
        *error = writeError;
    return writeError.isEmpty();
}

ReportExporter::FileExportResult ReportExporter::exportSessionFile(const QString& sessionPath,
                                                                   const QString& pdfPath, QString* error)
{
    const auto loaded = SessionFile::load(sessionPath);
    QString problem = loaded.error;
    if (loaded.ok() && loaded.session().offers.isEmpty())
        problem = tr("%1: the session holds no offer to report on").arg(sessionPath);
    else if (loaded.ok() && !loaded.session().validate().isEmpty())
        problem = tr("%1: %2").arg(sessionPath, FieldError::joined(loaded.session().validate()));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return FileExportResult::SessionRefused;
    }
    return ReportExporter(loaded.session(), MarketStore::builtIn(), std::make_shared<const DatasetLibrary>())
                   .exportPdf(pdfPath, error)
               ? FileExportResult::Written
               : FileExportResult::WriteFailed;
}

} // namespace Anchorline
