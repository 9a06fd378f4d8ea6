#include "DatasetsCommand.h"

#include "DatasetLibrary.h"
#include "OptionParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::DatasetsCommand", text);
}

} // namespace

DatasetsCommand::DatasetsCommand(QString datasetDirectory)
    : m_datasetDirectory(std::move(datasetDirectory))
{}

QString DatasetsCommand::name() const
{
    return u"datasets"_s;
}

QString DatasetsCommand::summary() const
{
    return tr("List or remove your imported datasets");
}

QString DatasetsCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli datasets [--json]\n"
        "       anchorline-cli datasets --remove NAME\n\n"
        "Lists the datasets you imported (name, rows, sources, dates, when imported) or removes one.\n\n"
        "  --json         print [{name, source_file, sources, oldest_date, newest_date, rows,\n"
        "                 imported_at, path}]\n"
        "  --remove NAME  delete the dataset NAME\n");
}

CommandOutput DatasetsCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    OptionParser parser({u"--remove"_s}, {u"--json"_s});
    if (!parser.parse(arguments))
        return CommandOutput::badInput(u"datasets: "_s + parser.error() + u"\n\n"_s + usage());
    if (!parser.positional().isEmpty()) {
        return CommandOutput::badInput(
            tr("datasets: unexpected argument \"%1\"\n\n").arg(parser.positional().front()) + usage());
    }
    DatasetLibrary library(m_datasetDirectory);
    if (parser.isSet(u"--remove"_s)) {
        QString error;
        if (!library.remove(parser.value(u"--remove"_s), &error))
            return CommandOutput::badInput(u"datasets: "_s + error + u'\n');
        return CommandOutput::success(tr("Removed dataset \"%1\".\n").arg(parser.value(u"--remove"_s)));
    }

    QStringList problems;
    const QList<DatasetInfo> infos = library.list(&problems);
    QString warnings;
    for (const QString& problem : problems)
        warnings += tr("datasets: skipped %1\n").arg(problem);
    CommandOutput output = CommandOutput::success(QString());
    output.standardError = warnings;
    if (parser.isSet(u"--json"_s)) {
        QJsonArray array;
        for (const DatasetInfo& info : infos) {
            array.append(QJsonObject{
                {u"name"_s, info.name},
                {u"source_file"_s, info.sourceFile},
                {u"sources"_s, QJsonArray::fromStringList(info.sources)},
                {u"oldest_date"_s, info.oldestDate.toString(Qt::ISODate)},
                {u"newest_date"_s, info.newestDate.toString(Qt::ISODate)},
                {u"rows"_s, info.rowCount},
                {u"imported_at"_s, info.importedAt.toString(Qt::ISODate)},
                {u"path"_s, info.path},
            });
        }
        output.standardOutput = QString::fromUtf8(QJsonDocument(array).toJson());
        return output;
    }
    if (infos.isEmpty()) {
        output.standardOutput = tr("No imported datasets (in %1).\n").arg(library.directory());
        return output;
    }
    for (const DatasetInfo& info : infos) {
        output.standardOutput +=
            tr("%1: %2 rows from %3; sources: %4; dates %5 to %6; imported %7\n")
                .arg(info.name)
                .arg(info.rowCount)
                .arg(info.sourceFile, info.sources.join(u"; "_s), info.oldestDate.toString(Qt::ISODate),
                     info.newestDate.toString(Qt::ISODate), info.importedAt.toString(Qt::ISODate));
    }
    return output;
}

} // namespace Anchorline::Cli
