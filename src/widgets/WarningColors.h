#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Anchorline {

// The few semantic colours the app draws itself (everything else follows the palette). Each has a light- and
// a dark-palette variant so the contrast holds in both.
namespace WarningColors {

enum class Severity
{
    Block,
    Warning,
    Info
};

bool isDark(const QPalette& palette);
// Frame and text colour for a severity.
QColor foreground(Severity severity, const QPalette& palette);
// A background that keeps palette text readable.
QColor background(Severity severity, const QPalette& palette);
// A red frame for an invalid input field of `widgetClass` ("QLineEdit").
QString invalidFieldStyleSheet(const QString& widgetClass, const QPalette& palette);

} // namespace WarningColors
} // namespace Anchorline
