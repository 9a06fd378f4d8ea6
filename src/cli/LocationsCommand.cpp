#include "LocationsCommand.h"

#include "LocationSearch.h"
#include "MarketStore.h"
#include "SearchOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::LocationsCommand", text);
}

} // namespace

QString LocationsCommand::name() const
{
    return u"locations"_s;
}

QString LocationsCommand::summary() const
{
    return tr("Find wage areas by city, county, state, metro name or code");
}

QString LocationsCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli locations --search TEXT [--limit N] [--json]\n\n"
        "Lists the OFLC wage areas that match TEXT, best first: metro and non-metro area names, cities in\n"
        "metro names (\"San Jose\"), counties (\"Santa Clara County\"), states (\"TX\", \"California\": all\n"
        "their areas, largest metros first), nicknames (\"SF\", \"Bay Area\", \"NYC\") and \"US\" or\n"
        "\"remote\" for the national figures. Case, accents and small typos do not matter.\n\n"
        "  --search TEXT  what to look for\n"
        "  --limit N      at most N results (default 10, at most 100)\n"
        "  --json         print [{code, name, type, matched}] instead of lines; type is metro,\n"
        "                 nonmetro or national\n");
}

CommandOutput LocationsCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    const SearchOptions options = SearchOptions::parse(name(), arguments);
    if (!options.error.isEmpty())
        return CommandOutput::badInput(options.error + u"\n\n"_s + usage());
    const LocationSearch search(MarketStore::builtIn());
    const QList<LocationMatch> matches = search.search(options.text, options.limit);
    if (options.json) {
        QJsonArray array;
        for (const LocationMatch& match : matches) {
            array.append(QJsonObject{{u"code"_s, match.code},
                                     {u"name"_s, match.name},
                                     {u"type"_s, LocationMatch::typeId(match.type)},
                                     {u"matched"_s, match.matched}});
        }
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(array).toJson()));
    }
    if (matches.isEmpty())
        return CommandOutput::success(tr("No area matches \"%1\".\n").arg(options.text));
    QString text;
    for (const LocationMatch& match : matches) {
        text +=
            match.code.leftJustified(8) + match.name + u"  ["_s + LocationMatch::typeId(match.type) + u']';
        if (match.matched != match.name && match.matched != match.code)
            text += tr("  (matched \"%1\")").arg(match.matched);
        text += u'\n';
    }
    return CommandOutput::success(text);
}

} // namespace Anchorline::Cli
