#pragma once

// Offers and bands shared by the negotiation tests. Band figures are the PROVENANCE.md spot checks.

#include "Band.h"
#include "NegotiationInput.h"
#include "Offer.h"
#include "VestingSchedule.h"

namespace NegotiationFixtures {

inline Anchorline::Money usd(qint64 major)
{
    return Anchorline::Money::fromMajor(major);
}

// 15-1252 Software Developers, national, OEWS May 2024: every percentile published.
inline Anchorline::Band nationalSoftwareDevelopers2024()
{
    using Anchorline::BandValue;
    Anchorline::Band band;
    band.soc = QStringLiteral("15-1252");
    band.roleTitle = QStringLiteral("Software Developers");
    band.areaCode = QStringLiteral("US");
    band.areaName = QStringLiteral("United States");
    band.sourceName =
        QStringLiteral("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics "
                       "(OEWS), May 2024");
    band.sourceShortName = QStringLiteral("BLS OEWS May 2024");
    band.dataYear = 2024;
    band.dataPeriod = QStringLiteral("May 2024");
    const qint64 values[] = {79'850, 103'050, 133'080, 169'000, 211'450};
    for (int i = 0; i < 5; ++i)
        band.values[size_t(i)] = {usd(values[i]), BandValue::Kind::Published};
    return band;
}

// A Growth-stage offer: base $150,000, sign-on $20,000, equity $400,000 over 4 years ($100,000 a year), no
// refreshers, mid level.
inline Anchorline::Offer midLevelOffer()
{
    Anchorline::Offer offer;
    offer.company = QStringLiteral("Northwind Labs");
    offer.role = QStringLiteral("Software Engineer");
    offer.roleSoc = QStringLiteral("15-1252");
    offer.level = Anchorline::CareerLevel::Mid;
    offer.location = QStringLiteral("Remote, US");
    offer.locationCode = QStringLiteral("US");
    offer.base = usd(150'000);
    offer.bonusBasisPoints = 1'000;
    offer.signOn.amount = usd(20'000);
    offer.equity.grant = usd(400'000);
    offer.equity.schedule = *Anchorline::VestingSchedule::preset(u"standard-quarterly");
    return offer;
}

inline Anchorline::NegotiationInput midLevelInput(const QString& strategyId = {})
{
    Anchorline::NegotiationInput input;
    input.offer = midLevelOffer();
    input.band = nationalSoftwareDevelopers2024();
    input.strategyId = strategyId;
    input.userName = QStringLiteral("Alex Kim");
    input.recruiterName = QStringLiteral("Jordan");
    input.today = QDate(2026, 11, 26);
    return input;
}

// A higher written offer: base $160,000, sign-on $30,000, equity $480,000 over 4 years.
inline Anchorline::Offer competingOffer()
{
    Anchorline::Offer offer = midLevelOffer();
    offer.company = QStringLiteral("Contoso");
    offer.base = usd(160'000);
    offer.signOn.amount = usd(30'000);
    offer.equity.grant = usd(480'000);
    return offer;
}

} // namespace NegotiationFixtures
