#pragma once

#include "OfferWorkspace.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSize>
#include <QString>

#include <memory>

namespace Anchorline {

class DatasetLibrary;
class MarketStore;

// The one-page offer brief of a session as HTML for QTextDocument: the negotiated offer's inputs, its market
// band (an image the caller supplies under bandChartUrl()), the year-by-year table, the offers side by side,
// the ask with its reasons, the email, and every source with its year: the same figures and source lines as
// the window (OfferWorkspace), an imported dataset named where one supplied the band. The private current pay
// is never included. GUI-free: the widgets layer renders the chart image and prints the document.
class OfferBriefReport
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::OfferBriefReport)

public:
    // The document resource name of the band chart image, as the HTML's <img src> refers to it.
    static QString bandChartUrl();
    // The chart image's size in the document, in pixels of a layout 680 px wide.
    static constexpr QSize BandChartSize{400, 190};

    // `session` must validate (Session::validate() empty) and hold at least one offer. Bands are looked up
    // as the window looks them up: in the user's imported `datasets` first (null: built-in data only).
    OfferBriefReport(const Session& session, const MarketStore& store,
                     std::shared_ptr<const DatasetLibrary> datasets, const QLocale& locale = QLocale(),
                     const QDate& today = QDate::currentDate());

    // The negotiated offer's band, year table and plan, for drawing the charts.
    const OfferWorkspace& workspace() const { return m_workspace; }
    // "Offer brief — Dana Okafor"
    QString title() const;
    QString toHtml() const;

private:
    QString headerHtml() const;
    QString inputsHtml() const;
    QString bandHtml() const;
    QString yearTableHtml() const;
    QString comparisonHtml() const;
    QString askHtml() const;
    QString emailHtml() const;
    QString sourcesHtml() const;
    QString money(const Money& amount) const { return amount.toString(m_locale); }

    Session m_session;
    const MarketStore& m_store;
    QLocale m_locale;
    QDate m_today;
    OfferWorkspace m_workspace;
};

} // namespace Anchorline
