#include "BandResolver.h"

#include "BandModel.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::BandResolver", text);
}

template <typename Match> QStringList labels(const QList<Match>& matches)
{
    QStringList result;
    for (const Match& match : matches)
        result.append(match.suggestionLabel());
    return result;
}

} // namespace

BandResolver::BandResolver(const MarketStore& store, const DatasetLibrary* library)
    : m_store(store)
    , m_library(library)
    , m_roles(store)
    , m_locations(store)
{}

std::optional<BandResolver::ResolvedBand> BandResolver::band(QStringView soc, QStringView areaCode,
                                                             CareerLevel level, QString* error) const
{
    return resolveBand(m_store, m_library, soc, areaCode, level, error);
}

std::optional<BandResolver::ResolvedBand> BandResolver::resolveBand(const MarketStore& store,
                                                                    const DatasetLibrary* library,
                                                                    QStringView soc, QStringView areaCode,
                                                                    CareerLevel level, QString* error)
{
    const ImportedDataset* bestDataset = nullptr;
    const ImportedDataset::Row* bestRow = nullptr;
    QDate bestDate;
    // Only the datasets whose tables name this SOC and area are read beyond their index.
    const auto datasets =
        library ? library->datasetsCovering(soc, areaCode) : decltype(library->datasets()){};
    // Most recently imported first, so a later dataset wins only with strictly newer data.
    for (const auto& dataset : datasets) {
        const auto* row = dataset->find(soc, areaCode, level);
        if (!row)
            continue;
        const QDate date = dataset->dateTable().at(row->date);
        if (!bestRow || date > bestDate) {
            bestDataset = dataset.get();
            bestRow = row;
            bestDate = date;
        }
    }
    if (!bestRow) {
        auto band = BandModel::band(store, soc, areaCode, level, error);
        if (!band)
            return std::nullopt;
        return ResolvedBand{std::move(*band), QString()};
    }
    Band band = bestDataset->band(*bestRow);
    if (const auto* occupation = store.occupation(soc))
        band.roleTitle = occupation->title;
    if (const auto* area = store.area(areaCode))
        band.areaName = area->name;
    else
        band.areaName = LocationSearch::national().name;
    return ResolvedBand{std::move(band), bestDataset->info().name};
}

QStringList BandResolver::DatasetLevels::sourceTexts(const QDate& today) const
{
    QStringList texts;
    for (const auto& band : bands) {
        if (band && !texts.contains(band->sourceText(today)))
            texts.append(band->sourceText(today));
    }
    return texts;
}

QList<BandResolver::DatasetLevels> BandResolver::importedLevels(const MarketStore& store,
                                                                const DatasetLibrary* library,
                                                                QStringView soc, QStringView areaCode,
                                                                const QList<CareerLevel>& levels)
{
    QList<DatasetLevels> result;
    // Only a dataset whose tables name this SOC and area can answer; without one, no band is looked up.
    if (!library || soc.isEmpty() || library->datasetsCovering(soc, areaCode).empty())
        return result;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        auto resolved = resolveBand(store, library, soc, areaCode, levels[i]);
        if (!resolved || resolved->datasetName.isEmpty())
            continue;
        auto entry = std::find_if(result.begin(), result.end(), [&](const DatasetLevels& levelsOfDataset) {
            return levelsOfDataset.datasetName == resolved->datasetName;
        });
        if (entry == result.end())
            entry = result.insert(result.end(),
                                  {resolved->datasetName, QList<std::optional<Band>>(levels.size())});
        entry->bands[i] = std::move(resolved->band);
    }
    return result;
}

BandResolver::RoleResolution BandResolver::resolveRole(QStringView text) const
{
    RoleResolution resolution;
    if (text.trimmed().isEmpty()) {
        resolution.error = tr("the role is empty");
        return resolution;
    }
    resolution.match = m_roles.exactMatch(text);
    resolution.exact = resolution.match.has_value();
    if (!resolution.match) {
        const QList<RoleMatch> found = m_roles.search(text, 1);
        if (!found.isEmpty())
            resolution.match = found.front();
    }
    if (!resolution.match) {
        resolution.error = tr("unknown role \"%1\"").arg(text.toString());
        resolution.suggestions = labels(m_roles.closest(text, SuggestionCount));
    }
    return resolution;
}

BandResolver::LocationResolution BandResolver::resolveLocation(QStringView text) const
{
    LocationResolution resolution;
    if (text.trimmed().isEmpty()) {
        resolution.error = tr("the location is empty");
        return resolution;
    }
    resolution.match = m_locations.exactMatch(text);
    resolution.exact = resolution.match.has_value();
    if (!resolution.match) {
        const QList<LocationMatch> found = m_locations.search(text, 1);
        if (!found.isEmpty())
            resolution.match = found.front();
    }
    if (!resolution.match) {
        resolution.error = tr("unknown location \"%1\"").arg(text.toString());
        resolution.suggestions = labels(m_locations.closest(text, SuggestionCount));
    }
    return resolution;
}

} // namespace Anchorline
