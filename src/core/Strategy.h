#pragma once

#include <QString>
#include <QStringList>

namespace Anchorline {

// One documented negotiation strategy from the research catalogue (see StrategyCatalogue). Texts are
// translated.
struct Strategy
{
    QString id;          // stable, used in the CLI and files: "market-anchor", "bolstering-range", ...
    QString name;        // "Market-anchored precise counter"
    QString summary;     // one line
    QString description; // how the ask is computed, in words
    QString whenItFits;  // the inputs that make it a good choice
    QStringList sources; // citations from the research: "Mason et al. 2013, JESP 49:759-763, https://..."
    QStringList
        levers; // lever ids it uses: "base", "signon", "equity", "refresh", "level", "start-date", ...

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace Anchorline
