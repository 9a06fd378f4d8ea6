#include "ImportedDatasetFixture.h"
#include "MarketStore.h"
#include "RolePayTableModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;

class TestRolePayTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void briefAndGovernmentRows();
    void occupationsWithoutProfileHaveGovernmentRowsOnly();
    void cellTexts();
    void importedDatasetRowsNameTheirDataset();
};

void TestRolePayTableModel::briefAndGovernmentRows()
{
    const MarketStore& store = MarketStore::builtIn();
    RolePayTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(RolePayTableModel::buildRows(
        store,
        {ComparedRole::fromName(store, u"ai-engineer"), ComparedRole::fromName(store, u"software-engineer")},
        u"US"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(RolePayTableModel::EarlyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Early-career"));

    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, RolePayTableModel::RoleColumn), QStringLiteral("AI Engineer"));
    QCOMPARE(text(0, RolePayTableModel::SourceColumn), QStringLiteral("Secondary source, January 2026"));
    QCOMPARE(text(0, RolePayTableModel::TypicalColumn), QStringLiteral("$240k"));
    QCOMPARE(text(0, RolePayTableModel::EarlyColumn), QStringLiteral("$188k"));
    QCOMPARE(text(0, RolePayTableModel::MidColumn), QStringLiteral("$257k"));
    QCOMPARE(text(0, RolePayTableModel::SeniorColumn), QStringLiteral("$350k"));
    QCOMPARE(text(1, RolePayTableModel::TypicalColumn), QStringLiteral("$216k"));
    QCOMPARE(text(1, RolePayTableModel::EarlyColumn), QStringLiteral("$140k"));
    QCOMPARE(text(1, RolePayTableModel::MidColumn), QStringLiteral("$206k"));
    QCOMPARE(text(1, RolePayTableModel::SeniorColumn), QStringLiteral("$285k"));
    QCOMPARE(
        model.index(1, RolePayTableModel::SeniorColumn).data(RolePayTableModel::MinorUnitsRole).toLongLong(),
        28'500'000LL);

    // Government rows: OEWS national medians, 2024 (15-1221: 140,910; 15-1252: 133,080), published.
    QCOMPARE(text(2, RolePayTableModel::RoleColumn), QStringLiteral("AI Engineer"));
    QVERIFY(!model.rows()[2].secondarySource);
    QCOMPARE(text(2, RolePayTableModel::TypicalColumn), QStringLiteral("$140,910"));
    QCOMPARE(text(3, RolePayTableModel::TypicalColumn), QStringLiteral("$133,080"));
    QVERIFY2(text(3, RolePayTableModel::SourceColumn)
                 .contains(QStringLiteral("BLS OEWS, May 2024 (survey of 2024, ")),
             qPrintable(text(3, RolePayTableModel::SourceColumn)));
    QVERIFY2(text(3, RolePayTableModel::EarlyColumn).endsWith(QStringLiteral("(est.)")),
             qPrintable(text(3, RolePayTableModel::EarlyColumn)));
}

void TestRolePayTableModel::occupationsWithoutProfileHaveGovernmentRowsOnly()
{
    const MarketStore& store = MarketStore::builtIn();
    const QList<RolePayRow> rows = RolePayTableModel::buildRows(
        store, {ComparedRole::fromName(store, u"15-1252"), ComparedRole::fromName(store, u"29-1141")},
        u"41940");
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].role, QStringLiteral("Software Developers"));
    QCOMPARE(rows[0].pay[RolePayRow::Typical].amount, Money::fromMajor(226138));
    QCOMPARE(rows[0].pay[RolePayRow::Typical].kind, BandValue::Kind::Published);
    QCOMPARE(rows[0].pay[RolePayRow::Early].amount, Money::fromMajor(149365));
    QCOMPARE(rows[1].role, QStringLiteral("Registered Nurses"));
    QVERIFY(rows[1].source.contains(QStringLiteral("San Jose")));
}

void TestRolePayTableModel::cellTexts()
{
    QCOMPARE(RolePayTableModel::cellText({}, false), QStringLiteral("—"));
    QCOMPARE(RolePayTableModel::cellText({Money::fromMajor(239200), BandValue::Kind::TopCoded}, false),
             QStringLiteral("≥ $239,200"));
    QCOMPARE(RolePayTableModel::cellText({Money::fromMajor(226138), BandValue::Kind::Estimated}, false),
             QStringLiteral("$226,138 (est.)"));
    QCOMPARE(RolePayTableModel::cellText({Money::fromMajor(226138), BandValue::Kind::Published}, false),
             QStringLiteral("$226,138"));
    QCOMPARE(RolePayTableModel::cellText({Money::fromMajor(240000), BandValue::Kind::Published}, true),
             QStringLiteral("$240k"));
}

// A role the user's dataset covers at the chosen place gets a row of its own beside the government row,
// naming the dataset, its source, date and age; figures the dataset does not give stay missing.
void TestRolePayTableModel::importedDatasetRowsNameTheirDataset()
{
    QTemporaryDir folder;
    const auto library = ImportedDatasetFixture::libraryWith(
        folder.filePath(QStringLiteral("datasets")),
        "15-1252,,41940,USD,,,230000,,,Acme Comp Survey 2025,2025-04-01\n"
        "15-1252,senior,41940,USD,,210000,240000,,,Acme Comp Survey 2025,2025-04-01\n",
        QStringLiteral("Acme 2025"));
    const MarketStore& store = MarketStore::builtIn();
    const QList<RolePayRow> rows = RolePayTableModel::buildRows(
        store, {ComparedRole::fromName(store, u"15-1252"), ComparedRole::fromName(store, u"29-1141")},
        u"41940", library.get(), QDate(2026, 11, 26));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].pay[RolePayRow::Typical].amount, Money::fromMajor(226138)); // OFLC Level III
    QCOMPARE(rows[0].source, QStringLiteral("DOL OFLC, July 2025 – June 2026 (survey of 2024, 2 years old), "
                                            "San Jose-Sunnyvale-Santa Clara, CA"));
    QCOMPARE(rows[1].role, QStringLiteral("Software Developers"));
    QVERIFY(!rows[1].secondarySource);
    QCOMPARE(rows[1].source,
             QStringLiteral("your dataset \"Acme 2025\": Acme Comp Survey 2025, 2025-04-01 (1 year old)"));
    QCOMPARE(rows[1].pay[RolePayRow::Typical].amount, Money::fromMajor(230000));
    QCOMPARE(rows[1].pay[RolePayRow::Typical].kind, BandValue::Kind::Published);
    QCOMPARE(rows[1].pay[RolePayRow::Early].kind, BandValue::Kind::Missing);
    QCOMPARE(rows[1].pay[RolePayRow::Mid].kind, BandValue::Kind::Missing);
    QCOMPARE(rows[1].pay[RolePayRow::Senior].amount, Money::fromMajor(240000));
    QCOMPARE(rows[2].role, QStringLiteral("Registered Nurses")); // not in the dataset: no row of its own
}

QTEST_APPLESS_MAIN(TestRolePayTableModel)
#include "TestRolePayTableModel.moc"
