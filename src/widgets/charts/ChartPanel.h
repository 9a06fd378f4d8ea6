#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QAbstractAxis;

namespace Anchorline {

// The common frame of every chart: a QChartView with a caption below it (source and year, with a "details"
// link that asks for the data-sources dialog), a theme that follows the application palette (light or dark),
// antialiasing, and a context menu "Save chart as…" (PNG or SVG, see ChartExport).
// Qt Charts is deprecated after Qt 6.10: only the classes in this folder use it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // Colours the charts use for their series; each has a light- and a dark-palette shade.
    enum class SeriesColor
    {
        Base,
        Bonus,
        SignOn,
        Equity,
        Refresh,
        Offer,
        Ask,
        Median,
        Secondary
    };

    explicit ChartPanel(QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }

    // Plain text; a "details" link that emits dataSourcesRequested() is appended when `withDetailsLink`.
    void setCaption(const QString& text, bool withDetailsLink = true);
    QString captionText() const { return m_captionText; }

    // Saves chart and caption as PNG or SVG by the file's suffix; false and *error set on failure.
    bool saveAs(const QString& path, QString* error = nullptr);
    // Asks for a file name (FileDialog) and saves; a failure is shown in a message box.
    void saveWithDialog();

    bool isDarkTheme() const;
    QColor seriesColor(SeriesColor role) const;
    QColor textColor() const;

signals:
    void dataSourcesRequested();

protected:
    // Re-applies the palette to the chart, its axes and legend, then calls styleSeries().
    void applyTheme();
    // Subclasses colour their series here; called after every theme change.
    virtual void styleSeries() = 0;
    void changeEvent(QEvent* event) override;

private:
    void styleAxis(QAbstractAxis* axis) const;
    void showContextMenu(const QPoint& position);

    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_caption;
    QString m_captionText;
    bool m_applyingTheme = false;
};

} // namespace Anchorline
