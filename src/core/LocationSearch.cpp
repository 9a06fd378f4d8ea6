#include "LocationSearch.h"

#include "MarketStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Anchorline {

namespace {

// Entry priorities: ranked metros 1-50 (largest first), then other metros, non-metro areas, counties, states.
constexpr int UnrankedMetroPriority = 100;
constexpr int NonMetroPriority = 150;
constexpr int CountyPriorityOffset = 200;
constexpr int StatePriority = 60;

// "San Jose-Sunnyvale-Santa Clara, CA" → {"San Jose", "Sunnyvale", "Santa Clara"} and "CA".
QStringList citiesOfMetroName(const QString& name, QString& stateSuffix)
{
    const auto comma = name.lastIndexOf(u',');
    stateSuffix = comma < 0 ? QString() : name.mid(comma + 1).trimmed();
    QStringList cities;
    for (const QString& part : name.left(comma < 0 ? name.size() : comma).split(u'-'))
        for (const QString& city : part.split(u'/')) {
            if (!city.trimmed().isEmpty())
                cities.append(city.trimmed());
        }
    return cities;
}

} // namespace

QString LocationMatch::typeId(Type type)
{
    switch (type) {
    case Type::Metro:
        return QStringLiteral("metro");
    case Type::NonMetro:
        return QStringLiteral("nonmetro");
    case Type::National:
        return QStringLiteral("national");
    }
    return QString();
}

QString LocationSearch::aliasResourcePath()
{
    return QStringLiteral(":/anchorline/data/location_aliases.csv");
}

QString LocationSearch::metroRankResourcePath()
{
    return QStringLiteral(":/anchorline/data/metro_population_rank.csv");
}

LocationMatch LocationSearch::national()
{
    return LocationMatch{QString::fromUtf16(NationalCode),
                         QCoreApplication::translate("Anchorline::LocationSearch", "United States"),
                         LocationMatch::Type::National,
                         QString(),
                         SearchIndex::Tier::Exact,
                         1000};
}

int LocationSearch::Catalogue::addPlace(QString text, QStringList areaCodes, bool isState)
{
    places.push_back(Place{std::move(text), std::move(areaCodes), isState});
    return int(places.size() - 1);
}

LocationSearch::LocationSearch(const MarketStore& store)
    : m_store(store)
{}

void LocationSearch::prepare() const
{
    catalogue();
}

const LocationSearch::Catalogue& LocationSearch::catalogue() const
{
    std::call_once(m_catalogueBuilt, &LocationSearch::buildCatalogue, this);
    return *m_catalogue;
}

void LocationSearch::buildCatalogue() const
{
    Catalogue& catalogue = m_catalogue.emplace();
    QHash<QString, int> metroRank;
    for (const auto& [code, rank] : SearchIndex::readPairs(metroRankResourcePath()))
        metroRank.insert(code, rank.toInt());
    const auto priorityOf = [&metroRank](const MarketArea& area) {
        if (area.type == AreaType::NonMetro)
            return NonMetroPriority;
        return metroRank.value(area.code, UnrankedMetroPriority);
    };

    QMap<QString, QString> stateNames; // abbreviation → name
    for (const CountyArea& county : m_store.counties())
        stateNames.insert(county.stateAbbreviation, county.stateName);
    const auto stateWords = [&stateNames](const QStringList& abbreviations) {
        QStringList words = abbreviations;
        for (const QString& abbreviation : abbreviations)
            words.append(stateNames.value(abbreviation));
        return words;
    };

    using Kind = SearchIndex::EntryKind;
    QHash<QString, int> priorityOfArea;
    QHash<QString, QList<const MarketArea*>> areasOfState; // abbreviation → areas, in store order
    for (const MarketArea& area : m_store.areas()) {
        const int priority = priorityOf(area);
        priorityOfArea.insert(area.code, priority);
        for (const QString& state : area.states) {
            QList<const MarketArea*>& areas = areasOfState[state];
            if (areas.isEmpty() || areas.constLast() != &area)
                areas.append(&area);
        }
        const int place = catalogue.addPlace(area.name, {area.code});
        catalogue.index.addEntry(area.name, place, Kind::Name, priority, stateWords(area.states));
        if (area.type != AreaType::Metro)
            continue;
        QString stateSuffix;
        for (const QString& city : citiesOfMetroName(area.name, stateSuffix)) {
            const QString cityWithState = city + u", " + stateSuffix;
            const int cityPlace = catalogue.addPlace(cityWithState, {area.code});
            catalogue.index.addEntry(city, cityPlace, Kind::Name, priority, stateWords(area.states));
            catalogue.index.addEntry(cityWithState, cityPlace, Kind::Name, priority);
        }
    }

    for (const CountyArea& county : m_store.counties()) {
        const int priority =
            CountyPriorityOffset + priorityOfArea.value(county.areaCode, UnrankedMetroPriority);
        const QString withState = county.countyName + u", " + county.stateAbbreviation;
        const int place = catalogue.addPlace(withState, {county.areaCode});
        const QStringList state{county.stateName};
        catalogue.index.addEntry(county.countyName, place, Kind::Name, priority, state);
        catalogue.index.addEntry(withState, place, Kind::Name, priority, state);
    }

    // A state yields its metros, largest first, then its non-metro areas.
    const auto sortKey = [&metroRank](const MarketArea* area) {
        const int typeOrder = area->type == AreaType::Metro ? 0 : 1;
        return std::tuple(typeOrder, metroRank.value(area->code, UnrankedMetroPriority), area->name);
    };
    for (auto state = stateNames.cbegin(); state != stateNames.cend(); ++state) {
        QList<const MarketArea*> areas = areasOfState.value(state.key());
        std::stable_sort(areas.begin(), areas.end(),
                         [&](const MarketArea* a, const MarketArea* b) { return sortKey(a) < sortKey(b); });
        QStringList codes;
        for (const MarketArea* area : areas)
            codes.append(area->code);
        const int place = catalogue.addPlace(state.value(), codes, true);
        catalogue.index.addEntry(state.value(), place, Kind::Name, StatePriority);
        catalogue.index.addEntry(state.key(), place, Kind::Alias, StatePriority);
    }

    // Aliases with several lines become one place whose areas keep the file's order.
    QMap<QString, int> placeOfAlias;
    for (const auto& [alias, code] : SearchIndex::readPairs(aliasResourcePath())) {
        if (code != QStringView(NationalCode) && !m_store.area(code))
            qFatal("Anchorline: location alias \"%s\" names unknown area %s", qPrintable(alias),
                   qPrintable(code));
        const auto existing = placeOfAlias.constFind(alias);
        if (existing != placeOfAlias.cend()) {
            catalogue.places[size_t(existing.value())].areaCodes.append(code);
            continue;
        }
        const int place = catalogue.addPlace(alias, {code});
        placeOfAlias.insert(alias, place);
        catalogue.index.addEntry(alias, place, Kind::Alias, 0);
    }
}

LocationMatch LocationSearch::matchFor(const QString& areaCode, const QString& matched,
                                       SearchIndex::Tier tier, int score) const
{
    LocationMatch match = national();
    if (const auto* area = m_store.area(areaCode)) {
        match.code = area->code;
        match.name = area->name;
        match.type =
            area->type == AreaType::Metro ? LocationMatch::Type::Metro : LocationMatch::Type::NonMetro;
    }
    match.matched = matched;
    match.tier = tier;
    match.score = score;
    return match;
}

QList<LocationMatch> LocationSearch::search(QStringView text, int limit) const
{
    const QStringView trimmed = text.trimmed();
    if (limit <= 0)
        return {};
    if (m_store.area(trimmed))
        return {matchFor(trimmed.toString(), trimmed.toString(), SearchIndex::Tier::Exact, 1000)};
    return matchesFor(catalogue().index.search(trimmed, limit), limit, true);
}

QList<LocationMatch> LocationSearch::matchesFor(const QList<SearchIndex::Hit>& hits, int limit,
                                                bool everyAreaOfPlace) const
{
    QList<LocationMatch> matches;
    QSet<QString> seen;
    for (const SearchIndex::Hit& hit : hits) {
        const Place& place = catalogue().places[size_t(hit.target)];
        const auto areaCount = everyAreaOfPlace ? place.areaCodes.size() : 1;
        for (const QString& code : place.areaCodes.first(areaCount)) {
            if (matches.size() >= limit)
                return matches;
            if (!seen.contains(code)) {
                seen.insert(code);
                matches.append(matchFor(code, place.text, hit.tier, hit.score));
            }
        }
    }
    return matches;
}

QList<LocationMatch> LocationSearch::closest(QStringView text, int count) const
{
    // Several places (a city and its county) often lead to the same area.
    return matchesFor(catalogue().index.closest(text, count * 3), count, false);
}

QList<LocationMatch> LocationSearch::suggestions(QStringView text, int count) const
{
    const QList<LocationMatch> found = search(text, count);
    return found.isEmpty() ? closest(text, count) : found;
}

std::optional<LocationMatch> LocationSearch::exactMatch(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (m_store.area(trimmed))
        return matchFor(trimmed.toString(), trimmed.toString(), SearchIndex::Tier::Exact, 1000);
    const Catalogue& catalogue = this->catalogue();
    // Every place whose name equals the text must lead to the same single area ("DC" the alias and "DC" the
    // state both mean 47900; "Washington County" is in 30 states and means none).
    std::optional<LocationMatch> found;
    for (const SearchIndex::Hit& hit : catalogue.index.search(trimmed, 8)) {
        if (hit.tier != SearchIndex::Tier::Exact)
            break;
        const Place& place = catalogue.places[size_t(hit.target)];
        if (place.areaCodes.size() != 1 || (found && found->code != place.areaCodes.front()))
            return std::nullopt;
        if (!found)
            found = matchFor(place.areaCodes.front(), place.text, hit.tier, hit.score);
    }
    return found;
}

} // namespace Anchorline
