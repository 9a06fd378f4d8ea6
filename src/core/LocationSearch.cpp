#include "LocationSearch.h"

#include "MarketStore.h"
#include "SearchText.h"

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

// "San Jose-Sunnyvale-Santa Clara, CA" → visit("San Jose", "CA"), visit("Sunnyvale", "CA"), ...
template <typename Visit> void forEachCityOfMetroName(QStringView name, Visit visit)
{
    const auto comma = name.lastIndexOf(u',');
    const QStringView stateSuffix = comma < 0 ? QStringView() : name.mid(comma + 1).trimmed();
    for (const QStringView part : name.left(comma < 0 ? name.size() : comma).tokenize(u'-')) {
        for (const QStringView city : part.tokenize(u'/')) {
            if (!city.trimmed().isEmpty())
                visit(city.trimmed(), stateSuffix);
        }
    }
}

// Whether `text` may fold (SearchText::normalized) to a text starting with `first`: its first ASCII letter or
// digit, lower-cased, unless a character outside ASCII (which folding may turn into anything) comes first.
bool mayFoldToStartWith(QStringView text, QChar first)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return true;
        if (c.isLetterOrNumber())
            return c.toLower() == first;
    }
    return false;
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

int LocationSearch::priorityOf(const MarketArea& area) const
{
    if (area.type == AreaType::NonMetro)
        return NonMetroPriority;
    return nameTable().metroRank.value(area.code, UnrankedMetroPriority);
}

void LocationSearch::buildCatalogue() const
{
    Catalogue& catalogue = m_catalogue.emplace();
    const QHash<QString, int>& metroRank = nameTable().metroRank;

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
        forEachCityOfMetroName(area.name, [&](QStringView city, QStringView stateSuffix) {
            const QString cityWithState = city + u", " + stateSuffix;
            const int cityPlace = catalogue.addPlace(cityWithState, {area.code});
            catalogue.index.addEntry(city.toString(), cityPlace, Kind::Name, priority,
                                     stateWords(area.states));
            catalogue.index.addEntry(cityWithState, cityPlace, Kind::Name, priority);
        });
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

const LocationSearch::NameTable& LocationSearch::nameTable() const
{
    std::call_once(m_nameTableBuilt, &LocationSearch::buildNameTable, this);
    return *m_nameTable;
}

void LocationSearch::buildNameTable() const
{
    NameTable& table = m_nameTable.emplace();
    for (const auto& [code, rank] : SearchIndex::readPairs(metroRankResourcePath()))
        table.metroRank.insert(code, rank.toInt());
    // An alias on several lines is one place, whose first line names the area it leads to first.
    QSet<QString> aliases;
    for (const auto& [alias, code] : SearchIndex::readPairs(aliasResourcePath())) {
        if (!aliases.contains(alias)) {
            aliases.insert(alias);
            keepBetter(table.aliases[SearchText::normalized(alias)], {0, alias, alias, code});
        }
    }
    QSet<QString> states;
    for (const MarketArea& area : m_store.areas()) {
        for (const QString& state : area.states)
            states.insert(state);
    }
    for (const QString& state : std::as_const(states))
        table.stateAbbreviations.insert(SearchText::normalized(state));
}

void LocationSearch::keepBetter(std::optional<NamedPlace>& best, NamedPlace entry)
{
    // Entries that a text equals exactly have equal normalized texts: the index ranks them by priority, then
    // by their text, and picks either of two that tie.
    if (!best || std::tie(entry.priority, entry.entryText) < std::tie(best->priority, best->entryText)) {
        best = std::move(entry);
    } else if (entry.priority == best->priority && entry.entryText == best->entryText &&
               (entry.placeText != best->placeText || entry.areaCode != best->areaCode)) {
        best->ambiguous = true;
    }
}

std::optional<LocationMatch> LocationSearch::exactMatchOf(const std::optional<NamedPlace>& place) const
{
    if (!place || place->ambiguous)
        return std::nullopt;
    return matchFor(place->areaCode, place->placeText, SearchIndex::Tier::Exact,
                    SearchIndex::score(SearchIndex::Tier::Exact, 0, place->priority));
}

std::optional<LocationMatch> LocationSearch::placeNamed(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (m_store.area(trimmed))
        return matchFor(trimmed.toString(), trimmed.toString(), SearchIndex::Tier::Exact, 1000);
    const QString name = SearchText::normalized(trimmed);
    if (name.isEmpty())
        return std::nullopt;
    const NameTable& table = nameTable();

    // The entries buildCatalogue() makes of aliases, areas and cities that fold to `name`; most names are
    // ruled out by their first letter without folding them.
    std::optional<NamedPlace> best = table.aliases.value(name);
    const QChar first = name.front();
    for (const MarketArea& area : m_store.areas()) {
        const int priority = priorityOf(area);
        if (mayFoldToStartWith(area.name, first) && SearchText::normalized(area.name) == name)
            keepBetter(best, {priority, area.name, area.name, area.code});
        if (area.type != AreaType::Metro)
            continue;
        forEachCityOfMetroName(area.name, [&](QStringView city, QStringView stateSuffix) {
            if (!mayFoldToStartWith(city, first))
                return;
            const QString cityWithState = city + u", " + stateSuffix;
            const QString foldedCity = SearchText::normalized(city);
            if (foldedCity == name)
                keepBetter(best, {priority, city.toString(), cityWithState, area.code, true});
            // Folding goes word by word: "Seattle, WA" folds to "seattle wa".
            const QString foldedState = SearchText::normalized(stateSuffix);
            if (foldedCity + (foldedState.isEmpty() ? QString() : u' ' + foldedState) == name)
                keepBetter(best, {priority, cityWithState, cityWithState, area.code});
        });
    }
    // Counties rank after every other place (CountyPriorityOffset); states (StatePriority) before the
    // unranked metros, but only the county table names them: a bare city name that ranks after a state, or a
    // state's abbreviation, is left to the index. No state's name ends in a state's abbreviation or in
    // "nonmetropolitan area" as the full names of areas, cities and counties do (TestLocationSearch compares
    // every name of the index).
    if (best) {
        const bool stateMayRankFirst =
            best->priority >= StatePriority && (best->bareName || table.stateAbbreviations.contains(name));
        return stateMayRankFirst ? std::nullopt : exactMatchOf(best);
    }

    // "King County, WA": that state's county of that name.
    const qsizetype stateStart = name.lastIndexOf(u' ') + 1;
    const QString state = name.mid(stateStart);
    if (stateStart <= 1 || !table.stateAbbreviations.contains(state))
        return std::nullopt;
    const QStringView countyName = QStringView(name).left(stateStart - 1);
    for (const CountyArea& county : m_store.countiesIn(state)) {
        if (!mayFoldToStartWith(county.countyName, first) ||
            SearchText::normalized(county.countyName) != countyName)
            continue;
        const MarketArea* area = m_store.area(county.areaCode);
        const QString withState = county.countyName + u", " + county.stateAbbreviation;
        keepBetter(best, {CountyPriorityOffset + (area ? priorityOf(*area) : UnrankedMetroPriority),
                          withState, withState, county.areaCode});
    }
    return exactMatchOf(best);
}

QStringList LocationSearch::names() const
{
    const SearchIndex& index = catalogue().index;
    QStringList names;
    for (int entry = 0; entry < index.entryCount(); ++entry)
        names.append(index.entryText(entry));
    names.removeDuplicates();
    return names;
}

} // namespace Anchorline
