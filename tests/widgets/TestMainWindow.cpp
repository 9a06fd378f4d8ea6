#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "MoneyLineEdit.h"
#include "NegotiationPanel.h"
#include "OfferComparisonModel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"
#include "OffersStrip.h"
#include "RealTermsView.h"
#include "Session.h"
#include "SessionDocument.h"
#include "SessionFile.h"
#include "Settings.h"
#include "TranslationLoader.h"
#include "charts/MarketBandChart.h"
#include "charts/OfferComparisonChart.h"
#include "charts/OfferComparisonView.h"
#include "charts/WalkAwayChart.h"
#include "charts/YearByYearChart.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingIntoTheFormUpdatesChartsAndEmail();
    void chartTabsAreBuiltWhenFirstShown();
    void badInputIsNamedInTheStatusBar();
    void statusBarNamesSourceAndAge();
    void importedDatasetIsUsedAndNamed();
    void lastInputsAreRemembered();
    void languageMenuStoresTheChoice();
    void chosenLanguageTranslatesANewWindow();
    void offersStripEditsTheSessionsOffers();
    void comparisonTabShowsEveryOffer();
    void competingOfferChooserChangesThePlan();
    void forgetAllDataSuspendsTheAutosave(); // last: afterwards the process stores no settings

private:
    static Session threeOffers()
    {
        const auto loaded = SessionFile::load(
            QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/three-offers.anchorline"));
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error));
        return loaded.session();
    }
    static QAction* action(const MainWindow& window, const char* name)
    {
        auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }
    static QString cell(const MainWindow& window, int row, int column, int role = Qt::DisplayRole)
    {
        const auto* model = window.offerComparisonModel();
        return model->data(model->index(row, column), role).toString();
    }
    static void retype(MoneyLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::typingIntoTheFormUpdatesChartsAndEmail()
{
    MainWindow window(MarketStore::builtIn());
    window.show();
    auto* base = window.offerForm()->findChild<MoneyLineEdit*>(QStringLiteral("baseEdit"));
    retype(base, QStringLiteral("187.5k"));
    QTRY_COMPARE(window.workspace()->input().offer.base, Money::fromMajor(187'500));

    const auto& band = *window.workspace()->band();
    QCOMPARE(band.soc, QStringLiteral("15-1252"));
    QCOMPARE(band.areaCode, QStringLiteral("41940"));
    const QString percentile = band.positionOf(Money::fromMajor(187'500)).text;
    const QStringList markers = window.marketBandChart()->markerLabels();
    QVERIFY2(!markers.isEmpty() && markers.front().contains(QStringLiteral("$187,500")),
             qPrintable(markers.join(u'|')));
    QVERIFY2(markers.front().contains(percentile), qPrintable(markers.front()));

    // Year 1 of the stacked bars: base $187,500 (the first component, in major units).
    const auto& bars = window.yearByYearChart()->barData();
    QCOMPARE(bars.components.front().values.front(), 187'500.0);
    QCOMPARE(window.walkAwayChart()->chartData().forfeitedEquity.size(), OfferWorkspace::WalkAwayMonths + 1);

    const auto& plan = *window.workspace()->plan();
    QVERIFY(window.negotiationPanel()->emailBody().contains(plan.ask.base.asked.toString()));
}

// Start-up builds only the chart tab in view (issue 9); a tab built later shows the current results.
void TestMainWindow::chartTabsAreBuiltWhenFirstShown()
{
    MainWindow window(MarketStore::builtIn());
    auto* tabs = window.findChild<QTabWidget*>(u"chartTabs"_s);
    tabs->setCurrentIndex(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<MarketBandChart*>());
    QVERIFY(!window.findChild<YearByYearChart*>());
    QVERIFY(!window.findChild<OfferComparisonView*>());
    QVERIFY(!window.findChild<RealTermsView*>());
    QCOMPARE(window.findChildren<QChartView*>().size(), 1);

    auto* base = window.offerForm()->findChild<MoneyLineEdit*>(u"baseEdit"_s);
    retype(base, u"187.5k"_s);
    QTRY_COMPARE(window.workspace()->input().offer.base, Money::fromMajor(187'500));
    QVERIFY(!window.findChild<YearByYearChart*>());

    tabs->setCurrentIndex(1);
    auto* years = window.findChild<YearByYearChart*>();
    QVERIFY(years);
    QVERIFY(years->isVisible());
    QCOMPARE(years->barData().components.front().values.front(), 187'500.0);
    QCOMPARE(tabs->currentWidget()->focusProxy(), years);
    // Built once: back and forth keeps the same chart.
    tabs->setCurrentIndex(0);
    tabs->setCurrentIndex(1);
    QCOMPARE(window.findChildren<YearByYearChart*>().size(), 1);
}

void TestMainWindow::badInputIsNamedInTheStatusBar()
{
    MainWindow window(MarketStore::builtIn());
    auto* base = window.offerForm()->findChild<MoneyLineEdit*>(QStringLiteral("baseEdit"));
    const Offer before = window.workspace()->input().offer;
    retype(base, QStringLiteral("lots"));
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("Base salary: ")));
    // The last valid inputs stay in place.
    QCOMPARE(window.workspace()->input().offer, before);
}

void TestMainWindow::statusBarNamesSourceAndAge()
{
    MainWindow window(MarketStore::builtIn());
    const QString status = window.statusText();
    QVERIFY2(status.contains(window.workspace()->band()->sourceShortName), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("2024")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("year")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Software Developers (15-1252)")), qPrintable(status));
}

void TestMainWindow::importedDatasetIsUsedAndNamed()
{
    // A dataset in the (test-mode) data folder that covers the sample offer's band, as anchorline-cli import
    // would store it: the window compares with it and names it.
    const auto builtIn = std::make_unique<MainWindow>(MarketStore::builtIn());
    const Band& band = *builtIn->workspace()->band();
    const QByteArray csv = "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n" +
                           band.soc.toUtf8() + ',' + CareerLevels::id(band.level).toUtf8() + ',' +
                           band.areaCode.toUtf8() +
                           ",USD,200000,250000,333333,400000,450000,Window Survey,2026-01-15\n";
    auto imported =
        DatasetImporter(builtIn->workspace()->roleSearch(), builtIn->workspace()->locationSearch())
            .import(csv, u"Window test"_s, u"window.csv"_s);
    QVERIFY(imported.ok());
    DatasetLibrary library;
    QVERIFY(library.add(*imported.dataset, true));

    MainWindow window(MarketStore::builtIn());
    library.remove(u"Window test"_s);
    QCOMPARE(window.workspace()->band()->value(Percentile::P50).amount, Money::fromMajor(333'333));
    QVERIFY2(
        window.statusText().contains(u"Data: your dataset \"Window test\": Window Survey, 2026-01-15 ("_s),
        qPrintable(window.statusText()));
    QVERIFY2(window.marketBandChart()->captionText().contains(u"your imported dataset \"Window test\""_s),
             qPrintable(window.marketBandChart()->captionText()));
}

void TestMainWindow::lastInputsAreRemembered()
{
    {
        MainWindow window(MarketStore::builtIn());
        NegotiationInput input = OfferForm::sampleInput();
        input.offer.company = QStringLiteral("Fabrikam");
        input.offer.base = Money::fromMajor(172'250);
        input.targetPercentile = 80;
        window.setInput(input);
        window.saveSettings();
    }
    QVERIFY(!Settings::get(Settings::Key::LastSession).toByteArray().isEmpty());
    const auto last = MainWindow::lastSession();
    QVERIFY(last);
    MainWindow restored(MarketStore::builtIn(), last, QString());
    QTest::qWait(0);
    QVERIFY(!restored.isWindowModified());
    QCOMPARE(restored.workspace()->input().offer.company, QStringLiteral("Fabrikam"));
    QCOMPARE(restored.offerForm()->offer().base, Money::fromMajor(172'250));
    QCOMPARE(restored.workspace()->input().targetPercentile, 80);
}

void TestMainWindow::languageMenuStoresTheChoice()
{
    MainWindow window(MarketStore::builtIn());
    const auto* menu = window.findChild<QMenu*>(u"menuLanguage"_s);
    QVERIFY(menu);
    QStringList names;
    for (const auto* action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->text());
    }
    QCOMPARE(names,
             QStringList({u"System default"_s, u"English"_s, u"Deutsch"_s, u"Español"_s, u"Français"_s}));
    QVERIFY(window.findChild<QAction*>(u"actionLanguage_system"_s)->isChecked());

    MessageBox::setNextAnswer(QMessageBox::Ok); // the "after restart" note
    window.findChild<QAction*>(u"actionLanguage_fr"_s)->trigger();
    QCOMPARE(Settings::get(Settings::Key::Language).toString(), u"fr"_s);
    QVERIFY(window.findChild<QAction*>(u"actionLanguage_fr"_s)->isChecked());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.findChild<QAction*>(u"actionLanguage_system"_s)->trigger();
    QCOMPARE(Settings::get(Settings::Key::Language).toString(), QString());
}

// What Application does at start: the stored language is loaded before the window exists.
void TestMainWindow::chosenLanguageTranslatesANewWindow()
{
    Settings::set(Settings::Key::Language, u"de"_s);
    TranslationLoader translations;
    QCOMPARE(translations.load(Settings::get(Settings::Key::Language).toString()), u"de"_s);
    {
        MainWindow window(MarketStore::builtIn());
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&Datei"_s);
        QVERIFY(window.findChild<QAction*>(u"actionLanguage_de"_s)->isChecked());
    }
    translations.load(u"en"_s);
    Settings::reset(Settings::Key::Language);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::offersStripEditsTheSessionsOffers()
{
    MainWindow window(MarketStore::builtIn());
    window.setSession(threeOffers());
    QTest::qWait(0);
    const QTabBar* tabs = window.offersStrip()->tabBar();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), u"Offer A — Northwind Robotics"_s);
    QCOMPARE(tabs->tabText(1), u"⇄ Offer B — Contoso Cloud"_s);
    QCOMPARE(tabs->tabText(2), u"Offer C — Fabrikam Data"_s);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(window.workspace()->input().offer.company, u"Northwind Robotics"_s);

    // Picking a tab shows that offer in the form, the charts and the negotiation, with its own role and
    // place.
    window.offersStrip()->tabBar()->setCurrentIndex(2);
    QTRY_COMPARE(window.workspace()->input().offer.company, u"Fabrikam Data"_s);
    QCOMPARE(window.workspace()->input().offer.location, u"Austin, TX"_s);
    QCOMPARE(window.workspace()->input().offer.level, CareerLevel::Staff);
    QVERIFY(window.workspace()->band());
    QCOMPARE(window.workspace()->band()->areaName, u"Austin-Round Rock-San Marcos, TX"_s);
    // Offer B still competes with the offer being negotiated.
    QCOMPARE(window.workspace()->input().competingOffer->company, u"Contoso Cloud"_s);

    action(window, "actionNewOffer")->trigger();
    QTest::qWait(0); // as between two key presses: the step is recorded
    QTRY_COMPARE(tabs->count(), 4);
    QCOMPARE(tabs->currentIndex(), 3);
    QCOMPARE(tabs->tabText(3), u"Offer 4"_s);
    QTRY_COMPARE(window.workspace()->input().offer.base, Money::fromMajor(176'000));
    QCOMPARE(window.offerComparisonModel()->columnCount(), 4);
    action(window, "actionDuplicateOffer")->trigger();
    QTest::qWait(0); // as between two key presses: the step is recorded
    QTRY_COMPARE(tabs->count(), 5);
    action(window, "actionRemoveOffer")->trigger();
    action(window, "actionRemoveOffer")->trigger(); // each removal is its own step
    QTest::qWait(0);
    QTRY_COMPARE(tabs->count(), 3);
    QCOMPARE(window.offerComparisonModel()->columnCount(), 3);

    auto* undo = window.offerForm()->undoStack();
    undo->undo(); // the new offer comes back
    QTRY_COMPARE(tabs->count(), 4);
    QCOMPARE(tabs->currentIndex(), 3);
    undo->undo();
    undo->undo();
    undo->undo();
    QTRY_COMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentIndex(), 2); // where the first step was taken

    action(window, "actionPreviousOffer")->trigger();
    QTRY_COMPARE(window.workspace()->input().offer.company, u"Contoso Cloud"_s);
    // Showing the competing offer makes the offer shown before its competitor.
    QCOMPARE(tabs->tabText(2), u"⇄ Offer C — Fabrikam Data"_s);
}

void TestMainWindow::comparisonTabShowsEveryOffer()
{
    MainWindow window(MarketStore::builtIn());
    window.setSession(threeOffers());
    QTest::qWait(0);
    action(window, "actionCompareOffers")->trigger();
    auto* chartTabs = window.findChild<QTabWidget*>(u"chartTabs"_s);
    QVERIFY(chartTabs->currentWidget()->isAncestorOf(window.offerComparisonView()));
    QCOMPARE(window.offerComparisonView()->table()->model(), window.offerComparisonModel());

    using Model = OfferComparisonModel;
    QCOMPARE(window.offerComparisonModel()->columnCount(), 3);
    // Northwind and Contoso as in the core's test; Fabrikam: base $176,000 + 4 %/yr, 12 % bonus, $25,000
    // sign-on, $150,000 vesting 25 % a year after a 1-year cliff: year 1 = 176,000 + 21,120 + 25,000 +
    // 37,500.
    const QStringList year1{u"$280,200"_s, u"$255,250"_s, u"$259,620"_s};
    const QStringList year2{u"$286,206"_s, u"$272,250"_s, u"$242,504.80"_s};
    const QStringList total{u"$1,167,562.12"_s, u"$1,232,000"_s, u"$1,012,062.98"_s};
    const QStringList walkAway{u"$180,000"_s, u"$304,000"_s, u"$112,500"_s};
    for (int column = 0; column < 3; ++column) {
        QCOMPARE(cell(window, Model::Year1Row, column), year1.at(column));
        QCOMPARE(cell(window, Model::Year2Row, column), year2.at(column));
        QCOMPARE(cell(window, Model::TotalFourYearsRow, column), total.at(column));
        QCOMPARE(cell(window, Model::WalkAway12Row, column), walkAway.at(column));
    }
    // The market row comes from each offer's own band: Seattle senior for A and B, Austin staff for C.
    QCOMPARE(cell(window, Model::MarketPercentileRow, 0), u"below p10"_s);
    QCOMPARE(cell(window, Model::MarketPercentileRow, 1), u"below p10"_s);
    QCOMPARE(cell(window, Model::MarketPercentileRow, 2), u"14th percentile"_s);
    const QString seattle = cell(window, Model::MarketPercentileRow, 0, Model::SourceRole);
    QVERIFY2(seattle.startsWith(u"DOL OFLC"_s) &&
                 seattle.contains(u"Seattle-Tacoma-Bellevue, WA, Senior"_s) &&
                 seattle.contains(u"BLS OEWS May 2024 survey"_s) && seattle.contains(u"years old"_s),
             qPrintable(seattle));
    QVERIFY(cell(window, Model::MarketPercentileRow, 2, Model::SourceRole).contains(u"Austin"_s));

    // The chart: one bar per offer and year; the solid part is base and sign-on, the rest estimated.
    const auto* chart = window.offerComparisonView()->chart();
    QCOMPARE(chart->offerLabels(), (QStringList{u"Offer A — Northwind Robotics"_s,
                                                u"Offer B — Contoso Cloud"_s, u"Offer C — Fabrikam Data"_s}));
    QCOMPARE(chart->firmValues(0).at(0), 202'000.0);     // 182,000 + 20,000
    QCOMPARE(chart->estimatedValues(0).at(0), 78'200.0); // 18,200 bonus + 60,000 equity: 280,200 in all
    QCOMPARE(chart->firmValues(1).at(3), 195'000.0);
    QCOMPARE(chart->estimatedValues(1).at(3), 157'250.0); // 29,250 bonus + 128,000 equity: 352,250
    QCOMPARE(chart->firmValues(2).at(0), 201'000.0);      // 176,000 + 25,000
    QVERIFY2(chart->captionText().contains(u"hatched: the estimated part"_s),
             qPrintable(chart->captionText()));
    QVERIFY(chart->captionText().contains(seattle));

    // Editing the shown offer updates its column.
    retype(window.offerForm()->findChild<MoneyLineEdit*>(u"baseEdit"_s), u"190000"_s);
    QTRY_COMPARE(cell(window, Model::Year1Row, 0), u"$289,000"_s); // 190,000 + 19,000 + 20,000 + 60,000
}

void TestMainWindow::competingOfferChooserChangesThePlan()
{
    MainWindow window(MarketStore::builtIn());
    Session session = threeOffers();
    session.competingOffer.reset();
    session.negotiation.strategyId.clear();
    window.setSession(session);
    QTest::qWait(0);
    const auto competingStrategy = [&] {
        for (const auto& recommendation : window.workspace()->recommendations()) {
            if (recommendation.strategy.id == u"competing-offer")
                return recommendation;
        }
        qFatal("no competing-offer strategy");
    };
    QVERIFY(!competingStrategy().applicable);
    auto* body = window.negotiationPanel()->findChild<QPlainTextEdit*>(u"bodyEdit"_s);
    QVERIFY(!body->toPlainText().contains(u"Contoso"_s));

    // "Use offer B as the competing offer for offer A".
    auto* chooser = window.negotiationPanel()->findChild<QComboBox*>(u"competingOfferCombo"_s);
    QCOMPARE(chooser->count(), 3);
    QCOMPARE(chooser->itemText(1), u"Offer B — Contoso Cloud"_s);
    chooser->setCurrentIndex(1);
    emit chooser->activated(1);
    QTRY_VERIFY(window.workspace()->input().competingOffer.has_value());
    QCOMPARE(window.workspace()->input().competingOffer->base, Money::fromMajor(195'000));
    QVERIFY(competingStrategy().applicable);
    QCOMPARE(window.offersStrip()->tabBar()->tabText(1), u"⇄ Offer B — Contoso Cloud"_s);
    QCOMPARE(window.currentSession().competingOffer, std::optional(1));

    // Its strategy, picked, writes the other offer into the email.
    window.workspace()->setStrategyId(u"competing-offer"_s);
    QVERIFY2(
        body->toPlainText().contains(u"written offer from Contoso Cloud with a base salary of $195,000"_s),
        qPrintable(body->toPlainText()));
    window.offerForm()->undoStack()->undo();
    QTRY_VERIFY(!window.workspace()->input().competingOffer);
    QCOMPARE(chooser->currentIndex(), 0);
}

// Help ▸ Forget All Data… suspends the window's own autosave. The action was once made before the session
// document, with a pointer computed from a null one: choosing it crashed (UBSan names it at start-up).
void TestMainWindow::forgetAllDataSuspendsTheAutosave()
{
    // A home of its own (test-mode paths lie in it), so the erasure misses the files of tests run alongside.
    const QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).startsWith(home.path()));
    MainWindow window(MarketStore::builtIn());
    QVERIFY(!window.sessionDocument()->autosaveStore().isSuspended());
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Forget all data?"
    QTimer::singleShot(0, this, [] {             // then the report of what was removed
        auto* report = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(report);
        report->accept();
    });
    action(window, "actionForgetData")->trigger();
    QVERIFY(window.sessionDocument()->autosaveStore().isSuspended());
    QVERIFY(!Settings::isStoring());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
