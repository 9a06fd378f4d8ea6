#include "RolePayTableModel.h"

#include "BandModel.h"
#include "BandResolver.h"
#include "MarketStore.h"
#include "RoleProfile.h"

namespace Anchorline {

namespace {

constexpr std::array<CareerLevel, 4> FigureLevels{CareerLevel::Unspecified, CareerLevel::Entry,
                                                  CareerLevel::Mid, CareerLevel::Senior};

} // namespace

RolePayTableModel::RolePayTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QList<RolePayRow> RolePayTableModel::buildRows(const MarketStore& store, const QList<ComparedRole>& roles,
                                               QStringView areaCode, const DatasetLibrary* datasets,
                                               const QDate& today)
{
    QList<RolePayRow> rows;
    for (const ComparedRole& role : roles) {
        if (role.techMarketRole.isEmpty())
            continue;
        RolePayRow row{role.name, tr("Secondary source, %1").arg(RoleProfiles::sourceAsOf()), true, {}};
        for (std::size_t i = 0; i < FigureLevels.size(); ++i) {
            const auto measure = FigureLevels[i] == CareerLevel::Unspecified
                                     ? TechMarketFigure::Measure::TypicalPay
                                     : TechMarketFigure::Measure::LevelPay;
            row.pay[i] = role.secondaryFigure(store, measure, FigureLevels[i]).value_or(BandValue{});
        }
        rows.append(row);
    }
    for (const ComparedRole& role : roles) {
        RolePayRow row{role.name, QString(), false, {}};
        for (std::size_t i = 0; i < FigureLevels.size(); ++i) {
            const std::optional<Band> band = BandModel::band(store, role.soc, areaCode, FigureLevels[i]);
            if (!band)
                continue;
            row.pay[i] = band->value(Percentile::P50);
            if (row.source.isEmpty())
                row.source = tr("%1, %2").arg(band->sourceText(today), band->areaName);
        }
        if (!row.source.isEmpty())
            rows.append(row);
        // The user's imported figures in rows of their own, each naming its dataset, source and age.
        const QList<CareerLevel> levels(FigureLevels.begin(), FigureLevels.end());
        for (const auto& dataset :
             BandResolver::importedLevels(store, datasets, role.soc, areaCode, levels)) {
            RolePayRow imported{role.name, {}, false, {}};
            for (std::size_t i = 0; i < FigureLevels.size(); ++i) {
                if (const auto& band = dataset.bands[qsizetype(i)])
                    imported.pay[i] = band->value(Percentile::P50);
            }
            imported.source = dataset.sourceTexts(today).join(u"; ");
            rows.append(imported);
        }
    }
    return rows;
}

void RolePayTableModel::setRows(QList<RolePayRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString RolePayTableModel::cellText(const BandValue& value, bool secondarySource)
{
    switch (value.kind) {
    case BandValue::Kind::Missing:
        return QStringLiteral("—");
    case BandValue::Kind::TopCoded:
        return u"≥ " + value.amount.toString();
    case BandValue::Kind::Estimated:
        return tr("%1 (est.)").arg(value.amount.toString());
    case BandValue::Kind::Published:
        break;
    }
    // The brief states its figures rounded to thousands ("$240k"); show them as it does.
    return secondarySource ? value.amount.toCompactString() : value.amount.toString();
}

int RolePayTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RolePayTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolePayTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RolePayRow& row = m_rows[index.row()];
    const int column = index.column();
    if (column == RoleColumn)
        return role == Qt::DisplayRole ? QVariant(row.role) : QVariant();
    if (column == SourceColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.source) : QVariant();
    const BandValue& value = row.pay[static_cast<std::size_t>(column - TypicalColumn)];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(value, row.secondarySource);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case MinorUnitsRole:
        return value.kind == BandValue::Kind::Missing ? QVariant() : QVariant(value.amount.minorUnits());
    case Qt::ToolTipRole:
        if (row.secondarySource)
            return RoleProfiles::sourceCaption();
        if (value.kind == BandValue::Kind::Estimated)
            return BandModel::levelMappingExplanation();
        if (value.kind == BandValue::Kind::TopCoded)
            return tr("The source publishes only a lower bound for this figure.");
        return row.source;
    default:
        return {};
    }
}

QVariant RolePayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case SourceColumn:
        return tr("Source");
    case TypicalColumn:
        return tr("Typical");
    case EarlyColumn:
        return tr("Early-career");
    case MidColumn:
        return tr("Mid-level");
    case SeniorColumn:
        return tr("Senior");
    default:
        return {};
    }
}

} // namespace Anchorline
