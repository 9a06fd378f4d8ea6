#pragma once

#include "Band.h"
#include "CareerLevel.h"
#include "MarketStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Anchorline {

class DatasetLibrary;

// A role as the comparison and progression views use it: an occupation for government figures and, when
// the product brief profiles it, the role name of its secondary-source figures.
struct ComparedRole
{
    QString name;           // "Software Engineer", or the SOC title for other occupations
    QString soc;            // "15-1252"
    QString techMarketRole; // "Software Engineer" in MarketStore::techMarketFigures(); empty when none

    // A profiled role (RoleProfiles::find) or, failing that, the occupation with this SOC code or title.
    static ComparedRole fromName(const MarketStore& store, QStringView nameOrSoc);
    // The brief's figure for this role (a secondary source, so Published by that source); nullopt without
    // one.
    std::optional<BandValue> secondaryFigure(const MarketStore& store, TechMarketFigure::Measure measure,
                                             CareerLevel level) const;
};

// One line or set of bars of the level progression chart: one value per level of LevelProgression::levels.
struct ProgressionSeries
{
    enum class Kind
    {
        GovernmentMedian, // median of the level band (BandModel), annual base pay
        SecondarySource,  // the brief's early/mid/senior figures
        ImportedMedian    // p50 of the levels a user's imported dataset has a row for (BandResolver)
    };

    QString name; // legend text
    Kind kind = Kind::GovernmentMedian;
    QList<BandValue> values; // Missing where the source has no figure for that level
};

// The pay-progression chart's data: medians by career level for roles at one place, with the brief's
// secondary-source figures beside them where it has any. The brief's early-career (L3), mid-level (L4) and
// senior (L5) figures are placed at Entry, Mid-level and Senior, as MarketStore labels them. Where the user's
// imported datasets answer a level's band (as they do for the window's band), their medians are a series of
// their own, one per dataset, Missing at the levels it has no row for: never mixed into the government line.
struct LevelProgression
{
    QList<CareerLevel> levels; // Entry … Principal
    QStringList categories;    // display names of the levels
    QList<ProgressionSeries> series;
    QStringList sourceNotes; // one line per source used, with its date

    // `datasets` may be null (built-in data only); `today` dates the notes ("2 years old").
    static LevelProgression build(const MarketStore& store, const QList<ComparedRole>& roles,
                                  QStringView areaCode, const DatasetLibrary* datasets = nullptr,
                                  const QDate& today = QDate::currentDate());
    // The progression of one occupation; if the brief profiles it (software or AI engineer), both profiled
    // roles' secondary-source figures are added side by side.
    static LevelProgression forOccupation(const MarketStore& store, QStringView soc, QStringView areaCode,
                                          const DatasetLibrary* datasets = nullptr,
                                          const QDate& today = QDate::currentDate());

private:
    // The medians of `role` by level that `datasets` answer, one series per dataset; a note for each.
    QList<ProgressionSeries> importedSeries(const MarketStore& store, const ComparedRole& role,
                                            QStringView areaCode, const DatasetLibrary& datasets,
                                            const QDate& today, QStringList* notes) const;
};

} // namespace Anchorline
