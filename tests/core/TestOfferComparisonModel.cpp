#include "LocationSearch.h"
#include "MarketStore.h"
#include "OfferComparisonModel.h"
#include "SessionFile.h"
#include "SessionSamples.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestOfferComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void offersSideBySide();
    void marketPercentileComesFromTheProvider();
    void invalidOfferShowsItsErrors();
    void headers();
    void rowsAsText();
    void realTermsRow();

private:
    static QString text(const OfferComparisonModel& model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }
    QList<Session::OfferEntry> m_offers;
};

void TestOfferComparisonModel::init()
{
    const auto loaded = SessionFile::load(SessionSamples::dataPath(u"dana-okafor.anchorline"_s));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_offers = loaded.session().offers;
}

void TestOfferComparisonModel::offersSideBySide()
{
    OfferComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setOffers(m_offers);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), int(OfferComparisonModel::RealTotalFourYearsRow)); // no real-terms provider

    // Northwind: base $182,000 +3 %/yr, 10 % bonus, sign-on $20,000 + $10,000 in year 2, $240,000 over 4
    // years with a 1-year cliff, $40,000 refreshers from year 2 vesting quarterly over 4 years.
    QCOMPARE(text(model, OfferComparisonModel::Year1Row, 0), u"$280,200"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year2Row, 0), u"$286,206"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year3Row, 0), u"$292,392.18"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year4Row, 0), u"$308,763.94"_s);
    QCOMPARE(text(model, OfferComparisonModel::TotalFourYearsRow, 0), u"$1,167,562.12"_s);
    QCOMPARE(
        model.data(model.index(OfferComparisonModel::TotalFourYearsRow, 0), OfferComparisonModel::ValueRole),
        QVariant(qint64(116'756'212)));
    QCOMPARE(text(model, OfferComparisonModel::WalkAway12Row, 0), u"$180,000"_s);

    // Contoso: base $195,000, 15 % bonus, $15,000 sign-on, $320,000 vesting 5/15/40/40.
    QCOMPARE(text(model, OfferComparisonModel::Year1Row, 1), u"$255,250"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year2Row, 1), u"$272,250"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year3Row, 1), u"$352,250"_s);
    QCOMPARE(text(model, OfferComparisonModel::Year4Row, 1), u"$352,250"_s);
    QCOMPARE(text(model, OfferComparisonModel::TotalFourYearsRow, 1), u"$1,232,000"_s);
    QCOMPARE(text(model, OfferComparisonModel::WalkAway12Row, 1), u"$304,000"_s);
    QCOMPARE(model.data(model.index(0, 1), OfferComparisonModel::CurrencyRole).toString(), u"USD"_s);

    // Without a provider there is no market placement.
    QCOMPARE(text(model, OfferComparisonModel::MarketPercentileRow, 0), u"—"_s);
    QVERIFY(
        !model
             .data(model.index(OfferComparisonModel::MarketPercentileRow, 0), OfferComparisonModel::ValueRole)
             .isValid());
}

void TestOfferComparisonModel::marketPercentileComesFromTheProvider()
{
    OfferComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(m_offers);
    model.setPlacementProvider(
        [](const Offer& offer) -> std::optional<OfferComparisonModel::MarketPlacement> {
            if (offer.company != u"Contoso Cloud")
                return std::nullopt;
            BandPosition position;
            position.percentile = 71.5;
            position.placement = BandPosition::Placement::Within;
            position.text = u"72nd percentile"_s;
            return OfferComparisonModel::MarketPlacement{position, u"DOL OFLC 2025–26, Seattle, Senior"_s};
        });
    const int row = OfferComparisonModel::MarketPercentileRow;
    QCOMPARE(text(model, row, 1), u"72nd percentile"_s);
    QCOMPARE(model.data(model.index(row, 1), OfferComparisonModel::ValueRole).toDouble(), 71.5);
    QVERIFY(text(model, row, 1, Qt::ToolTipRole).endsWith(u"Source: DOL OFLC 2025–26, Seattle, Senior"_s));
    QCOMPARE(text(model, row, 0), u"—"_s);
    QCOMPARE(text(model, row, 0, Qt::ToolTipRole), u"No market band for this role, level and location"_s);
}

void TestOfferComparisonModel::invalidOfferShowsItsErrors()
{
    OfferComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Session::OfferEntry> offers = m_offers;
    offers[1].offer.base = Money::fromMajor(0);
    model.setOffers(offers);
    QCOMPARE(text(model, OfferComparisonModel::Year1Row, 1), u"—"_s);
    QVERIFY(text(model, OfferComparisonModel::Year1Row, 1, Qt::ToolTipRole).contains(u"base"_s));
    QVERIFY(!model.data(model.index(OfferComparisonModel::Year1Row, 1), OfferComparisonModel::ValueRole)
                 .isValid());
    QCOMPARE(model.data(model.index(OfferComparisonModel::Year1Row, 0), OfferComparisonModel::ValueRole),
             QVariant(qint64(28'020'000)));
}

void TestOfferComparisonModel::headers()
{
    OfferComparisonModel model;
    QList<Session::OfferEntry> offers = m_offers;
    offers[1].label.clear();
    model.setOffers(offers);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Offer A — Northwind Robotics"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Offer 2 — Contoso Cloud"_s);
    QCOMPARE(model.headerData(OfferComparisonModel::Year3Row, Qt::Vertical).toString(), u"Year 3"_s);
    QCOMPARE(model.headerData(OfferComparisonModel::WalkAway12Row, Qt::Vertical).toString(),
             u"Walk-away cost at 12 months"_s);
}

void TestOfferComparisonModel::rowsAsText()
{
    OfferComparisonModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setOffers(m_offers);
    QList<QStringList> rows = model.toRows();
    QCOMPARE(rows.size(), 7); // header + 4 years + total + walk-away; no market row without a provider
    QCOMPARE(rows.at(0),
             (QStringList{QString(), u"Offer A — Northwind Robotics"_s, u"Offer B — Contoso Cloud"_s}));
    QCOMPARE(rows.at(5), (QStringList{u"4-year total"_s, u"$1,167,562.12"_s, u"$1,232,000"_s}));
    model.setPlacementProvider([](const Offer&) { return std::nullopt; });
    rows = model.toRows();
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(6), (QStringList{u"Market percentile (base)"_s, u"—"_s, u"—"_s}));
}

void TestOfferComparisonModel::realTermsRow()
{
    const MarketStore& store = MarketStore::builtIn();
    const PriceParityTable table(store);
    const LocationSearch search(store);
    OfferComparisonModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_offers[1].offer.location = u"Austin, TX"_s;
    model.setOffers(m_offers);
    QCOMPARE(model.toRows().size(), 7); // no real-terms row without a provider
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRealTermsProvider(OfferComparisonModel::realTermsFrom(table, search));
    QCOMPARE(model.rowCount(), int(OfferComparisonModel::RowCount));
    // Northwind in Seattle (112.991): 1,167,562.12 × 100 / 112.991 = 1,033,323.1…; Contoso in Austin
    // (97.620): 1,232,000 × 100 / 97.620 = 1,262,036.4…
    constexpr int row = OfferComparisonModel::RealTotalFourYearsRow;
    QCOMPARE(text(model, row, 0), u"$1,033,323"_s);
    QCOMPARE(text(model, row, 1), u"$1,262,036"_s);
    QCOMPARE(model.data(model.index(row, 1), OfferComparisonModel::ValueRole), QVariant(qint64(126'203'600)));
    QVERIFY(text(model, row, 1, Qt::ToolTipRole)
                .contains(u"BEA RPP 2023, Austin-Round Rock-Georgetown, TX 97.620"_s));
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(),
             u"4-year total in real terms (BEA RPP, 2023 US prices)"_s);
    const QList<QStringList> rows = model.toRows();
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.last(), (QStringList{u"4-year total in real terms (BEA RPP, 2023 US prices)"_s,
                                       u"$1,033,323"_s, u"$1,262,036"_s}));
    // A place without a parity shows a dash and says why.
    m_offers[1].offer.location = u"Aguadilla, PR"_s;
    model.setOffers(m_offers);
    QCOMPARE(text(model, row, 1), u"—"_s);
    QVERIFY2(text(model, row, 1, Qt::ToolTipRole)
                 .startsWith(u"No real terms: BEA publishes no price parity for Aguadilla, PR"_s),
             qPrintable(text(model, row, 1, Qt::ToolTipRole)));
    // So does an offer in another currency: the parities are US price levels.
    Offer euros;
    euros.location = u"Austin, TX"_s;
    euros.currency = u"EUR"_s;
    euros.base = Money::fromMajor(150'000, euros.currency);
    m_offers[1].offer = euros;
    model.setOffers(m_offers);
    QCOMPARE(text(model, row, 1), u"—"_s);
    QCOMPARE(text(model, row, 1, Qt::ToolTipRole),
             u"No real terms: the offer is in EUR, but BEA price parities compare US price levels, so they "
             "apply to pay in US dollars only"_s);
}

QTEST_APPLESS_MAIN(TestOfferComparisonModel)
#include "TestOfferComparisonModel.moc"
