#pragma once

#include "charts/ChartExport.h"

#include <QDir>
#include <QString>
#include <QTest>

// With ANCHORLINE_SCREENSHOT_DIR set, tests save what they drew there as PNG for people to look at.
inline void saveChartPreview(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("ANCHORLINE_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QString error;
    if (!Anchorline::ChartExport::save(widget, QDir(directory).filePath(name + QStringLiteral(".png")),
                                       &error))
        qWarning("%s", qPrintable(error));
}
