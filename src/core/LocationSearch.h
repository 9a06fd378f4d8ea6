#pragma once

#include "SearchIndex.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <mutex>
#include <optional>
#include <vector>

namespace Anchorline {

class MarketStore;

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
// codes need none), or by prepare(). All methods are thread-safe.
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

    const Catalogue& catalogue() const;
    void buildCatalogue() const;
    QList<LocationMatch> matchesFor(const QList<SearchIndex::Hit>& hits, int limit,
                                    bool everyAreaOfPlace) const;
    LocationMatch matchFor(const QString& areaCode, const QString& matched, SearchIndex::Tier tier,
                           int score) const;

    const MarketStore& m_store;
    mutable std::once_flag m_catalogueBuilt;
    mutable std::optional<Catalogue> m_catalogue;
};

} // namespace Anchorline
