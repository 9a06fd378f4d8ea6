#pragma once

#include "Band.h"
#include "LevelProgression.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// One row of the role comparison table: a role's typical and early/mid/senior pay from one source.
struct RolePayRow
{
    enum Figure
    {
        Typical,
        Early,
        Mid,
        Senior
    };

    QString role;
    QString source; // "Secondary source, January 2026", "DOL OFLC 2025–26, San Jose-…" or "your dataset …"
    bool secondarySource = false; // from the product brief rather than government data
    std::array<BandValue, 4> pay; // indexed by Figure; Missing where the source has no figure
};

// Typical and early/mid/senior pay of the compared roles, side by side: for each role the brief's
// secondary-source row (when it profiles the role) and a government row (median base of the whole band and of
// the entry, mid and senior level bands at the chosen place). A data model: widgets only show it.
class RolePayTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        SourceColumn,
        TypicalColumn,
        EarlyColumn,
        MidColumn,
        SeniorColumn,
        ColumnCount
    };
    // Qt::UserRole on a pay cell: the amount in minor units (qint64), or nothing when Missing.
    static constexpr int MinorUnitsRole = Qt::UserRole;

    explicit RolePayTableModel(QObject* parent = nullptr);

    // With `datasets` (may be null), a row per role and imported dataset that gives any of its figures at
    // this place, its source naming the dataset and the figures' age on `today`.
    static QList<RolePayRow> buildRows(const MarketStore& store, const QList<ComparedRole>& roles,
                                       QStringView areaCode, const DatasetLibrary* datasets = nullptr,
                                       const QDate& today = QDate::currentDate());
    void setRows(QList<RolePayRow> rows);
    const QList<RolePayRow>& rows() const { return m_rows; }

    // "$240k" for the brief's rounded figures, "$226,138 (est.)", "≥ $239,200", "—".
    static QString cellText(const BandValue& value, bool secondarySource);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RolePayRow> m_rows;
};

} // namespace Anchorline
