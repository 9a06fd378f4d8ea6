#include "AskTable.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr int ColumnCount = 4; // name, offered, arrow, asked

} // namespace

AskTable::AskTable(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(ColumnCount, 1);
}

void AskTable::setRows(const QList<Row>& rows)
{
    while (m_cells.size() < rows.size() * ColumnCount) {
        const auto index = m_cells.size();
        const int column = int(index % ColumnCount);
        auto* cell = new QLabel(this);
        cell->setTextFormat(Qt::PlainText);
        if (column == 1 || column == 3)
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(cell, int(index / ColumnCount), column);
        m_cells.append(cell);
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const Row& values = rows.at(row);
        const QStringList texts{values.name, values.offered, u"→"_s, values.asked};
        for (int column = 0; column < ColumnCount; ++column) {
            QLabel* cell = m_cells.at(row * ColumnCount + column);
            cell->setText(texts.at(column));
            cell->show();
        }
        QLabel* asked = m_cells.at(row * ColumnCount + 3);
        if (asked->font().bold() != values.raised) {
            QFont font = asked->font();
            font.setBold(values.raised);
            asked->setFont(font);
        }
    }
    for (qsizetype index = rows.size() * ColumnCount; index < m_cells.size(); ++index)
        m_cells.at(index)->hide();
    m_rowCount = rows.size();
    setAccessibleDescription(text());
}

QString AskTable::text() const
{
    QStringList lines;
    for (qsizetype row = 0; row < m_rowCount; ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(m_cells.at(row * ColumnCount + column)->text());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

} // namespace Anchorline
