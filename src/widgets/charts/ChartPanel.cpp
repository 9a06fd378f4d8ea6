#include "ChartPanel.h"

#include "ChartExport.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "MoneyAxis.h"
#include "WarningColors.h"
#include "WrappedLabel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Anchorline {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_caption(new WrappedLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumSize(320, 200);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The right margin leaves room for the last axis label, which Qt centres on the plot's edge.
    m_chart->setMargins(QMargins(6, 6, 28, 6));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->setContentsMargins(8, 0, 8, 4);
    connect(m_caption, &QLabel::linkActivated, this, &ChartPanel::dataSourcesRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartPanel::showContextMenu);
    // Money labels are fitted to the plot's width, so Qt Charts never elides them ("180...").
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plotArea) {
        const auto axes = m_chart->axes(Qt::Horizontal);
        for (QAbstractAxis* axis : axes) {
            if (auto* money = qobject_cast<MoneyAxis*>(axis))
                money->fitToLength(plotArea.width());
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
}

void ChartPanel::setCaption(const QString& text, bool withDetailsLink)
{
    m_captionText = text;
    QString html = text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    if (withDetailsLink)
        html += u" · <a href=\"sources\">"_s + tr("details").toHtmlEscaped() + u"</a>"_s;
    m_caption->setText(html);
    m_caption->setVisible(!text.isEmpty());
}

bool ChartPanel::saveAs(const QString& path, QString* error)
{
    return ChartExport::save(this, path, error);
}

bool ChartPanel::isDarkTheme() const
{
    return WarningColors::isDark(palette());
}

QColor ChartPanel::seriesColor(SeriesColor role) const
{
    // Colour-blind-safe hues (Okabe–Ito based); lighter shades on dark backgrounds keep the contrast.
    static constexpr std::array<std::pair<QRgb, QRgb>, 9> shades{{
        {0xff0b5ea8, 0xff5aa9f0}, // Base
        {0xff009e73, 0xff3ccf9f}, // Bonus
        {0xffd55e00, 0xffff9a4d}, // SignOn
        {0xff8e44ad, 0xffc792ea}, // Equity
        {0xffb8860b, 0xfff0c75e}, // Refresh
        {0xffc0392b, 0xffff6b5b}, // Offer
        {0xff1e8449, 0xff58d68d}, // Ask
        {0xff1b1b1b, 0xfff2f2f2}, // Median
        {0xff5d6d7e, 0xffaab7c4}, // Secondary
    }};
    const auto& [light, dark] = shades[static_cast<std::size_t>(role)];
    return QColor::fromRgba(isDarkTheme() ? dark : light);
}

QColor ChartPanel::textColor() const
{
    return palette().color(QPalette::WindowText);
}

void ChartPanel::applyTheme()
{
    m_applyingTheme = true;
    const QPalette colors = palette();
    m_chart->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(colors.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(colors.color(QPalette::WindowText));
    m_chart->legend()->setLabelColor(colors.color(QPalette::WindowText));
    m_chart->legend()->setFont(font());
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes)
        styleAxis(axis);
    styleSeries();
    m_applyingTheme = false;
}

void ChartPanel::styleAxis(QAbstractAxis* axis) const
{
    const QPalette colors = palette();
    axis->setLabelsFont(font());
    axis->setLabelsBrush(colors.color(QPalette::WindowText));
    axis->setTitleBrush(colors.color(QPalette::WindowText));
    axis->setLinePenColor(colors.color(QPalette::Mid));
    QColor grid = colors.color(QPalette::WindowText);
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_applyingTheme)
        applyTheme();
}

void ChartPanel::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as…"), this, &ChartPanel::saveWithDialog);
    menu.exec(m_view->mapToGlobal(position));
}

void ChartPanel::saveWithDialog()
{
    const QString suggested = QDir::home().filePath(tr("chart") + u".png"_s);
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save chart as"), suggested, ChartExport::fileDialogFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(path, &error))
        MessageBox::warning(this, tr("Chart not saved"), error);
}

} // namespace Anchorline
