#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Anchorline {

// The ask beside the offer, one row per component: "Base salary  $252,000  →  $270,000". A grid of plain
// labels: the same table as rich text in a QLabel took 7–16 ms to measure, on every keystroke and several
// times per window layout (issue 9).
class AskTable : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString name;
        QString offered;
        QString asked;
        // Shown in bold: the ask raises this component.
        bool raised = false;
    };

    explicit AskTable(QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    // The rows as text, a line each with tab-separated cells (for tests and the accessible description).
    QString text() const;

private:
    QGridLayout* m_grid;
    // Four labels per row, kept and reused: rows change on every keystroke.
    QList<QLabel*> m_cells;
    qsizetype m_rowCount = 0;
};

} // namespace Anchorline
