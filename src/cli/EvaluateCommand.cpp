#include "EvaluateCommand.h"

#include "CompensationCalculator.h"
#include "OfferJson.h"
#include "OfferSource.h"
#include "StockScenarioJson.h"
#include "StockScenarioOptions.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::EvaluateCommand", text);
}

QJsonValue amount(const Money& money)
{
    return OfferJson::moneyToJsonNumber(money);
}

// "Senior Software Engineer (Senior) at Acme, San Jose, CA, starting 2026-03-02"
QString offerHeadline(const Offer& offer)
{
    QString headline = offer.role.isEmpty()
                           ? QCoreApplication::translate("Anchorline::Cli::EvaluateCommand", "Offer")
                           : offer.role;
    if (offer.level != CareerLevel::Unspecified)
        headline += u" ("_s + CareerLevels::displayName(offer.level) + u')';
    if (!offer.company.isEmpty())
        headline +=
            QCoreApplication::translate("Anchorline::Cli::EvaluateCommand", " at %1").arg(offer.company);
    if (!offer.location.isEmpty())
        headline += u", "_s + offer.location;
    if (offer.startDate.isValid())
        headline += QCoreApplication::translate("Anchorline::Cli::EvaluateCommand", ", starting %1")
                        .arg(offer.startDate.toString(Qt::ISODate));
    return headline;
}

} // namespace

EvaluateCommand::EvaluateCommand(const QLocale& locale)
    // The C locale (LANG=C, containers, CI) writes "185,000$"; American English is the readable stand-in.
    : m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale)
{}

QString EvaluateCommand::name() const
{
    return u"evaluate"_s;
}

QString EvaluateCommand::summary() const
{
    return tr("Year-by-year pay of an offer and the cost of leaving early");
}

QString EvaluateCommand::usage() const
{
    return tr("Usage: anchorline-cli evaluate OFFER.json|SESSION.anchorline [--offer N] [--json]\n"
              "                [--scenarios [--bear P] [--flat P] [--bull P] [--private|--public] "
              "[--discount P]]\n\n"
              "Prints the offer's pay for years 1-4 (1-6 with refreshers): base, bonus, sign-on, equity and\n"
              "refreshers vested, the 4-year total and average, and the walk-away cost (unvested equity\n"
              "forfeited, sign-on to repay) after 6, 12, 18, 24 and 36 months.\n"
              "Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.\n\n"
              "  OFFER.json   an offer file (schema 1); - reads standard input\n"
              "  SESSION.anchorline  a session file; --offer N picks its Nth offer (default: the one being\n"
              "               negotiated)\n"
              "  --json       print a JSON object instead of the table\n") +
           StockScenarioOptions::usage();
}

CommandOutput EvaluateCommand::run(const QStringList& arguments, QIODevice& standardInput)
{
    bool asJson = false;
    QStringList files;
    QStringList options = arguments;
    int offerNumber = OfferSource::NegotiatedOffer;
    if (const QString error = OfferSource::takeOfferOption(options, offerNumber); !error.isEmpty())
        return CommandOutput::badInput(u"evaluate: "_s + error + u"\n\n"_s + usage());
    StockScenarioOptions scenarioOptions;
    if (const QString error = scenarioOptions.take(options); !error.isEmpty())
        return CommandOutput::badInput(u"evaluate: "_s + error + u"\n\n"_s + usage());
    for (const QString& argument : std::as_const(options)) {
        if (argument == u"--json")
            asJson = true;
        else if (argument.startsWith(u'-') && argument != u"-")
            return CommandOutput::badInput(tr("evaluate: unknown option \"%1\"\n\n").arg(argument) + usage());
        else
            files.append(argument);
    }
    if (files.size() != 1)
        return CommandOutput::badInput(tr("evaluate: expected one offer file\n\n") + usage());

    const QString& path = files.front();
    QString readError;
    const auto content = readInput(path, standardInput, readError);
    if (!content)
        return CommandOutput::badInput(readError + u'\n');
    // An offer file, or a session file whose offer --offer picks.
    const auto source = OfferSource::parse(*content, path, offerNumber);
    if (!source.ok())
        return CommandOutput::badInput(source.error);

    const CompensationCalculator calculator(source.offer());
    std::optional<StockScenarioCalculator> scenarios;
    if (scenarioOptions.isEnabled())
        scenarios.emplace(source.offer(), scenarioOptions.settingsFor(source.session, *content));
    if (asJson) {
        QJsonObject json = evaluationJson(calculator);
        for (const JsonExtension& extension : m_jsonExtensions)
            extension(calculator.offer(), json);
        if (scenarios)
            StockScenarioJson::insert(*scenarios, json);
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
    QString text = evaluationText(calculator);
    for (const TextExtension& extension : m_textExtensions)
        text += extension(calculator.offer(), m_locale);
    if (scenarios)
        text += StockScenarioJson::text(*scenarios, m_locale);
    return CommandOutput::success(text);
}

void EvaluateCommand::addJsonExtension(JsonExtension extension)
{
    m_jsonExtensions.push_back(std::move(extension));
}

void EvaluateCommand::addTextExtension(TextExtension extension)
{
    m_textExtensions.push_back(std::move(extension));
}

QJsonObject EvaluateCommand::evaluationJson(const CompensationCalculator& calculator)
{
    QJsonArray years;
    for (const auto& year : calculator.years()) {
        years.append(QJsonObject{
            {u"year"_s, year.year},
            {u"base"_s, amount(year.base)},
            {u"bonus"_s, amount(year.bonus)},
            {u"signon"_s, amount(year.signOn)},
            {u"equity"_s, amount(year.equity)},
            {u"refresh"_s, amount(year.refresh)},
            {u"total"_s, amount(year.total())},
        });
    }
    QJsonArray walkAway;
    for (const int month : CompensationCalculator::standardWalkAwayMonths()) {
        const WalkAwayCost cost = calculator.walkAwayCost(month);
        walkAway.append(QJsonObject{
            {u"month"_s, cost.month},
            {u"forfeited_equity"_s, amount(cost.forfeitedEquity)},
            {u"clawback"_s, amount(cost.clawback)},
        });
    }
    return QJsonObject{
        {u"currency"_s, calculator.offer().currency},
        {u"years"_s, years},
        {u"total_4y"_s, amount(calculator.totalFourYears())},
        {u"average_4y"_s, amount(calculator.averageFourYears())},
        {u"walk_away"_s, walkAway},
    };
}

QString EvaluateCommand::evaluationText(const CompensationCalculator& calculator) const
{
    const auto format = [this](const Money& money) { return money.toString(m_locale); };

    TextTable pay(
        {tr("Year"), tr("Base"), tr("Bonus"), tr("Sign-on"), tr("Equity"), tr("Refreshers"), tr("Total")});
    for (const auto& year : calculator.years()) {
        pay.addRow({QString::number(year.year), format(year.base), format(year.bonus), format(year.signOn),
                    format(year.equity), format(year.refresh), format(year.total())});
    }
    pay.addSummaryRow(tr("4-year total"), format(calculator.totalFourYears()));
    pay.addSummaryRow(tr("4-year average"), format(calculator.averageFourYears()));

    TextTable walkAway({tr("Leaving after"), tr("Forfeited equity"), tr("Sign-on to repay"), tr("Total")});
    for (const int month : CompensationCalculator::standardWalkAwayMonths()) {
        const WalkAwayCost cost = calculator.walkAwayCost(month);
        walkAway.addRow({tr("%1 months").arg(month), format(cost.forfeitedEquity), format(cost.clawback),
                         format(cost.total())});
    }

    const Offer& offer = calculator.offer();
    return offerHeadline(offer) + u"\n\n"_s + pay.toString() + u'\n' + tr("Walk-away cost\n") +
           walkAway.toString() + u'\n' +
           tr("Source: the offer file; amounts in %1. Equity is valued at its grant value, not a market "
              "price.\n"
              "Year N covers months 12*(N-1)+1 to 12*N, so a vest at month 12 counts in year 1.\n")
               .arg(offer.currency);
}

} // namespace Anchorline::Cli
