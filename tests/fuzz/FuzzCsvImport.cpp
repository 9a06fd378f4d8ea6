// libFuzzer harness for CSV import: CsvReader reads every record of any bytes, and DatasetImporter either
// builds a dataset or lists errors with their lines, never a crash. An imported dataset survives the
// library's binary format unchanged.

#include "CsvReader.h"
#include "DatasetImporter.h"
#include "FuzzCheck.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QByteArray>

#include <cstdint>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

void readAllRecords(const QByteArray& csv)
{
    CsvReader reader(csv);
    int previousLine = 0;
    while (reader.readRecord()) {
        ANCHORLINE_FUZZ_CHECK(reader.lineNumber() > previousLine, "CSV record lines do not increase");
        previousLine = reader.lineNumber();
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            (void)reader.fieldText(i);
        (void)reader.isBlank();
    }
    ANCHORLINE_FUZZ_CHECK(reader.position() <= csv.size(), "CsvReader read past the end");
}

// Built once: the searches index the whole embedded market dataset.
const DatasetImporter& importer()
{
    static const RoleSearch roles(MarketStore::builtIn());
    static const LocationSearch locations(MarketStore::builtIn());
    static const DatasetImporter importer(roles, locations);
    return importer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray csv = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    readAllRecords(csv);
    const auto result = importer().import(csv, u"Fuzz"_s, u"fuzz.csv"_s);
    if (!result.ok()) {
        ANCHORLINE_FUZZ_CHECK(result.errorCount > 0 && !result.errors.isEmpty(),
                              "a refused CSV gives no error");
        ANCHORLINE_FUZZ_CHECK(result.errors.size() <= DatasetImporter::MaxListedErrors,
                              "too many listed errors");
        for (const auto& error : result.errors)
            ANCHORLINE_FUZZ_CHECK(error.line >= 1 && !error.message.isEmpty(),
                                  "a CSV error without line or message");
        (void)result.formattedErrors(u"fuzz.csv"_s);
        return 0;
    }
    const ImportedDataset& dataset = *result.dataset;
    ANCHORLINE_FUZZ_CHECK(dataset.info().rowCount == qint64(dataset.rows().size()), "row count differs");
    QString error;
    const auto stored = ImportedDataset::deserialize(dataset.serialize(), false, &error);
    ANCHORLINE_FUZZ_CHECK(stored.has_value(), "an imported dataset cannot be read back");
    ANCHORLINE_FUZZ_CHECK(stored->rows().size() == dataset.rows().size(), "storing a dataset loses rows");
    for (const auto& row : dataset.rows()) {
        ANCHORLINE_FUZZ_CHECK(
            stored->find(dataset.roles().at(row.role), dataset.areas().at(row.area), row.level),
            "a stored dataset loses a band");
    }
    return 0;
}
