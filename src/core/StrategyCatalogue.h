#pragma once

#include "Strategy.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Anchorline {

// The strategies the negotiation engine knows, in catalogue order (docs: README, "Negotiation strategies").
// Built on each call so that the texts follow the current translation.
class StrategyCatalogue
{
public:
    // Stable ids, also the CLI's --strategy values.
    static constexpr char16_t MarketAnchor[] = u"market-anchor";
    static constexpr char16_t BolsteringRange[] = u"bolstering-range";
    static constexpr char16_t CompetingOffer[] = u"competing-offer";
    static constexpr char16_t SignOnBridge[] = u"signon-bridge";
    static constexpr char16_t EquityRefresh[] = u"equity-refresh";
    static constexpr char16_t Relevel[] = u"relevel";
    static constexpr char16_t PackageMenu[] = u"package-menu";
    static constexpr char16_t NonCash[] = u"non-cash";
    static constexpr char16_t ReadyToSign[] = u"ready-to-sign";

    static QList<Strategy> all();
    static QStringList ids();
    // nullopt for an unknown id.
    static std::optional<Strategy> find(QStringView id);
};

} // namespace Anchorline
