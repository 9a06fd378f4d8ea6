#pragma once

#include "InputFile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Anchorline::Cli {

// Exit codes are part of the CLI contract (README, "Command-line tool").
enum ExitCode : int
{
    Success = 0,
    InternalError = 1,
    BadInput = 2
};

// What a command produces. Commands build their whole output before returning, so an error never leaves
// partial output on stdout.
struct CommandOutput
{
    int exitCode = Success;
    QString standardOutput;
    QString standardError;

    static CommandOutput success(QString text);
    static CommandOutput badInput(QString message);
    static CommandOutput internalError(QString message);
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // One line for `anchorline-cli --help`.
    virtual QString summary() const = 0;
    // Full usage for `anchorline-cli NAME --help`.
    virtual QString usage() const = 0;
    // `arguments` excludes the command name. `standardInput` is read when a file argument is "-".
    virtual CommandOutput run(const QStringList& arguments, QIODevice& standardInput) = 0;

protected:
    // Reads FILE, or standard input for "-", refusing more than `maxBytes` (InputFile's limits) before
    // reading it. On failure returns nullopt and sets `error` to a message naming the file.
    static std::optional<QByteArray> readInput(const QString& path, QIODevice& standardInput, QString& error,
                                               qint64 maxBytes = InputFile::MaxDocumentBytes);
};

} // namespace Anchorline::Cli
