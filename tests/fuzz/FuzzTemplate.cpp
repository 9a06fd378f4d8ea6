// libFuzzer harness for email templates: TemplateDocument reads any text into sections or one error, and
// TemplateRenderer renders each section with a fixed input, or reports where the template is broken; it
// never crashes or throws. validate() and render() agree on what is broken.

#include "FuzzCheck.h"
#include "TemplateDocument.h"
#include "TemplateRenderer.h"

#include <QString>

#include <cstdint>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

// A value for every known field, formatted as the email composer formats them for a San Jose offer.
const TemplateRenderer::Values& completeValues()
{
    static const TemplateRenderer::Values values = [] {
        TemplateRenderer::Values all;
        for (const QString& field : TemplateRenderer::knownFields())
            all.insert(field, u"$187,500"_s);
        all.insert(u"company"_s, u"Northwind Labs"_s);
        all.insert(u"role"_s, u"Software Developers"_s);
        all.insert(u"location"_s, u"San Jose–Sunnyvale–Santa Clara, CA"_s);
        all.insert(u"recruiter"_s, u"Alex"_s);
        all.insert(u"name"_s, u"Dana Okafor"_s);
        all.insert(u"target_percentile"_s, u"75th"_s);
        all.insert(u"source"_s, u"BLS OEWS May 2024"_s);
        all.insert(u"deadline"_s, u"Friday, 20 March 2026"_s);
        return all;
    }();
    return values;
}

// The same without band figures, as for a role with no market band.
const TemplateRenderer::Values& valuesWithoutBand()
{
    static const TemplateRenderer::Values values = [] {
        TemplateRenderer::Values some = completeValues();
        for (const QString& field :
             {u"band_p10"_s, u"band_p25"_s, u"band_p50"_s, u"band_p75"_s, u"band_p90"_s})
            some.remove(field);
        return some;
    }();
    return values;
}

void checkError(const TemplateError& error, const TemplateDocument::Section& section)
{
    ANCHORLINE_FUZZ_CHECK(!error.message.isEmpty(), "a template error without a message");
    ANCHORLINE_FUZZ_CHECK(error.line >= section.firstLine && error.column >= 1,
                          "a template error points before its section");
    (void)error.toString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString parseError;
    const TemplateDocument document = TemplateDocument::parse(text, u"fuzz.txt"_s, &parseError);
    if (!parseError.isEmpty())
        return 0;
    for (const auto& section : document.sections()) {
        const auto invalid =
            TemplateRenderer::validate(section.text, document.name(), section.name, section.firstLine);
        const auto rendered = TemplateRenderer::render(section.text, completeValues(), document.name(),
                                                       section.name, section.firstLine);
        ANCHORLINE_FUZZ_CHECK(invalid.has_value() == rendered.error.has_value(),
                              "validate() and render() disagree about a template");
        ANCHORLINE_FUZZ_CHECK(!rendered.missingValue, "a field is missing although every field has a value");
        if (invalid) {
            checkError(*invalid, section);
            checkError(*rendered.error, section);
            continue;
        }
        const auto partial = TemplateRenderer::render(section.text, valuesWithoutBand(), document.name(),
                                                      section.name, section.firstLine);
        ANCHORLINE_FUZZ_CHECK(!partial.error, "a valid template fails when band figures are missing");
        ANCHORLINE_FUZZ_CHECK(!partial.missingValue || partial.text.isEmpty(),
                              "a block with a missing value is rendered anyway");
    }
    return 0;
}
