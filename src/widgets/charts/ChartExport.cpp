#include "ChartExport.h"

#include "SessionFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::ChartExport", text);
}

} // namespace

std::optional<ChartExport::Format> ChartExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

QString ChartExport::fileDialogFilter()
{
    return tr("PNG image (*.png);;SVG image (*.svg)");
}

namespace {

// Charts lay out on posted events; a chart changed since the last event-loop pass would render stale.
void finishPendingLayout()
{
    QCoreApplication::sendPostedEvents();
}

} // namespace

QByteArray ChartExport::renderPng(QWidget* widget)
{
    finishPendingLayout();
    QImage image(widget->size() * PngDevicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PngDevicePixelRatio);
    image.fill(widget->palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray ChartExport::renderSvg(QWidget* widget, const QString& title)
{
    finishPendingLayout();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(), widget->size()));
    generator.setTitle(title);
    generator.setDescription(tr("Chart exported from Anchorline"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(), widget->size()), widget->palette().color(QPalette::Window));
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    return bytes;
}

bool ChartExport::save(QWidget* widget, const QString& path, QString* error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("%1: choose a file name ending in .png or .svg").arg(path);
        return false;
    }
    const QByteArray bytes =
        *format == Format::Png ? renderPng(widget) : renderSvg(widget, widget->windowTitle());
    // Atomic, private from the start, and a failed write (a full disk) is reported rather than committed.
    const QString writeError = SessionFile::writePrivateFile(path, bytes);
    if (error)
        *error = writeError;
    return writeError.isEmpty();
}

} // namespace Anchorline
