#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace Anchorline {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    m_ui->titleLabel->setText(u"<h2>Anchorline %1</h2>"_s.arg(QStringLiteral(ANCHORLINE_VERSION)));
    // The link goes to the desktop's browser; Anchorline itself never uses the network.
    const QString homepage = QStringLiteral(ANCHORLINE_HOMEPAGE);
    m_ui->descriptionLabel->setOpenExternalLinks(true);
    m_ui->descriptionLabel->setText(u"<p>%1</p><p>%2</p><p>%3</p><p><a href=\"%4\">%4</a></p>"_s.arg(
        tr("Places a job offer against market pay for its role, level and place, shows it year by year, "
           "and drafts the negotiation email and phone script from documented strategies.")
            .toHtmlEscaped(),
        tr("Market data: U.S. Bureau of Labor Statistics (OEWS), U.S. Department of Labor (OFLC), O*NET "
           "(CC BY 4.0), U.S. Bureau of Economic Analysis. Help ▸ Data Sources has the details.")
            .toHtmlEscaped(),
        tr("Licensed under the GNU General Public License, version 3 or later. Not legal or financial "
           "advice.")
            .toHtmlEscaped(),
        homepage.toHtmlEscaped()));
}

AboutDialog::~AboutDialog() = default;

} // namespace Anchorline
