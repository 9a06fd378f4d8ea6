#include "CliApplication.h"
#include "DataFolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names, so that both use one data folder; the CLI's old folder is moved into it once.
    Anchorline::DataFolder::setApplicationNames();
    QCoreApplication::setApplicationVersion(QStringLiteral(ANCHORLINE_VERSION));

    QFile standardInput;
    if (!standardInput.open(stdin, QIODevice::ReadOnly))
        return Anchorline::Cli::InternalError;
    try {
        QTextStream(stderr) << Anchorline::DataFolder::migrateLegacy().report();
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
