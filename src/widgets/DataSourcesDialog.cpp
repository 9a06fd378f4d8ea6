#include "DataSourcesDialog.h"

#include "BandModel.h"
#include "MarketStore.h"
#include "RoleProfile.h"
#include "ui_DataSourcesDialog.h"

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
QString paragraph(const QString& text)
{
    return u"<p>%1</p>"_s.arg(text.toHtmlEscaped());
}
} // namespace

DataSourcesDialog::DataSourcesDialog(const MarketStore& store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DataSourcesDialog>())
{
    m_ui->setupUi(this);
    m_ui->sourcesBrowser->setHtml(html(store));
}

DataSourcesDialog::~DataSourcesDialog() = default;

QString DataSourcesDialog::plainText() const
{
    return m_ui->sourcesBrowser->toPlainText();
}

QString DataSourcesDialog::html(const MarketStore& store)
{
    QString text = u"<h3>%1</h3><table cellspacing='0' cellpadding='3'>"_s.arg(tr("Sources").toHtmlEscaped());
    text += u"<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>"_s.arg(
        tr("Source").toHtmlEscaped(), tr("Period").toHtmlEscaped(), tr("Licence").toHtmlEscaped());
    for (const auto& credit : store.sourceCredits()) {
        text += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            credit.name.toHtmlEscaped(), credit.period.toHtmlEscaped(), credit.license.toHtmlEscaped());
    }
    text += u"</table>"_s;

    text += u"<h3>%1</h3>"_s.arg(tr("What the figures measure").toHtmlEscaped());
    text += paragraph(
        tr("Government wages (BLS OEWS) are straight-time gross pay: base wage, excluding overtime, "
           "bonuses, stock and sign-on. The market band is therefore compared with the offer's base "
           "salary, not its total compensation."));
    text += paragraph(
        tr("BLS publishes annual percentiles at or above $239,200 only as \"≥ $239,200\". The app "
           "shows such values as lower bounds (an open arrow on the chart), never as exact figures."));
    text +=
        paragraph(tr("The survey behind all government figures is May %1; pay has moved since. The status "
                     "bar says how old the data is.")
                      .arg(MarketStore::LatestOewsYear));

    text += u"<h3>%1</h3>"_s.arg(tr("How estimates are made").toHtmlEscaped());
    text += paragraph(BandModel::methodExplanation());
    text += u"<h3>%1</h3>"_s.arg(tr("Career levels").toHtmlEscaped());
    text += paragraph(BandModel::levelMappingExplanation());

    text += u"<h3>%1</h3>"_s.arg(tr("Secondary sources").toHtmlEscaped());
    text += paragraph(RoleProfiles::sourceCaption());
    text += paragraph(
        tr("Tech-industry figures for AI and software engineers (typical pay, pay by level, total "
           "compensation with stock) come from the product brief, not from government data, and are "
           "always labelled as a secondary source with their date."));
    text += paragraph(tr("Negotiation strategies cite their research (shown with each strategy and in the "
                         "email's sources). Anchorline never goes on the network: all data is built in."));
    return text;
}

} // namespace Anchorline
