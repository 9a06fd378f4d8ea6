#include "WarningColors.h"

namespace Anchorline::WarningColors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor foreground(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Block:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
    case Severity::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x8a, 0x5a, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x1f, 0x5f, 0x8b);
}

QColor background(Severity severity, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Block:
        return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xe7, 0xe7);
    case Severity::Warning:
        return dark ? QColor(0x45, 0x36, 0x10) : QColor(0xfd, 0xf3, 0xd7);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x14, 0x2f, 0x4a) : QColor(0xe3, 0xef, 0xfa);
}

QString invalidFieldStyleSheet(const QString& widgetClass, const QPalette& palette)
{
    return QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; padding: 1px; }")
        .arg(widgetClass, foreground(Severity::Block, palette).name());
}

} // namespace Anchorline::WarningColors
