#include "CliCommand.h"

#include <QCoreApplication>
#include <QFile>

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

std::optional<QByteArray> CliCommand::readInput(const QString& path, QIODevice& standardInput, QString& error)
{
    if (path == u"-")
        return standardInput.readAll();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error =
            QCoreApplication::translate("CliCommand", "%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Anchorline::Cli
