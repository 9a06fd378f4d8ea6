#include "MainWindow.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "MoneyLineEdit.h"
#include "NegotiationPanel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"
#include "Session.h"
#include "Settings.h"
#include "TranslationLoader.h"
#include "charts/MarketBandChart.h"
#include "charts/WalkAwayChart.h"
#include "charts/YearByYearChart.h"

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingIntoTheFormUpdatesChartsAndEmail();
    void badInputIsNamedInTheStatusBar();
    void statusBarNamesSourceAndAge();
    void lastInputsAreRemembered();
    void languageMenuStoresTheChoice();
    void chosenLanguageTranslatesANewWindow();

private:
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
    MainWindow restored(MarketStore::builtIn());
    restored.restoreSettings();
    QTest::qWait(0);
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
