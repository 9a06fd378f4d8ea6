#include "MainWindow.h"

#include "AboutDialog.h"
#include "BandModel.h"
#include "BriefPrinter.h"
#include "ClientListWindow.h"
#include "DataSourcesDialog.h"
#include "DatasetLibrary.h"
#include "DeferredPage.h"
#include "ForgetDataAction.h"
#include "LanguageNames.h"
#include "MarketStore.h"
#include "MessageBox.h"
#include "NegotiationPanel.h"
#include "NotesHistoryPanel.h"
#include "OfferComparisonModel.h"
#include "OfferForm.h"
#include "OfferWorkspace.h"
#include "OffersStrip.h"
#include "RealTermsView.h"
#include "SearchSuggestionModel.h"
#include "Session.h"
#include "SessionDocument.h"
#include "SessionJson.h"
#include "Settings.h"
#include "TranslationLoader.h"
#include "charts/ChartPanel.h"
#include "charts/LevelProgressionChart.h"
#include "charts/MarketBandChart.h"
#include "charts/OfferComparisonView.h"
#include "charts/RoleComparisonView.h"
#include "charts/StockScenarioView.h"
#include "charts/WalkAwayChart.h"
#include "charts/YearByYearChart.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>

#include <utility>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

// A chart tab's view, its page built first if it was not yet (the page's factory sets `view`).
template <typename View> View* built(DeferredPage* page, View* const& view)
{
    page->content();
    return view;
}

} // namespace

MainWindow::MainWindow(const MarketStore& store, QWidget* parent)
    : MainWindow(store, std::nullopt, QString(), parent)
{}

MainWindow::MainWindow(const MarketStore& store, const std::optional<Session>& session, const QString& path,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_workspace(new OfferWorkspace(store, std::make_shared<const DatasetLibrary>(), this))
    , m_form(new OfferForm)
    , m_panel(new NegotiationPanel)
    , m_matchLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    // Before the panes are filled: sizing filled panes measures every label in them.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({370, 640, 490});
    m_ui->formScrollArea->setWidget(m_form);
    m_ui->formScrollArea->setMinimumWidth(m_form->minimumSizeHint().width() + 24);
    m_ui->negotiationLayout->addWidget(m_panel);
    m_form->setRoleSuggestions(SearchSuggestionModel::forRoles(m_workspace->roleSearch(), m_form));
    m_form->setLocationSuggestions(
        SearchSuggestionModel::forLocations(m_workspace->locationSearch(), m_form));
    m_form->setLevelExplanation(BandModel::levelMappingExplanation());
    setUpCharts(store);
    setUpOffers();
    setUpStockScenarios();
    setUpRealTerms();

    m_matchLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_matchLabel, 1);
    statusBar()->addPermanentWidget(m_sourceLabel);
    setUpActions();
    setUpLanguageMenu();

    connect(m_form, &OfferForm::offerChanged, this, &MainWindow::applyFormInputs);
    connect(m_form, &OfferForm::problemsChanged, this, &MainWindow::showProblems);
    connect(m_workspace, &OfferWorkspace::recomputed, this, &MainWindow::showResults);
    m_panel->setWorkspace(m_workspace);
    if (!session)
        setInput(OfferForm::sampleInput());
    setUpNotesDock();
    m_document = new SessionDocument(this, m_ui->menuFile, m_ui->actionSaveEmail);
    if (session)
        m_document->setDocument(*session, path);
    setUpCoachActions();
    // Help ▸ Forget All Data… (issue 9): removes the app's own files; afterwards nothing is autosaved. Made
    // once the session document exists: it suspends that document's autosave.
    auto* forgetData = new ForgetDataAction(UserDataEraser::standard(), &m_document->autosaveStore(), this);
    m_ui->menuHelp->insertAction(m_ui->actionAbout, forgetData);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
}

MainWindow::~MainWindow() = default;

// Each chart tab is built when it is first shown (DeferredPage), then filled with the current results.
DeferredPage* MainWindow::addChartTab(const QString& title, const std::function<ChartPanel*()>& create,
                                      const std::function<void()>& show)
{
    auto* page = new DeferredPage([this, create, show] {
        ChartPanel* chart = create();
        connect(chart, &ChartPanel::dataSourcesRequested, this, &MainWindow::showDataSources);
        show();
        return chart;
    });
    m_ui->chartTabs->addTab(page, title);
    return page;
}

void MainWindow::setUpCharts(const MarketStore& store)
{
    m_bandPage = addChartTab(
        tr("Market band"), [this] { return m_bandChart = new MarketBandChart; }, [this] { showBand(); });
    m_yearPage = addChartTab(
        tr("Year by year"), [this] { return m_yearChart = new YearByYearChart; }, [this] { showYears(); });
    m_levelPage = addChartTab(
        tr("By level"), [this] { return m_levelChart = new LevelProgressionChart; },
        [this] { showLevels(); });
    m_walkAwayPage = addChartTab(
        tr("Walk-away cost"), [this] { return m_walkAwayChart = new WalkAwayChart; },
        [this] { showWalkAway(); });
    m_rolePage = new DeferredPage([this, &store] {
        m_roleComparison = new RoleComparisonView(store, m_workspace->sharedDatasetLibrary());
        connect(m_roleComparison, &RoleComparisonView::dataSourcesRequested, this,
                &MainWindow::showDataSources);
        showRoleArea();
        return m_roleComparison;
    });
    m_ui->chartTabs->addTab(m_rolePage, tr("Role comparison"));
}

// Stock-price scenarios (issue 10): the fan-chart tab and View ▸ Stock Scenarios (Ctrl+8), which opens it at
// the bear growth rate.
void MainWindow::setUpStockScenarios()
{
    m_scenarioPage = new DeferredPage([this] {
        m_stockScenarios = new StockScenarioView;
        m_stockScenarios->setChosenSettings(m_scenarioSettings);
        connect(m_stockScenarios, &StockScenarioView::settingsEdited, this,
                &MainWindow::stockScenarioSettingsEdited);
        showScenarios();
        return m_stockScenarios;
    });
    m_ui->chartTabs->addTab(m_scenarioPage, tr("Stock scenarios"));
    auto* show = new QAction(tr("Stock &Scenarios"), this);
    show->setObjectName(u"actionShowStockScenarios"_s);
    show->setShortcut(QKeySequence(u"Ctrl+8"_s));
    // Right after Role Comparison (Cost of Living, added later, goes between them).
    const QList<QAction*> viewActions = m_ui->menuView->actions();
    const qsizetype after = viewActions.indexOf(m_ui->actionShowRoleComparison);
    m_ui->menuView->insertAction(viewActions.value(after + 1), show);
    connect(show, &QAction::triggered, this, [this] {
        m_ui->chartTabs->setCurrentWidget(m_scenarioPage);
        stockScenarioView()->focusFirstRate();
    });
}

// Cost of living (issue 10): the real-terms tab and View ▸ Cost of Living, which opens it at "Compare in
// another place".
void MainWindow::setUpRealTerms()
{
    m_realTermsPage = new DeferredPage([this] {
        m_realTerms = new RealTermsView(m_store, m_workspace->locationSearch());
        connect(m_realTerms, &RealTermsView::dataSourcesRequested, this, &MainWindow::showDataSources);
        connect(m_realTerms, &RealTermsView::bandInRealTermsChanged, this, &MainWindow::showBand);
        m_realTerms->setOffer(m_workspace->input().offer);
        return m_realTerms;
    });
    m_ui->chartTabs->addTab(m_realTermsPage, tr("Cost of living"));
    auto* show = new QAction(tr("Cost of &Living"), this);
    show->setObjectName(u"actionShowCostOfLiving"_s);
    show->setShortcut(QKeySequence(u"Ctrl+7"_s));
    const QList<QAction*> viewActions = m_ui->menuView->actions();
    const qsizetype after = viewActions.indexOf(m_ui->actionShowRoleComparison);
    m_ui->menuView->insertAction(
        after >= 0 && after + 1 < viewActions.size() ? viewActions.at(after + 1) : nullptr, show);
    connect(show, &QAction::triggered, this, [this] {
        m_ui->chartTabs->setCurrentWidget(m_realTermsPage);
        realTermsView()->focusComparisonPlace();
    });
}

// Several offers: the strip above the form, the Offers menu, the competing-offer chooser and the comparison
// tab.
void MainWindow::setUpOffers()
{
    m_offersStrip = new OffersStrip;
    // Above the form's scroll area: the strip stays in view when the form scrolls.
    m_ui->formPaneLayout->insertWidget(0, m_offersStrip);

    auto* menu = new QMenu(tr("&Offers"), this);
    menu->setObjectName(u"menuOffers"_s);
    menuBar()->insertMenu(m_ui->menuView->menuAction(), menu);
    menu->addActions(m_offersStrip->menuActions());
    menu->addSeparator();
    auto* compare = menu->addAction(tr("&Compare Offers"));
    compare->setObjectName(u"actionCompareOffers"_s);
    compare->setShortcut(QKeySequence(u"Ctrl+6"_s));

    m_comparisonPage = new DeferredPage([this] {
        m_comparisonModel = new OfferComparisonModel(this);
        m_comparisonModel->setPlacementProvider(m_workspace->placementProvider());
        // Each offer's 4-year total in real terms too.
        const RealTermsView* realTerms = realTermsView();
        m_comparisonModel->setRealTermsProvider(
            OfferComparisonModel::realTermsFrom(realTerms->priceParities(), realTerms->locationSearch()));
        m_comparisonModel->setOffers(m_form->offers());
        m_offerComparison = new OfferComparisonView;
        m_offerComparison->setModel(m_comparisonModel);
        connect(m_offerComparison, &OfferComparisonView::dataSourcesRequested, this,
                &MainWindow::showDataSources);
        return m_offerComparison;
    });
    m_ui->chartTabs->addTab(m_comparisonPage, tr("Compare offers"));
    connect(compare, &QAction::triggered, this,
            [this] { m_ui->chartTabs->setCurrentWidget(m_comparisonPage); });

    connect(m_offersStrip, &OffersStrip::offerSelected, m_form, &OfferForm::selectOffer);
    connect(m_offersStrip, &OffersStrip::newRequested, m_form, &OfferForm::addOffer);
    connect(m_offersStrip, &OffersStrip::duplicateRequested, m_form, &OfferForm::duplicateOffer);
    connect(m_offersStrip, &OffersStrip::removeRequested, m_form, &OfferForm::removeOffer);
    connect(m_offersStrip, &OffersStrip::renameRequested, this, [this] {
        m_ui->formScrollArea->ensureVisible(0, 0);
        m_form->focusLabel();
    });
    connect(m_panel, &NegotiationPanel::competingOfferChosen, m_form, &OfferForm::setCompetingOffer);
    connect(m_form, &OfferForm::offersChanged, this, &MainWindow::showOffers);
    connect(m_form, &OfferForm::problemsChanged, this,
            [this] { m_offersStrip->setEditable(m_form->canSwitchOffers(), m_form->canRemoveOffer()); });
}

void MainWindow::showOffers()
{
    const auto& offers = m_form->offers();
    QStringList labels;
    for (int index = 0; index < offers.size(); ++index)
        labels.append(offers.at(index).displayLabel(index));
    m_offersStrip->setOffers(labels, m_form->currentOffer(), m_form->competingOffer());
    m_offersStrip->setEditable(m_form->canSwitchOffers(), m_form->canRemoveOffer());
    m_panel->setCompetingChoices(labels, m_form->currentOffer(), m_form->competingOffer());
    if (m_comparisonModel)
        m_comparisonModel->setOffers(offers);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QMainWindow::close);
    // Whole-form undo; a focused line or text edit keeps Ctrl+Z for its own undo.
    auto* undo = m_form->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_form->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->insertActions(m_ui->actionCopyEmail, {undo, redo});
    m_ui->menuEdit->insertSeparator(m_ui->actionCopyEmail);
    connect(m_ui->actionSaveEmail, &QAction::triggered, m_panel, &NegotiationPanel::saveAsText);
    connect(m_ui->actionCopyEmail, &QAction::triggered, m_panel, &NegotiationPanel::copyEmail);
    connect(m_ui->actionOpenInMail, &QAction::triggered, m_panel, &NegotiationPanel::openInMailApp);
    connect(m_ui->actionRegenerate, &QAction::triggered, m_panel, &NegotiationPanel::regenerate);
    connect(m_ui->actionDataSources, &QAction::triggered, this, &MainWindow::showDataSources);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionFocusForm, &QAction::triggered, this, [this] {
        m_ui->formScrollArea->ensureVisible(0, 0);
        m_form->focusFirstField();
    });
    const QList<QAction*> tabActions{m_ui->actionShowMarketBand, m_ui->actionShowYearByYear,
                                     m_ui->actionShowLevels, m_ui->actionShowWalkAway,
                                     m_ui->actionShowRoleComparison};
    for (int index = 0; index < tabActions.size(); ++index) {
        connect(tabActions.at(index), &QAction::triggered, this,
                [this, index] { m_ui->chartTabs->setCurrentIndex(index); });
    }
    connect(m_panel, &NegotiationPanel::sendableChanged, this, [this](bool sendable) {
        m_ui->actionCopyEmail->setEnabled(sendable);
        m_ui->actionOpenInMail->setEnabled(sendable);
    });
}

// View ▸ Language: the choice is stored and read at the next start (Application loads the translations before
// any window exists), so the window does not have to retranslate itself.
void MainWindow::setUpLanguageMenu()
{
    m_ui->menuView->addSeparator();
    auto* menu = m_ui->menuView->addMenu(tr("&Language"));
    menu->setObjectName(u"menuLanguage"_s);
    auto* group = new QActionGroup(menu);
    const QString chosen = Settings::get(Settings::Key::Language).toString();
    const auto addLanguage = [&](const QString& text, const QString& code) {
        auto* action = menu->addAction(text);
        action->setObjectName(u"actionLanguage_"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (Settings::get(Settings::Key::Language).toString() == code)
                return;
            Settings::set(Settings::Key::Language, code);
            MessageBox::information(this, tr("Language"),
                                    tr("The new language takes effect after you restart Anchorline."));
        });
    };
    addLanguage(tr("System default"), QString());
    menu->addSeparator();
    addLanguage(LanguageNames::autonym(u"en"_s), u"en"_s);
    for (const auto& code : TranslationLoader::availableLanguages())
        addLanguage(LanguageNames::autonym(code), code);
}

// Coach mode: the session's notes and history in a dock below the charts (View ▸ Notes & History). Its edits
// share the form's undo stack, so Edit ▸ Undo takes back whatever was done last. The dock starts hidden
// unless the window's saved state shows it, so its panel is built when it is first shown.
void MainWindow::setUpNotesDock()
{
    m_notesPage = new DeferredPage([this] {
        m_notes = new NotesHistoryPanel;
        m_notes->setUndoStack(m_form->undoStack());
        m_notes->setNotesAndHistory(std::exchange(m_notesText, {}), std::exchange(m_history, {}));
        connect(m_notes, &NotesHistoryPanel::changed, this, &MainWindow::notesHistoryEdited);
        return m_notes;
    });
    auto* dock = new QDockWidget(tr("Notes & History"), this);
    dock->setObjectName(u"notesHistoryDock"_s);
    dock->setWidget(m_notesPage);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    auto* toggle = dock->toggleViewAction();
    toggle->setText(tr("&Notes && History"));
    toggle->setObjectName(u"actionShowNotesHistory"_s);
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+H"_s));
    toggle->setToolTip(tr("Show the client's notes and the history of asks and answers"));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);
}

// Coach mode: File ▸ Clients… after Open Recent, and the offer brief's Print, Print Preview and Export PDF
// before Quit.
void MainWindow::setUpCoachActions()
{
    auto* clients = new QAction(tr("&Clients…"), this);
    clients->setObjectName(u"actionClients"_s);
    clients->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    clients->setToolTip(tr("The sessions in your clients' folder: search them, open one, add a client"));
    connect(clients, &QAction::triggered, this, [this] { clientListWindow()->showClients(); });
    const auto fileActions = m_ui->menuFile->actions();
    const auto* recent = findChild<QMenu*>(u"menuRecentSessions"_s);
    const qsizetype recentAt = recent ? fileActions.indexOf(recent->menuAction()) : -1;
    m_ui->menuFile->insertAction(recentAt >= 0 && recentAt + 1 < fileActions.size()
                                     ? fileActions.at(recentAt + 1)
                                     : m_ui->actionSaveEmail,
                                 clients);
    m_printer = new BriefPrinter(this, m_store);
    m_printer->addActions(m_ui->menuFile, m_ui->actionQuit);
}

void MainWindow::setInput(const NegotiationInput& input)
{
    m_form->setInput(input);
    m_workspace->setInput(input);
}

void MainWindow::setSession(const Session& session)
{
    if (session.offers.isEmpty())
        return;
    m_form->setSession(session);
    m_workspace->setInput(session.negotiationInput());
    if (session.email.userEdited)
        m_panel->setEditedEmail(session.email.subject, session.email.body);
    setNotesAndHistory(session.notes, session.history);
    setStockScenarioSettings(session.stockScenarios);
}

void MainWindow::setNotesAndHistory(const QString& notes, const QList<Session::HistoryEntry>& history)
{
    if (m_notes) {
        m_notes->setNotesAndHistory(notes, history);
        return;
    }
    m_notesText = notes;
    m_history = history;
}

NotesHistoryPanel* MainWindow::notesHistoryPanel() const
{
    return built(m_notesPage, m_notes);
}

void MainWindow::setStockScenarioSettings(const StockScenarioSettings& settings)
{
    m_scenarioSettings = settings;
    if (m_stockScenarios)
        m_stockScenarios->setChosenSettings(settings);
}

Session MainWindow::currentSession() const
{
    const NegotiationInput& input = m_workspace->input();
    Session session;
    m_form->applyTo(session);
    auto& settings = session.negotiation;
    settings.strategyId = input.strategyId;
    settings.tone = input.tone;
    settings.language = input.language;
    settings.targetPercentile = input.targetPercentile;
    session.email = {m_panel->emailSubject(), m_panel->emailBody(), m_panel->isEmailEdited()};
    if (m_notes) {
        m_notes->applyTo(session);
    } else {
        session.notes = m_notesText;
        session.history = m_history;
    }
    session.stockScenarios = m_stockScenarios ? m_stockScenarios->chosenSettings() : m_scenarioSettings;
    return session;
}

void MainWindow::applyFormInputs()
{
    NegotiationInput input = m_workspace->input();
    m_form->applyTo(input);
    m_workspace->setInput(input);
}

ClientListWindow* MainWindow::clientListWindow()
{
    if (!m_clients) {
        m_clients = new ClientListWindow(m_document, this);
        m_clients->setAttribute(Qt::WA_QuitOnClose, false);
    }
    return m_clients;
}

MarketBandChart* MainWindow::marketBandChart() const
{
    return built(m_bandPage, m_bandChart);
}

YearByYearChart* MainWindow::yearByYearChart() const
{
    return built(m_yearPage, m_yearChart);
}

LevelProgressionChart* MainWindow::levelProgressionChart() const
{
    return built(m_levelPage, m_levelChart);
}

WalkAwayChart* MainWindow::walkAwayChart() const
{
    return built(m_walkAwayPage, m_walkAwayChart);
}

RoleComparisonView* MainWindow::roleComparisonView() const
{
    return built(m_rolePage, m_roleComparison);
}

OfferComparisonModel* MainWindow::offerComparisonModel() const
{
    return built(m_comparisonPage, m_comparisonModel);
}

OfferComparisonView* MainWindow::offerComparisonView() const
{
    return built(m_comparisonPage, m_offerComparison);
}

RealTermsView* MainWindow::realTermsView() const
{
    return built(m_realTermsPage, m_realTerms);
}

StockScenarioView* MainWindow::stockScenarioView() const
{
    return built(m_scenarioPage, m_stockScenarios);
}

// The show… functions fill the chart tabs built so far; a tab built later is filled when it is built.
void MainWindow::showResults()
{
    if (m_realTerms)
        m_realTerms->setOffer(m_workspace->input().offer);
    showBand();
    showYears();
    showLevels();
    showWalkAway();
    showRoleArea();
    showScenarios();

    m_sourceLabel->setText(m_workspace->bandSourceText());
    showProblems();
}

void MainWindow::showBand()
{
    if (!m_bandChart)
        return;
    const auto& band = m_workspace->band();
    if (!band) {
        m_bandChart->clearBand();
        return;
    }
    const auto& plan = m_workspace->plan();
    const Money& offered = m_workspace->input().offer.base;
    const auto asked = plan ? std::optional(plan->ask.base.asked) : std::nullopt;
    // As published, or at US-average prices when the cost-of-living tab (built by then) says so.
    if (m_realTerms)
        m_realTerms->showBand(*m_bandChart, *band, offered, asked);
    else
        RealTermsView::showPublishedBand(*m_bandChart, *band, offered, asked);
}

void MainWindow::showYears()
{
    if (!m_yearChart)
        return;
    m_yearChart->setYears(m_workspace->years());
    m_yearChart->setSourceNote(realTermsView()->yearChartNote());
}

void MainWindow::showLevels()
{
    if (m_levelChart)
        m_levelChart->setProgression(m_workspace->levelProgression());
}

void MainWindow::showWalkAway()
{
    if (m_walkAwayChart)
        m_walkAwayChart->setCosts(m_workspace->walkAwayCosts());
}

void MainWindow::showRoleArea()
{
    if (m_roleComparison && m_workspace->band())
        m_roleComparison->setArea(m_workspace->band()->areaCode);
}

void MainWindow::showScenarios()
{
    if (m_stockScenarios)
        m_stockScenarios->setOffer(m_workspace->input().offer, m_workspace->input().companyStage);
}

void MainWindow::showProblems()
{
    const auto problems = m_form->problems();
    if (!problems.isEmpty()) {
        m_matchLabel->setText(
            tr("Check %1 (the charts show the last valid inputs)").arg(problems.front().toString()));
        return;
    }
    const auto& role = m_workspace->matchedRole();
    const auto& location = m_workspace->matchedLocation();
    QString text;
    if (role && location)
        text = tr("Compared with: %1 (%2) in %3").arg(role->title, role->soc, location->name);
    if (!m_workspace->bandError().isEmpty())
        text = text.isEmpty() ? m_workspace->bandError() : text + u" · "_s + m_workspace->bandError();
    m_matchLabel->setText(text);
}

QString MainWindow::statusText() const
{
    return m_matchLabel->text() + u" | "_s + m_sourceLabel->text();
}

void MainWindow::showDataSources()
{
    DataSourcesDialog dialog(m_store, m_workspace->datasetLibrary(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(Settings::get(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(Settings::get(Settings::Key::MainWindowState).toByteArray());
    m_ui->mainSplitter->restoreState(Settings::get(Settings::Key::MainSplitterState).toByteArray());
    m_ui->chartTabs->setCurrentIndex(Settings::get(Settings::Key::ChartTab).toInt());
}

std::optional<Session> MainWindow::lastSession()
{
    const QByteArray last = Settings::get(Settings::Key::LastSession).toByteArray();
    if (last.isEmpty())
        return std::nullopt;
    // A damaged or too-new stored session is ignored: the window opens with the sample inputs.
    auto parsed = SessionJson::parse(last);
    if (!parsed.ok() || !parsed.session->validate().isEmpty())
        return std::nullopt;
    return std::move(parsed.session);
}

void MainWindow::saveSettings() const
{
    Settings::set(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::set(Settings::Key::MainWindowState, saveState());
    Settings::set(Settings::Key::MainSplitterState, m_ui->mainSplitter->saveState());
    Settings::set(Settings::Key::ChartTab, m_ui->chartTabs->currentIndex());
    Settings::set(Settings::Key::LastSession,
                  SessionJson::toJson(currentSession(), QDateTime::currentDateTimeUtc()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_document->maybeClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace Anchorline
