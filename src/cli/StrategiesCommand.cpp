#include "StrategiesCommand.h"

#include "StrategyCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::StrategiesCommand", text);
}

} // namespace

QString StrategiesCommand::name() const
{
    return u"strategies"_s;
}

QString StrategiesCommand::summary() const
{
    return tr("The negotiation strategies, with their ids for email --strategy");
}

QString StrategiesCommand::usage() const
{
    return tr("Usage: anchorline-cli strategies [--json]\n\n"
              "Lists the negotiation strategies: id, name and a one-line summary.\n\n"
              "  --json       print a JSON array of {id, name, summary}\n");
}

CommandOutput StrategiesCommand::run(const QStringList& arguments, QIODevice&)
{
    bool asJson = false;
    for (const QString& argument : arguments) {
        if (argument != u"--json")
            return CommandOutput::badInput(tr("strategies: unknown argument \"%1\"\n\n").arg(argument) +
                                           usage());
        asJson = true;
    }
    const auto strategies = StrategyCatalogue::all();
    if (asJson) {
        QJsonArray array;
        for (const auto& strategy : strategies)
            array.append(QJsonObject{
                {u"id"_s, strategy.id}, {u"name"_s, strategy.name}, {u"summary"_s, strategy.summary}});
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(array).toJson()));
    }
    QString text;
    for (const auto& strategy : strategies)
        text += u"%1%2\n%3%4\n"_s.arg(strategy.id.leftJustified(18), strategy.name, QString(18, u' '),
                                      strategy.summary);
    return CommandOutput::success(text);
}

} // namespace Anchorline::Cli
