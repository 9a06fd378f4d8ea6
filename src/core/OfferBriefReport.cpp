#include "OfferBriefReport.h"

#include "CareerLevel.h"
#include "OfferComparisonModel.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Plain text with line breaks kept, for notes and the email body.
QString paragraphs(const QString& text)
{
    return escaped(text).replace(u'\n', u"<br>"_s);
}

QString section(const QString& heading)
{
    return u"<h3>"_s + escaped(heading) + u"</h3>"_s;
}

QString row(const QStringList& cells, const QString& cellTag = u"td"_s)
{
    QString html = u"<tr>"_s;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString align = column == 0 ? u"left"_s : u"right"_s;
        html += u"<"_s + cellTag + u" align=\""_s + align + u"\">"_s + escaped(cells.at(column)) + u"</"_s +
                cellTag + u">"_s;
    }
    return html + u"</tr>"_s;
}

// Two sections side by side, the first `leftPercent` of the width.
QString columns(const QString& left, const QString& right, int leftPercent)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\" width=\""_s +
           QString::number(leftPercent) + u"%\">"_s + left +
           u"</td><td width=\"3%\"></td><td valign=\"top\" width=\""_s + QString::number(97 - leftPercent) +
           u"%\">"_s + right + u"</td></tr></table>"_s;
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html =
        u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s + row(header, u"th"_s);
    for (const QStringList& cells : rows)
        html += row(cells);
    return html + u"</table>"_s;
}

} // namespace

QString OfferBriefReport::bandChartUrl()
{
    return u"anchorline-report://band-chart.png"_s;
}

OfferBriefReport::OfferBriefReport(const Session& session, const MarketStore& store,
                                   std::shared_ptr<const DatasetLibrary> datasets, const QLocale& locale,
                                   const QDate& today)
    : m_session(session)
    , m_store(store)
    , m_locale(locale)
    , m_today(today)
    , m_workspace(store, std::move(datasets))
{
    NegotiationInput input = session.negotiationInput();
    input.today = today;
    m_workspace.setInput(input);
    if (session.email.userEdited)
        m_workspace.setEditedEmailText(session.email.subject + u"\n\n"_s + session.email.body);
}

QString OfferBriefReport::title() const
{
    return m_session.clientName.isEmpty() ? tr("Offer brief")
                                          : tr("Offer brief — %1").arg(m_session.clientName);
}

QString OfferBriefReport::toHtml() const
{
    // QTextDocument's CSS subset: class selectors, margins, colours and borders on cells.
    const QString style = u"<style>"_s
                          u"body { font-size: 7.5pt; color: #1b1f24; }"_s
                          u"h1 { font-size: 14pt; margin: 0; }"_s
                          u"h3 { font-size: 9pt; margin-top: 7px; margin-bottom: 2px; color: #1f4e79; }"_s
                          u"p { margin-top: 0; margin-bottom: 2px; }"_s
                          u"table.grid { border-collapse: collapse; }"_s
                          u"table.grid th { background-color: #e8eef5; border: 1px solid #c5cfdb; }"_s
                          u"table.grid td { border: 1px solid #c5cfdb; }"_s
                          u".muted { color: #5a6370; }"_s
                          u".email { font-size: 7pt; }"_s
                          u"</style>"_s;
    return u"<html><head><title>"_s + escaped(title()) + u"</title>"_s + style + u"</head><body>"_s +
           headerHtml() + columns(inputsHtml(), bandHtml(), 36) +
           columns(yearTableHtml(), comparisonHtml(), 54) + columns(askHtml(), emailHtml(), 36) +
           sourcesHtml() + u"</body></html>"_s;
}

QString OfferBriefReport::headerHtml() const
{
    const int index = m_session.negotiatedOffer;
    const Offer& offer = m_session.offers.at(index).offer;
    const QString subtitle = tr("%1 · %2 · %3 · %4")
                                 .arg(m_session.offerDisplayLabel(index), offer.role,
                                      CareerLevels::displayName(offer.level), offer.location);
    return u"<h1>"_s + escaped(title()) + u"</h1><p>"_s + escaped(subtitle) + u"</p><p class=\"muted\">"_s +
           escaped(tr("Prepared %1 with Anchorline. Current pay is private and not shown.")
                       .arg(m_locale.toString(m_today, QLocale::LongFormat))) +
           u"</p>"_s;
}

QString OfferBriefReport::inputsHtml() const
{
    const Offer& offer = m_workspace.input().offer;
    QList<QStringList> rows{{tr("Base"), money(offer.base)}};
    if (offer.fixedBonus)
        rows.append({tr("Bonus (fixed)"), money(*offer.fixedBonus)});
    else if (offer.bonusBasisPoints > 0)
        rows.append(
            {tr("Target bonus"), m_locale.toString(offer.bonusBasisPoints / 100.0, 'g', 4) + u" %"_s});
    if (!offer.signOn.total().isZero())
        rows.append({tr("Sign-on"), money(offer.signOn.total())});
    if (!offer.equity.grant.isZero())
        rows.append(
            {tr("Equity grant (%1 years)").arg(offer.equity.schedule.years()), money(offer.equity.grant)});
    if (!offer.refresh.yearlyGrant.isZero())
        rows.append({tr("Yearly refresher"), money(offer.refresh.yearlyGrant)});
    if (offer.startDate.isValid())
        rows.append({tr("Start date"), m_locale.toString(offer.startDate, QLocale::ShortFormat)});
    rows.append({tr("Target percentile"), QString::number(m_workspace.input().targetPercentile)});
    return section(tr("The offer")) + table({tr("Input"), tr("Value")}, rows);
}

QString OfferBriefReport::bandHtml() const
{
    const auto& band = m_workspace.band();
    QString html = section(tr("Market band (base pay)"));
    if (!band)
        return html + u"<p>"_s + escaped(m_workspace.bandError()) + u"</p>"_s;
    html += u"<p><img src=\""_s + bandChartUrl() + u"\" width=\""_s + QString::number(BandChartSize.width()) +
            u"\" height=\""_s + QString::number(BandChartSize.height()) + u"\"></p>"_s;
    QStringList percentiles;
    for (const Percentile percentile : Percentiles::all()) {
        const BandValue& value = band->value(percentile);
        if (value.kind == BandValue::Kind::Missing)
            continue;
        QString text = u"p"_s + QString::number(Percentiles::rank(percentile)) + u" "_s;
        text += value.kind == BandValue::Kind::TopCoded ? u"≥ "_s + money(value.amount) : money(value.amount);
        if (value.kind == BandValue::Kind::Estimated)
            text += u" "_s + tr("(estimate)");
        percentiles.append(text);
    }
    html += u"<p>"_s + escaped(percentiles.join(u" · "_s)) + u"</p><p class=\"muted\">"_s +
            escaped(tr("Offer base: %1. Source: %2.")
                        .arg(band->positionOf(m_workspace.input().offer.base).text,
                             m_workspace.bandSourceLine(*band))) +
            u"</p>"_s;
    if (!m_workspace.bandError().isEmpty())
        html += u"<p class=\"muted\">"_s + escaped(m_workspace.bandError()) + u"</p>"_s;
    return html;
}

QString OfferBriefReport::yearTableHtml() const
{
    QList<QStringList> rows;
    for (const YearCompensation& year : m_workspace.years()) {
        if (year.year > 4)
            break;
        rows.append({QString::number(year.year), money(year.base), money(year.bonus), money(year.signOn),
                     money(year.equity + year.refresh), money(year.total())});
    }
    rows.append({tr("4 years"), {}, {}, {}, {}, money(m_workspace.totalFourYears())});
    return section(tr("Year by year (computed from the offer's terms)")) +
           table({tr("Year"), tr("Base"), tr("Bonus"), tr("Sign-on"), tr("Equity"), tr("Total")}, rows);
}

QString OfferBriefReport::comparisonHtml() const
{
    if (m_session.offers.size() < 2)
        return {};
    OfferComparisonModel model;
    model.setLocale(m_locale);
    // Each offer placed in its band as the window's comparison places it, from the same datasets.
    model.setPlacementProvider(m_workspace.placementProvider());
    // The last row: each 4-year total at 2023 US-average prices by its own place (BEA price parities).
    const PriceParityTable parities(m_store);
    model.setRealTermsProvider(OfferComparisonModel::realTermsFrom(parities, m_workspace.locationSearch()));
    model.setOffers(m_session.offers);

    QStringList header{QString()};
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    for (int rowIndex = 0; rowIndex < model.rowCount(); ++rowIndex) {
        QStringList cells{model.headerData(rowIndex, Qt::Vertical).toString()};
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.data(model.index(rowIndex, column)).toString());
        rows.append(cells);
    }
    // Each market percentile names its band's source, as the window's tooltips do: once when all offers share
    // it, else offer by offer (an imported dataset may cover one offer's place and not another's).
    QStringList sources;
    QStringList labelled;
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString source = model
                                   .data(model.index(OfferComparisonModel::MarketPercentileRow, column),
                                         OfferComparisonModel::SourceRole)
                                   .toString();
        if (source.isEmpty())
            continue;
        sources.append(source);
        labelled.append(tr("%1: %2").arg(model.headerData(column, Qt::Horizontal).toString(), source));
    }
    sources.removeDuplicates();
    const QString sourceNote = sources.isEmpty()
                                   ? QString()
                                   : tr("Market percentiles: %1.")
                                         .arg(sources.size() == 1 ? sources.front() : labelled.join(u"; "_s));
    return section(tr("Offers side by side")) + table(header, rows) +
           (sourceNote.isEmpty() ? QString() : u"<p class=\"muted\">"_s + escaped(sourceNote) + u"</p>"_s);
}

QString OfferBriefReport::askHtml() const
{
    const auto& plan = m_workspace.plan();
    if (!plan)
        return section(tr("The ask")) + u"<p>"_s + escaped(m_workspace.planError()) + u"</p>"_s;
    QString html = section(tr("The ask — %1").arg(plan->strategy.name));
    QStringList lines;
    for (const AskComponent* component : plan->ask.components()) {
        if (!component->isRaised())
            continue;
        QString asked = money(component->asked);
        if (component->askedRangeTop)
            asked = tr("%1 to %2").arg(asked, money(*component->askedRangeTop));
        lines.append(u"<b>"_s +
                     escaped(tr("%1: %2 (offered %3)")
                                 .arg(component->field == u"base"_s      ? tr("Base")
                                      : component->field == u"signon"_s  ? tr("Sign-on")
                                      : component->field == u"refresh"_s ? tr("Yearly refresher")
                                                                         : tr("Equity per year"),
                                      asked, money(component->offered))) +
                     u"</b>"_s);
    }
    if (plan->ask.level.isRaised())
        lines.append(u"<b>"_s +
                     escaped(tr("Level: %1 (offered %2)")
                                 .arg(CareerLevels::displayName(plan->ask.level.asked),
                                      CareerLevels::displayName(plan->ask.level.offered))) +
                     u"</b>"_s);
    if (lines.isEmpty())
        lines.append(escaped(tr("No change to the numbers; the email asks for the levers below.")));
    for (const QString& reason : plan->reasons)
        lines.append(escaped(reason));
    for (const GuardRail& warning : plan->warnings)
        lines.append(u"<span class=\"muted\">"_s + escaped(tr("Check: %1").arg(warning.message)) +
                     u"</span>"_s);
    return html + u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
}

QString OfferBriefReport::emailHtml() const
{
    const auto& plan = m_workspace.plan();
    const bool edited = m_session.email.userEdited;
    if (!plan && !edited)
        return {};
    const QString subject = edited ? m_session.email.subject : plan->email.subject;
    const QString body = edited ? m_session.email.body : plan->email.body;
    return section(tr("The email")) + u"<p class=\"email\"><b>"_s + escaped(tr("Subject: %1").arg(subject)) +
           u"</b><br>"_s + paragraphs(body.trimmed()) + u"</p>"_s;
}

QString OfferBriefReport::sourcesHtml() const
{
    QStringList sources;
    if (m_workspace.plan())
        sources = m_workspace.plan()->sources;
    else if (const auto& band = m_workspace.band())
        sources.append(tr("%1 (%2)").arg(band->sourceName, band->sourceText(m_today)));
    sources.append(tr("Year-by-year pay is computed from the offer's own terms, not from market data."));
    return section(tr("Sources")) + u"<p class=\"muted\">"_s + paragraphs(sources.join(u'\n')) + u"</p>"_s;
}

} // namespace Anchorline
