#include "StockScenarioJson.h"

#include "OfferJson.h"
#include "SessionJson.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::StockScenarioJson", text);
}

// "30 %", "-12.5 %" in the locale; "+30 %" with `withPlus`.
QString percentText(int basisPoints, const QLocale& locale, bool withPlus = false)
{
    // Spelled out: lupdate files tr() in a free function under the namespace, not this file's context.
    return QCoreApplication::translate("Anchorline::Cli::StockScenarioJson", "%1 %")
        .arg(StockScenarioSettings::percentText(basisPoints, locale, withPlus));
}

} // namespace

QJsonArray StockScenarioJson::scenarios(const StockScenarioCalculator& calculator)
{
    QJsonArray all;
    for (const auto& result : calculator.results()) {
        QJsonArray years;
        for (const auto& year : result.years) {
            years.append(QJsonObject{
                {u"year"_s, year.year},
                {u"equity"_s, OfferJson::moneyToJsonNumber(year.equity)},
                {u"refresh"_s, OfferJson::moneyToJsonNumber(year.refresh)},
                {u"total"_s, OfferJson::moneyToJsonNumber(year.total())},
            });
        }
        all.append(QJsonObject{
            {u"name"_s, result.scenario.id},
            {u"growth_percent"_s, SessionJson::percentToJson(result.scenario.growthBasisPoints)},
            {u"discount_percent"_s, SessionJson::percentToJson(result.discountBasisPoints)},
            {u"years"_s, years},
            {u"total_4y"_s, OfferJson::moneyToJsonNumber(result.totalFourYears)},
        });
    }
    return all;
}

void StockScenarioJson::insert(const StockScenarioCalculator& calculator, QJsonObject& json)
{
    json.insert(u"scenarios"_s, scenarios(calculator));
    if (calculator.settings().privateCompany)
        json.insert(u"scenarios_warning"_s, StockScenarioSettings::privateWarning());
}

QString StockScenarioJson::text(const StockScenarioCalculator& calculator, const QLocale& locale)
{
    const auto results = calculator.results();
    QStringList header{tr("Year")};
    for (const auto& result : results) {
        header.append(tr("%1 (%2)").arg(result.scenario.displayName(),
                                        percentText(result.scenario.growthBasisPoints, locale, true)));
    }
    TextTable table(header);
    for (int year = 1; year <= calculator.yearCount(); ++year) {
        QStringList row{QString::number(year)};
        for (const auto& result : results)
            row.append(result.years.at(year - 1).total().toString(locale));
        table.addRow(row);
    }
    QStringList totals{tr("4-year total")};
    for (const auto& result : results)
        totals.append(result.totalFourYears.toString(locale));
    table.addRow(totals);

    QString text = u'\n' + tr("Equity under stock-price scenarios (scenarios, not forecasts)\n") +
                   table.toString() + u'\n' +
                   tr("Equity and refreshers vested per year if the share price changes by the same rate "
                      "every\nyear from each grant date: vest x (1 + growth)^(months since grant / 12), "
                      "rounded to whole units.\n");
    if (calculator.settings().privateCompany) {
        text += tr("Private company: values discounted by %1 to an expected value (--discount).\n")
                    .arg(percentText(calculator.settings().privateDiscountBasisPoints, locale));
        text += StockScenarioSettings::privateWarning() + u'\n';
    }
    return text;
}

} // namespace Anchorline::Cli
