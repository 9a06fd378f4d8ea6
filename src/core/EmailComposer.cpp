#include "EmailComposer.h"

#include "AskCalculator.h"
#include "BandModel.h"
#include "StrategyCatalogue.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr int ReplyHours = 48;
constexpr int ExtensionBusinessDays = 5;
constexpr int ShortDeadlineDays = 7;

// Renders sections of one template document, keeping the first error.
class SectionRenderer
{
public:
    SectionRenderer(const TemplateDocument& document, const TemplateRenderer::Values& values)
        : m_document(document)
        , m_values(values)
    {}

    // The first candidate section that exists and has values for all its fields; empty when none.
    QString first(const QStringList& candidates, const TemplateRenderer::Values& extra = {})
    {
        for (const auto& name : candidates) {
            const auto* section = m_document.section(name);
            if (!section)
                continue;
            TemplateRenderer::Values values = m_values;
            values.insert(extra);
            auto result = TemplateRenderer::render(section->text, values, section->origin, section->name,
                                                   section->firstLine);
            if (result.error) {
                if (m_error.isEmpty())
                    m_error = result.error->toString();
                return {};
            }
            if (!result.missingValue)
                return result.text;
        }
        return {};
    }
    QString one(const QString& name, const TemplateRenderer::Values& extra = {})
    {
        return first({name}, extra);
    }

    const QString& error() const { return m_error; }

private:
    const TemplateDocument& m_document;
    const TemplateRenderer::Values& m_values;
    QString m_error;
};

QString joinSentences(const QStringList& sentences)
{
    QStringList present;
    for (const auto& sentence : sentences) {
        if (!sentence.isEmpty())
            present.push_back(sentence);
    }
    return present.join(u' ');
}

QString joinParagraphs(const QStringList& paragraphs)
{
    QStringList present;
    for (const auto& paragraph : paragraphs) {
        if (!paragraph.isEmpty())
            present.push_back(paragraph);
    }
    return present.join(u"\n\n"_s);
}

// "a, b and c" with the template's word for "and".
QString joinList(const QStringList& items, const QString& andWord)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(u", "_s) + u' ' + andWord + u' ' + items.back();
}

// The template's [level.<id>] sections; levels without one fall back to the translated name.
std::map<CareerLevel, QString> levelNames(const TemplateDocument& email)
{
    std::map<CareerLevel, QString> names;
    for (CareerLevel level : CareerLevels::all()) {
        if (const auto* section = email.section(u"level."_s + CareerLevels::id(level)))
            names.emplace(level, section->text.trimmed());
    }
    return names;
}

// A role typed all in lower case ("senior software engineer") reads as a title in the subject: English
// capitalises every word but the short joining ones, the other languages only the first word. Text with any
// capital letter is the user's own spelling ("iOS Engineer") and stays.
QString roleAsTitle(const QString& role, const QString& language)
{
    const QString trimmed = role.trimmed();
    if (trimmed.isEmpty() || trimmed != trimmed.toLower())
        return trimmed;
    static const QStringList joiningWords{u"a"_s,  u"an"_s, u"and"_s, u"at"_s,  u"for"_s, u"in"_s,
                                          u"of"_s, u"on"_s, u"or"_s,  u"the"_s, u"to"_s};
    const bool english = QLocale(language).language() == QLocale::English;
    QStringList words = trimmed.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString& word = words[i];
        if (word.isEmpty() || (i > 0 && (!english || joiningWords.contains(word))))
            continue;
        word[0] = word[0].toUpper();
    }
    return words.join(u' ');
}

bool marketSupportsAsk(const NegotiationInput& input, const Ask& ask)
{
    if (!input.band)
        return true;
    const BandValue& top = input.band->value(Percentile::P75);
    // A top-coded p75 ("$239,200 or more") may still lie above the offer.
    return top.kind == BandValue::Kind::Missing || top.kind == BandValue::Kind::TopCoded ||
           ask.base.offered <= top.amount;
}

bool leverIsMainAsk(const QString& lever, const Ask& ask)
{
    return (lever == u"signon" && ask.signOn.isRaised()) ||
           (lever == u"equity" && ask.equityPerYear.isRaised()) ||
           (lever == u"level" && ask.level.isRaised());
}

QString askBlock(SectionRenderer& sections, const Strategy& strategy, const Ask& ask, const QLocale& locale)
{
    const QString prefix = u"ask."_s + strategy.id;
    const QString marketAnchor = u"ask."_s + QStringView(StrategyCatalogue::MarketAnchor);
    if (strategy.id == StrategyCatalogue::Relevel)
        return sections.one(ask.base.isRaised() ? prefix : prefix + u".level-only"_s);
    if (strategy.id == StrategyCatalogue::EquityRefresh)
        return sections.one(ask.equityPerYear.isRaised() ? prefix : prefix + u".policy-only"_s);
    if (strategy.id == StrategyCatalogue::SignOnBridge)
        return sections.first({prefix, prefix + u".gap"_s});
    if (strategy.id == StrategyCatalogue::PackageMenu && !ask.packages.isEmpty()) {
        QStringList lines{sections.one(prefix)};
        for (const auto& package : ask.packages) {
            lines.push_back(sections.one(
                u"package"_s, {{u"package_label"_s, package.label},
                               {u"package_base"_s, package.base.toString(locale)},
                               {u"package_signon"_s, package.signOn.toString(locale)},
                               {u"package_equity_per_year"_s, package.equityPerYear.toString(locale)}}));
        }
        return lines.join(u'\n');
    }
    return sections.first({prefix, marketAnchor});
}

} // namespace

EmailComposer::EmailComposer(const TemplateLibrary& templates)
    : m_templates(templates)
{}

QDate EmailComposer::replyByDate(const NegotiationInput& input)
{
    const bool shortDeadline =
        input.decisionDeadline.isValid() && input.today.daysTo(input.decisionDeadline) < ShortDeadlineDays;
    if (!shortDeadline)
        return input.today.addDays(ReplyHours / 24);
    QDate date = input.today;
    for (int businessDays = 0; businessDays < ExtensionBusinessDays;) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            ++businessDays;
    }
    return date;
}

EmailComposer::Wording EmailComposer::Wording::fromTemplate(const TemplateDocument& email)
{
    const auto word = [&](const QString& name, const QString& fallback) {
        const auto* section = email.section(u"word."_s + name);
        return section ? section->text.trimmed() : fallback;
    };
    // Literal contexts: lupdate would file a tr() in this nested struct under EmailComposer::Wording.
    return {word(u"about"_s, QCoreApplication::translate("Anchorline::EmailComposer", "about ").trimmed()),
            word(u"united-states"_s,
                 QCoreApplication::translate("Anchorline::EmailComposer", "the United States")),
            word(u"or-more"_s, QCoreApplication::translate("Anchorline::EmailComposer", "%1 or more")),
            levelNames(email)};
}

QString EmailComposer::Wording::level(CareerLevel level) const
{
    const auto found = levels.find(level);
    return found != levels.end() ? found->second : CareerLevels::displayName(level).toLower();
}

TemplateRenderer::Values EmailComposer::fieldValues(const NegotiationInput& input, const Ask& ask)
{
    return fieldValues(input, ask, Wording::fromTemplate(TemplateDocument()));
}

TemplateRenderer::Values EmailComposer::fieldValues(const NegotiationInput& input, const Ask& ask,
                                                    const Wording& wording)
{
    const QLocale locale(input.language);
    const auto money = [&](const Money& amount) { return amount.toString(locale); };
    const Offer& offer = input.offer;
    TemplateRenderer::Values values;
    const auto setText = [&](const QString& field, const QString& text) {
        if (!text.trimmed().isEmpty())
            values.insert(field, text.trimmed());
    };

    setText(u"company"_s, offer.company);
    setText(u"role"_s, !offer.role.trimmed().isEmpty() ? roleAsTitle(offer.role, input.language)
                       : input.band                    ? input.band->roleTitle
                                                       : QString());
    if (offer.level != CareerLevel::Unspecified)
        setText(u"level"_s, wording.level(offer.level));
    setText(u"location"_s, offer.location);
    setText(u"recruiter"_s, input.recruiterName);
    setText(u"name"_s, input.userName);

    values.insert(u"offer_base"_s, money(ask.base.offered));
    values.insert(u"offer_signon"_s, money(ask.signOn.offered));
    values.insert(u"offer_equity_per_year"_s, money(ask.equityPerYear.offered));
    values.insert(u"offer_equity_grant"_s, money(offer.equity.grant));
    values.insert(u"offer_refresh"_s, money(ask.refresh.offered));
    values.insert(u"ask_base"_s, money(ask.base.asked));
    if (ask.base.askedRangeTop)
        values.insert(u"ask_base_top"_s, money(*ask.base.askedRangeTop));
    values.insert(u"ask_signon"_s, money(ask.signOn.asked));
    if (ask.signOn.isRaised())
        values.insert(u"ask_signon_increase"_s, money(ask.signOn.asked - ask.signOn.offered));
    values.insert(u"ask_equity_per_year"_s, money(ask.equityPerYear.asked));
    const int vestYears = std::max(offer.equity.schedule.years(), 1);
    values.insert(u"ask_equity_grant"_s, money(*ask.equityPerYear.asked.checkedScaled(vestYears, 1)));
    values.insert(u"ask_refresh"_s, money(ask.refresh.asked));
    if (ask.level.isRaised())
        values.insert(u"ask_level"_s, wording.level(ask.level.asked));
    values.insert(u"target_percentile"_s, QString::number(input.targetPercentile));

    if (input.band) {
        const Band& band = *input.band;
        bool approximate = false;
        for (const auto percentile : Percentiles::all()) {
            const BandValue& value = band.value(percentile);
            if (value.kind == BandValue::Kind::Missing)
                continue;
            const QString field = u"band_"_s + Percentiles::id(percentile);
            values.insert(field, value.kind == BandValue::Kind::TopCoded
                                     ? wording.orMore.arg(money(value.amount))
                                     : money(value.amount));
            // The market sentence cites p25, p50 and p75; "about" marks modelled figures as estimates.
            if (percentile != Percentile::P10 && percentile != Percentile::P90)
                approximate = approximate || value.kind == BandValue::Kind::Estimated;
        }
        values.insert(u"approx"_s, approximate ? wording.about + u' ' : QString());
        setText(u"band_role"_s, band.roleTitle);
        // The national band's area reads "United States"; a sentence needs the article.
        setText(u"band_area"_s,
                band.areaCode == BandModel::NationalAreaCode ? wording.unitedStates : band.areaName);
        setText(u"source"_s, band.sourceShortName);
        if (band.dataYear > 0)
            values.insert(u"data_year"_s, QString::number(band.dataYear));
        setText(u"data_period"_s, band.dataPeriod);
    }

    // A competing offer is cited only when it is higher (guard rail "competing-offer-lower").
    if (input.competingOffer) {
        const Money competingTotal = AskCalculator::averageYearlyTotal(*input.competingOffer);
        if (competingTotal > AskCalculator::averageYearlyTotal(offer)) {
            setText(u"competing_company"_s, input.competingOffer->company);
            values.insert(u"competing_base"_s, money(input.competingOffer->base));
            values.insert(u"competing_total"_s, money(competingTotal));
        }
    }
    if (input.forfeitedCompensation.minorUnits() > 0)
        values.insert(u"forfeited"_s, money(input.forfeitedCompensation));
    if (input.decisionDeadline.isValid())
        values.insert(u"deadline"_s, locale.toString(input.decisionDeadline, QLocale::LongFormat));
    values.insert(u"reply_by"_s, locale.toString(replyByDate(input), QLocale::LongFormat));
    return values;
}

EmailComposer::Result EmailComposer::compose(const NegotiationInput& input, const Strategy& strategy,
                                             const Ask& ask) const
{
    Result result;
    const QString tone = EmailTones::id(input.tone);
    const auto email = m_templates.find(input.language, QString::fromUtf16(TemplateLibrary::Email), tone);
    const auto phone =
        m_templates.find(input.language, QString::fromUtf16(TemplateLibrary::PhoneScript), tone);
    const auto askForTime =
        m_templates.find(input.language, QString::fromUtf16(TemplateLibrary::AskForTime), tone);
    for (const auto* lookup : {&email, &phone, &askForTime}) {
        if (!lookup->document) {
            result.error = lookup->error;
            return result;
        }
    }

    const QLocale locale(input.language);
    auto values = fieldValues(input, ask, Wording::fromTemplate(*email.document));
    // An offer already above the quoted range (p25–p75) is not helped by quoting it: without these fields the
    // market sentence and the phone script's market step are left out.
    if (!marketSupportsAsk(input, ask)) {
        for (const auto percentile : {Percentile::P25, Percentile::P50, Percentile::P75})
            values.remove(u"band_"_s + Percentiles::id(percentile));
    }

    SectionRenderer mail(*email.document, values);
    QStringList levers;
    for (const auto& lever : ask.levers) {
        if (!leverIsMainAsk(lever, ask))
            levers.push_back(mail.one(u"lever."_s + lever));
    }
    levers.removeAll(QString());
    const bool nonCash = strategy.id == StrategyCatalogue::NonCash;
    const QString leverParagraph =
        levers.isEmpty() ? QString()
                         : mail.one(nonCash ? u"levers.non-cash"_s : u"levers"_s,
                                    {{u"lever_list"_s, joinList(levers, mail.one(u"list.and"_s))}});
    const QString winnable =
        ask.winnableClose ? mail.one(ask.base.isRaised() ? u"winnable.base"_s : u"winnable"_s) : QString();
    result.email.subject = mail.one(u"subject"_s);
    result.email.body = joinParagraphs({
        mail.first({u"greeting"_s, u"greeting.generic"_s}),
        joinSentences({mail.one(u"thanks"_s), mail.one(u"enthusiasm"_s)}),
        joinSentences({mail.one(u"value"_s), mail.first({u"market"_s, u"market.no-level"_s})}),
        askBlock(mail, strategy, ask, locale),
        leverParagraph,
        joinSentences({winnable, mail.first({u"timeline.deadline"_s, u"timeline"_s})}),
        mail.first({u"signoff"_s, u"signoff.generic"_s}),
    });

    SectionRenderer script(*phone.document, values);
    QStringList steps;
    for (const auto& section : phone.document->sections()) {
        const auto parts = section.name.split(u'.');
        if (parts.size() != 2 || parts.front() != u"step")
            continue;
        const bool askWithoutBase = parts.back() == u"ask" && !ask.base.isRaised();
        const QString step = script.one(askWithoutBase ? section.name + u".no-base"_s : section.name);
        if (!step.isEmpty())
            steps.push_back(QStringLiteral("%1. %2").arg(steps.size() + 1).arg(step));
    }
    result.phoneScript = script.one(u"title"_s) + u"\n\n"_s + steps.join(u'\n');

    SectionRenderer time(*askForTime.document, values);
    result.askForTime.subject = time.one(u"subject"_s);
    result.askForTime.body =
        joinParagraphs({time.first({u"greeting"_s, u"greeting.generic"_s}), time.one(u"body"_s),
                        time.first({u"signoff"_s, u"signoff.generic"_s})});

    for (const auto* renderer : {&mail, &script, &time}) {
        if (!renderer->error().isEmpty()) {
            result.error = renderer->error();
            break;
        }
    }
    return result;
}

} // namespace Anchorline
