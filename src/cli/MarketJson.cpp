#include "MarketJson.h"

#include "DatasetLibrary.h"
#include "MarketStore.h"
#include "Offer.h"
#include "OfferJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::MarketJson", text);
}

QString placementId(BandPosition::Placement placement)
{
    switch (placement) {
    case BandPosition::Placement::BelowP10:
        return u"below_p10"_s;
    case BandPosition::Placement::Within:
        return u"within"_s;
    case BandPosition::Placement::AboveP90:
        return u"above_p90"_s;
    case BandPosition::Placement::Unknown:
        return u"unknown"_s;
    }
    return QString();
}

} // namespace

QJsonObject MarketJson::band(const BandResolver::ResolvedBand& resolved)
{
    const Band& band = resolved.band;
    QJsonObject percentiles;
    QJsonArray estimated;
    QJsonArray topCoded;
    QJsonArray missing;
    for (const Percentile percentile : Percentiles::all()) {
        const BandValue& value = band.value(percentile);
        const QString id = Percentiles::id(percentile);
        percentiles.insert(id, value.kind == BandValue::Kind::Missing
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(OfferJson::moneyToJsonNumber(value.amount)));
        if (value.kind == BandValue::Kind::Estimated)
            estimated.append(id);
        else if (value.kind == BandValue::Kind::TopCoded)
            topCoded.append(id);
        else if (value.kind == BandValue::Kind::Missing)
            missing.append(id);
    }
    const QString level = CareerLevels::id(band.level);
    return QJsonObject{
        {u"role"_s, QJsonObject{{u"soc"_s, band.soc}, {u"title"_s, band.roleTitle}}},
        {u"location"_s, QJsonObject{{u"code"_s, band.areaCode}, {u"name"_s, band.areaName}}},
        {u"level"_s, level.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(level)},
        {u"currency"_s, band.currency},
        {u"source"_s, band.sourceShortName},
        {u"source_full"_s, band.sourceName},
        {u"year"_s, band.dataYear},
        {u"period"_s, band.dataPeriod},
        {u"dataset"_s,
         resolved.datasetName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(resolved.datasetName)},
        {u"percentiles"_s, percentiles},
        {u"estimated"_s, estimated},
        {u"topcoded"_s, topCoded},
        {u"missing"_s, missing},
        {u"method"_s, band.methodNote},
    };
}

QJsonObject MarketJson::match(const QString& query, const QString& matched, bool exact)
{
    return QJsonObject{{u"query"_s, query}, {u"matched"_s, matched}, {u"exact"_s, exact}};
}

QString MarketJson::bandText(const BandResolver::ResolvedBand& resolved, const QLocale& locale)
{
    const Band& band = resolved.band;
    QString text = tr("%1 (%2) in %3 (%4), %5\n")
                       .arg(band.roleTitle, band.soc, band.areaName, band.areaCode,
                            CareerLevels::displayName(band.level).toLower());
    for (const Percentile percentile : Percentiles::all()) {
        const BandValue& value = band.value(percentile);
        QString amount = value.amount.toString(locale);
        QString note;
        switch (value.kind) {
        case BandValue::Kind::Published:
            break;
        case BandValue::Kind::Estimated:
            note = tr("estimate");
            break;
        case BandValue::Kind::TopCoded:
            amount = u"≥ "_s + amount;
            note = tr("top-coded");
            break;
        case BandValue::Kind::Missing:
            amount = u"–"_s;
            note = tr("not in the dataset");
            break;
        }
        text += u"  "_s + Percentiles::id(percentile) + u"  "_s + amount.rightJustified(12) +
                (note.isEmpty() ? QString() : u"  "_s + note) + u'\n';
    }
    text += tr("Source: %1 (%2), data year %3").arg(band.sourceShortName, band.dataPeriod).arg(band.dataYear);
    if (!resolved.datasetName.isEmpty())
        text += tr("; your imported dataset \"%1\"").arg(resolved.datasetName);
    text += u".\n"_s;
    if (!band.methodNote.isEmpty())
        text += band.methodNote + u'\n';
    return text;
}

QString MarketJson::resolutionError(const QString& error, const QStringList& suggestions)
{
    if (suggestions.isEmpty())
        return error;
    return tr("%1; closest: %2").arg(error, suggestions.join(u"; "_s));
}

std::optional<QJsonObject> MarketJson::forOffer(const Offer& offer, const BandResolver& resolver)
{
    const QString roleText = offer.roleSoc.isEmpty() ? offer.role : offer.roleSoc;
    const QString locationText = offer.locationCode.isEmpty() ? offer.location : offer.locationCode;
    const auto role = resolver.resolveRole(roleText);
    const auto location = resolver.resolveLocation(locationText);
    if (!role.match || !location.match)
        return std::nullopt;
    const auto resolved = resolver.band(role.match->soc, location.match->code, offer.level);
    if (!resolved)
        return std::nullopt;
    QJsonObject market{
        {u"band"_s, band(*resolved)},
        {u"matched"_s,
         QJsonObject{{u"role"_s, match(roleText, role.match->matched, role.exact)},
                     {u"location"_s, match(locationText, location.match->matched, location.exact)}}},
    };
    // Pay in another currency than the band's has no position in it.
    if (offer.base.currency() != resolved->band.currency || offer.base.isZero()) {
        market.insert(u"base_percentile"_s, QJsonValue(QJsonValue::Null));
        return market;
    }
    const BandPosition position = resolved->band.positionOf(offer.base);
    market.insert(u"base_percentile"_s, std::round(position.percentile * 10) / 10);
    market.insert(u"base_position"_s, QJsonObject{{u"placement"_s, placementId(position.placement)},
                                                  {u"exact"_s, position.exact},
                                                  {u"text"_s, position.text}});
    return market;
}

std::function<void(const Offer&, QJsonObject&)> MarketJson::evaluateExtension(const QString& datasetDirectory)
{
    return [datasetDirectory](const Offer& offer, QJsonObject& json) {
        const DatasetLibrary library(datasetDirectory);
        const BandResolver resolver(MarketStore::builtIn(), &library);
        if (const auto market = forOffer(offer, resolver))
            json.insert(u"market"_s, *market);
    };
}

} // namespace Anchorline::Cli
