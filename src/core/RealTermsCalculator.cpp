#include "RealTermsCalculator.h"

#include "CompensationCalculator.h"

#include <limits>

namespace Anchorline {

namespace {

// amount × numerator / denominator in whole major units, rounded once (half away from zero).
std::optional<Money> scaledToWholeMajor(const Money& amount, qint64 numerator, qint64 denominator)
{
    if (numerator <= 0 || denominator <= 0)
        return std::nullopt;
    const qint64 minorPerMajor = Money::minorPerMajor(amount.currency());
    // Scaling by 1 / minorPerMajor as well turns the result into a count of major units.
    const std::optional<Money> major = amount.checkedScaled(numerator, denominator * minorPerMajor);
    if (!major || std::abs(major->minorUnits()) > std::numeric_limits<qint64>::max() / minorPerMajor)
        return std::nullopt;
    return Money::fromMajor(major->minorUnits(), amount.currency());
}

} // namespace

std::optional<Money> RealTermsCalculator::realValue(const Money& amount, int parityThousandths)
{
    return scaledToWholeMajor(amount, NationalParityThousandths, parityThousandths);
}

std::optional<Money> RealTermsCalculator::equivalentIn(const Money& amount, int fromParityThousandths,
                                                       int toParityThousandths)
{
    return scaledToWholeMajor(amount, toParityThousandths, fromParityThousandths);
}

Band RealTermsCalculator::realBand(const Band& band, int parityThousandths)
{
    Band real = band;
    for (BandValue& value : real.values) {
        if (value.kind != BandValue::Kind::Missing)
            value.amount = realValue(value.amount, parityThousandths).value_or(value.amount);
    }
    return real;
}

OfferRealTerms RealTermsCalculator::forOffer(const CompensationCalculator& calculator,
                                             const PlaceParity& place)
{
    // Offers are bounded (Offer::validate), so a positive parity never overflows here.
    const int parity = place.parity.parityThousandths;
    const Money none = Money::fromMinor(0, calculator.offer().currency);
    OfferRealTerms terms{place, {}, calculator.totalFourYears(), {}};
    for (int year = 1; year <= CompensationCalculator::SummaryYears; ++year)
        terms.yearTotalsReal.append(realValue(calculator.year(year).total(), parity).value_or(none));
    terms.totalFourYearsReal = realValue(terms.totalFourYears, parity).value_or(none);
    return terms;
}

} // namespace Anchorline
