#include "Session.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
struct OutcomeName
{
    Session::HistoryEntry::Outcome outcome;
    QStringView id;
    const char* displayName;
};

constexpr OutcomeName outcomeNames[] = {
    {Session::HistoryEntry::Outcome::Pending, u"pending",
     QT_TRANSLATE_NOOP("Anchorline::Session", "Pending")},
    {Session::HistoryEntry::Outcome::Accepted, u"accepted",
     QT_TRANSLATE_NOOP("Anchorline::Session", "Accepted")},
    {Session::HistoryEntry::Outcome::Countered, u"countered",
     QT_TRANSLATE_NOOP("Anchorline::Session", "Countered")},
    {Session::HistoryEntry::Outcome::Declined, u"declined",
     QT_TRANSLATE_NOOP("Anchorline::Session", "Declined")},
};

const OutcomeName& outcomeName(Session::HistoryEntry::Outcome outcome)
{
    return outcomeNames[static_cast<int>(outcome)];
}

// Offers are numbered from 1 in the file, the CLI and messages.
QString offerField(int index)
{
    return u"offers[%1]"_s.arg(index + 1);
}
} // namespace

QString Session::HistoryEntry::outcomeId(Outcome outcome)
{
    return outcomeName(outcome).id.toString();
}

std::optional<Session::HistoryEntry::Outcome> Session::HistoryEntry::outcomeFromId(QStringView id)
{
    for (const auto& name : outcomeNames) {
        if (name.id == id)
            return name.outcome;
    }
    return std::nullopt;
}

QString Session::HistoryEntry::outcomeDisplayName(Outcome outcome)
{
    return Session::tr(outcomeName(outcome).displayName);
}

QList<FieldError> Session::validate() const
{
    QList<FieldError> errors;
    const int offerCount = int(offers.size());
    const auto checkOfferIndex = [&](const QString& field, int index) {
        if (index >= 0 && index < offerCount)
            return true;
        errors.append(
            {field,
             tr("offer %1 does not exist; the session has %n offer(s)", nullptr, offerCount).arg(index + 1)});
        return false;
    };
    if (offerCount > 0)
        checkOfferIndex(u"negotiated_offer"_s, negotiatedOffer);
    if (competingOffer && checkOfferIndex(u"competing_offer"_s, *competingOffer) &&
        *competingOffer == negotiatedOffer)
        errors.append({u"competing_offer"_s, tr("an offer cannot be its own competing offer")});
    if (negotiation.targetPercentile < 10 || negotiation.targetPercentile > 90) {
        errors.append({u"negotiation.target_percentile"_s,
                       tr("%1 is outside 10 … 90").arg(negotiation.targetPercentile)});
    }
    errors.append(stockScenarios.validate());
    for (int i = 0; i < offerCount; ++i) {
        for (const auto& error : offers.at(i).offer.validate())
            errors.append({offerField(i) + u".offer."_s + error.field, error.message});
    }
    return errors;
}

QString Session::OfferEntry::displayLabel(int index) const
{
    if (!label.trimmed().isEmpty())
        return label;
    if (offer.company.trimmed().isEmpty())
        return Session::tr("Offer %1").arg(index + 1);
    return Session::tr("Offer %1 — %2").arg(index + 1).arg(offer.company);
}

NegotiationInput Session::negotiationInput() const
{
    NegotiationInput input;
    input.offer = offers.at(negotiatedOffer).offer;
    if (competingOffer)
        input.competingOffer = offers.at(*competingOffer).offer;
    input.forfeitedCompensation = negotiation.forfeitedCompensation;
    input.companyStage = negotiation.companyStage;
    input.baseCapped = negotiation.baseCapped;
    input.targetPercentile = negotiation.targetPercentile;
    input.strategyId = negotiation.strategyId;
    input.tone = negotiation.tone;
    input.language = negotiation.language;
    input.decisionDeadline = negotiation.decisionDeadline;
    input.userName = clientName;
    input.recruiterName = negotiation.recruiterName;
    input.currentPay = currentPay.base;
    if (email.userEdited)
        input.editedEmailText = email.subject + u'\n' + email.body;
    return input;
}

} // namespace Anchorline
