#include "BaselineChart.h"
#include "DataFolder.h"
#include "FirstPaintQuit.h"
#include "Settings.h"
#include "TranslationLoader.h"
#include "ui_OfferForm.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>

// For information beside the start-up baseline (scripts/bench.sh): the baseline window with Anchorline's
// offer form beside its chart — the form as ui/OfferForm.ui builds it, empty, in a scroll area, without any
// of the app's code but its translation loader. What Qt itself spends on a window that shows the form in its
// first frame: the floor under `anchorline --quit-after-first-paint`.
int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    // In the language the app would show (the seeded setting), so the form's texts are the app's.
    Anchorline::DataFolder::setApplicationNames();
    Anchorline::TranslationLoader translations;
    translations.load(Anchorline::Settings::get(Anchorline::Settings::Key::Language).toString());
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
