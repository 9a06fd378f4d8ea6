#include "ImportCommand.h"

#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "OptionParser.h"
#include "RoleSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::ImportCommand", text);
}

} // namespace

ImportCommand::ImportCommand(QString datasetDirectory, ProgressSink progressSink)
    : m_datasetDirectory(std::move(datasetDirectory))
    , m_progressSink(std::move(progressSink))
{}

void ImportCommand::writeToStandardError(const QString& line)
{
    QTextStream(stderr) << line << Qt::flush;
}

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Import your own pay bands from a CSV file");
}

QString ImportCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli import FILE.csv --name NAME [--replace]\n\n"
        "Checks the whole file, then stores it as the dataset NAME; with any error nothing is stored.\n"
        "Header: role,level,location,currency,p10,p25,p50,p75,p90,source,date (any order; level and\n"
        "currency optional; at least one percentile). Amounts are annual; dates YYYY-MM-DD, YYYY-MM or\n"
        "YYYY. Imported bands take precedence over the built-in data for the same role, location and\n"
        "level.\n\n"
        "  FILE.csv        the file; - reads standard input\n"
        "  --name NAME     1-64 letters, digits, spaces, '.', '_' or '-'\n"
        "  --replace       replace an existing dataset of that name\n\n"
        "Errors are printed as FILE:LINE: message (the first 20). Exit 2 on any error.\n");
}

CommandOutput ImportCommand::run(const QStringList& arguments, QIODevice& standardInput)
{
    OptionParser parser({u"--name"_s}, {u"--replace"_s});
    if (!parser.parse(arguments))
        return CommandOutput::badInput(u"import: "_s + parser.error() + u"\n\n"_s + usage());
    if (parser.positional().size() != 1)
        return CommandOutput::badInput(tr("import: expected one CSV file\n\n") + usage());
    const QString datasetName = parser.value(u"--name"_s);
    if (!parser.isSet(u"--name"_s))
        return CommandOutput::badInput(tr("import: --name NAME is required\n\n") + usage());
    if (const QString problem = DatasetLibrary::nameError(datasetName); !problem.isEmpty())
        return CommandOutput::badInput(u"import: "_s + problem + u'\n');
    DatasetLibrary library(m_datasetDirectory);
    const bool replace = parser.isSet(u"--replace"_s);
    if (!replace && library.contains(datasetName)) {
        return CommandOutput::badInput(
            tr("import: a dataset named \"%1\" already exists; use --replace or remove it first\n")
                .arg(datasetName));
    }

    const QString path = parser.positional().front();
    QString readError;
    const auto content = readInput(path, standardInput, readError, InputFile::MaxDatasetBytes);
    if (!content)
        return CommandOutput::badInput(readError + u'\n');

    const MarketStore& store = MarketStore::builtIn();
    const RoleSearch roles(store);
    const LocationSearch locations(store);
    int reportedTenths = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        const int tenths = total > 0 ? int(done * 10 / total) : 10;
        if (!m_progressSink || tenths <= reportedTenths)
            return;
        reportedTenths = tenths;
        m_progressSink(tr("import: checked %1%\n").arg(tenths * 10));
    };
    const QString fileName = path == u"-" ? u"<stdin>"_s : path;
    const auto result =
        DatasetImporter(roles, locations)
            .import(*content, datasetName, path == u"-" ? fileName : QFileInfo(path).fileName(), progress);
    if (!result.ok())
        return CommandOutput::badInput(result.formattedErrors(fileName).join(u'\n') + u'\n' +
                                       tr("import: nothing was imported\n"));

    QString storeError;
    if (!library.add(*result.dataset, replace, &storeError))
        return CommandOutput::internalError(u"import: "_s + storeError + u'\n');
    const DatasetInfo& info = result.dataset->info();
    return CommandOutput::success(
        tr("Imported \"%1\": %2 rows from %3 (sources: %4; dates %5 to %6).\nStored in %7\n")
            .arg(info.name)
            .arg(info.rowCount)
            .arg(info.sourceFile,
                 info.sources.mid(0, 5).join(u"; "_s) +
                     (info.sources.size() > 5 ? tr(" and %1 more").arg(info.sources.size() - 5) : QString()),
                 info.oldestDate.toString(Qt::ISODate), info.newestDate.toString(Qt::ISODate),
                 QDir::toNativeSeparators(library.directory())));
}

} // namespace Anchorline::Cli
