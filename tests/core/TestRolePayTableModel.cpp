#include "MarketStore.h"
#include "RolePayTableModel.h"

#include <QAbstractItemModelTester>
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
    QVERIFY2(
        text(3, RolePayTableModel::SourceColumn).contains(QStringLiteral("BLS OEWS May 2024, United States")),
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

QTEST_APPLESS_MAIN(TestRolePayTableModel)
#include "TestRolePayTableModel.moc"
