#pragma once

#include "Ask.h"
#include "NegotiationInput.h"
#include "NegotiationPlan.h"
#include "Strategy.h"
#include "TemplateLibrary.h"
#include "TemplateRenderer.h"

#include <QString>

#include <map>

namespace Anchorline {

// Fills the email, phone-script and ask-for-time templates of one language and tone from the input and the
// ask. Blocks come in the research's order: thanks, enthusiasm, value, market-data reason, the ask, levers,
// the winnable close and the timeline. A block whose fields have no value is left out (with its fallback
// section tried first), so no number is ever invented and no placeholder is ever sent.
class EmailComposer
{
public:
    explicit EmailComposer(const TemplateLibrary& templates);

    struct Result
    {
        EmailDraft email;
        QString phoneScript;
        EmailDraft askForTime;
        QString error; // a broken or missing template: names the file and the line:column
        bool ok() const { return error.isEmpty(); }
    };
    Result compose(const NegotiationInput& input, const Strategy& strategy, const Ask& ask) const;

    // Words that go inside field values, in the template's language. An email template may supply them as
    // sections [word.about], [word.united-states] and [word.or-more] ("%1" = the amount); without them the
    // translated English defaults are used (these follow the app's language, not the template's).
    // Level names come from sections [level.entry] … [level.principal] ("Senior-Level", "sénior"); without
    // them, the translated level name in lower case.
    struct Wording
    {
        QString about;                         // marks estimated band values: "about $252,142"
        QString unitedStates;                  // the national band's area, as it reads in a sentence
        QString orMore;                        // a top-coded band value: "%1 or more"
        std::map<CareerLevel, QString> levels; // {level} and {ask_level}
        static Wording fromTemplate(const TemplateDocument& email);
        QString level(CareerLevel level) const;
    };

    // The field values for an input and ask, money formatted for the input's language.
    static TemplateRenderer::Values fieldValues(const NegotiationInput& input, const Ask& ask);
    static TemplateRenderer::Values fieldValues(const NegotiationInput& input, const Ask& ask,
                                                const Wording& wording);
    // The date the ask-for-time email proposes: 48 hours from today, or five business days when the deadline
    // is under a week away.
    static QDate replyByDate(const NegotiationInput& input);

private:
    const TemplateLibrary& m_templates;
};

} // namespace Anchorline
