#include "EmailCommand.h"

#include "BandResolver.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"
#include "NegotiationEngine.h"
#include "OfferJson.h"
#include "OfferSource.h"
#include "StrategyCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::EmailCommand", text);
}

QJsonValue amount(const Money& money)
{
    return OfferJson::moneyToJsonNumber(money);
}

QJsonValue levelJson(CareerLevel level)
{
    return level == CareerLevel::Unspecified ? QJsonValue() : QJsonValue(CareerLevels::id(level));
}

struct Options
{
    QString offerPath;
    QString competingPath;
    QString templateDirectory;
    bool asJson = false;
    bool baseCapped = false;
    bool readyToSign = false;
};

// The band for the offer's role, location and level, and the one a level up; `note` says why there is none.
struct MarketBands
{
    std::optional<Band> band;
    std::optional<Band> nextLevel;
    QString note;
};

MarketBands resolveBands(const Offer& offer)
{
    MarketBands bands;
    const DatasetLibrary library;
    const BandResolver resolver(MarketStore::builtIn(), &library);
    QString soc = offer.roleSoc;
    if (soc.isEmpty()) {
        const auto role = resolver.resolveRole(offer.role);
        if (!role.match) {
            bands.note = QCoreApplication::translate("Anchorline::Cli::EmailCommand",
                                                     "no market band: role \"%1\": %2")
                             .arg(offer.role, role.error);
            return bands;
        }
        soc = role.match->soc;
    }
    QString area = offer.locationCode;
    if (area.isEmpty()) {
        const auto location = resolver.resolveLocation(offer.location);
        if (!location.match) {
            bands.note = QCoreApplication::translate("Anchorline::Cli::EmailCommand",
                                                     "no market band: location \"%1\": %2")
                             .arg(offer.location, location.error);
            return bands;
        }
        area = location.match->code;
    }
    QString error;
    if (const auto resolved = resolver.band(soc, area, offer.level, &error))
        bands.band = resolved->band;
    else
        bands.note =
            QCoreApplication::translate("Anchorline::Cli::EmailCommand", "no market band: %1").arg(error);
    const auto levels = CareerLevels::all();
    const auto index = levels.indexOf(offer.level);
    if (bands.band && index >= 0 && index + 1 < levels.size()) {
        if (const auto next = resolver.band(soc, area, levels.at(index + 1)))
            bands.nextLevel = next->band;
    }
    return bands;
}

QJsonObject componentReasonJson(const QString& field, const AskReason& reason)
{
    QJsonObject json{{u"field"_s, field}, {u"rule"_s, reason.rule}, {u"explanation"_s, reason.explanation}};
    if (reason.percentile > 0)
        json.insert(u"percentile"_s, reason.percentile);
    if (reason.bandValue) {
        json.insert(u"band_value"_s, amount(*reason.bandValue));
        json.insert(u"band_value_kind"_s, reason.bandValueTopCoded    ? u"topcoded"_s
                                          : reason.bandValueEstimated ? u"estimated"_s
                                                                      : u"published"_s);
    }
    if (reason.roundingStep > 0)
        json.insert(u"rounding"_s, reason.roundingStep);
    if (reason.basisValue)
        json.insert(u"basis_value"_s, amount(*reason.basisValue));
    if (reason.basisPoints != 0)
        json.insert(u"basis_points"_s, reason.basisPoints);
    return json;
}

QJsonValue marketJson(const std::optional<Band>& band)
{
    if (!band)
        return QJsonValue();
    QJsonObject percentiles;
    QJsonArray estimated;
    QJsonArray topCoded;
    for (const auto percentile : Percentiles::all()) {
        const BandValue& value = band->value(percentile);
        const QString id = Percentiles::id(percentile);
        percentiles.insert(id, value.kind == BandValue::Kind::Missing ? QJsonValue() : amount(value.amount));
        if (value.kind == BandValue::Kind::Estimated)
            estimated.append(id);
        if (value.kind == BandValue::Kind::TopCoded)
            topCoded.append(id);
    }
    return QJsonObject{
        {u"soc"_s, band->soc},
        {u"role"_s, band->roleTitle},
        {u"area_code"_s, band->areaCode},
        {u"area_name"_s, band->areaName},
        {u"level"_s, levelJson(band->level)},
        {u"source"_s, band->sourceName},
        {u"year"_s, band->dataYear},
        {u"percentiles"_s, percentiles},
        {u"estimated"_s, estimated},
        {u"topcoded"_s, topCoded},
    };
}

} // namespace

QString EmailCommand::name() const
{
    return u"email"_s;
}

QString EmailCommand::summary() const
{
    return tr("A negotiation email, phone script and ask for an offer");
}

QString EmailCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli email OFFER.json|SESSION.anchorline [--offer N] [OPTIONS] [--json]\n\n"
        "Writes a negotiation email for the offer from a strategy (anchorline-cli strategies lists them),\n"
        "with the ask per component, the reasons, guard-rail warnings and the data sources. The market band\n"
        "comes from the offer's role_soc/role, location_code/location and level. Without --json the\n"
        "subject and body are printed ready to paste, and warnings go to standard error.\n"
        "From a session, the session's competing offer, strategy, tone, language, target percentile,\n"
        "stage, base capped, forfeited pay, deadline, recruiter and client name are the defaults; the\n"
        "options below override them. The session's current pay only feeds the reveals-current-pay\n"
        "warning and never goes into the email.\n\n"
        "  OFFER.json                an offer file (schema 1); - reads standard input\n"
        "  SESSION.anchorline        a session file\n"
        "  --offer N                 the session's Nth offer (default: the one being negotiated)\n"
        "  --strategy ID             strategy id (default: the recommended one)\n"
        "  --tone warm|direct|formal tone of the email (default warm)\n"
        "  --lang LANG               template language (default en)\n"
        "  --target-percentile N     market percentile to ask for, 10-90 (default 75)\n"
        "  --competing OFFER2.json   a real, written competing offer (instead of the session's)\n"
        "  --forfeited AMOUNT        unvested equity and bonus you forfeit by leaving\n"
        "  --stage STAGE             startup, growth, public or government-nonprofit (default growth)\n"
        "  --base-capped             the employer says base is at the top of its band\n"
        "  --ready-to-sign           you would accept if the ask is met (adds the \"ready to sign\" close)\n"
        "  --deadline YYYY-MM-DD     the decision deadline\n"
        "  --today YYYY-MM-DD        today's date, for reproducible output (default: the system date)\n"
        "  --name NAME               your name, for the sign-off\n"
        "  --recruiter NAME          the recruiter's name, for the greeting\n"
        "  --current-pay AMOUNT      only used to warn if the email reveals it\n"
        "  --templates DIR           an extra template directory (DIR/LANG/NAME.TONE.txt) over the\n"
        "                            built-in and user templates\n"
        "  --json                    print a JSON object\n\n"
        "Exit codes: 0 success (check warnings), 2 bad input, unknown strategy, tone or language, or a\n"
        "broken template.\n");
}

CommandOutput EmailCommand::run(const QStringList& arguments, QIODevice& standardInput)
{
    static const QStringList valueOptions{
        u"--strategy"_s,  u"--tone"_s,      u"--lang"_s,      u"--target-percentile"_s,
        u"--competing"_s, u"--forfeited"_s, u"--stage"_s,     u"--deadline"_s,
        u"--today"_s,     u"--name"_s,      u"--recruiter"_s, u"--current-pay"_s,
        u"--templates"_s};
    const auto fail = [this](const QString& message) {
        return CommandOutput::badInput(u"email: "_s + message + u'\n');
    };

    Options options;
    QHash<QString, QString> values;
    QStringList remaining = arguments;
    int offerNumber = OfferSource::NegotiatedOffer;
    if (const QString error = OfferSource::takeOfferOption(remaining, offerNumber); !error.isEmpty())
        return fail(error);
    for (qsizetype i = 0; i < remaining.size(); ++i) {
        const QString& argument = remaining.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= remaining.size())
                return fail(tr("%1 needs a value").arg(argument));
            values.insert(argument, remaining.at(++i));
        } else if (argument == u"--json") {
            options.asJson = true;
        } else if (argument == u"--base-capped") {
            options.baseCapped = true;
        } else if (argument == u"--ready-to-sign") {
            options.readyToSign = true;
        } else if (argument.startsWith(u'-') && argument != u"-") {
            return CommandOutput::badInput(tr("email: unknown option \"%1\"\n\n").arg(argument) + usage());
        } else if (options.offerPath.isEmpty()) {
            options.offerPath = argument;
        } else {
            return CommandOutput::badInput(tr("email: expected one offer file\n\n") + usage());
        }
    }
    if (options.offerPath.isEmpty())
        return CommandOutput::badInput(tr("email: expected one offer file\n\n") + usage());

    // An offer file, or a session file whose offer --offer picks; error lines name the file and field.
    const auto readSource = [&](const QString& path, int number, QString& error) -> OfferSource::Result {
        OfferSource::Result source;
        const auto content = readInput(path, standardInput, error);
        if (!content)
            source.error = u"email: "_s + error + u'\n';
        else
            source = OfferSource::parse(*content, path, number);
        return source;
    };
    QString error;
    const auto source = readSource(options.offerPath, offerNumber, error);
    if (!source.ok())
        return CommandOutput::badInput(source.error);
    // The session's settings are the defaults; an offer file gives a session with the default settings.
    Session session = source.session;
    session.negotiatedOffer = source.offerIndex;
    if (session.competingOffer == source.offerIndex)
        session.competingOffer.reset();
    NegotiationInput input = session.negotiationInput();
    // The command prints the generated email, so the guard rails check that text, not a saved edit.
    input.editedEmailText.clear();
    input.baseCapped = input.baseCapped || options.baseCapped;
    input.readyToSign = options.readyToSign;
    if (values.contains(u"--competing"_s)) {
        const auto competing =
            readSource(values.value(u"--competing"_s), OfferSource::NegotiatedOffer, error);
        if (!competing.ok())
            return CommandOutput::badInput(competing.error);
        input.competingOffer = competing.offer();
    }

    input.strategyId = values.value(u"--strategy"_s, input.strategyId);
    if (!input.strategyId.isEmpty() && !StrategyCatalogue::find(input.strategyId)) {
        return fail(tr("unknown strategy \"%1\"; known strategies: %2")
                        .arg(input.strategyId, StrategyCatalogue::ids().join(u", "_s)));
    }
    if (values.contains(u"--tone"_s)) {
        const auto tone = EmailTones::fromId(values.value(u"--tone"_s));
        if (!tone)
            return fail(tr("unknown tone \"%1\"; use warm, direct or formal").arg(values.value(u"--tone"_s)));
        input.tone = *tone;
    }
    input.language = values.value(u"--lang"_s, input.language);
    Money currentPay;
    if (values.contains(u"--target-percentile"_s)) {
        bool ok = false;
        input.targetPercentile = values.value(u"--target-percentile"_s).toInt(&ok);
        if (!ok || input.targetPercentile < 10 || input.targetPercentile > 90) {
            return fail(tr("--target-percentile \"%1\": expected a whole number from 10 to 90")
                            .arg(values.value(u"--target-percentile"_s)));
        }
    }
    for (const auto& [option, target] : {std::pair{u"--forfeited"_s, &input.forfeitedCompensation},
                                         std::pair{u"--current-pay"_s, &currentPay}}) {
        if (!values.contains(option))
            continue;
        const auto parsed = Money::parse(values.value(option), input.offer.currency);
        if (!parsed.ok())
            return fail(option + u": "_s + parsed.error);
        *target = *parsed.money;
    }
    if (values.contains(u"--current-pay"_s))
        input.currentPay = currentPay;
    if (values.contains(u"--stage"_s)) {
        const auto stage = CompanyStages::fromId(values.value(u"--stage"_s));
        if (!stage) {
            return fail(tr("unknown stage \"%1\"; use startup, growth, public or government-nonprofit")
                            .arg(values.value(u"--stage"_s)));
        }
        input.companyStage = *stage;
    }
    for (const auto& [option, target] :
         {std::pair{u"--deadline"_s, &input.decisionDeadline}, std::pair{u"--today"_s, &input.today}}) {
        if (!values.contains(option))
            continue;
        *target = QDate::fromString(values.value(option), Qt::ISODate);
        if (!target->isValid())
            return fail(tr("%1 \"%2\": expected a date as YYYY-MM-DD").arg(option, values.value(option)));
    }
    input.userName = values.value(u"--name"_s, input.userName);
    input.recruiterName = values.value(u"--recruiter"_s, input.recruiterName);

    const MarketBands bands = resolveBands(input.offer);
    input.band = bands.band;
    input.nextLevelBand = bands.nextLevel;

    QStringList templateDirectories{u":/templates"_s, TemplateLibrary::userDirectory()};
    if (values.contains(u"--templates"_s))
        templateDirectories.push_back(values.value(u"--templates"_s));
    const NegotiationEngine engine{TemplateLibrary(templateDirectories)};
    const auto prepared = engine.prepare(input);
    if (!prepared.ok())
        return fail(prepared.message);
    const NegotiationPlan& plan = *prepared.plan;

    if (options.asJson) {
        QJsonObject json = planJson(input, plan);
        if (!bands.note.isEmpty())
            json.insert(u"market_note"_s, bands.note);
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
    QString warnings;
    if (!bands.note.isEmpty())
        warnings += u"note: "_s + bands.note + u'\n';
    for (const auto& warning : plan.warnings)
        warnings += GuardRail::severityId(warning.severity) + u": "_s + warning.message + u'\n';
    return {Success, plan.email.toPlainText() + u'\n', warnings};
}

QJsonObject EmailCommand::planJson(const NegotiationInput& input, const NegotiationPlan& plan)
{
    const Ask& ask = plan.ask;
    QJsonObject askJson{
        {u"base"_s, amount(ask.base.asked)},
        {u"signon"_s, amount(ask.signOn.asked)},
        {u"equity_per_year"_s, amount(ask.equityPerYear.asked)},
        {u"refresh"_s, amount(ask.refresh.asked)},
        {u"level"_s, levelJson(ask.level.asked)},
    };
    if (ask.base.askedRangeTop)
        askJson.insert(u"base_range_top"_s, amount(*ask.base.askedRangeTop));
    const QJsonObject offeredJson{
        {u"base"_s, amount(ask.base.offered)},
        {u"signon"_s, amount(ask.signOn.offered)},
        {u"equity_per_year"_s, amount(ask.equityPerYear.offered)},
        {u"refresh"_s, amount(ask.refresh.offered)},
        {u"level"_s, levelJson(ask.level.offered)},
    };
    QJsonArray reasons;
    for (const auto* component : ask.components()) {
        for (const auto& reason : component->reasons)
            reasons.append(componentReasonJson(component->field, reason));
    }
    for (const auto& reason : ask.level.reasons)
        reasons.append(componentReasonJson(u"level"_s, reason));
    QJsonArray packages;
    for (const auto& package : ask.packages) {
        packages.append(QJsonObject{{u"label"_s, package.label},
                                    {u"base"_s, amount(package.base)},
                                    {u"signon"_s, amount(package.signOn)},
                                    {u"equity_per_year"_s, amount(package.equityPerYear)},
                                    {u"explanation"_s, package.explanation}});
    }
    QJsonArray warnings;
    for (const auto& warning : plan.warnings) {
        warnings.append(QJsonObject{{u"severity"_s, GuardRail::severityId(warning.severity)},
                                    {u"code"_s, warning.code},
                                    {u"message"_s, warning.message},
                                    {u"field"_s, warning.field}});
    }
    return QJsonObject{
        {u"strategy"_s, plan.strategy.id},
        {u"strategy_name"_s, plan.strategy.name},
        {u"why"_s, QJsonArray::fromStringList(plan.strategyWhy)},
        {u"tone"_s, EmailTones::id(input.tone)},
        {u"language"_s, input.language},
        {u"currency"_s, input.offer.currency},
        {u"subject"_s, plan.email.subject},
        {u"body"_s, plan.email.body},
        {u"phone_script"_s, plan.phoneScript},
        {u"ask_for_time"_s,
         QJsonObject{{u"subject"_s, plan.askForTimeEmail.subject}, {u"body"_s, plan.askForTimeEmail.body}}},
        {u"ask"_s, askJson},
        {u"offered"_s, offeredJson},
        {u"levers"_s, QJsonArray::fromStringList(ask.levers)},
        {u"packages"_s, packages},
        {u"reasons"_s, reasons},
        {u"warnings"_s, warnings},
        {u"blocked"_s, plan.isBlocked()},
        {u"sources"_s, QJsonArray::fromStringList(plan.sources)},
        {u"market"_s, marketJson(input.band)},
    };
}

} // namespace Anchorline::Cli
