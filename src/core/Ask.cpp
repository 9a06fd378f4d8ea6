#include "Ask.h"

namespace Anchorline {

bool Ask::asksForMore() const
{
    const auto all = components();
    const bool raised =
        std::any_of(all.begin(), all.end(), [](const auto* component) { return component->isRaised(); });
    return raised || level.isRaised() || !packages.isEmpty() || (leversAreTheAsk && !levers.isEmpty());
}

} // namespace Anchorline
