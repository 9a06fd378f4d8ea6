#pragma once

#include "CareerLevel.h"
#include "LevelProgression.h"

#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace Anchorline {

class DatasetLibrary;
class LevelProgressionChart;
class MarketStore;
class RolePayTableModel;

// Two roles side by side, as in the product brief's comparison page: typical pay, early/mid/senior pay,
// pay progression by level, what drives the difference, skills that drive higher pay (with their impact),
// career paths, where pay growth slows and common transitions. AI Engineer vs Software Engineer by default;
// any two occupations work from the government data. Every figure names its source and date; the brief's
// are labelled as a secondary source, a user's imported dataset's figures are shown in rows and lines of
// their own that name it.
//
// The view builds its pickers and sections when it is first shown or asked for its contents: the pickers list
// every occupation and area and the rich-text sections are costly to lay out, so a main window that starts on
// another tab does not pay for them (the start-up benchmark, docs/benchmarks.md).
class RoleComparisonView : public QWidget
{
    Q_OBJECT

public:
    // `datasets`: the user's imported datasets, shown beside the built-in figures where they cover a role at
    // the chosen place (null: built-in data only).
    explicit RoleComparisonView(const MarketStore& store,
                                std::shared_ptr<const DatasetLibrary> datasets = nullptr,
                                QWidget* parent = nullptr);

    // A profiled role id ("ai-engineer"), an occupation's SOC code or title.
    void setRoles(const QString& first, const QString& second);
    // An OFLC area code, or "US" for the national figures; kept for later when the view is not built yet.
    void setArea(const QString& areaCode);
    void setLevel(CareerLevel level);

    ComparedRole firstRole() const
    {
        ensureBuilt();
        return m_roles[0];
    }
    ComparedRole secondRole() const
    {
        ensureBuilt();
        return m_roles[1];
    }
    QString areaCode() const;
    // Visible texts, for tests and screenshots.
    QString typicalPayText(int roleIndex) const;
    QString levelSummaryText() const;
    const RolePayTableModel* payTable() const;
    LevelProgressionChart* progressionChart() const;
    QString driversText() const;
    QString skillsText(int roleIndex) const;
    QString careerText(int roleIndex) const;

signals:
    void dataSourcesRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Logically const: the accessors show the same state whether or not the widgets exist yet.
    void ensureBuilt() const;
    void build();
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
    std::shared_ptr<const DatasetLibrary> m_datasets;
    std::array<ComparedRole, 2> m_roles;
    std::array<QComboBox*, 2> m_rolePickers{};
    QComboBox* m_areaPicker = nullptr;
    QComboBox* m_levelPicker = nullptr;
    std::array<QLabel*, 2> m_typicalPay{};
    QLabel* m_typicalPaySource = nullptr;
    QLabel* m_levelSummary = nullptr;
    RolePayTableModel* m_payTable = nullptr;
    QTableView* m_payTableView = nullptr;
    LevelProgressionChart* m_progression = nullptr;
    QLabel* m_drivers = nullptr;
    std::array<QLabel*, 2> m_skills{};
    std::array<QLabel*, 2> m_careers{};
    QLabel* m_profileSource = nullptr;
    bool m_updating = false;
    bool m_built = false;
    QString m_pendingArea; // setArea() before the view was built
};

} // namespace Anchorline
