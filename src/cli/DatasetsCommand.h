#pragma once

#include "CliCommand.h"

namespace Anchorline::Cli {

// `anchorline-cli datasets [--json]` lists the imported datasets; `datasets --remove NAME` deletes one.
class DatasetsCommand : public CliCommand
{
public:
    explicit DatasetsCommand(QString datasetDirectory);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

private:
    QString m_datasetDirectory;
};

} // namespace Anchorline::Cli
