#include "BaselineChart.h"
#include "FirstPaintQuit.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>

// The start-up benchmark's baseline (scripts/bench.sh): about the least a Qt Widgets + Qt Charts program does
// to show a chart window. A QMainWindow of Anchorline's default size (ui/MainWindow.ui) with a QChartView of
// a five-bar chart, which exits at its first frame on the screen exactly as `anchorline
// --quit-after-first-paint` does.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QChartView(makeBaselineChart()));
    window.resize(1500, 920);
    Anchorline::FirstPaintQuit::install(&window);
    window.show();
    return application.exec();
}
