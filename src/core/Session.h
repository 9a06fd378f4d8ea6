#pragma once

#include "FieldError.h"
#include "Money.h"
#include "NegotiationInput.h"
#include "Offer.h"
#include "StockScenarioSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Anchorline {

// One person's negotiation: who they are, their offers, the chosen strategy, the email as edited and what has
// been asked and answered so far. Saved as a `.anchorline` file by SessionFile (format: README, "Session
// files"). Plain data: the app edits it, SessionFile reads and writes it, nothing here computes pay.
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Session)

public:
    // An offer and the label the person gave it ("Offer A — Acme").
    struct OfferEntry
    {
        QString label;
        Offer offer;

        // The label, else "Offer N — Company" (N = index + 1), else "Offer N".
        QString displayLabel(int index) const;

        bool operator==(const OfferEntry& other) const = default;
    };

    // Yearly pay figures the person states: their current pay or their target. All amounts are in `currency`;
    // an absent amount was not given.
    struct PayFigures
    {
        QString currency = Money::defaultCurrency();
        std::optional<Money> base;
        std::optional<Money> bonus;
        std::optional<Money> equityPerYear;
        std::optional<Money> total;

        bool isEmpty() const { return !base && !bonus && !equityPerYear && !total; }
        bool operator==(const PayFigures& other) const = default;
    };

    // The negotiation choices that are not part of an offer (see NegotiationInput).
    struct NegotiationSettings
    {
        QString strategyId; // empty: the engine's first recommendation
        EmailTone tone = EmailTone::Warm;
        QString language = QStringLiteral("en");
        int targetPercentile = NegotiationInput::DefaultTargetPercentile; // 10 … 90
        CompanyStage companyStage = CompanyStage::Growth;
        bool baseCapped = false;
        Money forfeitedCompensation; // unvested pay given up by leaving the current job
        QDate decisionDeadline;      // null: none given
        QString recruiterName;

        bool operator==(const NegotiationSettings& other) const = default;
    };

    // The email as last generated or edited. `userEdited` tells the app to keep it when inputs change.
    struct EmailDraft
    {
        QString subject;
        QString body;
        bool userEdited = false;

        bool operator==(const EmailDraft& other) const = default;
    };

    // One round of the negotiation: what was asked and what the company answered. Amounts are in `currency`.
    struct HistoryEntry
    {
        enum class Outcome
        {
            Pending,
            Accepted,
            Countered,
            Declined
        };

        QDate date;
        QString asked; // in the person's words, e.g. "base $195,000 and a $20k sign-on"
        std::optional<Money> askedAmount;
        QString answer; // empty while pending
        std::optional<Money> answerAmount;
        Outcome outcome = Outcome::Pending;
        QString currency = Money::defaultCurrency();

        static QString outcomeId(Outcome outcome); // "pending", "accepted", "countered", "declined"
        static std::optional<Outcome> outcomeFromId(QStringView id);
        static QString outcomeDisplayName(Outcome outcome); // translated

        bool operator==(const HistoryEntry& other) const = default;
    };

    QString clientName;
    QString notes;
    // Private: reports and exports leave it out unless the user asks for it, and it never goes into an email.
    PayFigures currentPay;
    PayFigures target;
    QList<OfferEntry> offers;
    int negotiatedOffer = 0;           // index into `offers` of the offer being negotiated
    std::optional<int> competingOffer; // index of the offer used as the competing offer, if any
    NegotiationSettings negotiation;
    EmailDraft email;
    QList<HistoryEntry> history;
    // The stock-scenario growth rates and private-company discount the person chose. Whether the company is
    // private is not kept here (the company stage decides it): privateCompany stays false.
    StockScenarioSettings stockScenarios;

    // Indexes out of range, the competing offer equal to the negotiated one, a target percentile outside
    // 10 … 90, stock-scenario rates out of range ("scenarios.bear.growth_percent"), and each offer's own
    // problems (field "offers[2].base"; numbers 1-based as in the file).
    QList<FieldError> validate() const;

    // The label to show for offer `index` (OfferEntry::displayLabel).
    QString offerDisplayLabel(int index) const { return offers.at(index).displayLabel(index); }

    // What the negotiation engine needs for the negotiated offer, without the market bands (the caller
    // resolves them). Requires a valid session with at least one offer.
    NegotiationInput negotiationInput() const;

    bool operator==(const Session& other) const = default;
};

} // namespace Anchorline
