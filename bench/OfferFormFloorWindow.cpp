#include "BaselineChart.h"
#include "FirstPaintQuit.h"
#include "ui_OfferForm.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>

// For information beside the start-up baseline (scripts/bench.sh): the baseline window with Anchorline's
// offer form beside its chart — the form as ui/OfferForm.ui builds it, empty, in a scroll area, without any
// of the app's code. What Qt itself spends on a window that shows the form in its first frame: the floor
// under `anchorline --quit-after-first-paint`.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    auto* form = new QWidget;
    Ui::OfferForm formUi;
    formUi.setupUi(form);
    auto* formPane = new QScrollArea;
    formPane->setWidgetResizable(true);
    formPane->setWidget(form);
    auto* splitter = new QSplitter;
    splitter->addWidget(formPane);
    splitter->addWidget(new QChartView(makeBaselineChart()));
    QMainWindow window;
    window.setCentralWidget(splitter);
    window.resize(1500, 920);
    Anchorline::FirstPaintQuit::install(&window);
    window.show();
    return application.exec();
}
