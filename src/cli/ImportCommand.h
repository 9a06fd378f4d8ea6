#pragma once

#include "CliCommand.h"

#include <functional>

namespace Anchorline::Cli {

// `anchorline-cli import FILE.csv --name NAME [--replace]`: validates a pay-band CSV (DatasetImporter) and
// stores it in the dataset library. Progress goes to `progressSink` as it happens (stderr in the tool);
// errors are "FILE:LINE: message" and nothing is stored when there is any (exit 2).
class ImportCommand : public CliCommand
{
public:
    using ProgressSink = std::function<void(const QString& line)>;

    ImportCommand(QString datasetDirectory, ProgressSink progressSink = {});
    // The tool's sink: progress appears on stderr while the import runs.
    static void writeToStandardError(const QString& line);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

private:
    QString m_datasetDirectory;
    ProgressSink m_progressSink;
};

} // namespace Anchorline::Cli
