#include "FirstPaintQuit.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QValueAxis>

using namespace Qt::StringLiterals;

// The start-up benchmark's baseline (scripts/bench.sh): about the least a Qt Widgets + Qt Charts program does
// to show a chart window. A QMainWindow of Anchorline's default size (ui/MainWindow.ui) with a QChartView of
// a five-bar chart, which exits at its first frame on the screen exactly as `anchorline
// --quit-after-first-paint` does.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);

    auto* pay = new QBarSet(u"Base pay (thousands)"_s);
    *pay << 120 << 145 << 170 << 195 << 230;
    auto* series = new QBarSeries;
    series->append(pay);
    auto* chart = new QChart;
    chart->setTitle(u"Baseline"_s);
    chart->addSeries(series);
    auto* percentiles = new QBarCategoryAxis;
    percentiles->append({u"p10"_s, u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s});
    chart->addAxis(percentiles, Qt::AlignBottom);
    series->attachAxis(percentiles);
    auto* amounts = new QValueAxis;
    amounts->setRange(0, 250);
    chart->addAxis(amounts, Qt::AlignLeft);
    series->attachAxis(amounts);

    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1500, 920);
    Anchorline::FirstPaintQuit::install(&window);
    window.show();
    return application.exec();
}
