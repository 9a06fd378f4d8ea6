#include "../../core/ImportedDatasetFixture.h"
#include "ChartPreview.h"
#include "MarketStore.h"
#include "RolePayTableModel.h"
#include "charts/LevelProgressionChart.h"
#include "charts/RoleComparisonView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLineSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;

class TestRoleComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void defaultComparesAiAndSoftwareEngineers();
    void briefContentIsShownWithItsSource();
    void anyTwoOccupationsFromGovernmentData();
    void locationChangesGovernmentFigures();
    void pickingInTheComboBoxes();
    void chartCaptionLinkIsForwarded();
    void importedDatasetBesideGovernmentFigures();

private:
    std::unique_ptr<RoleComparisonView> m_view;
};

void TestRoleComparisonView::init()
{
    m_view = std::make_unique<RoleComparisonView>(MarketStore::builtIn());
    m_view->resize(1000, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRoleComparisonView::defaultComparesAiAndSoftwareEngineers()
{
    QCOMPARE(m_view->firstRole().name, QStringLiteral("AI Engineer"));
    QCOMPARE(m_view->secondRole().name, QStringLiteral("Software Engineer"));
    QCOMPARE(m_view->areaCode(), QStringLiteral("US"));
    // The brief's typical pay: $240k vs $216k.
    QVERIFY2(m_view->typicalPayText(0).contains(QStringLiteral("$240k")),
             qPrintable(m_view->typicalPayText(0)));
    QVERIFY2(m_view->typicalPayText(1).contains(QStringLiteral("$216k")),
             qPrintable(m_view->typicalPayText(1)));

    const RolePayTableModel* table = m_view->payTable();
    QCOMPARE(table->rowCount(), 4);
    const auto cell = [table](int row, int column) { return table->index(row, column).data().toString(); };
    QCOMPARE(cell(0, RolePayTableModel::EarlyColumn), QStringLiteral("$188k"));
    QCOMPARE(cell(0, RolePayTableModel::MidColumn), QStringLiteral("$257k"));
    QCOMPARE(cell(0, RolePayTableModel::SeniorColumn), QStringLiteral("$350k"));
    QCOMPARE(cell(1, RolePayTableModel::EarlyColumn), QStringLiteral("$140k"));
    QCOMPARE(cell(1, RolePayTableModel::MidColumn), QStringLiteral("$206k"));
    QCOMPARE(cell(1, RolePayTableModel::SeniorColumn), QStringLiteral("$285k"));
    QCOMPARE(cell(3, RolePayTableModel::TypicalColumn), QStringLiteral("$133,080"));

    const QList<QBarSet*> bars = m_view->progressionChart()->barSeries()->barSets();
    QCOMPARE(bars.size(), 2);
    QCOMPARE(bars[0]->at(3), 350000.0);
    QCOMPARE(bars[1]->at(3), 285000.0);
    QCOMPARE(m_view->progressionChart()->lineSeries().size(), 2);
    saveChartPreview(m_view.get(), QStringLiteral("role-comparison-view"));
    // The README screenshot: the whole scrollable page at 1× (docs/screenshots/role-comparison.png).
    const QString directory = qEnvironmentVariable("ANCHORLINE_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QWidget* page = m_view->findChild<QScrollArea*>()->widget();
        QVERIFY(page->grab().save(QDir(directory).filePath(QStringLiteral("role-comparison.png"))));
    }
}

void TestRoleComparisonView::briefContentIsShownWithItsSource()
{
    QVERIFY(m_view->driversText().contains(QStringLiteral("Specialization Premium")));
    QVERIFY(m_view->driversText().contains(QStringLiteral("Educational Requirements")));
    QVERIFY(m_view->skillsText(0).contains(QStringLiteral("Deep Learning Frameworks")));
    QVERIFY(m_view->skillsText(0).contains(QStringLiteral("HIGH IMPACT")));
    QVERIFY(m_view->skillsText(1).contains(QStringLiteral("Full-Stack Development")));
    QVERIFY(m_view->skillsText(1).contains(QStringLiteral("MEDIUM IMPACT")));
    QVERIFY(m_view->careerText(0).contains(QStringLiteral("Principal AI Engineer")));
    QVERIFY(m_view->careerText(1).contains(QStringLiteral("Staff/Principal Engineer")));
    QVERIFY(m_view->careerText(1).contains(QStringLiteral("typically plateau at senior levels")));
    QVERIFY(m_view->careerText(0).contains(QStringLiteral("technical product management")));
    QVERIFY(m_view->progressionChart()->captionText().contains(QStringLiteral(
        "Secondary source: Ai Engineer vs Software Engineer Salary (2026), last updated January 2026")));
    QVERIFY2(m_view->levelSummaryText().contains(
                 QStringLiteral("Median base pay, Mid-level: AI Engineer $140,910 (est.)")),
             qPrintable(m_view->levelSummaryText()));
}

void TestRoleComparisonView::anyTwoOccupationsFromGovernmentData()
{
    m_view->setArea(QStringLiteral("41940"));
    m_view->setRoles(QStringLiteral("15-1252"), QStringLiteral("Registered Nurses"));
    QCOMPARE(m_view->firstRole().soc, QStringLiteral("15-1252"));
    QCOMPARE(m_view->secondRole().soc, QStringLiteral("29-1141"));
    // The government median for software developers in San Jose: OFLC Level III, 226,138.
    QVERIFY2(m_view->typicalPayText(0).contains(QStringLiteral("$226,138")),
             qPrintable(m_view->typicalPayText(0)));
    QCOMPARE(m_view->payTable()->rowCount(), 2);
    QVERIFY(m_view->progressionChart()->barSeries()->barSets().isEmpty());
    QCOMPARE(m_view->progressionChart()->lineSeries().size(), 2);
    QVERIFY(
        m_view->driversText().contains(QStringLiteral("only between AI engineers and software engineers")));
    QVERIFY(m_view->skillsText(1).contains(QStringLiteral("no skills or career-path data")));
    saveChartPreview(m_view.get(), QStringLiteral("role-comparison-occupations"));
}

void TestRoleComparisonView::locationChangesGovernmentFigures()
{
    m_view->setArea(QStringLiteral("12420"));
    const RolePayTableModel* table = m_view->payTable();
    // Software Engineer → 15-1252; in Austin its median is OFLC Level III, 139,152.
    QCOMPARE(table->index(3, RolePayTableModel::TypicalColumn).data().toString(), QStringLiteral("$139,152"));
    QVERIFY(table->index(3, RolePayTableModel::SourceColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Austin")));
    // The brief's figures are not local and stay as they are.
    QCOMPARE(table->index(1, RolePayTableModel::TypicalColumn).data().toString(), QStringLiteral("$216k"));
}

void TestRoleComparisonView::pickingInTheComboBoxes()
{
    auto* second = m_view->findChild<QComboBox*>(QStringLiteral("secondRolePicker"));
    QVERIFY(second);
    second->setCurrentIndex(second->findData(QStringLiteral("15-2051")));
    QCOMPARE(m_view->secondRole().name, QStringLiteral("Data Scientists"));
    QCOMPARE(m_view->payTable()->rowCount(), 3); // AI brief row, AI and data scientist government rows
    QVERIFY(m_view->driversText().contains(QStringLiteral("only between")));
    auto* level = m_view->findChild<QComboBox*>(QStringLiteral("levelPicker"));
    level->setCurrentIndex(level->findData(QStringLiteral("senior")));
    QVERIFY2(m_view->levelSummaryText().contains(QStringLiteral("Senior")),
             qPrintable(m_view->levelSummaryText()));
}

void TestRoleComparisonView::chartCaptionLinkIsForwarded()
{
    QSignalSpy spy(m_view.get(), &RoleComparisonView::dataSourcesRequested);
    emit m_view->progressionChart()->dataSourcesRequested();
    QCOMPARE(spy.count(), 1);
}

// The user's imported figures for a compared role are shown as the window shows them, beside the government
// figures (a table row, a chart line, a sentence under the table), each naming the dataset.
void TestRoleComparisonView::importedDatasetBesideGovernmentFigures()
{
    QTemporaryDir folder;
    const auto library = ImportedDatasetFixture::libraryWith(
        folder.filePath(QStringLiteral("datasets")),
        "15-1252,senior,41940,USD,,210000,240000,,,Acme Comp Survey 2025,2025-04-01\n",
        QStringLiteral("Acme 2025"));
    RoleComparisonView view(MarketStore::builtIn(), library);
    view.resize(1000, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setArea(QStringLiteral("41940"));
    view.setRoles(QStringLiteral("15-1252"), QStringLiteral("Registered Nurses"));
    view.setLevel(CareerLevel::Senior);
    const RolePayTableModel* table = view.payTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->index(1, RolePayTableModel::SeniorColumn).data().toString(), QStringLiteral("$240,000"));
    QCOMPARE(table->index(1, RolePayTableModel::EarlyColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(
        table->index(1, RolePayTableModel::SourceColumn)
            .data()
            .toString()
            .startsWith(QStringLiteral("your dataset \"Acme 2025\": Acme Comp Survey 2025, 2025-04-01 (")));
    // The government figure stays: OFLC Level IV, 264,514, is the senior median in San Jose.
    QVERIFY2(view.levelSummaryText().contains(QStringLiteral("Software Developers $264,514 (est.)")),
             qPrintable(view.levelSummaryText()));
    QVERIFY2(view.levelSummaryText().contains(
                 QStringLiteral("From your imported data: Software Developers $240,000 (your dataset "
                                "&quot;Acme 2025&quot;: Acme Comp Survey 2025, 2025-04-01 (")),
             qPrintable(view.levelSummaryText()));
    QCOMPARE(view.progressionChart()->lineSeries().size(), 3);
    saveChartPreview(view.progressionChart(), QStringLiteral("level-progression-imported"));
}

QTEST_MAIN(TestRoleComparisonView)
#include "TestRoleComparisonView.moc"
