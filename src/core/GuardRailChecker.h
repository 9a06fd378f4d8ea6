#pragma once

#include "Ask.h"
#include "GuardRail.h"
#include "NegotiationInput.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Anchorline {

// The guard rails of the negotiation research (README, "Guard rails"). They only report; they never change a
// number.
class GuardRailChecker
{
public:
    // Every rule over the input, the computed ask and the email text (the user's edited text when there is
    // one).
    static QList<GuardRail> check(const NegotiationInput& input, const Ask& ask, const QString& emailText);

    // Single rules, also usable live while the user edits (the panel re-checks the editor text).
    static QList<GuardRail> checkAskAgainstOffer(const Ask& ask);
    static QList<GuardRail> checkExtremeAsk(const NegotiationInput& input, const Ask& ask);
    static QList<GuardRail> checkPrecision(const Ask& ask);
    static QList<GuardRail> checkCompetingOffer(const NegotiationInput& input);
    static QList<GuardRail> checkDeadline(const NegotiationInput& input);
    // Ultimatum phrases ("final offer", "must", "or I walk", "non-negotiable", "take it or leave it" ...).
    static QList<GuardRail> checkWording(QStringView emailText);
    // The current pay amount (in any common spelling) or phrases like "I currently make".
    static QList<GuardRail> checkRevealsCurrentPay(const std::optional<Money>& currentPay,
                                                   QStringView emailText);
    // A range whose top is the target ("backdown range"): in the ask, or written in the email text.
    static QList<GuardRail> checkBackdownRange(const Ask& ask, QStringView emailText);
    // The strategy cannot work from the input (competing-offer without a competing offer, no band ...).
    static QList<GuardRail> checkStrategyInputs(const NegotiationInput& input, const QString& strategyId);
};

} // namespace Anchorline
