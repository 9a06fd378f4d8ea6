#include "BandModel.h"
#include "DataSourcesDialog.h"
#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestDataSourcesDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesEverySourceWithPeriodAndLicence();
    void explainsEstimatesAndCaveats();
    void listsImportedDatasets();
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

void TestDataSourcesDialog::listsImportedDatasets()
{
    QTemporaryDir folder;
    DatasetLibrary library(folder.filePath(u"datasets"_s));
    const QString none = DataSourcesDialog(MarketStore::builtIn(), &library).plainText();
    QVERIFY2(none.contains(u"Your imported datasets"_s) && none.contains(u"anchorline-cli import"_s) &&
                 none.contains(library.directory()),
             qPrintable(none));

    const RoleSearch roles(MarketStore::builtIn());
    const LocationSearch locations(MarketStore::builtIn());
    auto imported =
        DatasetImporter(roles, locations)
            .import("role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
                    "15-1252,senior,41940,USD,205000,225000,250000,280000,320000,Acme Comp Survey "
                    "2025,2025-04-01\n"
                    "15-1252,mid,41940,USD,,,190000,,,Acme Comp Survey 2025,2024-10-01\n",
                    u"Acme 2025"_s, u"acme.csv"_s);
    QVERIFY(imported.ok());
    QVERIFY(library.add(*imported.dataset, false));
    const QString text = DataSourcesDialog(MarketStore::builtIn(), &library).plainText();
    for (const QString& expected : {u"Acme 2025"_s, u"Acme Comp Survey 2025"_s, u"2024-10-01 to 2025-04-01"_s,
                                    u"from acme.csv"_s, u"instead of the built-in data"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in " + text));
    }
    // Without a library (the report's use) the section is left out.
    QVERIFY(!DataSourcesDialog(MarketStore::builtIn()).plainText().contains(u"Your imported datasets"_s));
}

QTEST_MAIN(TestDataSourcesDialog)
#include "TestDataSourcesDialog.moc"
