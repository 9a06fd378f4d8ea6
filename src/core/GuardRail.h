#pragma once

#include <QString>

namespace Anchorline {

// A structured warning about an ask or an email. The engine never changes the user's numbers to satisfy one.
struct GuardRail
{
    enum class Severity
    {
        Block,
        Warning,
        Info
    };

    Severity severity = Severity::Warning;
    // Stable codes: "ask-not-above-offer", "component-below-offer", "extreme-ask-p90", "extreme-ask-offer",
    // "over-precise", "backdown-range", "reveals-current-pay", "short-deadline", "ultimatum-wording",
    // "competing-offer-lower", "competing-offer-missing", "no-band".
    QString code;
    QString message; // translated, says what to do
    QString field; // the input or ask field it concerns ("base", "signon", "email", "deadline"), may be empty

    static QString severityId(Severity severity); // "block", "warning", "info"
};

} // namespace Anchorline
