#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"
#include "SearchSuggestionModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Anchorline;

class TestSearchSuggestionModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAreSuggestedWithTheirCode();
    void locationsAreSuggestedWithTheirArea();
    void emptyQueryIsEmpty();
};

void TestSearchSuggestionModel::rolesAreSuggestedWithTheirCode()
{
    const RoleSearch search(MarketStore::builtIn());
    std::unique_ptr<SearchSuggestionModel> model(SearchSuggestionModel::forRoles(search));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("software developer"));
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= SearchSuggestionModel::SuggestionLimit);
    const QModelIndex first = model->index(0);
    QCOMPARE(first.data(SearchSuggestionModel::CodeRole).toString(), QStringLiteral("15-1252"));
    QVERIFY(first.data(Qt::DisplayRole).toString().contains(QStringLiteral("(15-1252)")));
    QVERIFY(!first.data(Qt::EditRole).toString().isEmpty());
}

void TestSearchSuggestionModel::locationsAreSuggestedWithTheirArea()
{
    const LocationSearch search(MarketStore::builtIn());
    std::unique_ptr<SearchSuggestionModel> model(SearchSuggestionModel::forLocations(search));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery(QStringLiteral("San Jose"));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->index(0).data(SearchSuggestionModel::CodeRole).toString(), QStringLiteral("41940"));
    QVERIFY(model->index(0).data().toString().contains(QStringLiteral("San Jose-Sunnyvale-Santa Clara, CA")));
}

void TestSearchSuggestionModel::emptyQueryIsEmpty()
{
    const RoleSearch search(MarketStore::builtIn());
    SearchSuggestionModel* model = SearchSuggestionModel::forRoles(search);
    model->setQuery(QStringLiteral("engineer"));
    QVERIFY(model->rowCount() > 0);
    model->setQuery(QStringLiteral("  "));
    QCOMPARE(model->rowCount(), 0);
    delete model;
}

QTEST_APPLESS_MAIN(TestSearchSuggestionModel)
#include "TestSearchSuggestionModel.moc"
