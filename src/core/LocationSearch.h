#pragma once

#include "SearchIndex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <mutex>
#include <optional>
#include <vector>

namespace Anchorline {

class MarketStore;
struct MarketArea;

struct LocationMatch
{
    enum class Type
    {
        Metro,
        NonMetro,
        National
    };

    QString code; // OFLC area code, or "US" for the national band
    QString name; // "San Jose-Sunnyvale-Santa Clara, CA", "United States"
    Type type = Type::Metro;
    QString matched; // what matched: "San Jose", "Santa Clara County, CA", "California", "Bay Area"
    SearchIndex::Tier tier = SearchIndex::Tier::Fuzzy;
    int score = 0;

    static QString typeId(Type type); // "metro", "nonmetro", "national"
    // "San Jose-Sunnyvale-Santa Clara, CA (41940)"
    QString label() const { return name + u" (" + code + u')'; }
    // For "did you mean": what matched, when it says more than the area name ("Washington County, MN:
    // Minneapolis-St. Paul-Bloomington, MN-WI (33460)").
    QString suggestionLabel() const
    {
        return matched.isEmpty() || matched == name || matched == code ? label() : matched + u": " + label();
    }
};

// Typeahead over the places that lead to an OFLC wage area: metro and non-metro area names, the cities named
// in metro names ("San Jose" → 41940), counties ("Santa Clara County" → 41940), states and their
// abbreviations, and the curated aliases of resources/data/location_aliases.csv ("SF", "Bay Area", "NYC",
// "remote" → national). A state has no wage area of its own, so it yields all its areas: metros, largest
// first (resources/data/metro_population_rank.csv), then non-metro areas. Area codes and "US" are accepted
// directly.
//
// Construction is free: the index of about 12,700 names is built by the first search that needs it (area
// codes and placeNamed() need none), or by prepare(). All methods are thread-safe.
class LocationSearch
{
public:
    static constexpr int DefaultLimit = 10;
    static constexpr auto NationalCode = u"US";

    explicit LocationSearch(const MarketStore& store);

    QList<LocationMatch> search(QStringView text, int limit = DefaultLimit) const;
    // The single area `text` names without guessing: an area code, "US", or text equal (case, accents and
    // plurals aside) to an area name, a city of exactly one metro, a county name with its state ("Santa Clara
    // County, CA") or a county name found in one state only, or an alias with one area. States are not
    // single areas.
    std::optional<LocationMatch> exactMatch(QStringView text) const;

    // What search(text, 1) finds first, when `text` is a place's full name: an area's name
    // ("Seattle-Tacoma-Bellevue, WA"), a metro's city with its state ("Seattle, WA"), a county with its state
    // ("King County, WA") or an alias ("Bay Area"); case, accents, spacing and plurals aside, as search() has
    // it. Answered from the area table (and, for a county, that state's counties) without building the index,
    // so that opening a session that names its place does not wait for it. nullopt for any other text and
    // where only the index can tell (a bare city name that a state may share, an ambiguous name): then ask
    // search().
    std::optional<LocationMatch> placeNamed(QStringView text) const;

    // Every name the index matches: areas, cities with and without their state, counties with and without
    // theirs, states, state abbreviations and aliases (for tests that compare placeNamed() with search()).
    QStringList names() const;

    // Up to `count` areas closest to `text` even when search() finds none ("did you mean").
    QList<LocationMatch> closest(QStringView text, int count) const;

    // What to offer when `text` names no single area: the best search() matches, or closest() when none.
    QList<LocationMatch> suggestions(QStringView text, int count) const;

    // Builds the index now instead of on the first search by name (e.g. once the window is shown).
    void prepare() const;

    static QString aliasResourcePath();
    static QString metroRankResourcePath();
    static LocationMatch national();

private:
    // Something a user may type that leads to one or more areas, in order of preference.
    struct Place
    {
        QString text;
        QStringList areaCodes;
        bool isState = false;
    };
    // What a search by name needs: the places and the index whose targets they are.
    struct Catalogue
    {
        std::vector<Place> places;
        SearchIndex index;

        int addPlace(QString text, QStringList areaCodes, bool isState = false);
    };

    // An entry of the index that text may equal exactly; the index ranks those by priority, then text.
    struct NamedPlace
    {
        int priority = 0;
        QString entryText;      // the entry ("Seattle")
        QString placeText;      // its place ("Seattle, WA"): LocationMatch::matched
        QString areaCode;       // the place's first area
        bool bareName = false;  // a city without its state: a state of that name would rank before it
        bool ambiguous = false; // another entry ties with it and leads elsewhere
    };
    // The little placeNamed() reads besides the area table.
    struct NameTable
    {
        QHash<QString, int> metroRank;                     // area code → population rank (1 = largest)
        QHash<QString, std::optional<NamedPlace>> aliases; // normalized alias → its place
        QSet<QString> stateAbbreviations;                  // normalized: "wa"
    };

    const Catalogue& catalogue() const;
    void buildCatalogue() const;
    const NameTable& nameTable() const;
    void buildNameTable() const;
    int priorityOf(const MarketArea& area) const;
    static void keepBetter(std::optional<NamedPlace>& best, NamedPlace entry);
    std::optional<LocationMatch> exactMatchOf(const std::optional<NamedPlace>& place) const;
    QList<LocationMatch> matchesFor(const QList<SearchIndex::Hit>& hits, int limit,
                                    bool everyAreaOfPlace) const;
    LocationMatch matchFor(const QString& areaCode, const QString& matched, SearchIndex::Tier tier,
                           int score) const;

    const MarketStore& m_store;
    mutable std::once_flag m_catalogueBuilt;
    mutable std::optional<Catalogue> m_catalogue;
    mutable std::once_flag m_nameTableBuilt;
    mutable std::optional<NameTable> m_nameTable;
};

} // namespace Anchorline
