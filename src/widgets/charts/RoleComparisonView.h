#pragma once

#include "CareerLevel.h"
#include "LevelProgression.h"

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Anchorline {

class LevelProgressionChart;
class MarketStore;
class RolePayTableModel;

// Two roles side by side, as in the product brief's comparison page: typical pay, early/mid/senior pay,
// pay progression by level, what drives the difference, skills that drive higher pay (with their impact),
// career paths, where pay growth slows and common transitions. AI Engineer vs Software Engineer by default;
// any two occupations work from the government data. Every figure names its source and date; the brief's
// are labelled as a secondary source.
class RoleComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit RoleComparisonView(const MarketStore& store, QWidget* parent = nullptr);

    // A profiled role id ("ai-engineer"), an occupation's SOC code or title.
    void setRoles(const QString& first, const QString& second);
    // An OFLC area code, or "US" for the national figures.
    void setArea(const QString& areaCode);
    void setLevel(CareerLevel level);

    ComparedRole firstRole() const { return m_roles[0]; }
    ComparedRole secondRole() const { return m_roles[1]; }
    QString areaCode() const;
    // Visible texts, for tests and screenshots.
    QString typicalPayText(int roleIndex) const;
    QString levelSummaryText() const;
    const RolePayTableModel* payTable() const { return m_payTable; }
    LevelProgressionChart* progressionChart() const { return m_progression; }
    QString driversText() const;
    QString skillsText(int roleIndex) const;
    QString careerText(int roleIndex) const;

signals:
    void dataSourcesRequested();

private:
    QWidget* buildPickers();
    QWidget* buildSection(const QString& title, QWidget* content);
    void fillRolePicker(QComboBox* picker);
    void fillAreaPicker();
    void selectData(QComboBox* picker, const QString& data);
    void pickersChanged();
    void refresh();
    void refreshTypicalPay();
    void refreshLevelSummary();
    void refreshProfiles();

    const MarketStore& m_store;
    std::array<ComparedRole, 2> m_roles;
    std::array<QComboBox*, 2> m_rolePickers{};
    QComboBox* m_areaPicker;
    QComboBox* m_levelPicker;
    std::array<QLabel*, 2> m_typicalPay{};
    QLabel* m_typicalPaySource;
    QLabel* m_levelSummary;
    RolePayTableModel* m_payTable;
    QTableView* m_payTableView;
    LevelProgressionChart* m_progression;
    QLabel* m_drivers;
    std::array<QLabel*, 2> m_skills{};
    std::array<QLabel*, 2> m_careers{};
    QLabel* m_profileSource;
    bool m_updating = false;
};

} // namespace Anchorline
