#include "RealTermsJson.h"

#include "CompensationCalculator.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "OfferJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::RealTermsJson", text);
}

QJsonValue parityNumber(int parityThousandths)
{
    return double(parityThousandths) / 1000.0;
}

QJsonValue nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The offer's real terms, or the reason there are none.
std::optional<OfferRealTerms> realTermsOf(const Offer& offer, QString* reason)
{
    const MarketStore& store = MarketStore::builtIn();
    const LocationSearch search(store);
    const PriceParityTable::Lookup lookup = PriceParityTable(store).forOffer(offer, search);
    if (!lookup.ok()) {
        *reason = lookup.error;
        return std::nullopt;
    }
    return RealTermsCalculator::forOffer(CompensationCalculator(offer), *lookup.place);
}

} // namespace

QJsonObject RealTermsJson::place(const PlaceParity& place)
{
    return QJsonObject{
        {u"code"_s, place.code},
        {u"name"_s, place.name},
        {u"parity"_s, parityNumber(place.parity.parityThousandths)},
        {u"parity_area"_s, QJsonObject{{u"code"_s, place.parity.code}, {u"name"_s, place.parity.name}}},
        {u"basis"_s, PlaceParity::basisId(place.basis)},
        {u"note"_s, nullIfEmpty(place.fallbackNote())},
    };
}

QJsonObject RealTermsJson::forOffer(const OfferRealTerms& terms)
{
    const PlaceParity& place = terms.place;
    QJsonArray years;
    for (const Money& year : terms.yearTotalsReal)
        years.append(OfferJson::moneyToJsonNumber(year));
    return QJsonObject{
        {u"parity"_s, parityNumber(place.parity.parityThousandths)},
        {u"parity_source"_s, place.sourceShortName()},
        {u"parity_year"_s, place.parity.year},
        {u"parity_area"_s, QJsonObject{{u"code"_s, place.parity.code}, {u"name"_s, place.parity.name}}},
        {u"location"_s, QJsonObject{{u"code"_s, place.code}, {u"name"_s, place.name}}},
        {u"basis"_s, PlaceParity::basisId(place.basis)},
        {u"note"_s, nullIfEmpty(place.fallbackNote())},
        {u"total_4y"_s, OfferJson::moneyToJsonNumber(terms.totalFourYears)},
        {u"total_4y_real"_s, OfferJson::moneyToJsonNumber(terms.totalFourYearsReal)},
        {u"years_real"_s, years},
    };
}

QString RealTermsJson::text(const OfferRealTerms& terms, const QLocale& locale)
{
    return tr("In real terms (%1): 4-year total %2 at 2023 US-average prices (nominal %3); amounts divided "
              "by "
              "the price parity / 100 and rounded to whole units.\n")
        .arg(terms.place.sourceLine(locale), terms.totalFourYearsReal.toString(locale),
             terms.totalFourYears.toString(locale));
}

std::function<void(const Offer&, QJsonObject&)> RealTermsJson::evaluateExtension()
{
    return [](const Offer& offer, QJsonObject& json) {
        QString reason;
        if (const auto terms = realTermsOf(offer, &reason))
            json.insert(u"real"_s, forOffer(*terms));
        else
            json.insert(u"real_unavailable"_s, reason);
    };
}

std::function<QString(const Offer&, const QLocale&)> RealTermsJson::evaluateTextExtension()
{
    return [](const Offer& offer, const QLocale& locale) {
        QString reason;
        if (const auto terms = realTermsOf(offer, &reason))
            return text(*terms, locale);
        return tr("In real terms: not available (%1).\n").arg(reason);
    };
}

} // namespace Anchorline::Cli
