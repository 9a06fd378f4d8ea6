#include "TextTable.h"

#include <algorithm>
#include <numeric>

namespace Anchorline::Cli {

namespace {
constexpr qsizetype ColumnGap = 2;
} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append({std::move(cells), false});
}

void TextTable::addSummaryRow(const QString& label, const QString& value)
{
    m_rows.append({{label, value}, true});
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString& title : m_header)
        widths.append(title.size());
    for (const auto& row : m_rows) {
        if (row.isSummary) {
            widths.back() = std::max(widths.back(), row.cells.back().size());
            continue;
        }
        for (qsizetype column = 0; column < row.cells.size(); ++column)
            widths[column] = std::max(widths[column], row.cells.at(column).size());
    }
    const qsizetype tableWidth =
        std::accumulate(widths.begin(), widths.end(), qsizetype(0)) + ColumnGap * (widths.size() - 1);
    const QString gap(ColumnGap, u' ');

    const auto formatRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column > 0)
                line += gap + cells.at(column).rightJustified(widths[column]);
            else
                line += cells.at(column).leftJustified(widths[column]);
        }
        return line;
    };

    QString text = formatRow(m_header) + u'\n';
    for (const auto& row : m_rows) {
        if (row.isSummary) {
            const QString& value = row.cells.back();
            const qsizetype labelWidth =
                std::max(row.cells.front().size(), tableWidth - value.size() - ColumnGap);
            text += row.cells.front().leftJustified(labelWidth) + gap + value + u'\n';
        } else {
            text += formatRow(row.cells) + u'\n';
        }
    }
    return text;
}

} // namespace Anchorline::Cli
