#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace Anchorline {

// Text drawn at chart values (bar totals, marker labels, the top-code "≥ $239,200"), kept in place when the
// plot area moves. Labels of one overlay never overlap each other or its obstacles: a label that would is
// moved away from its point (up for labels above it, down otherwise), and labels are kept inside the plot
// area horizontally.
class ChartTextOverlay : public QObject
{
    Q_OBJECT

public:
    enum class Anchor
    {
        Above, // centred above the point
        Below, // centred below the point
        Right  // left-aligned to the right of the point
    };

    // The overlay and its text items belong to the chart and go with it.
    explicit ChartTextOverlay(QChart* chart);

    void clear();
    // `series` gives the axes the point is in.
    void addText(const QString& text, QPointF value, QAbstractSeries* series, Anchor anchor = Anchor::Above,
                 bool bold = false);
    // A spot labels keep clear of (e.g. a line's point marker): a square of `radius` pixels around the value.
    void addObstacle(QPointF value, QAbstractSeries* series, qreal radius);
    void setColor(const QColor& color);
    QStringList texts() const;
    // Recomputes the positions; called when the plot area changes and after addText().
    void reposition();

private:
    struct Label
    {
        QGraphicsSimpleTextItem* item = nullptr;
        QPointF value;
        QAbstractSeries* series = nullptr;
        Anchor anchor = Anchor::Above;
    };

    struct Obstacle
    {
        QPointF value;
        QAbstractSeries* series = nullptr;
        qreal radius = 0;
    };

    QChart* m_chart;
    QList<Label> m_labels;
    QList<Obstacle> m_obstacles;
    QColor m_color;
};

} // namespace Anchorline
