#include "CompareCommand.h"

#include "CompensationCalculator.h"
#include "EvaluateCommand.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "OfferComparisonModel.h"
#include "OfferSource.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Anchorline::Cli {

using namespace Qt::StringLiterals;

CompareCommand::CompareCommand(const QLocale& locale)
    : m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale)
{}

QString CompareCommand::name() const
{
    return u"compare"_s;
}

QString CompareCommand::summary() const
{
    return tr("The offers of a session side by side");
}

QString CompareCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli compare SESSION.anchorline [--json]\n\n"
        "Prints the offers of a session side by side: total pay in years 1-4, the 4-year total and the\n"
        "walk-away cost after 12 months. With --json, one object per offer in the shape of\n"
        "`evaluate --json`, plus its number, label and company. An offer file counts as a session\n"
        "with one offer. The client's current pay is never printed.\n\n"
        "  SESSION      a session file (.anchorline) or an offer file; - reads standard input\n"
        "  --json       print a JSON object instead of the table\n");
}

CommandOutput CompareCommand::run(const QStringList& arguments, QIODevice& standardInput)
{
    bool asJson = false;
    QStringList files;
    for (const QString& argument : arguments) {
        if (argument == u"--json")
            asJson = true;
        else if (argument.startsWith(u'-') && argument != u"-")
            return CommandOutput::badInput(tr("compare: unknown option \"%1\"\n\n").arg(argument) + usage());
        else
            files.append(argument);
    }
    if (files.size() != 1)
        return CommandOutput::badInput(tr("compare: expected one session file\n\n") + usage());

    const QString& path = files.front();
    QString readError;
    const auto content = readInput(path, standardInput, readError);
    if (!content)
        return CommandOutput::badInput(readError + u'\n');
    const auto source = OfferSource::parseSession(*content, path);
    if (!source.ok())
        return CommandOutput::badInput(source.error);
    if (asJson)
        return CommandOutput::success(
            QString::fromUtf8(QJsonDocument(comparisonJson(source.session)).toJson()));
    return CommandOutput::success(comparisonText(source.session));
}

QJsonObject CompareCommand::comparisonJson(const Session& session) const
{
    QJsonArray offers;
    for (int i = 0; i < session.offers.size(); ++i) {
        const Offer& offer = session.offers.at(i).offer;
        QJsonObject summary = EvaluateCommand::evaluationJson(CompensationCalculator(offer));
        summary.insert(u"number"_s, i + 1);
        summary.insert(u"label"_s, session.offerDisplayLabel(i));
        summary.insert(u"company"_s, offer.company);
        summary.insert(u"negotiated"_s, i == session.negotiatedOffer);
        summary.insert(u"competing"_s, session.competingOffer == i);
        for (const auto& extension : m_jsonExtensions)
            extension(offer, summary);
        offers.append(summary);
    }
    return QJsonObject{{u"client"_s, session.clientName}, {u"offers"_s, offers}};
}

void CompareCommand::addJsonExtension(EvaluateCommand::JsonExtension extension)
{
    m_jsonExtensions.push_back(std::move(extension));
}

QString CompareCommand::comparisonText(const Session& session) const
{
    OfferComparisonModel model;
    model.setLocale(m_locale);
    model.setOffers(session.offers);
    // The last row: each 4-year total divided by the BEA price parity of the offer's own place.
    const PriceParityTable parities(MarketStore::builtIn());
    const LocationSearch places(MarketStore::builtIn());
    model.setRealTermsProvider(OfferComparisonModel::realTermsFrom(parities, places));

    // No placement provider: the market percentile needs a band, which --json reports as `market`.
    const QList<QStringList> rows = model.toRows();
    TextTable table(rows.first());
    for (qsizetype row = 1; row < rows.size(); ++row)
        table.addRow(rows.at(row));

    QString text = session.clientName.isEmpty() ? tr("Offers side by side\n")
                                                : tr("%1: offers side by side\n").arg(session.clientName);
    text += u'\n' + table.toString() + u'\n';
    text += tr("Negotiating: %1\n").arg(session.offerDisplayLabel(session.negotiatedOffer));
    if (session.competingOffer)
        text += tr("Competing offer: %1\n").arg(session.offerDisplayLabel(*session.competingOffer));
    text += tr(
        "Source: the offers in the session file; amounts in each offer's currency. Equity is valued at its\n"
        "grant value, not a market price. Walk-away cost = unvested equity forfeited + sign-on to repay.\n");
    text += tr("Real terms: 4-year total / (BEA RPP %1 price parity of the offer's place / 100), in whole "
               "dollars.\n")
                .arg(parities.year());
    return text;
}

} // namespace Anchorline::Cli
