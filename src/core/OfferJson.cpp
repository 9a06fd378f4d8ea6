#include "OfferJson.h"

#include <QJsonDocument>

namespace Anchorline {

OfferJson::ParseResult OfferJson::parse(const QByteArray& json)
{
    return fromJsonObject(QJsonDocument::fromJson(json).object());
}

OfferJson::ParseResult OfferJson::fromJsonObject(const QJsonObject&, const QString& path)
{
    return {std::nullopt, {{path, QStringLiteral("not implemented yet")}}};
}

QJsonObject OfferJson::toJsonObject(const Offer&)
{
    return {};
}

QByteArray OfferJson::toJson(const Offer& offer)
{
    return QJsonDocument(toJsonObject(offer)).toJson();
}

double OfferJson::moneyToJsonNumber(const Money& money)
{
    return money.toPlainString().toDouble();
}

} // namespace Anchorline
