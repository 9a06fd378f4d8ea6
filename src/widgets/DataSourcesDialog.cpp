#include "DataSourcesDialog.h"

#include "BandModel.h"
#include "DatasetLibrary.h"
#include "MarketStore.h"
#include "RoleProfile.h"
#include "ui_DataSourcesDialog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {
QString paragraph(const QString& text)
{
    return u"<p>%1</p>"_s.arg(text.toHtmlEscaped());
}

QString cells(const QStringList& texts, QStringView tag)
{
    QString row = u"<tr>"_s;
    for (const QString& text : texts)
        row += u"<%1 align='left'>%2</%1>"_s.arg(tag, text.toHtmlEscaped());
    return row + u"</tr>"_s;
}

// The user's datasets (anchorline-cli import): where they are, and each one's sources, dates and size.
QString importedDatasetsHtml(const DatasetLibrary& datasets)
{
    QStringList problems;
    const QList<DatasetInfo> infos = datasets.list(&problems);
    QString text = u"<h3>%1</h3>"_s.arg(DataSourcesDialog::tr("Your imported datasets").toHtmlEscaped());
    if (infos.isEmpty() && problems.isEmpty()) {
        text += paragraph(
            DataSourcesDialog::tr("None. Import your own bands with \"anchorline-cli import FILE.csv "
                                  "--name NAME\"; they are stored in %1.")
                .arg(datasets.directory()));
        return text;
    }
    text += paragraph(
        DataSourcesDialog::tr("Where one covers the role, level and place, its band is used instead "
                              "of the built-in data and named as the source. Stored in %1.")
            .arg(datasets.directory()));
    text += u"<table cellspacing='0' cellpadding='3'>"_s;
    text += cells({DataSourcesDialog::tr("Dataset"), DataSourcesDialog::tr("Sources"),
                   DataSourcesDialog::tr("Dates"), DataSourcesDialog::tr("Rows"),
                   DataSourcesDialog::tr("Imported")},
                  u"th");
    const QLocale locale;
    for (const DatasetInfo& info : infos) {
        const QString dates =
            info.oldestDate == info.newestDate
                ? info.newestDate.toString(Qt::ISODate)
                : DataSourcesDialog::tr("%1 to %2")
                      .arg(info.oldestDate.toString(Qt::ISODate), info.newestDate.toString(Qt::ISODate));
        text += cells({info.name, info.sources.join(u"; "_s), dates, locale.toString(info.rowCount),
                       DataSourcesDialog::tr("%1 from %2")
                           .arg(info.importedAt.toLocalTime().date().toString(Qt::ISODate), info.sourceFile)},
                      u"td");
    }
    text += u"</table>"_s;
    for (const QString& problem : std::as_const(problems))
        text += paragraph(DataSourcesDialog::tr("Not used: %1").arg(problem));
    return text;
}
} // namespace

DataSourcesDialog::DataSourcesDialog(const MarketStore& store, const DatasetLibrary* datasets,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DataSourcesDialog>())
{
    m_ui->setupUi(this);
    m_ui->sourcesBrowser->setHtml(html(store, datasets));
}

DataSourcesDialog::~DataSourcesDialog() = default;

QString DataSourcesDialog::plainText() const
{
    return m_ui->sourcesBrowser->toPlainText();
}

QString DataSourcesDialog::html(const MarketStore& store, const DatasetLibrary* datasets)
{
    QString text = u"<h3>%1</h3><table cellspacing='0' cellpadding='3'>"_s.arg(tr("Sources").toHtmlEscaped());
    text += u"<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>"_s.arg(
        tr("Source").toHtmlEscaped(), tr("Period").toHtmlEscaped(), tr("Licence").toHtmlEscaped());
    for (const auto& credit : store.sourceCredits()) {
        text += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            credit.name.toHtmlEscaped(), credit.period.toHtmlEscaped(), credit.license.toHtmlEscaped());
    }
    text += u"</table>"_s;
    if (datasets)
        text += importedDatasetsHtml(*datasets);

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
                         "email's sources). Anchorline never goes on the network: all data is built in or "
                         "imported by you."));
    return text;
}

} // namespace Anchorline
