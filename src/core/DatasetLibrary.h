#pragma once

#include "ImportedDataset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Anchorline {

// The user's imported datasets: one file per dataset in directory() (by default
// DataFolder::path() + "/datasets", e.g. ~/.local/share/Anchorline/Anchorline/datasets),
// written atomically (QSaveFile), mode 0600 in a 0700 directory. Names are 1-64 letters, digits, spaces,
// '.', '_' or '-'; they are unique regardless of case. Datasets are decoded on first use: a look-up first
// reads only each file's index (header, role and area tables: a few kilobytes), then the rows of the datasets
// that can answer it. A library reads the files once: a dataset imported later is seen by a new library.
class DatasetLibrary
{
public:
    static constexpr auto FileSuffix = u".anchorline-dataset";

    explicit DatasetLibrary(QString directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Empty when `name` is acceptable, else why not.
    static QString nameError(const QString& name);

    // Stored datasets by name. Files that cannot be read are skipped and described in *problems.
    QList<DatasetInfo> list(QStringList* problems = nullptr) const;
    bool contains(const QString& name) const;

    // Stores `dataset` under info().name; refuses an existing name unless `replace`. On failure nothing
    // changes and *error says why.
    bool add(const ImportedDataset& dataset, bool replace, QString* error = nullptr);
    bool remove(const QString& name, QString* error = nullptr);

    // Every readable dataset, fully decoded, most recently imported first.
    std::vector<std::shared_ptr<const ImportedDataset>> datasets() const;
    // The readable datasets whose tables hold this SOC and area (ImportedDataset::covers), fully decoded,
    // most recently imported first.
    std::vector<std::shared_ptr<const ImportedDataset>> datasetsCovering(QStringView soc,
                                                                         QStringView areaCode) const;

private:
    // A stored dataset read up to its index, and all of it once needed.
    struct Entry
    {
        ImportedDataset index;
        std::shared_ptr<const ImportedDataset> loaded;
        bool unreadable = false; // its rows are damaged: skipped from then on
    };

    QString pathFor(const QString& name) const;
    std::vector<Entry>& entries() const;
    static std::shared_ptr<const ImportedDataset> load(Entry& entry);

    QString m_directory;
    mutable std::vector<Entry> m_entries;
    mutable bool m_entriesValid = false;
};

} // namespace Anchorline
