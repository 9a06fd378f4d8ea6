#include "PriceParityTable.h"

#include "Band.h"
#include "LocationSearch.h"
#include "Offer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::PriceParityTable", text);
}

constexpr auto nationalCode = u"00000";

} // namespace

QString PlaceParity::basisId(Basis basis)
{
    switch (basis) {
    case Basis::Metro:
        return u"metro"_s;
    case Basis::RenamedMetro:
        return u"renamed_metro"_s;
    case Basis::State:
        return u"state"_s;
    case Basis::National:
        return u"national"_s;
    }
    return QString();
}

QString PlaceParity::parityText(int parityThousandths, const QLocale& locale)
{
    // Thousandths printed as they are published: integer part, decimal point, three digits.
    return locale.toString(parityThousandths / 1000) + locale.decimalPoint() +
           QString::number(parityThousandths % 1000).rightJustified(3, u'0');
}

QString PlaceParity::sourceShortName() const
{
    return tr("BEA RPP %1").arg(parity.year);
}

QString PlaceParity::fallbackNote() const
{
    switch (fallback) {
    case Fallback::None:
        return QString();
    case Fallback::MetroNotInBea:
        return tr("uses %1's parity: area not in BEA's 2020 metro delineation").arg(parity.name);
    case Fallback::NonMetroArea:
        return tr("uses %1's parity: non-metropolitan area (BEA has no per-state non-metro figure)")
            .arg(parity.name);
    }
    return QString();
}

QString PlaceParity::sourceLine(const QLocale& locale, const QDate& today) const
{
    QString line = tr("%1, %2 %3; %4")
                       .arg(sourceShortName(), parity.name, parityText(parity.parityThousandths, locale),
                            Band::yearsOldText(today.year() - parity.year));
    if (const QString note = fallbackNote(); !note.isEmpty())
        line += u" ("_s + note + u')';
    return line;
}

PriceParityTable::PriceParityTable(const MarketStore& store)
    : m_store(store)
{}

PriceParityTable::Lookup PriceParityTable::failure(QString error, QStringList suggestions)
{
    Lookup lookup;
    lookup.error = std::move(error);
    lookup.suggestions = std::move(suggestions);
    return lookup;
}

PriceParityTable::Lookup PriceParityTable::forArea(const MarketArea& area) const
{
    const std::optional<AreaPriceParity> found = m_store.priceParityForArea(area.code);
    if (!found) {
        return failure(tr("BEA publishes no price parity for %1 (%2): Puerto Rico, Guam and the Virgin "
                          "Islands are not covered")
                           .arg(area.name, area.code));
    }
    PlaceParity place{area.code, area.name, found->parity};
    switch (found->basis) {
    case AreaPriceParity::Basis::Metro:
        place.basis = PlaceParity::Basis::Metro;
        break;
    case AreaPriceParity::Basis::RenamedMetro:
        place.basis = PlaceParity::Basis::RenamedMetro;
        break;
    case AreaPriceParity::Basis::State:
        place.basis = PlaceParity::Basis::State;
        place.fallback = area.type == AreaType::Metro ? PlaceParity::Fallback::MetroNotInBea
                                                      : PlaceParity::Fallback::NonMetroArea;
        break;
    }
    return Lookup{place, {}, {}};
}

PriceParityTable::Lookup PriceParityTable::forCode(QStringView code) const
{
    const QStringView trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return failure(tr("the place is empty"));
    if (const MarketArea* area = m_store.area(trimmed))
        return forArea(*area);
    if (const RegionalPriceParity* metro = m_store.metroPriceParity(trimmed))
        return Lookup{PlaceParity{metro->code, metro->name, *metro}, {}, {}};
    if (const RegionalPriceParity* state = m_store.statePriceParity(trimmed)) {
        const bool national = state->code == nationalCode;
        PlaceParity place{national ? LocationSearch::national().code : trimmed.toString().toUpper(),
                          state->name, *state,
                          national ? PlaceParity::Basis::National : PlaceParity::Basis::State};
        // A state given by name is known by its BEA code.
        if (!national && trimmed.size() != 2)
            place.code = state->code;
        return Lookup{place, {}, {}};
    }
    return failure(tr("unknown place \"%1\": not an OFLC area code, BEA metro code, state or US")
                       .arg(trimmed.toString()));
}

PriceParityTable::Lookup PriceParityTable::find(QStringView text, const LocationSearch& search) const
{
    if (Lookup byCode = forCode(text); byCode.ok() || text.trimmed().isEmpty())
        return byCode;
    if (const std::optional<LocationMatch> match = search.exactMatch(text))
        return forCode(match->code);
    QStringList suggestions;
    for (const LocationMatch& match : search.suggestions(text, 3))
        suggestions.append(match.suggestionLabel());
    const bool ambiguous = !search.search(text, 2).isEmpty();
    return failure(ambiguous ? tr("\"%1\" names more than one area; give an area code").arg(text.trimmed())
                             : tr("unknown place \"%1\"").arg(text.trimmed()),
                   suggestions);
}

PriceParityTable::Lookup PriceParityTable::forOffer(const Offer& offer, const LocationSearch& search) const
{
    // BEA parities are price levels of US places relative to the US average: dividing pay in another currency
    // by them would give a number that looks like real terms and is not.
    if (offer.currency != Money::defaultCurrency()) {
        return failure(
            tr("the offer is in %1, but BEA price parities compare US price levels, so they apply to "
               "pay in US dollars only")
                .arg(offer.currency));
    }
    const QString text = offer.locationCode.isEmpty() ? offer.location : offer.locationCode;
    if (text.trimmed().isEmpty())
        return failure(tr("the offer has no location"));
    if (Lookup byCode = forCode(text); byCode.ok())
        return byCode;
    const QList<LocationMatch> matches = search.search(text, 1);
    if (matches.isEmpty())
        return failure(tr("unknown location \"%1\"").arg(text));
    return forCode(matches.front().code);
}

int PriceParityTable::year() const
{
    const QList<RegionalPriceParity>& states = m_store.statePriceParities();
    return states.isEmpty() ? 0 : states.front().year;
}

DataSourceCredit PriceParityTable::credit() const
{
    return m_store.sourceCredit(u"bea");
}

} // namespace Anchorline
