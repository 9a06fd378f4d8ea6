#include "CompensationCalculator.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "PriceParityTable.h"
#include "RealTermsCalculator.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// What the Cost of living tab recomputes on every offer change (the offer's place and its real terms) and on
// every keystroke in "Compare in another place" (a place name look-up and three conversions).
class BenchRealTerms : public QObject
{
    Q_OBJECT

private slots:
    void offerRealTerms();
    void comparePlaceByName();

private:
    const MarketStore& m_store = MarketStore::builtIn();
    const LocationSearch m_search{m_store};
    const PriceParityTable m_table{m_store};
};

void BenchRealTerms::offerRealTerms()
{
    Offer offer;
    offer.location = u"San Jose, CA"_s;
    offer.base = Money::fromMajor(185'000);
    offer.bonusBasisPoints = 1000;
    QBENCHMARK
    {
        const PriceParityTable::Lookup lookup = m_table.forOffer(offer, m_search);
        QVERIFY(lookup.ok());
        const OfferRealTerms terms =
            RealTermsCalculator::forOffer(CompensationCalculator(offer), *lookup.place);
        QCOMPARE(terms.totalFourYearsReal, Money::fromMajor(721'203)); // 814,000 × 100 / 112.867 = 721,202.8…
    }
}

void BenchRealTerms::comparePlaceByName()
{
    const Money base = Money::fromMajor(185'000);
    QBENCHMARK
    {
        const PriceParityTable::Lookup target = m_table.find(u"Austin", m_search);
        QVERIFY(target.ok());
        QCOMPARE(RealTermsCalculator::equivalentIn(base, 112867, target.place->parity.parityThousandths),
                 Money::fromMajor(160'009));
    }
}

QTEST_APPLESS_MAIN(BenchRealTerms)
#include "BenchRealTerms.moc"
