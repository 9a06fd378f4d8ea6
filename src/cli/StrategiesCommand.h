#pragma once

#include "CliCommand.h"

namespace Anchorline::Cli {

// `anchorline-cli strategies [--json]`: the negotiation strategy catalogue.
class StrategiesCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;
};

} // namespace Anchorline::Cli
