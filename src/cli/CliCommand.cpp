#include "CliCommand.h"

#include <QCoreApplication>

namespace Anchorline::Cli {

CommandOutput CommandOutput::success(QString text)
{
    return {Success, std::move(text), QString()};
}

CommandOutput CommandOutput::badInput(QString message)
{
    return {BadInput, QString(), std::move(message)};
}

CommandOutput CommandOutput::internalError(QString message)
{
    return {InternalError, QString(), std::move(message)};
}

std::optional<QByteArray> CliCommand::readInput(const QString& path, QIODevice& standardInput, QString& error,
                                                qint64 maxBytes)
{
    auto read = path == u"-"
                    ? InputFile::read(standardInput,
                                      QCoreApplication::translate("CliCommand", "standard input"), maxBytes)
                    : InputFile::read(path, maxBytes);
    error = read.error;
    return std::move(read.bytes);
}

} // namespace Anchorline::Cli
