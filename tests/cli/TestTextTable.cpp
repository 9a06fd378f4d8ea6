#include "TextTable.h"

#include <QTest>

using Anchorline::Cli::TextTable;

class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void alignsColumns()
    {
        TextTable table({QStringLiteral("Year"), QStringLiteral("Base"), QStringLiteral("Total")});
        table.addRow({QStringLiteral("1"), QStringLiteral("$185,000"), QStringLiteral("$323,500")});
        table.addRow({QStringLiteral("10"), QStringLiteral("$5"), QStringLiteral("$1,000,000")});
        table.addSummaryRow(QStringLiteral("4-year total"), QStringLiteral("$1,394,000"));
        QCOMPARE(table.toString(), QStringLiteral("Year      Base       Total\n"
                                                  "1     $185,000    $323,500\n"
                                                  "10          $5  $1,000,000\n"
                                                  "4-year total    $1,394,000\n"));
    }

    void longSummaryLabelPushesItsValueRight()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("B")});
        table.addSummaryRow(QStringLiteral("a long label"), QStringLiteral("1"));
        QCOMPARE(table.toString(), QStringLiteral("A  B\na long label  1\n"));
    }

    void missingCellsAreBlank()
    {
        TextTable table({QStringLiteral("A"), QStringLiteral("B")});
        table.addRow({QStringLiteral("x")});
        QCOMPARE(table.toString(), QStringLiteral("A  B\nx   \n"));
    }
};

QTEST_APPLESS_MAIN(TestTextTable)
#include "TestTextTable.moc"
