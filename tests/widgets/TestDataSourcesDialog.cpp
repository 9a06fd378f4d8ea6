#include "BandModel.h"
#include "DataSourcesDialog.h"
#include "MarketStore.h"

#include <QTest>

using namespace Anchorline;

class TestDataSourcesDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesEverySourceWithPeriodAndLicence();
    void explainsEstimatesAndCaveats();
};

void TestDataSourcesDialog::namesEverySourceWithPeriodAndLicence()
{
    const auto& store = MarketStore::builtIn();
    DataSourcesDialog dialog(store);
    const QString text = dialog.plainText();
    QVERIFY(!store.sourceCredits().isEmpty());
    for (const auto& credit : store.sourceCredits()) {
        QVERIFY2(text.contains(credit.name), qPrintable(credit.name));
        QVERIFY2(text.contains(credit.period), qPrintable(credit.period));
        QVERIFY2(text.contains(credit.license), qPrintable(credit.license));
    }
    QVERIFY(text.contains(QStringLiteral("Bureau of Labor Statistics")));
    QVERIFY(text.contains(QStringLiteral("CC BY 4.0")));
}

void TestDataSourcesDialog::explainsEstimatesAndCaveats()
{
    DataSourcesDialog dialog(MarketStore::builtIn());
    const QString text = dialog.plainText();
    QVERIFY(text.contains(QStringLiteral("≥ $239,200")));
    QVERIFY(text.contains(QStringLiteral("May 2024")));
    QVERIFY(text.contains(QStringLiteral("secondary source")));
    // The model descriptions come from the core, word for word (the browser may re-flow whitespace).
    QVERIFY(text.simplified().contains(BandModel::methodExplanation().simplified().left(60)));
    QVERIFY(text.simplified().contains(BandModel::levelMappingExplanation().simplified().left(60)));
}

QTEST_MAIN(TestDataSourcesDialog)
#include "TestDataSourcesDialog.moc"
