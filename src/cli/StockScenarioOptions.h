#pragma once

#include "StockScenarioSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Anchorline {
class Session;
}

namespace Anchorline::Cli {

// The stock-scenario options of `evaluate`: --scenarios, --bear/--flat/--bull PERCENT (each implies
// --scenarios), --discount PERCENT, --private, --public. Whether the company is private comes from --private
// or --public, else from a session file's company stage (startup and growth are private); a bare offer file
// counts as a public company.
class StockScenarioOptions
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Cli::StockScenarioOptions)

public:
    // Removes the options from `arguments` ("--bear -30" and "--bear=-30" alike). Returns an error naming the
    // option ("--bear: -150 % a year is below -100 %: …"), empty otherwise.
    QString take(QStringList& arguments);

    bool isEnabled() const { return m_enabled; }
    // The settings for an offer read from `content` as `session`: the session's growth rates and discount
    // (the defaults for an offer file), with what the options set over them.
    StockScenarioSettings settingsFor(const Session& session, const QByteArray& content) const;

    // The usage lines of the options, for evaluate's help.
    static QString usage();
    // "-30" → -3000, "12.5" → 1250, "+30%" → 3000; nullopt for anything else.
    static std::optional<int> parsePercent(const QString& text);

private:
    bool m_enabled = false;
    StockScenarioSettings m_settings; // the scenario ids the options name
    // What the options set, over the session's own settings: scenario index → basis points.
    QMap<int, int> m_growthOptions;
    std::optional<int> m_discountOption;
    std::optional<bool> m_privateCompany; // from --private / --public
};

} // namespace Anchorline::Cli
