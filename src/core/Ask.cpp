#include "Ask.h"

namespace Anchorline {

bool Ask::asksForMore() const
{
    for (const auto* component : components()) {
        if (component->isRaised())
            return true;
    }
    return level.isRaised() || !packages.isEmpty() ||
           std::any_of(levers.begin(), levers.end(), [](const QString& lever) {
               // Cash levers without a number ("equity", "signon") only ask when a component is raised.
               return lever != u"signon" && lever != u"equity" && lever != u"level";
           });
}

} // namespace Anchorline
