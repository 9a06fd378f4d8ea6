#pragma once

#include "NegotiationInput.h"
#include "Offer.h"
#include "StockScenarioSettings.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace Anchorline {

class EquityScenarioChart;

// The "Stock scenarios" tab: the fan chart of the offer's equity under yearly stock-price scenarios, the
// growth rate of each scenario (whole percent, -100 to +300 % a year), the 4-year totals and, for a private
// company (startup or growth stage), the expected-value discount and a plain warning that the equity may be
// worth nothing. Growth rates and discount are the user's and survive offer changes.
class StockScenarioView : public QWidget
{
    Q_OBJECT

public:
    explicit StockScenarioView(QWidget* parent = nullptr);

    // The offer (it must validate) and the stage that says whether the company is private.
    void setOffer(const Offer& offer, CompanyStage stage);
    StockScenarioSettings settings() const { return m_settings; }
    // The growth rates and discount of a session (a new one: the defaults); whether the company is private
    // still comes from setOffer()'s stage. Not an edit: settingsEdited() is not emitted.
    void setChosenSettings(const StockScenarioSettings& settings);
    // What a session keeps: the growth rates and the discount (privateCompany false).
    StockScenarioSettings chosenSettings() const;
    // Puts the keyboard focus on the first growth rate (View ▸ Stock Scenarios).
    void focusFirstRate();

    EquityScenarioChart* chart() const { return m_chart; }
    QSpinBox* growthSpinBox(int scenarioIndex) const { return m_growthBoxes.at(scenarioIndex); }
    QSpinBox* discountSpinBox() const { return m_discountBox; }
    QString totalsText() const;
    QString warningText() const; // empty for a public company
    bool isDiscountShown() const;

signals:
    void dataSourcesRequested();
    // The person changed a growth rate or the discount.
    void settingsEdited();

private:
    void edited();
    void recompute();

    Offer m_offer;
    StockScenarioSettings m_settings;
    EquityScenarioChart* m_chart;
    QList<QSpinBox*> m_growthBoxes;
    QWidget* m_discountRow;
    QSpinBox* m_discountBox;
    QLabel* m_totals;
    QLabel* m_warning;
};

} // namespace Anchorline
