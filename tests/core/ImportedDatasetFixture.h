#pragma once

// A user's imported dataset for the tests that check its figures reach every view: imported as
// `anchorline-cli import` imports it, into a library of its own.

#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QTest>

#include <memory>

namespace ImportedDatasetFixture {

// A library in `directory` holding one dataset, `name`, imported from "acme.csv" with these CSV rows (the
// header line is added).
inline std::shared_ptr<const Anchorline::DatasetLibrary>
libraryWith(const QString& directory, const QByteArray& rows, const QString& name)
{
    using namespace Anchorline;
    const MarketStore& store = MarketStore::builtIn();
    auto library = std::make_shared<DatasetLibrary>(directory);
    const auto imported = DatasetImporter(RoleSearch(store), LocationSearch(store))
                              .import("role,level,location,currency,p10,p25,p50,p75,p90,source,date\n" + rows,
                                      name, QStringLiteral("acme.csv"));
    QString error;
    if (!imported.ok() || !library->add(*imported.dataset, false, &error))
        QTest::qFail("the fixture dataset was not imported", __FILE__, __LINE__);
    return library;
}

} // namespace ImportedDatasetFixture
