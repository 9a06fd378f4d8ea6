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

std::optional<ImportedDataset> readDataset(const QString& path, bool headerOnly, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Anchorline::DatasetLibrary", "%1: cannot open: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto dataset = ImportedDataset::deserialize(file.readAll(), headerOnly, &problem);
    if (!dataset) {
        *error = QCoreApplication::translate("Anchorline::DatasetLibrary", "%1: %2").arg(path, problem);
        return std::nullopt;
    }
    dataset->info().path = path;
    return dataset;
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
    const QDir directory(m_directory);
    const QStringList files =
        directory.entryList({u'*' + QString::fromUtf16(FileSuffix)}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QString error;
        if (const auto dataset = readDataset(directory.filePath(file), true, &error))
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
    m_loadedValid = false;
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
    m_loadedValid = false;
    return true;
}

std::vector<std::shared_ptr<const ImportedDataset>> DatasetLibrary::datasets() const
{
    if (m_loadedValid)
        return m_loaded;
    m_loaded.clear();
    for (const DatasetInfo& info : list()) {
        QString error;
        if (auto dataset = readDataset(info.path, false, &error))
            m_loaded.push_back(std::make_shared<const ImportedDataset>(std::move(*dataset)));
    }
    std::sort(m_loaded.begin(), m_loaded.end(),
              [](const auto& a, const auto& b) { return a->info().importedAt > b->info().importedAt; });
    m_loadedValid = true;
    return m_loaded;
}

} // namespace Anchorline
