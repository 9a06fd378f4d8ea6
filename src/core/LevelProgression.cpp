#include "LevelProgression.h"

#include "BandModel.h"
#include "BandResolver.h"
#include "MarketStore.h"
#include "RoleProfile.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::LevelProgression", text);
}

} // namespace

std::optional<BandValue> ComparedRole::secondaryFigure(const MarketStore& store,
                                                       TechMarketFigure::Measure measure,
                                                       CareerLevel level) const
{
    for (const TechMarketFigure& figure : store.techMarketFigures()) {
        if (figure.role == techMarketRole && figure.measure == measure && figure.level == level)
            return BandValue{figure.low, BandValue::Kind::Published};
    }
    return std::nullopt;
}

ComparedRole ComparedRole::fromName(const MarketStore& store, QStringView nameOrSoc)
{
    if (const RoleProfile* profile = RoleProfiles::find(nameOrSoc))
        return {profile->displayName, profile->soc, profile->techMarketRole};
    for (const Occupation& occupation : store.occupations()) {
        if (nameOrSoc.trimmed() == occupation.soc ||
            nameOrSoc.trimmed().compare(occupation.title, Qt::CaseInsensitive) == 0)
            return {occupation.title, occupation.soc, QString()};
    }
    return {};
}

QList<ProgressionSeries> LevelProgression::importedSeries(const MarketStore& store, const ComparedRole& role,
                                                          QStringView areaCode,
                                                          const DatasetLibrary& datasets, const QDate& today,
                                                          QStringList* notes) const
{
    QList<ProgressionSeries> result;
    for (const auto& dataset : BandResolver::importedLevels(store, &datasets, role.soc, areaCode, levels)) {
        ProgressionSeries series{
            tr("%1 median base, your dataset \"%2\"").arg(role.name, dataset.datasetName),
            ProgressionSeries::Kind::ImportedMedian,
            {}};
        for (const auto& band : dataset.bands)
            series.values.append(band ? band->value(Percentile::P50) : BandValue{});
        result.append(series);
        notes->append(
            tr("Solid line: median base pay by level in %1; levels it gives no median for are left out")
                .arg(dataset.sourceTexts(today).join(u"; "_s)));
    }
    return result;
}

LevelProgression LevelProgression::build(const MarketStore& store, const QList<ComparedRole>& roles,
                                         QStringView areaCode, const DatasetLibrary* datasets,
                                         const QDate& today)
{
    LevelProgression progression;
    progression.levels = CareerLevels::all();
    for (CareerLevel level : progression.levels)
        progression.categories.append(CareerLevels::displayName(level));

    bool anySecondary = false;
    for (const ComparedRole& role : roles) {
        if (role.techMarketRole.isEmpty())
            continue;
        ProgressionSeries series{
            tr("%1 (secondary)").arg(role.name), ProgressionSeries::Kind::SecondarySource, {}};
        for (CareerLevel level : progression.levels)
            series.values.append(role.secondaryFigure(store, TechMarketFigure::Measure::LevelPay, level)
                                     .value_or(BandValue{}));
        progression.series.append(series);
        anySecondary = true;
    }

    QString governmentNote;
    QStringList importedNotes;
    for (const ComparedRole& role : roles) {
        if (role.soc.isEmpty())
            continue;
        ProgressionSeries series{
            tr("%1 median base").arg(role.name), ProgressionSeries::Kind::GovernmentMedian, {}};
        for (CareerLevel level : progression.levels) {
            const std::optional<Band> band = BandModel::band(store, role.soc, areaCode, level);
            series.values.append(band ? band->value(Percentile::P50) : BandValue{});
            if (band && governmentNote.isEmpty())
                governmentNote =
                    tr("Dashed lines: median base pay by level, %1, %2 (level bands are modelled estimates)")
                        .arg(band->sourceText(today), band->areaName);
        }
        progression.series.append(series);
        if (datasets)
            progression.series +=
                progression.importedSeries(store, role, areaCode, *datasets, today, &importedNotes);
    }
    if (!governmentNote.isEmpty())
        progression.sourceNotes.append(governmentNote);
    progression.sourceNotes += importedNotes;
    if (anySecondary)
        progression.sourceNotes.append(tr("Bars: %1; early-career (L3), mid-level (L4) and senior (L5) shown "
                                          "at Entry, Mid-level and Senior")
                                           .arg(RoleProfiles::sourceCaption()));
    return progression;
}

LevelProgression LevelProgression::forOccupation(const MarketStore& store, QStringView soc,
                                                 QStringView areaCode, const DatasetLibrary* datasets,
                                                 const QDate& today)
{
    const Occupation* occupation = store.occupation(soc);
    QList<ComparedRole> roles{{occupation ? occupation->title : soc.toString(), soc.toString(), QString()}};
    const bool profiled = std::any_of(RoleProfiles::all().begin(), RoleProfiles::all().end(),
                                      [soc](const RoleProfile& profile) { return profile.soc == soc; });
    // The brief's figures for both profiled roles, side by side, without second government lines.
    if (profiled) {
        for (const RoleProfile& profile : RoleProfiles::all())
            roles.append({profile.displayName, QString(), profile.techMarketRole});
    }
    return build(store, roles, areaCode, datasets, today);
}

} // namespace Anchorline
