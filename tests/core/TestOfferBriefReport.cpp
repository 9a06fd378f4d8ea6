#include "ImportedDatasetFixture.h"
#include "MarketStore.h"
#include "OfferBriefReport.h"
#include "SessionFile.h"

#include <QTemporaryDir>
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
    void importedDatasetSuppliesTheBand();

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
    const OfferBriefReport report(m_session, MarketStore::builtIn(), nullptr,
                                  QLocale(QLocale::English, QLocale::UnitedStates), QDate(2026, 11, 26));
    QCOMPARE(report.title(), u"Offer brief — Dana Okafor"_s);
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"<img src=\""_s + OfferBriefReport::bandChartUrl()));
    QVERIFY(html.contains(u"<b>Base: $195,000 (offered $182,000)</b>"_s));
    // Without an imported dataset, the built-in senior band for Seattle (modelled from OFLC levels), named
    // with its survey and age as the window's comparison names it.
    QVERIFY(html.contains(u"p10 $196,367 (estimate) · p25 $202,036 (estimate) · p50 $212,202 (estimate) · "
                          u"p75 $225,544 (estimate) · p90 $234,537 (estimate)"_s));
    const QString source = u"DOL OFLC (July 2025 – June 2026, BLS OEWS May 2024 survey), "
                           u"Seattle-Tacoma-Bellevue, WA, Senior (2 years "
                           u"old)"_s;
    QVERIFY(html.contains(u"Offer base: below p10. Source: "_s + source + u".</p>"_s));
    QVERIFY(html.contains(u"Market percentiles: "_s + source + u".</p>"_s));
    QVERIFY(!html.contains(u"your dataset"_s));
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
    const QString html = OfferBriefReport(session, MarketStore::builtIn(), nullptr).toHtml();
    QVERIFY(html.contains(u"Subject: Counter-offer &amp; next steps"_s));
    QVERIFY(html.contains(u"Hi Priya,<br>Could we meet at $190,000?"_s));
}

// The brief shows the figures the window shows: where the user imported a dataset with a row for the offer's
// occupation, area and level, its band, named with the dataset, its source, date and age; never the built-in
// figures under the dataset's name or the other way round.
void TestOfferBriefReport::importedDatasetSuppliesTheBand()
{
    QTemporaryDir folder;
    const auto library = ImportedDatasetFixture::libraryWith(
        folder.filePath(u"datasets"_s),
        "15-1252,senior,42660,USD,170000,190000,210000,235000,260000,Acme Comp Survey 2025,2025-04-01\n",
        u"Acme 2025"_s);
    const OfferBriefReport report(m_session, MarketStore::builtIn(), library,
                                  QLocale(QLocale::English, QLocale::UnitedStates), QDate(2026, 11, 26));
    const QString html = report.toHtml();
    QVERIFY2(html.contains(u"p10 $170,000 · p25 $190,000 · p50 $210,000 · p75 $235,000 · p90 $260,000</p>"_s),
             qPrintable(html));
    // Offer A's base, 182,000, is three fifths of the way from p10 to p25 of the dataset's band.
    QVERIFY(html.contains(
        u"Offer base: 19th percentile. Source: Acme Comp Survey 2025 (2025-04-01, your "
        u"dataset &quot;Acme 2025&quot;), Seattle-Tacoma-Bellevue, WA, Senior (1 year old)."_s));
    QVERIFY(!html.contains(u"(estimate)"_s));
    // Both offers side by side, placed in the same band: offer B's 195,000 a quarter of the way from p25 to
    // p50; the one source named once.
    QVERIFY(
        html.contains(u"<td align=\"right\">19th percentile</td><td align=\"right\">31st percentile</td>"_s));
    QVERIFY(html.contains(u"Market percentiles: Acme Comp Survey 2025 (2025-04-01, your dataset &quot;Acme "
                          u"2025&quot;), Seattle-Tacoma-Bellevue, WA, Senior (1 year old).</p>"_s));
    QVERIFY(!html.contains(u"DOL OFLC"_s));
    // The sources name the dataset, its file and that it leaves nothing estimated; no OEWS survey year.
    QVERIFY(
        html.contains(u"Acme Comp Survey 2025, 2025-04-01 (your imported dataset &quot;Acme 2025&quot;)"_s));
    QVERIFY(html.contains(u"Imported from your dataset &quot;Acme 2025&quot; (acme.csv)."_s));
    QVERIFY(!html.contains(u"OEWS survey year"_s));

    // An offer in a place the dataset does not cover is placed in the built-in band, and each percentile
    // names its own source.
    Session elsewhere = m_session;
    elsewhere.offers[1].offer.location = u"Austin, TX"_s;
    elsewhere.offers[1].offer.locationCode.clear();
    const QString mixed =
        OfferBriefReport(elsewhere, MarketStore::builtIn(), library,
                         QLocale(QLocale::English, QLocale::UnitedStates), QDate(2026, 11, 26))
            .toHtml();
    QVERIFY2(mixed.contains(
                 u"Market percentiles: Offer A — Northwind Robotics: Acme Comp Survey 2025 (2025-04-01, "
                 u"your dataset &quot;Acme 2025&quot;), Seattle-Tacoma-Bellevue, WA, Senior (1 year old); "
                 u"Offer B — Contoso Cloud: DOL OFLC (July 2025 – June 2026, BLS OEWS May 2024 survey), "
                 u"Austin-Round Rock-San Marcos, TX, Senior (2 years old).</p>"_s),
             qPrintable(mixed.mid(mixed.indexOf(u"Market percentiles"_s), 600)));
}

QTEST_APPLESS_MAIN(TestOfferBriefReport)
#include "TestOfferBriefReport.moc"
