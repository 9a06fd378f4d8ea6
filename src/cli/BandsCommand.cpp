#include "BandsCommand.h"

#include "BandModel.h"
#include "BandResolver.h"
#include "DatasetLibrary.h"
#include "MarketJson.h"
#include "MarketStore.h"
#include "OptionParser.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::BandsCommand", text);
}

} // namespace

BandsCommand::BandsCommand(QString datasetDirectory, const QLocale& locale)
    : m_datasetDirectory(std::move(datasetDirectory))
    // The C locale writes "185,000$"; American English is the readable stand-in.
    , m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale)
{}

QString BandsCommand::name() const
{
    return u"bands"_s;
}

QString BandsCommand::summary() const
{
    return tr("Market pay band (p10-p90) for a role, location and level");
}

QString BandsCommand::usage() const
{
    return tr("Usage: anchorline-cli bands --role ROLE --location LOC [--level LEVEL] [--json]\n\n"
              "Prints the annual base-pay band p10, p25, p50, p75, p90 with its source and data year, "
              "marking\n"
              "estimates and top-coded values. Your imported datasets (see import) are used where they have\n"
              "this exact role, location and level; otherwise the built-in BLS/DOL data.\n\n"
              "  --role ROLE      a SOC code (15-1252) or a title (\"software engineer\"); the best match is "
              "used\n"
              "  --location LOC   an area code (41940), \"US\" or a place (\"San Jose\", \"Bay Area\")\n"
              "  --level LEVEL    entry, junior, mid, senior, staff or principal (default: all levels)\n"
              "  --json           print a JSON object: role, location, level, currency, source, year,\n"
              "                   percentiles, estimated, topcoded, missing, matched, ...\n\n") +
           BandModel::levelMappingExplanation() + u'\n';
}

CommandOutput BandsCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    OptionParser parser({u"--role"_s, u"--location"_s, u"--level"_s}, {u"--json"_s});
    if (!parser.parse(arguments))
        return CommandOutput::badInput(u"bands: "_s + parser.error() + u"\n\n"_s + usage());
    if (!parser.positional().isEmpty())
        return CommandOutput::badInput(
            tr("bands: unexpected argument \"%1\"\n\n").arg(parser.positional().front()) + usage());
    if (!parser.isSet(u"--role"_s) || !parser.isSet(u"--location"_s))
        return CommandOutput::badInput(tr("bands: --role and --location are required\n\n") + usage());
    const auto level = CareerLevels::fromString(parser.value(u"--level"_s));
    if (!level) {
        return CommandOutput::badInput(
            tr("bands: unknown level \"%1\" (use entry, junior, mid, senior, staff or principal)\n")
                .arg(parser.value(u"--level"_s)));
    }

    const DatasetLibrary library(m_datasetDirectory);
    const BandResolver resolver(MarketStore::builtIn(), &library);
    const QString roleText = parser.value(u"--role"_s);
    const QString locationText = parser.value(u"--location"_s);
    const auto role = resolver.resolveRole(roleText);
    const auto location = resolver.resolveLocation(locationText);
    QString errors;
    if (!role.match)
        errors += u"bands: "_s + MarketJson::resolutionError(role.error, role.suggestions) + u'\n';
    if (!location.match)
        errors += u"bands: "_s + MarketJson::resolutionError(location.error, location.suggestions) + u'\n';
    if (!errors.isEmpty())
        return CommandOutput::badInput(errors);

    QString bandError;
    const auto resolved = resolver.band(role.match->soc, location.match->code, *level, &bandError);
    if (!resolved)
        return CommandOutput::badInput(u"bands: "_s + bandError + u'\n');

    if (parser.isSet(u"--json"_s)) {
        QJsonObject json = MarketJson::band(*resolved);
        json.insert(u"matched"_s,
                    QJsonObject{{u"role"_s, MarketJson::match(roleText, role.match->matched, role.exact)},
                                {u"location"_s,
                                 MarketJson::match(locationText, location.match->matched, location.exact)}});
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
    QString text;
    if (!role.exact)
        text += tr("Role \"%1\" taken as %2 (matched \"%3\").\n")
                    .arg(roleText, role.match->label(), role.match->matched);
    if (!location.exact) {
        text += tr("Location \"%1\" taken as %2 (matched \"%3\").\n")
                    .arg(locationText, location.match->label(), location.match->matched);
    }
    return CommandOutput::success(text + MarketJson::bandText(*resolved, m_locale));
}

} // namespace Anchorline::Cli
