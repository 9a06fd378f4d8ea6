#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

class QIODevice;

namespace Anchorline::Cli {

// Dispatches `anchorline-cli COMMAND ...` to the registered commands and handles --help and --version.
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();

    // `arguments` excludes the program name.
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput);

private:
    QString helpText() const;
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Anchorline::Cli
