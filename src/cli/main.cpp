#include "CliApplication.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anchorline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Anchorline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));

    QFile standardInput;
    if (!standardInput.open(stdin, QIODevice::ReadOnly))
        return Anchorline::Cli::InternalError;
    try {
        Anchorline::Cli::CliApplication cli;
        const auto output = cli.run(QCoreApplication::arguments().mid(1), standardInput);
        QTextStream(stdout) << output.standardOutput;
        QTextStream(stderr) << output.standardError;
        return output.exitCode;
    } catch (const std::exception& error) {
        QTextStream(stderr) << "anchorline-cli: internal error: " << error.what() << '\n';
        return Anchorline::Cli::InternalError;
    }
}
