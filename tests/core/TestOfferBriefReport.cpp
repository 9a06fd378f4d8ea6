#include "MarketStore.h"
#include "OfferBriefReport.h"
#include "SessionFile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Anchorline;

class TestOfferBriefReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleSessionBrief();
    void userEditedEmailIsShown();

private:
    Session m_session;
};

void TestOfferBriefReport::initTestCase()
{
    const auto loaded = SessionFile::load(QStringLiteral(ANCHORLINE_SOURCE_DIR) +
                                          u"/tests/data/sessions/dana-okafor.anchorline"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_session = loaded.session();
}

void TestOfferBriefReport::sampleSessionBrief()
{
    const OfferBriefReport report(m_session, MarketStore::builtIn(),
                                  QLocale(QLocale::English, QLocale::UnitedStates), QDate(2026, 11, 26));
    QCOMPARE(report.title(), u"Offer brief — Dana Okafor"_s);
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"<img src=\""_s + OfferBriefReport::bandChartUrl()));
    QVERIFY(html.contains(u"<b>Base: $195,000 (offered $182,000)</b>"_s));
    QVERIFY(
        html.contains(u"Source: DOL OFLC (July 2025 – June 2026), Seattle-Tacoma-Bellevue, WA, Senior."_s));
    QVERIFY(html.contains(u"(OEWS survey year 2024)"_s));
    // Offer A's 4-year total and offer B's column in the comparison.
    QVERIFY(html.contains(u"$1,167,562.12"_s));
    QVERIFY(html.contains(u"Offer B — Contoso Cloud"_s));
    // Both offers in Seattle (112.991) at 2023 US-average prices: 1,033,323 and 1,090,352.
    QVERIFY(html.contains(u"4-year total in real terms (BEA RPP, 2023 US prices)"_s));
    QVERIFY(html.contains(u"$1,033,323"_s));
    QVERIFY(html.contains(u"$1,090,352"_s));
    // The current pay (base $158,000) is private.
    QVERIFY(!html.contains(u"158,000"_s));
}

void TestOfferBriefReport::userEditedEmailIsShown()
{
    Session session = m_session;
    session.email = {u"Counter-offer & next steps"_s, u"Hi Priya,\nCould we meet at $190,000?"_s, true};
    const QString html = OfferBriefReport(session, MarketStore::builtIn()).toHtml();
    QVERIFY(html.contains(u"Subject: Counter-offer &amp; next steps"_s));
    QVERIFY(html.contains(u"Hi Priya,<br>Could we meet at $190,000?"_s));
}

QTEST_APPLESS_MAIN(TestOfferBriefReport)
#include "TestOfferBriefReport.moc"
