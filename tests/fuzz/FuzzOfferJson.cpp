// libFuzzer harness for offer files (OfferJson): any bytes either give an offer or errors that name a
// field, never a crash; a valid offer survives writing and reading back unchanged and can be evaluated.

#include "CompensationCalculator.h"
#include "FuzzCheck.h"
#include "OfferJson.h"

#include <QByteArray>

#include <cstdint>

using namespace Anchorline;

namespace {

void checkParse(const QByteArray& json, OfferJson::Validation validation)
{
    const auto result = OfferJson::parse(json, validation);
    if (!result.ok()) {
        ANCHORLINE_FUZZ_CHECK(!result.errors.isEmpty(), "a refused offer file gives no error");
        for (const auto& error : result.errors)
            ANCHORLINE_FUZZ_CHECK(!error.message.isEmpty(), "an offer error without a message");
        return;
    }
    const Offer& offer = *result.offer;
    const auto again = OfferJson::parse(OfferJson::toJson(offer), validation);
    ANCHORLINE_FUZZ_CHECK(again.ok(), "an offer that was read cannot be read back after writing");
    ANCHORLINE_FUZZ_CHECK(*again.offer == offer, "writing and reading an offer changes it");
    if (validation == OfferJson::Validation::Skip)
        return;
    ANCHORLINE_FUZZ_CHECK(offer.validate().isEmpty(), "a validated offer does not validate");
    const CompensationCalculator calculator(offer);
    (void)calculator.years();
    (void)calculator.averageFourYears();
    for (const int month : CompensationCalculator::standardWalkAwayMonths())
        (void)calculator.walkAwayCost(month);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    checkParse(json, OfferJson::Validation::Validate);
    checkParse(json, OfferJson::Validation::Skip);
    return 0;
}
