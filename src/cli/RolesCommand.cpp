#include "RolesCommand.h"

#include "MarketStore.h"
#include "RoleSearch.h"
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
    return QCoreApplication::translate("Anchorline::Cli::RolesCommand", text);
}

} // namespace

QString RolesCommand::name() const
{
    return u"roles"_s;
}

QString RolesCommand::summary() const
{
    return tr("Find occupations (SOC codes) by title, alias or code");
}

QString RolesCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli roles --search TEXT [--limit N] [--json]\n\n"
        "Lists the occupations that match TEXT, best first: SOC 2018 titles, O*NET titles, common job\n"
        "titles (\"SWE\", \"ML engineer\", \"product manager\") and SOC codes (\"15-1252\", \"15-12\").\n"
        "Case, accents, plurals and small typos do not matter.\n\n"
        "  --search TEXT  what to look for\n"
        "  --limit N      at most N results (default 10, at most 100)\n"
        "  --json         print [{soc, title, matched}] instead of lines\n");
}

CommandOutput RolesCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    const SearchOptions options = SearchOptions::parse(name(), arguments);
    if (!options.error.isEmpty())
        return CommandOutput::badInput(options.error + u"\n\n"_s + usage());
    const RoleSearch search(MarketStore::builtIn());
    const QList<RoleMatch> matches = search.search(options.text, options.limit);
    if (options.json) {
        QJsonArray array;
        for (const RoleMatch& match : matches)
            array.append(
                QJsonObject{{u"soc"_s, match.soc}, {u"title"_s, match.title}, {u"matched"_s, match.matched}});
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(array).toJson()));
    }
    if (matches.isEmpty())
        return CommandOutput::success(tr("No occupation matches \"%1\".\n").arg(options.text));
    QString text;
    for (const RoleMatch& match : matches) {
        text += match.soc + u"  "_s + match.title;
        if (match.matched != match.title && match.matched != match.soc)
            text += tr("  (matched \"%1\")").arg(match.matched);
        text += u'\n';
    }
    return CommandOutput::success(text);
}

} // namespace Anchorline::Cli
