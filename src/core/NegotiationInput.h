#pragma once

#include "Band.h"
#include "Money.h"
#include "Offer.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Anchorline {

enum class CompanyStage
{
    Startup,
    Growth,
    Public,
    GovernmentNonprofit
};
enum class EmailTone
{
    Warm,
    Direct,
    Formal
};

namespace CompanyStages {
QList<CompanyStage> all();
QString id(CompanyStage stage);          // "startup", "growth", "public", "government-nonprofit"
QString displayName(CompanyStage stage); // translated
std::optional<CompanyStage> fromId(QStringView id);
} // namespace CompanyStages

namespace EmailTones {
QList<EmailTone> all();
QString id(EmailTone tone);          // "warm", "direct", "formal": also the template file suffix
QString displayName(EmailTone tone); // translated
std::optional<EmailTone> fromId(QStringView id);
} // namespace EmailTones

// Everything the negotiation engine works from. Only `offer` is required; every other number is optional and
// an email never mentions a number the input does not hold.
struct NegotiationInput
{
    static constexpr int DefaultTargetPercentile = 75;

    Offer offer;
    // The market band for the offer's role, level and location (base salary). Without it there is no market
    // sentence and the band-based strategies cannot compute an ask.
    std::optional<Band> band;
    // The band one level up, for the re-level ask; optional.
    std::optional<Band> nextLevelBand;
    // A real, written competing offer the user entered. Never invented or inflated.
    std::optional<Offer> competingOffer;
    // Unvested equity and bonus the user forfeits by leaving (make-whole basis for the sign-on bridge).
    Money forfeitedCompensation;
    CompanyStage companyStage = CompanyStage::Growth;
    // The employer said base is at the top of its band.
    bool baseCapped = false;
    int targetPercentile = DefaultTargetPercentile; // 10..90
    QString strategyId;                             // empty: the engine's first recommendation
    EmailTone tone = EmailTone::Warm;
    // The user would truly accept if the ask is met: adds the "ready to sign" close to any strategy.
    bool readyToSign = false;
    QString language = QStringLiteral("en");
    QDate decisionDeadline; // invalid: none given
    QDate today = QDate::currentDate();
    QString userName;
    QString recruiterName;
    // Only used to warn when an email reveals it; never put into an email.
    std::optional<Money> currentPay;
    // The email as the user edited it; checked for wording (ultimatums, revealed pay). Empty: not edited.
    QString editedEmailText;

    bool operator==(const NegotiationInput& other) const = default;
};

} // namespace Anchorline
