#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Anchorline::Cli {

// A plain-text table for terminal output: the first column left-aligned, the others right-aligned (numbers),
// columns separated by two spaces and as wide as their widest cell.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    // A label spanning the whole row with one value under the last column ("4-year total ... $1,394,000").
    void addSummaryRow(const QString& label, const QString& value);

    QString toString() const;

private:
    struct Row
    {
        QStringList cells; // for a summary row: label and value
        bool isSummary = false;
    };

    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace Anchorline::Cli
