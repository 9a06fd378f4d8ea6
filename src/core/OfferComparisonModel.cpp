#include "OfferComparisonModel.h"

#include "CompensationCalculator.h"
#include "RealTermsCalculator.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
constexpr int walkAwayMonth = 12;
} // namespace

OfferComparisonModel::OfferComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OfferComparisonModel::setOffers(const QList<Session::OfferEntry>& offers)
{
    beginResetModel();
    m_offers = offers;
    recompute();
    endResetModel();
}

void OfferComparisonModel::setPlacementProvider(PlacementProvider provider)
{
    m_placementProvider = std::move(provider);
    beginResetModel();
    recompute();
    endResetModel();
}

void OfferComparisonModel::setRealTermsProvider(RealTermsProvider provider)
{
    beginResetModel();
    m_realTermsProvider = std::move(provider);
    recompute();
    endResetModel();
}

OfferComparisonModel::RealTermsProvider OfferComparisonModel::realTermsFrom(const PriceParityTable& table,
                                                                            const LocationSearch& search)
{
    return [&table, &search](const Offer& offer) -> RealTerms {
        const PriceParityTable::Lookup lookup = table.forOffer(offer, search);
        if (!lookup.ok())
            return RealTerms{std::nullopt, QString(), lookup.error};
        const OfferRealTerms terms =
            RealTermsCalculator::forOffer(CompensationCalculator(offer), *lookup.place);
        return RealTerms{terms.totalFourYearsReal, lookup.place->sourceLine(QLocale()), QString()};
    };
}

void OfferComparisonModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(RowCount - 1, int(m_columns.size()) - 1));
}

void OfferComparisonModel::recompute()
{
    m_columns.clear();
    for (const auto& entry : std::as_const(m_offers)) {
        Column column;
        if (const auto errors = entry.offer.validate(); !errors.isEmpty()) {
            column.errors = FieldError::joined(errors);
            m_columns.append(column);
            continue;
        }
        const CompensationCalculator calculator(entry.offer);
        column.estimatedFourYears = Money::fromMinor(0, entry.offer.currency);
        for (int year = 1; year <= CompensationCalculator::SummaryYears; ++year) {
            const YearCompensation pay = calculator.year(year);
            column.yearTotals.append(pay.total());
            column.yearEstimated.append(pay.bonus + pay.equity + pay.refresh);
            column.estimatedFourYears += column.yearEstimated.last();
        }
        column.totalFourYears = calculator.totalFourYears();
        column.walkAway12 = calculator.walkAwayCost(walkAwayMonth).total();
        if (m_placementProvider)
            column.placement = m_placementProvider(entry.offer);
        if (m_realTermsProvider)
            column.realTerms = m_realTermsProvider(entry.offer);
        m_columns.append(column);
    }
}

QList<QStringList> OfferComparisonModel::toRows() const
{
    QStringList header{QString()};
    for (int column = 0; column < columnCount(); ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows{header};
    for (int row = 0; row < RowCount; ++row) {
        if (row == MarketPercentileRow && !m_placementProvider)
            continue;
        if (row == RealTotalFourYearsRow && !m_realTermsProvider)
            continue;
        QStringList cells{headerData(row, Qt::Vertical).toString()};
        for (int column = 0; column < columnCount(); ++column)
            cells.append(data(index(row, column)).toString());
        rows.append(cells);
    }
    return rows;
}

int OfferComparisonModel::rowCount(const QModelIndex& parent) const
{
    // The real-terms row exists only with its provider (it is the last row).
    return parent.isValid() ? 0 : (m_realTermsProvider ? RowCount : RealTotalFourYearsRow);
}

int OfferComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant OfferComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column& column = m_columns.at(index.column());
    const int row = index.row();
    if (role == CurrencyRole)
        return m_offers.at(index.column()).offer.currency;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (!column.errors.isEmpty()) {
        if (role == Qt::DisplayRole)
            return u"—"_s;
        if (role == Qt::ToolTipRole)
            return tr("This offer cannot be evaluated yet:\n%1").arg(column.errors);
        return {};
    }

    if (row == MarketPercentileRow) {
        if (!column.placement) {
            if (role == Qt::DisplayRole)
                return u"—"_s;
            if (role == Qt::ToolTipRole)
                return tr("No market band for this role, level and location");
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
            return column.placement->position.text;
        case Qt::ToolTipRole:
            return tr("Base salary against the market band. Source: %1").arg(column.placement->source);
        case ValueRole:
            return column.placement->position.percentile;
        case SourceRole:
            return column.placement->source;
        }
        return {};
    }

    if (row == RealTotalFourYearsRow) {
        if (!column.realTerms.totalFourYears) {
            if (role == Qt::DisplayRole)
                return u"—"_s;
            if (role == Qt::ToolTipRole)
                return tr("No real terms: %1").arg(column.realTerms.unavailable);
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
            return column.realTerms.totalFourYears->toString(m_locale);
        case Qt::ToolTipRole:
            return tr("The 4-year total divided by the place's price parity / 100: what it buys at 2023 "
                      "US-average prices. Source: %1")
                .arg(column.realTerms.source);
        case ValueRole:
            return column.realTerms.totalFourYears->minorUnits();
        }
        return {};
    }

    Money amount;
    std::optional<Money> estimated;
    switch (row) {
    case TotalFourYearsRow:
        amount = column.totalFourYears;
        estimated = column.estimatedFourYears;
        break;
    case WalkAway12Row:
        amount = column.walkAway12;
        break;
    default:
        amount = column.yearTotals.at(row - Year1Row);
        estimated = column.yearEstimated.at(row - Year1Row);
        break;
    }
    switch (role) {
    case EstimatedValueRole:
        return estimated ? QVariant(estimated->minorUnits()) : QVariant();
    case Qt::DisplayRole:
        return amount.toString(m_locale);
    case ValueRole:
        return amount.minorUnits();
    case Qt::ToolTipRole:
        if (row == WalkAway12Row)
            return tr("Unvested equity forfeited plus sign-on repaid when leaving after 12 months");
        if (estimated && !estimated->isZero())
            return tr("Of which %1 is estimated: the target bonus, and equity and refreshers at their grant "
                      "value")
                .arg(estimated->toString(m_locale));
        break;
    }
    return {};
}

QVariant OfferComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_offers.size())
            return {};
        return m_offers.at(section).displayLabel(section);
    }
    switch (section) {
    case Year1Row:
    case Year2Row:
    case Year3Row:
    case Year4Row:
        return tr("Year %1").arg(section - Year1Row + 1);
    case TotalFourYearsRow:
        return tr("4-year total");
    case MarketPercentileRow:
        return tr("Market percentile (base)");
    case WalkAway12Row:
        return tr("Walk-away cost at 12 months");
    case RealTotalFourYearsRow:
        return tr("4-year total in real terms (BEA RPP, 2023 US prices)");
    }
    return {};
}

} // namespace Anchorline
