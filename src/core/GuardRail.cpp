#include "GuardRail.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

QString GuardRail::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Block:
        return u"block"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

} // namespace Anchorline
