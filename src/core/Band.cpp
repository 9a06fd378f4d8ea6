#include "Band.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace Percentiles {

QList<Percentile> all()
{
    return {Percentile::P10, Percentile::P25, Percentile::P50, Percentile::P75, Percentile::P90};
}

int rank(Percentile percentile)
{
    static constexpr std::array ranks = {10, 25, 50, 75, 90};
    return ranks[static_cast<int>(percentile)];
}

QString id(Percentile percentile)
{
    return u"p"_s + QString::number(rank(percentile));
}

} // namespace Percentiles

QString bandValueKindId(BandValue::Kind kind)
{
    switch (kind) {
    case BandValue::Kind::Published:
        return u"published"_s;
    case BandValue::Kind::Estimated:
        return u"estimated"_s;
    case BandValue::Kind::TopCoded:
        return u"topcoded"_s;
    case BandValue::Kind::Missing:
        return u"missing"_s;
    }
    return QString();
}

namespace {

QString ordinalPercentileText(int percentile)
{
    const int lastTwo = percentile % 100;
    const int last = percentile % 10;
    if (last == 1 && lastTwo != 11)
        return QCoreApplication::translate("BandPosition", "%1st percentile").arg(percentile);
    if (last == 2 && lastTwo != 12)
        return QCoreApplication::translate("BandPosition", "%1nd percentile").arg(percentile);
    if (last == 3 && lastTwo != 13)
        return QCoreApplication::translate("BandPosition", "%1rd percentile").arg(percentile);
    return QCoreApplication::translate("BandPosition", "%1th percentile").arg(percentile);
}

} // namespace

bool Band::hasEstimates() const
{
    return std::any_of(values.begin(), values.end(),
                       [](const BandValue& value) { return value.kind == BandValue::Kind::Estimated; });
}

bool Band::hasTopCodes() const
{
    return std::any_of(values.begin(), values.end(),
                       [](const BandValue& value) { return value.kind == BandValue::Kind::TopCoded; });
}

BandPosition Band::positionOf(const Money& amount) const
{
    BandPosition position;
    const QList<Percentile> percentiles = Percentiles::all();
    QList<Percentile> known;
    std::copy_if(percentiles.begin(), percentiles.end(), std::back_inserter(known),
                 [this](Percentile percentile) { return value(percentile).isExact(); });
    if (known.isEmpty()) {
        position.exact = false;
        position.text = QCoreApplication::translate("BandPosition", "no known percentiles");
        return position;
    }

    const Percentile first = known.first();
    if (amount < value(first).amount) {
        position.percentile = Percentiles::rank(first);
        position.exact = first == Percentile::P10;
        position.placement =
            position.exact ? BandPosition::Placement::BelowP10 : BandPosition::Placement::Unknown;
        position.text = QCoreApplication::translate("BandPosition", "below %1").arg(Percentiles::id(first));
        return position;
    }

    for (qsizetype i = 0; i + 1 < known.size(); ++i) {
        const Money& low = value(known[i]).amount;
        const Money& high = value(known[i + 1]).amount;
        if (amount > high)
            continue;
        const int lowRank = Percentiles::rank(known[i]);
        const int highRank = Percentiles::rank(known[i + 1]);
        // Equal neighbours (a flat stretch) place the amount at the lower percentile.
        const double fraction = high == low ? 0.0
                                            : double(amount.minorUnits() - low.minorUnits()) /
                                                  double(high.minorUnits() - low.minorUnits());
        position.percentile = lowRank + fraction * (highRank - lowRank);
        position.placement = BandPosition::Placement::Within;
        position.text = ordinalPercentileText(qRound(position.percentile));
        return position;
    }

    // At or above the highest known percentile.
    const Percentile last = known.last();
    const QString lastId = Percentiles::id(last);
    position.percentile = Percentiles::rank(last);
    if (amount == value(last).amount) {
        position.placement = BandPosition::Placement::Within;
        position.text = ordinalPercentileText(Percentiles::rank(last));
        return position;
    }
    if (last == Percentile::P90) {
        position.placement = BandPosition::Placement::AboveP90;
        position.text = QCoreApplication::translate("BandPosition", "above p90");
        return position;
    }
    // A top-coded or missing percentile above: the exact position is unknown; percentile is a lower bound.
    position.exact = false;
    const Percentile next = percentiles[percentiles.indexOf(last) + 1];
    const BandValue& nextValue = value(next);
    if (nextValue.kind != BandValue::Kind::TopCoded) {
        position.placement = BandPosition::Placement::Unknown;
        position.text = QCoreApplication::translate("BandPosition", "above %1").arg(lastId);
        return position;
    }
    const QString topCode = QCoreApplication::translate("BandPosition", "%1 is ≥ %2")
                                .arg(Percentiles::id(next), nextValue.amount.toString());
    if (amount < nextValue.amount) {
        position.placement = BandPosition::Placement::Within;
        position.text = QCoreApplication::translate("BandPosition", "between %1 and %2 (%3)")
                            .arg(lastId, Percentiles::id(next), topCode);
    } else {
        position.placement = BandPosition::Placement::Unknown;
        position.text =
            QCoreApplication::translate("BandPosition", "at or above %1 (%2)").arg(lastId, topCode);
    }
    return position;
}

QString Band::ageText(const QDate& today) const
{
    return yearsOldText(today.year() - dataYear);
}

QString Band::yearsOldText(int years)
{
    return years == 1 ? QCoreApplication::translate("Anchorline::Band", "1 year old")
                      : QCoreApplication::translate("Anchorline::Band", "%1 years old").arg(years);
}

QString Band::sourceText(const QDate& today) const
{
    if (!datasetName.isEmpty()) {
        return QCoreApplication::translate("Anchorline::Band", "your dataset \"%1\": %2, %3 (%4)")
            .arg(datasetName, sourceShortName, dataPeriod, ageText(today));
    }
    return QCoreApplication::translate("Anchorline::Band", "%1, %2 (survey of %3, %4)")
        .arg(sourceShortName, dataPeriod)
        .arg(dataYear)
        .arg(ageText(today));
}

} // namespace Anchorline
