#pragma once

#include "NegotiationInput.h"
#include "NegotiationPlan.h"
#include "TemplateLibrary.h"

#include <QList>
#include <QString>

#include <optional>

namespace Anchorline {

// Recommends strategies for an offer and prepares the ask, the guard-rail warnings, the email, the phone
// script and the ask-for-time email. Pure computation over its inputs: no files are read after construction
// except templates, and no number appears in an email that the input or the band does not hold.
class NegotiationEngine
{
public:
    explicit NegotiationEngine(TemplateLibrary templates = TemplateLibrary::standard());

    // All catalogue strategies, best first, each with why it fits (or does not).
    QList<StrategyRecommendation> recommend(const NegotiationInput& input) const;

    struct PrepareResult
    {
        enum class Error
        {
            None,
            UnknownStrategy,
            UnknownLanguage,
            BrokenTemplate
        };
        std::optional<NegotiationPlan> plan;
        Error error = Error::None;
        QString message; // names the strategy, language or template (file:line:column)

        bool ok() const { return plan.has_value(); }
    };
    // Uses input.strategyId, or the first applicable recommendation when it is empty.
    PrepareResult prepare(const NegotiationInput& input) const;

    const TemplateLibrary& templates() const { return m_templates; }

private:
    TemplateLibrary m_templates;
};

} // namespace Anchorline
