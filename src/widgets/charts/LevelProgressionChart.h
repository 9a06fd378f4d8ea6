#pragma once

#include "ChartPanel.h"
#include "LevelProgression.h"

#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QLineSeries;

namespace Anchorline {

class ChartTextOverlay;
class MoneyAxis;

// Pay by career level: government medians of the level bands as lines (dashed, since they are modelled), an
// imported dataset's medians as solid lines, and the brief's secondary-source early/mid/senior figures as
// bars with their amounts on top. The caption names every source with its date.
class LevelProgressionChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit LevelProgressionChart(QWidget* parent = nullptr);

    void setProgression(const LevelProgression& progression);

    const LevelProgression& progression() const { return m_progression; }
    QBarSeries* barSeries() const { return m_bars; }
    QList<QLineSeries*> lineSeries() const { return m_lines; }
    QStringList barLabels() const;

protected:
    void styleSeries() override;

private:
    LevelProgression m_progression;
    QBarSeries* m_bars;
    QList<QLineSeries*> m_lines;
    QBarCategoryAxis* m_axisX;
    MoneyAxis* m_axisY;
    ChartTextOverlay* m_barLabels;
};

} // namespace Anchorline
