#include "CliApplication.h"

#include "BandsCommand.h"
#include "CompareCommand.h"
#include "DatasetLibrary.h"
#include "DatasetsCommand.h"
#include "EmailCommand.h"
#include "EvaluateCommand.h"
#include "ForgetCommand.h"
#include "ImportCommand.h"
#include "LocationsCommand.h"
#include "MarketJson.h"
#include "RealTermsJson.h"
#include "RelocateCommand.h"
#include "RolesCommand.h"
#include "StrategiesCommand.h"

#include <QCoreApplication>

namespace Anchorline::Cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::CliApplication", text);
}
} // namespace

CliApplication::CliApplication()
{
    // Register commands here, in the order --help lists them.
    auto evaluate = std::make_unique<EvaluateCommand>();
    evaluate->addJsonExtension(MarketJson::evaluateExtension(DatasetLibrary::defaultDirectory()));
    evaluate->addJsonExtension(RealTermsJson::evaluateExtension());
    evaluate->addTextExtension(RealTermsJson::evaluateTextExtension());
    m_commands.push_back(std::move(evaluate));
    auto compare = std::make_unique<CompareCommand>();
    compare->addJsonExtension(MarketJson::evaluateExtension(DatasetLibrary::defaultDirectory()));
    compare->addJsonExtension(RealTermsJson::evaluateExtension());
    m_commands.push_back(std::move(compare));
    m_commands.push_back(std::make_unique<StrategiesCommand>());
    m_commands.push_back(std::make_unique<EmailCommand>());
    m_commands.push_back(std::make_unique<RolesCommand>());
    m_commands.push_back(std::make_unique<LocationsCommand>());
    m_commands.push_back(std::make_unique<BandsCommand>(DatasetLibrary::defaultDirectory()));
    m_commands.push_back(std::make_unique<ImportCommand>(DatasetLibrary::defaultDirectory(),
                                                         &ImportCommand::writeToStandardError));
    m_commands.push_back(std::make_unique<DatasetsCommand>(DatasetLibrary::defaultDirectory()));
    m_commands.push_back(std::make_unique<ForgetCommand>(UserDataEraser::standard()));
    m_commands.push_back(std::make_unique<RelocateCommand>());
}

CliApplication::~CliApplication() = default;

CliCommand* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::helpText() const
{
    QString text = tr("Usage: anchorline-cli COMMAND [OPTIONS]\n\n"
                      "Evaluates job offers against market pay and drafts negotiation emails.\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    text += tr("\nOptions:\n"
               "  --help       Show this help, or a command's help with COMMAND --help\n"
               "  --version    Show the version\n\n"
               "Exit codes: 0 success, 1 internal error, 2 bad input or usage.\n");
    return text;
}

CommandOutput CliApplication::run(const QStringList& arguments, QIODevice& standardInput)
{
    if (arguments.isEmpty())
        return CommandOutput::badInput(helpText());
    const QString& first = arguments.front();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        if (arguments.size() > 1) {
            if (const auto* command = find(arguments.at(1)))
                return CommandOutput::success(command->usage());
        }
        return CommandOutput::success(helpText());
    }
    if (first == u"--version" || first == u"-v")
        return CommandOutput::success(
            QStringLiteral("anchorline-cli %1\n").arg(QStringLiteral(ANCHORLINE_VERSION)));
    auto* command = find(first);
    if (!command) {
        return CommandOutput::badInput(
            tr("anchorline-cli: unknown command \"%1\"; run anchorline-cli --help for the list\n")
                .arg(first));
    }
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return CommandOutput::success(command->usage());
    return command->run(rest, standardInput);
}

} // namespace Anchorline::Cli
