#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QWidget;

namespace Anchorline {

// Saves a chart (any widget, caption included) as a PNG at twice the screen resolution or as an SVG.
// Files are written atomically and readable by the user only (SessionFile::writePrivateFile): a failed write
// keeps the previous file.
class ChartExport
{
public:
    enum class Format
    {
        Png,
        Svg
    };

    static constexpr qreal PngDevicePixelRatio = 2.0;

    // By the file's suffix (case-insensitive); nullopt for anything but .png and .svg.
    static std::optional<Format> formatForPath(const QString& path);
    // The file-dialog filter: "PNG image (*.png);;SVG image (*.svg)" (translated).
    static QString fileDialogFilter();

    static QByteArray renderPng(QWidget* widget);
    static QByteArray renderSvg(QWidget* widget, const QString& title);

    // false and *error set (naming the file and the reason) on an unknown suffix or a write failure.
    static bool save(QWidget* widget, const QString& path, QString* error);
};

} // namespace Anchorline
