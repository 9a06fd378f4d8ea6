#include "NegotiationPlan.h"

#include <QCoreApplication>

namespace Anchorline {

QString EmailDraft::toPlainText() const
{
    return QCoreApplication::translate("Anchorline::EmailDraft", "Subject: %1").arg(subject) + u"\n\n" + body;
}

bool NegotiationPlan::isBlocked() const
{
    return std::any_of(warnings.begin(), warnings.end(), [](const GuardRail& warning) {
        return warning.severity == GuardRail::Severity::Block;
    });
}

} // namespace Anchorline
