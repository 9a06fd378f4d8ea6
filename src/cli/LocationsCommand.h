#pragma once

#include "CliCommand.h"

namespace Anchorline::Cli {

// `anchorline-cli locations --search TEXT [--limit N] [--json]`: wage areas matching TEXT, best first
// (LocationSearch). JSON: [{code, name, type, matched}].
class LocationsCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;
};

} // namespace Anchorline::Cli
