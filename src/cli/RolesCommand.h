#pragma once

#include "CliCommand.h"

namespace Anchorline::Cli {

// `anchorline-cli roles --search TEXT [--limit N] [--json]`: occupations matching TEXT, best first
// (RoleSearch). JSON: [{soc, title, matched}].
class RolesCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;
};

} // namespace Anchorline::Cli
