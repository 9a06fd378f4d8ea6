#pragma once

#include "Band.h"
#include "CareerLevel.h"
#include "LocationSearch.h"
#include "RoleSearch.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// Answers "which band applies" for (role, location, level) and turns what a user typed into a role and a
// location. An imported dataset that has a row for exactly that SOC, area and level wins over the built-in
// BandModel; among several, the row with the newest date, then the most recently imported dataset. Either
// way the Band names its source and date.
class BandResolver
{
public:
    struct ResolvedBand
    {
        Band band;
        QString datasetName; // the imported dataset it came from; empty for the built-in data
    };

    // What a ROLE or LOC argument resolved to. `exact` is false when the best of several matches was taken
    // (say so to the user); on failure `error` is set and `suggestions` holds up to three close names.
    struct RoleResolution
    {
        std::optional<RoleMatch> match;
        bool exact = false;
        QString error;
        QStringList suggestions; // "Software Developers (15-1252)"
    };
    struct LocationResolution
    {
        std::optional<LocationMatch> match;
        bool exact = false;
        QString error;
        QStringList suggestions; // "San Jose-Sunnyvale-Santa Clara, CA (41940)"
    };

    // What one imported dataset says about an occupation at a place, level by level: `bands` indexed like
    // the levels asked for, nullopt where another dataset or the built-in data answers that level.
    struct DatasetLevels
    {
        QString datasetName;
        QList<std::optional<Band>> bands;

        // The distinct Band::sourceText() of its bands, in level order.
        QStringList sourceTexts(const QDate& today) const;
    };

    static constexpr int SuggestionCount = 3;

    // `library` may be null (built-in data only); both must outlive the resolver.
    explicit BandResolver(const MarketStore& store, const DatasetLibrary* library = nullptr);

    std::optional<ResolvedBand> band(QStringView soc, QStringView areaCode, CareerLevel level,
                                     QString* error = nullptr) const;
    // The same look-up without the role and location indexes (which take milliseconds to build), for callers
    // that match roles and places themselves (OfferWorkspace). `library` may be null.
    static std::optional<ResolvedBand> resolveBand(const MarketStore& store, const DatasetLibrary* library,
                                                   QStringView soc, QStringView areaCode, CareerLevel level,
                                                   QString* error = nullptr);

    // The levels of `soc` at `areaCode` that resolveBand() answers from an imported dataset, one entry per
    // dataset: for views of several levels, which show imported figures beside the built-in ones rather than
    // mixed into them. Empty without a library or when no dataset covers the occupation and place.
    static QList<DatasetLevels> importedLevels(const MarketStore& store, const DatasetLibrary* library,
                                               QStringView soc, QStringView areaCode,
                                               const QList<CareerLevel>& levels);

    RoleResolution resolveRole(QStringView text) const;
    LocationResolution resolveLocation(QStringView text) const;

    const RoleSearch& roleSearch() const { return m_roles; }
    const LocationSearch& locationSearch() const { return m_locations; }

private:
    const MarketStore& m_store;
    const DatasetLibrary* m_library;
    RoleSearch m_roles;
    LocationSearch m_locations;
};

} // namespace Anchorline
