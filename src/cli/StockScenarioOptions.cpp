#include "StockScenarioOptions.h"

#include "Session.h"
#include "SessionJson.h"

#include <QRegularExpression>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

// --bear, --flat, --bull set the scenario of that id.
int scenarioIndex(const StockScenarioSettings& settings, QStringView option)
{
    for (int index = 0; index < settings.scenarios.size(); ++index) {
        if (option == QString(u"--"_s + settings.scenarios.at(index).id))
            return index;
    }
    return -1;
}

} // namespace

std::optional<int> StockScenarioOptions::parsePercent(const QString& text)
{
    static const QRegularExpression pattern(uR"(^([+-]?)(\d{1,6})(?:\.(\d{1,2}))?\s*%?$)"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(2).toInt();
    const int hundredths = match.captured(3).leftJustified(2, u'0').toInt();
    const int basisPoints = whole * 100 + hundredths;
    return match.captured(1) == u"-" ? -basisPoints : basisPoints;
}

QString StockScenarioOptions::take(QStringList& arguments)
{
    QStringList rest;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == u"--scenarios") {
            m_enabled = true;
            continue;
        }
        if (argument == u"--private" || argument == u"--public") {
            if (m_privateCompany && *m_privateCompany != (argument == u"--private"))
                return tr("--private and --public exclude each other");
            m_privateCompany = argument == u"--private";
            continue;
        }
        const QString option = argument.section(u'=', 0, 0);
        const int scenario = scenarioIndex(m_settings, option);
        if (scenario < 0 && option != u"--discount") {
            rest.append(argument);
            continue;
        }
        QString value;
        if (argument.contains(u'='))
            value = argument.section(u'=', 1);
        else if (index + 1 < arguments.size()) // a negative growth such as "-30" is a value, not an option
            value = arguments.at(++index);
        else
            return tr("%1: missing value; expected a percentage such as -30 or 12.5").arg(option);
        const auto basisPoints = parsePercent(value);
        if (!basisPoints) {
            return tr("%1: \"%2\" is not a percentage; expected a number such as -30 or 12.5")
                .arg(option, value);
        }
        const QString error = scenario >= 0 ? StockScenarioSettings::growthError(*basisPoints)
                                            : StockScenarioSettings::discountError(*basisPoints);
        if (!error.isEmpty())
            return option + u": "_s + error;
        if (scenario >= 0) {
            m_growthOptions.insert(scenario, *basisPoints);
            m_enabled = true;
        } else {
            m_discountOption = *basisPoints;
        }
    }
    arguments = rest;
    return QString();
}

StockScenarioSettings StockScenarioOptions::settingsFor(const Session& session,
                                                        const QByteArray& content) const
{
    StockScenarioSettings settings = session.stockScenarios;
    for (auto it = m_growthOptions.constBegin(); it != m_growthOptions.constEnd(); ++it)
        settings.scenarios[it.key()].growthBasisPoints = it.value();
    if (m_discountOption)
        settings.privateDiscountBasisPoints = *m_discountOption;
    // A bare offer file (schema 0) has no company stage: it counts as public unless --private says otherwise.
    const bool isSessionFile = SessionJson::parse(content).schema > 0;
    settings.privateCompany = m_privateCompany.value_or(
        isSessionFile && StockScenarioSettings::isPrivateStage(session.negotiation.companyStage));
    return settings;
}

QString StockScenarioOptions::usage()
{
    return tr("  --scenarios  add the equity under yearly stock-price scenarios (bear -30 %, flat 0 %,\n"
              "               bull +30 % a year from each grant date); scenarios, not forecasts\n"
              "  --bear P, --flat P, --bull P  the yearly growth of a scenario in percent (-100 to 300);\n"
              "               each implies --scenarios\n"
              "  --private    a private company: scenario values are discounted to an expected value\n"
              "               (a session's company stage decides by default: startup and growth are\n"
              "               private; an offer file counts as public)\n"
              "  --public     a public company: no discount\n"
              "  --discount P the private-company discount in percent (default 50)\n");
}

} // namespace Anchorline::Cli
