#include "DatasetLibrary.h"

#include "DataFolder.h"
#include "SessionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::DatasetLibrary", text);
}

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

std::optional<ImportedDataset> readDataset(const QString& path, ImportedDataset::Part part, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Anchorline::DatasetLibrary", "%1: cannot open: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto dataset = ImportedDataset::deserialize(file, part, &problem);
    if (!dataset) {
        *error = QCoreApplication::translate("Anchorline::DatasetLibrary", "%1: %2").arg(path, problem);
        return std::nullopt;
    }
    dataset->info().path = path;
    return dataset;
}

QStringList storedFiles(const QString& folder)
{
    const QDir directory(folder);
    QStringList paths;
    const auto suffix = QString::fromUtf16(DatasetLibrary::FileSuffix);
    for (const QString& file : directory.entryList({u'*' + suffix}, QDir::Files, QDir::Name))
        paths.append(directory.filePath(file));
    return paths;
}

} // namespace

DatasetLibrary::DatasetLibrary(QString directory)
    : m_directory(std::move(directory))
{}

QString DatasetLibrary::defaultDirectory()
{
    return DataFolder::path() + u"/datasets";
}

QString DatasetLibrary::nameError(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return QString();
    return tr("dataset name \"%1\" must be 1 to 64 letters, digits, spaces, '.', '_' or '-', starting with a "
              "letter or digit")
        .arg(name);
}

QString DatasetLibrary::pathFor(const QString& name) const
{
    // One file per name regardless of case: "Levels 2025" and "levels 2025" are the same dataset.
    return m_directory + u'/' + name.toLower().replace(u' ', u'_') + QStringView(FileSuffix);
}

QList<DatasetInfo> DatasetLibrary::list(QStringList* problems) const
{
    QList<DatasetInfo> infos;
    for (const QString& path : storedFiles(m_directory)) {
        QString error;
        if (const auto dataset = readDataset(path, ImportedDataset::Part::Header, &error))
            infos.append(dataset->info());
        else if (problems)
            problems->append(error);
    }
    std::sort(infos.begin(), infos.end(), [](const DatasetInfo& a, const DatasetInfo& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return infos;
}

bool DatasetLibrary::contains(const QString& name) const
{
    return nameError(name).isEmpty() && QFile::exists(pathFor(name));
}

bool DatasetLibrary::add(const ImportedDataset& dataset, bool replace, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString& name = dataset.info().name;
    if (const QString problem = nameError(name); !problem.isEmpty())
        return fail(problem);
    if (!replace && contains(name))
        return fail(tr("a dataset named \"%1\" already exists").arg(name));
    if (!QDir().mkpath(m_directory))
        return fail(tr("%1: cannot create the directory").arg(m_directory));
    QFile::setPermissions(m_directory, OwnerOnly | QFileDevice::ExeOwner);

    // Atomic and private from the first byte; a full disk is reported, never committed as a truncated file.
    if (const QString problem = SessionFile::writePrivateFile(pathFor(name), dataset.serialize());
        !problem.isEmpty())
        return fail(problem);
    m_entriesValid = false;
    return true;
}

bool DatasetLibrary::remove(const QString& name, QString* error)
{
    if (!contains(name)) {
        if (error)
            *error = tr("no dataset named \"%1\"").arg(name);
        return false;
    }
    QFile file(pathFor(name));
    if (!file.remove()) {
        if (error)
            *error = tr("%1: cannot remove: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_entriesValid = false;
    return true;
}

std::vector<DatasetLibrary::Entry>& DatasetLibrary::entries() const
{
    if (m_entriesValid)
        return m_entries;
    m_entries.clear();
    for (const QString& path : storedFiles(m_directory)) {
        QString error;
        if (auto index = readDataset(path, ImportedDataset::Part::Index, &error))
            m_entries.push_back(Entry{std::move(*index), nullptr});
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.index.info().importedAt > b.index.info().importedAt;
    });
    m_entriesValid = true;
    return m_entries;
}

std::shared_ptr<const ImportedDataset> DatasetLibrary::load(Entry& entry)
{
    if (!entry.loaded && !entry.unreadable) {
        QString error;
        if (auto dataset = readDataset(entry.index.info().path, ImportedDataset::Part::Everything, &error))
            entry.loaded = std::make_shared<const ImportedDataset>(std::move(*dataset));
        else
            entry.unreadable = true;
    }
    return entry.loaded;
}

std::vector<std::shared_ptr<const ImportedDataset>> DatasetLibrary::datasets() const
{
    std::vector<std::shared_ptr<const ImportedDataset>> result;
    for (Entry& entry : entries()) {
        if (auto dataset = load(entry))
            result.push_back(std::move(dataset));
    }
    return result;
}

std::vector<std::shared_ptr<const ImportedDataset>>
DatasetLibrary::datasetsCovering(QStringView soc, QStringView areaCode) const
{
    std::vector<std::shared_ptr<const ImportedDataset>> result;
    for (Entry& entry : entries()) {
        if (!entry.index.covers(soc, areaCode))
            continue;
        if (auto dataset = load(entry))
            result.push_back(std::move(dataset));
    }
    return result;
}

} // namespace Anchorline
