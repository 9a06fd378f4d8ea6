#include "ChartTextOverlay.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

namespace Anchorline {

namespace {
constexpr qreal LabelGap = 4;
}

ChartTextOverlay::ChartTextOverlay(QChart* chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartTextOverlay::reposition);
}

void ChartTextOverlay::clear()
{
    for (const Label& label : std::as_const(m_labels))
        delete label.item;
    m_labels.clear();
    m_obstacles.clear();
}

void ChartTextOverlay::addText(const QString& text, QPointF value, QAbstractSeries* series, Anchor anchor,
                               bool bold)
{
    auto* item = new QGraphicsSimpleTextItem(text, m_chart);
    QFont font = m_chart->font();
    font.setBold(bold);
    item->setFont(font);
    item->setBrush(m_color);
    item->setZValue(20);
    m_labels.append({item, value, series, anchor});
    reposition();
}

void ChartTextOverlay::addObstacle(QPointF value, QAbstractSeries* series, qreal radius)
{
    m_obstacles.append({value, series, radius});
    reposition();
}

void ChartTextOverlay::setColor(const QColor& color)
{
    m_color = color;
    for (const Label& label : std::as_const(m_labels))
        label.item->setBrush(color);
}

QStringList ChartTextOverlay::texts() const
{
    QStringList result;
    for (const Label& label : m_labels)
        result.append(label.item->text());
    return result;
}

void ChartTextOverlay::reposition()
{
    const QRectF plot = m_chart->plotArea();
    QList<QRectF> placed;
    for (const Obstacle& obstacle : std::as_const(m_obstacles)) {
        const QPointF centre = m_chart->mapToPosition(obstacle.value, obstacle.series);
        placed.append(QRectF(centre - QPointF(obstacle.radius, obstacle.radius),
                             QSizeF(2 * obstacle.radius, 2 * obstacle.radius)));
    }
    for (const Label& label : std::as_const(m_labels)) {
        const QPointF point = m_chart->mapToPosition(label.value, label.series);
        const QSizeF size = label.item->boundingRect().size();
        QPointF topLeft;
        switch (label.anchor) {
        case Anchor::Above:
            topLeft = {point.x() - size.width() / 2, point.y() - size.height() - LabelGap};
            break;
        case Anchor::Below:
            topLeft = {point.x() - size.width() / 2, point.y() + LabelGap};
            break;
        case Anchor::Right:
            topLeft = {point.x() + LabelGap, point.y() - size.height() / 2};
            break;
        }
        topLeft.setX(
            std::clamp(topLeft.x(), plot.left(), std::max(plot.left(), plot.right() - size.width())));
        QRectF rect(topLeft, size);
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& other : std::as_const(placed)) {
                if (rect.intersects(other)) {
                    if (label.anchor == Anchor::Above)
                        rect.moveBottom(other.top() - 1);
                    else
                        rect.moveTop(other.bottom() + 1);
                    moved = true;
                }
            }
        }
        placed.append(rect);
        label.item->setPos(rect.topLeft());
    }
}

} // namespace Anchorline
