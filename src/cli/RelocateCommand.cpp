#include "RelocateCommand.h"

#include "LocationSearch.h"
#include "MarketStore.h"
#include "OfferJson.h"
#include "OptionParser.h"
#include "RealTermsCalculator.h"
#include "RealTermsJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::RelocateCommand", text);
}

// The currencies other than US dollars that `text` reads as: "€180,000" → EUR, "180000 kr" → SEK, NOK, DKK.
QStringList otherCurrenciesOf(const QString& text)
{
    QStringList codes;
    for (const QString& code : Money::knownCurrencies()) {
        if (code != Money::defaultCurrency() && Money::parse(text, code).ok())
            codes.append(code);
    }
    return codes;
}

} // namespace

RelocateCommand::RelocateCommand(const QLocale& locale)
    : m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale)
{}

QString RelocateCommand::name() const
{
    return u"relocate"_s;
}

QString RelocateCommand::summary() const
{
    return tr("What pay in one place is worth in another (cost of living)");
}

QString RelocateCommand::usage() const
{
    return tr("Usage: anchorline-cli relocate --amount AMOUNT --from PLACE --to PLACE [--json]\n\n"
              "Prints what it takes in the --to place to match the buying power of AMOUNT in the --from\n"
              "place: AMOUNT x parity(to) / parity(from), with the BEA Regional Price Parities 2023\n"
              "(US = 100), rounded once to whole dollars. Areas without their own parity (new metros,\n"
              "non-metro areas) use their state's, and the output says so.\n\n"
              "  --amount AMOUNT  in US dollars, e.g. 180000, $180,000 or 180k\n"
              "  --from PLACE     an OFLC area code (41940), a BEA metro code, a state (CA, California),\n"
              "                   US, or a place name that names one area (\"San Jose\", \"NYC\")\n"
              "  --to PLACE       the same for the other place\n"
              "  --json           print {amount, currency, from, to, equivalent, source, year}; from and to\n"
              "                   are {code, name, parity, parity_area, basis, note}\n");
}

CommandOutput RelocateCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    const auto badInput = [this](const QString& message) {
        return CommandOutput::badInput(u"relocate: "_s + message + u"\n\n"_s + usage());
    };
    OptionParser parser({u"--amount"_s, u"--from"_s, u"--to"_s}, {u"--json"_s});
    if (!parser.parse(arguments))
        return badInput(parser.error());
    if (!parser.positional().isEmpty())
        return badInput(tr("unexpected argument \"%1\"").arg(parser.positional().front()));
    for (const QString& option : {u"--amount"_s, u"--from"_s, u"--to"_s}) {
        if (parser.value(option).trimmed().isEmpty())
            return badInput(tr("%1 is required").arg(option));
    }
    const QString amountText = parser.value(u"--amount"_s);
    const Money::ParseResult amount = Money::parse(amountText);
    if (!amount.ok()) {
        if (const QStringList currencies = otherCurrenciesOf(amountText); !currencies.isEmpty()) {
            return badInput(tr("--amount: \"%1\" is an amount in %2, but BEA price parities compare US price "
                               "levels, so they apply to amounts in US dollars only")
                                .arg(amountText, currencies.join(tr(" or "))));
        }
        return badInput(u"--amount: "_s + amount.error);
    }

    const MarketStore& store = MarketStore::builtIn();
    const LocationSearch search(store);
    const PriceParityTable table(store);
    std::optional<PlaceParity> places[2];
    const QString placeOptions[2] = {u"--from"_s, u"--to"_s};
    for (int i = 0; i < 2; ++i) {
        PriceParityTable::Lookup lookup = table.find(parser.value(placeOptions[i]), search);
        if (!lookup.ok()) {
            QString message = placeOptions[i] + u": "_s + lookup.error;
            if (!lookup.suggestions.isEmpty())
                message += tr("; did you mean: %1").arg(lookup.suggestions.join(u"; "_s));
            return badInput(message);
        }
        places[i] = lookup.place;
    }
    const PlaceParity& from = *places[0];
    const PlaceParity& to = *places[1];
    const std::optional<Money> equivalent = RealTermsCalculator::equivalentIn(
        *amount.money, from.parity.parityThousandths, to.parity.parityThousandths);
    if (!equivalent)
        return badInput(tr("--amount: %1 is too large").arg(parser.value(u"--amount"_s)));

    if (parser.isSet(u"--json"_s)) {
        const QJsonObject json{
            {u"amount"_s, OfferJson::moneyToJsonNumber(*amount.money)},
            {u"currency"_s, amount.money->currency()},
            {u"from"_s, RealTermsJson::place(from)},
            {u"to"_s, RealTermsJson::place(to)},
            {u"equivalent"_s, OfferJson::moneyToJsonNumber(*equivalent)},
            {u"source"_s, from.sourceShortName()},
            {u"year"_s, from.parity.year},
        };
        return CommandOutput::success(QString::fromUtf8(QJsonDocument(json).toJson()));
    }
    const auto placeText = [this](const PlaceParity& place) {
        return tr("%1 (%2, price parity %3)")
            .arg(place.name, place.code, PlaceParity::parityText(place.parity.parityThousandths, m_locale));
    };
    QString text = tr("%1 in %2\nbuys as much as %3 in %4.\n")
                       .arg(amount.money->toString(m_locale), placeText(from), equivalent->toString(m_locale),
                            placeText(to));
    for (const PlaceParity* place : {&from, &to}) {
        if (const QString note = place->fallbackNote(); !note.isEmpty())
            text += tr("Note: %1 %2.\n").arg(place->name, note);
    }
    text += tr("Source: %1 (%2), US = 100; rounded to whole units.\n")
                .arg(from.sourceShortName(), store.sourceCredit(u"bea").name);
    return CommandOutput::success(text);
}

} // namespace Anchorline::Cli
