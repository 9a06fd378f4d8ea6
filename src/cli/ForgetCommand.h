#pragma once

#include "CliCommand.h"
#include "UserDataEraser.h"

namespace Anchorline::Cli {

// `anchorline-cli forget [--yes] [--json]`: lists what Anchorline keeps in the user's directories (settings,
// autosave snapshots, imported datasets); with --yes removes it (UserDataEraser). Saved session files and
// the user's own templates are never removed.
class ForgetCommand : public CliCommand
{
public:
    explicit ForgetCommand(UserDataEraser eraser);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

private:
    UserDataEraser m_eraser;
};

} // namespace Anchorline::Cli
