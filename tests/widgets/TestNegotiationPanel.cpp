#include "AskTable.h"
#include "FileDialog.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "NegotiationPanel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// Receives the URLs QDesktopServices would hand to the mail app.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestNegotiationPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheAskAndTheEmail();
    void targetSliderMovesTheAsk();
    void copyPutsSubjectAndBodyOnTheClipboard();
    void openInMailAppSendsAnEncodedMailtoUrl();
    void editsSurviveAnInputChange();
    void saveAsTextWritesAPrivateFile();
    void saveToAnUnwritablePlaceIsReported();
    void blockingWarningDisablesSending();
    void languageComboOffersEveryTemplateLanguage();
    void competingChooserListsTheOtherOffers();
    void editingTheEmailIsAnnounced();
    void tipsAreWrittenWhenTheirTabIsShown();

private:
    template <typename T> T* child(const char* name) const
    {
        auto* widget = m_panel->findChild<T*>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    std::unique_ptr<OfferWorkspace> m_workspace;
    std::unique_ptr<NegotiationPanel> m_panel;
};

void TestNegotiationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_workspace = std::make_unique<OfferWorkspace>(MarketStore::builtIn());
    m_panel = std::make_unique<NegotiationPanel>();
    m_panel->setWorkspace(m_workspace.get());
    m_workspace->setInput(OfferForm::sampleInput());
    QVERIFY2(m_workspace->plan(), qPrintable(m_workspace->planError()));
}

void TestNegotiationPanel::showsTheAskAndTheEmail()
{
    const auto& plan = *m_workspace->plan();
    QCOMPARE(m_panel->emailSubject(), plan.email.subject);
    QCOMPARE(m_panel->emailBody(), plan.email.body);
    QVERIFY(!m_panel->emailSubject().isEmpty());
    // The asked base is in the ask table and in the email.
    const QString askedBase = plan.ask.base.asked.toString();
    QVERIFY(plan.ask.base.asked > Money::fromMajor(252'000));
    // The ask table: the base row with the offered and the asked amount.
    const QString askTable = child<AskTable>("askTable")->text();
    QVERIFY2(askTable.contains(u"Base salary\t$252,000\t→\t"_s + askedBase), qPrintable(askTable));
    // Each reason for the ask on a line of its own.
    QCOMPARE(child<QLabel>("askReasonsLabel")->text().count(u"• "_s), plan.reasons.size());
    QVERIFY(!plan.reasons.isEmpty());
    QVERIFY(child<QLabel>("askReasonsLabel")->text().contains(plan.reasons.front()));
    QVERIFY(m_panel->emailBody().contains(askedBase));
    // Where the offer sits: San Jose senior software developer band.
    const QString position = child<QLabel>("offerPositionLabel")->text();
    QVERIFY2(position.contains(QStringLiteral("$252,000")), qPrintable(position));
    // The level as the level list names it in every language (lower-casing made German read "für senior").
    QVERIFY2(position.contains(QStringLiteral("of Senior pay for Software Developers")),
             qPrintable(position));
    QVERIFY2(position.contains(m_workspace->band()->positionOf(Money::fromMajor(252'000)).text),
             qPrintable(position));
    // Its source and age, as the status bar names them (an imported dataset by its name).
    QVERIFY2(position.contains(u"(DOL OFLC, July 2025 – June 2026 (survey of 2024, "_s),
             qPrintable(position));
    QCOMPARE(child<QLabel>("targetValueLabel")->text(), QStringLiteral("p75"));
    QVERIFY(!child<QPlainTextEdit>("phoneScriptEdit")->toPlainText().isEmpty());
}

void TestNegotiationPanel::targetSliderMovesTheAsk()
{
    const Money before = m_workspace->plan()->ask.base.asked;
    child<QSlider>("targetSlider")->setValue(90);
    QCOMPARE(m_workspace->input().targetPercentile, 90);
    QCOMPARE(child<QLabel>("targetValueLabel")->text(), QStringLiteral("p90"));
    QVERIFY(m_workspace->plan()->ask.base.asked > before);
    QVERIFY(m_panel->emailBody().contains(m_workspace->plan()->ask.base.asked.toString()));
    child<QSlider>("targetSlider")->setValue(75);
    QCOMPARE(m_workspace->plan()->ask.base.asked, before);
}

void TestNegotiationPanel::copyPutsSubjectAndBodyOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, QStringLiteral("Subject: ") + m_panel->emailSubject() + QStringLiteral("\n\n") +
                         m_panel->emailBody());
}

void TestNegotiationPanel::openInMailAppSendsAnEncodedMailtoUrl()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Re: Offer – José & Co?"));
    child<QPlainTextEdit>("bodyEdit")->setPlainText(QStringLiteral("Hi José,\nline two"));
    QTest::mouseClick(child<QPushButton>("openMailButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.front().toEncoded(),
             QByteArray("mailto:?subject=Re%3A%20Offer%20%E2%80%93%20Jos%C3%A9%20%26%20Co%3F"
                        "&body=Hi%20Jos%C3%A9%2C%0D%0Aline%20two"));
    m_panel->regenerate();
}

void TestNegotiationPanel::editsSurviveAnInputChange()
{
    m_panel->regenerate();
    QVERIFY(!m_panel->isEmailEdited());
    auto* body = child<QPlainTextEdit>("bodyEdit");
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("P.S. My own line."));
    QVERIFY(m_panel->isEmailEdited());
    const QString edited = m_panel->emailBody();
    QVERIFY(!m_panel->isRegenerateOffered());

    NegotiationInput input = m_workspace->input();
    input.offer.company = QStringLiteral("Contoso");
    m_workspace->setInput(input);
    QVERIFY(m_workspace->plan()->email.body.contains(QStringLiteral("Contoso")));
    QCOMPARE(m_panel->emailBody(), edited);
    QVERIFY(m_panel->isRegenerateOffered());
    QVERIFY(!m_workspace->plan()->email.body.contains(QStringLiteral("My own line")));

    QTest::mouseClick(child<QPushButton>("staleRegenerateButton"), Qt::LeftButton);
    QVERIFY(!m_panel->isEmailEdited());
    QVERIFY(!m_panel->isRegenerateOffered());
    QCOMPARE(m_panel->emailBody(), m_workspace->plan()->email.body);
    m_workspace->setInput(OfferForm::sampleInput());
}

void TestNegotiationPanel::saveAsTextWritesAPrivateFile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("email.txt"));
    FileDialog::setNextFileName(path);
    m_panel->saveAsText();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_panel->emailText());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                   QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestNegotiationPanel::saveToAnUnwritablePlaceIsReported()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("no-such-folder/email.txt"));
    FileDialog::setNextFileName(path);
    // The warning is answered through the seam instead of waiting for a person.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_panel->saveAsText();
    QVERIFY(!QFile::exists(path));
}

void TestNegotiationPanel::blockingWarningDisablesSending()
{
    QVERIFY(child<QPushButton>("copyButton")->isEnabled());
    // Matching a competing offer without one is blocked: nothing may be sent.
    m_workspace->setStrategyId(QStringLiteral("competing-offer"));
    QVERIFY(m_panel->isBlocked());
    QVERIFY(!child<QPushButton>("copyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("openMailButton")->isEnabled());
    const auto* banner = m_panel->findChild<QLabel*>(QStringLiteral("warning-competing-offer-missing"));
    QVERIFY(banner);
    QVERIFY(banner->text().startsWith(QStringLiteral("Blocked: ")));
    QGuiApplication::clipboard()->clear();
    m_panel->copyEmail();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    m_workspace->setStrategyId(QString());
    QVERIFY(child<QPushButton>("copyButton")->isEnabled());
}

void TestNegotiationPanel::languageComboOffersEveryTemplateLanguage()
{
    auto* combo = child<QComboBox>("languageCombo");
    QStringList names;
    QStringList codes;
    for (int row = 0; row < combo->count(); ++row) {
        names.append(combo->itemText(row));
        codes.append(combo->itemData(row).toString());
    }
    QCOMPARE(names, QStringList({u"English"_s, u"Deutsch"_s, u"Español"_s, u"Français"_s}));
    QCOMPARE(codes, QStringList({u"en"_s, u"de"_s, u"es"_s, u"fr"_s}));

    combo->setCurrentIndex(1);
    QCOMPARE(m_workspace->input().language, u"de"_s);
    const QString germanAsk = m_workspace->plan()->ask.base.asked.toString(QLocale(u"de"_s));
    // The plan has the amount with its no-break space; the text edit shows it as a plain space.
    QVERIFY2(m_workspace->plan()->email.body.contains(germanAsk),
             qPrintable(m_workspace->plan()->email.body));
    QCOMPARE(m_panel->emailBody(), QString(m_workspace->plan()->email.body).replace(QChar::Nbsp, u' '));
    QVERIFY2(m_panel->emailSubject().contains(u"Angebot"_s), qPrintable(m_panel->emailSubject()));
    combo->setCurrentIndex(0);
    QCOMPARE(m_workspace->input().language, u"en"_s);
    QVERIFY(m_panel->emailBody().contains(m_workspace->plan()->ask.base.asked.toString(QLocale(u"en"_s))));
}

void TestNegotiationPanel::competingChooserListsTheOtherOffers()
{
    auto* combo = child<QComboBox>("competingOfferCombo");
    m_panel->setCompetingChoices({u"Offer A — Northwind"_s, u"Offer B — Contoso"_s, u"Offer C — Fabrikam"_s},
                                 1, 2);
    QCOMPARE(combo->count(), 3); // None and the two offers that are not negotiated
    QCOMPARE(combo->itemText(0), u"None"_s);
    QCOMPARE(combo->itemText(1), u"Offer A — Northwind"_s);
    QCOMPARE(combo->itemText(2), u"Offer C — Fabrikam"_s);
    QCOMPARE(combo->currentText(), u"Offer C — Fabrikam"_s);
    QVERIFY(combo->isEnabled());

    QSignalSpy chosen(m_panel.get(), &NegotiationPanel::competingOfferChosen);
    combo->setCurrentIndex(1);
    emit combo->activated(1); // what a click or a key in the list does
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.at(0).at(0).value<std::optional<int>>(), std::optional(0));
    QCOMPARE(chosen.at(1).at(0).value<std::optional<int>>(), std::nullopt);

    m_panel->setCompetingChoices({u"Offer 1"_s}, 0, std::nullopt);
    QCOMPARE(combo->count(), 1);
    QVERIFY(!combo->isEnabled());
}

void TestNegotiationPanel::editingTheEmailIsAnnounced()
{
    m_panel->regenerate();
    QSignalSpy edited(m_panel.get(), &NegotiationPanel::emailEdited);
    child<QPlainTextEdit>("bodyEdit")->appendPlainText(u"P.S. Thank you again."_s);
    QCOMPARE(edited.count(), 1);
    QVERIFY(m_panel->isEmailEdited());
    m_panel->regenerate();
    QCOMPARE(edited.count(), 2);
    QVERIFY(!m_panel->isEmailEdited());
}

void TestNegotiationPanel::tipsAreWrittenWhenTheirTabIsShown()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto* tabs = child<QTabWidget>("textTabs");
    auto* tips = child<QWidget>("tipsContents");
    QVERIFY(tips->findChildren<QPushButton*>().isEmpty());
    tabs->setCurrentWidget(child<QWidget>("tipsTab"));
    const auto buttons = tips->findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 4);
    // In view at once, not a frame later.
    QVERIFY(buttons.front()->isVisible());
    QCOMPARE(buttons.front()->text(), u"Raise the target percentile"_s);
    const int target = m_workspace->input().targetPercentile;
    buttons.front()->click();
    QVERIFY(m_workspace->input().targetPercentile > target);
    // Written once.
    tabs->setCurrentIndex(0);
    tabs->setCurrentWidget(child<QWidget>("tipsTab"));
    QCOMPARE(tips->findChildren<QPushButton*>().size(), 4);
    tabs->setCurrentIndex(0);
    m_panel->hide();
}

QTEST_MAIN(TestNegotiationPanel)
#include "TestNegotiationPanel.moc"
