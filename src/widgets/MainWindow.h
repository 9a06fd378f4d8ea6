#pragma once

#include "NegotiationInput.h"
#include "Session.h"
#include "StockScenarioSettings.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace Anchorline {

class BriefPrinter;
class ChartPanel;
class ClientListWindow;
class DeferredPage;
class LevelProgressionChart;
class MarketBandChart;
class MarketStore;
class NegotiationPanel;
class NotesHistoryPanel;
class OfferComparisonModel;
class OfferComparisonView;
class OfferForm;
class OffersStrip;
class OfferWorkspace;
class RealTermsView;
class RoleComparisonView;
struct Session;
class SessionDocument;
class StockScenarioView;
class WalkAwayChart;
class YearByYearChart;

// The one main window: the offer inputs on the left, the charts in the centre, the negotiation panel on the
// right, the data source and its age in the status bar. It wires the parts together; the computing happens
// in the core (OfferWorkspace).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Opens with the sample offer.
    explicit MainWindow(const MarketStore& store, QWidget* parent = nullptr);
    // Opens with `session` (saved at `path`, empty for an untitled one), or the sample offer if there is
    // none: the window computes only what it shows.
    MainWindow(const MarketStore& store, const std::optional<Session>& session, const QString& path,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `input` in the form and recomputes at once.
    void setInput(const NegotiationInput& input);
    // Loads a session's offers (the negotiated one selected), its settings and its edited email.
    void setSession(const Session& session);
    // The offers, the inputs and the email as a session, for saving and "remember last inputs".
    Session currentSession() const;
    // The Stock scenarios tab's growth rates and discount, also before the tab is built.
    void setStockScenarioSettings(const StockScenarioSettings& settings);

    // Window geometry, splitter and tabs (QSettings through Settings); saving also keeps the last inputs.
    void restoreSettings();
    void saveSettings() const;
    // The session saveSettings() kept; nullopt if there is none or it is damaged or too new.
    static std::optional<Session> lastSession();

    OfferForm* offerForm() const { return m_form; }
    NegotiationPanel* negotiationPanel() const { return m_panel; }
    OfferWorkspace* workspace() const { return m_workspace; }
    // The chart tabs are built when first shown; these build them if they were not yet.
    MarketBandChart* marketBandChart() const;
    YearByYearChart* yearByYearChart() const;
    LevelProgressionChart* levelProgressionChart() const;
    WalkAwayChart* walkAwayChart() const;
    RoleComparisonView* roleComparisonView() const;
    OfferComparisonModel* offerComparisonModel() const;
    OfferComparisonView* offerComparisonView() const;
    StockScenarioView* stockScenarioView() const;
    OffersStrip* offersStrip() const { return m_offersStrip; }
    RealTermsView* realTermsView() const;
    SessionDocument* sessionDocument() const { return m_document; }
    // Built when its dock is first shown or this is called.
    NotesHistoryPanel* notesHistoryPanel() const;
    // A loaded session's notes and history, held here until the panel is built.
    void setNotesAndHistory(const QString& notes, const QList<Session::HistoryEntry>& history);
    // Built at its first use (File ▸ Clients…).
    ClientListWindow* clientListWindow();
    BriefPrinter* briefPrinter() const { return m_printer; }
    QString statusText() const;

signals:
    // The person changed a growth rate or the discount on the Stock scenarios tab.
    void stockScenarioSettingsEdited();
    // The person edited the notes or the history of asks and answers.
    void notesHistoryEdited();

public slots:
    void showDataSources();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    DeferredPage* addChartTab(const QString& title, const std::function<ChartPanel*()>& create,
                              const std::function<void()>& show);
    void setUpCharts(const MarketStore& store);
    void setUpStockScenarios();
    void setUpActions();
    void setUpLanguageMenu();
    void setUpOffers();
    void showOffers();
    void setUpNotesDock();
    void setUpCoachActions();
    void setUpRealTerms();
    void applyFormInputs();
    void showResults();
    void showBand();
    void showYears();
    void showLevels();
    void showWalkAway();
    void showRoleArea();
    void showScenarios();
    void showProblems();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const MarketStore& m_store;
    OfferWorkspace* m_workspace;
    OfferForm* m_form;
    NegotiationPanel* m_panel;
    MarketBandChart* m_bandChart = nullptr;
    YearByYearChart* m_yearChart = nullptr;
    LevelProgressionChart* m_levelChart = nullptr;
    WalkAwayChart* m_walkAwayChart = nullptr;
    RoleComparisonView* m_roleComparison = nullptr;
    OffersStrip* m_offersStrip = nullptr;
    OfferComparisonModel* m_comparisonModel = nullptr;
    OfferComparisonView* m_offerComparison = nullptr;
    StockScenarioView* m_stockScenarios = nullptr;
    RealTermsView* m_realTerms = nullptr;
    DeferredPage* m_bandPage = nullptr;
    DeferredPage* m_yearPage = nullptr;
    DeferredPage* m_levelPage = nullptr;
    DeferredPage* m_walkAwayPage = nullptr;
    DeferredPage* m_rolePage = nullptr;
    DeferredPage* m_comparisonPage = nullptr;
    DeferredPage* m_scenarioPage = nullptr;
    DeferredPage* m_realTermsPage = nullptr;
    StockScenarioSettings m_scenarioSettings;
    QLabel* m_matchLabel;
    QLabel* m_sourceLabel;
    SessionDocument* m_document = nullptr;
    DeferredPage* m_notesPage = nullptr;
    NotesHistoryPanel* m_notes = nullptr;
    QString m_notesText;                    // until m_notes is built
    QList<Session::HistoryEntry> m_history; // until m_notes is built
    ClientListWindow* m_clients = nullptr;
    BriefPrinter* m_printer = nullptr;
};

} // namespace Anchorline
