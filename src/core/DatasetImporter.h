#pragma once

#include "ImportedDataset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Anchorline {

class LocationSearch;
class RoleSearch;

// Reads and validates a pay-band CSV (format in the README, "Importing your own data"):
//
//   role,level,location,currency,p10,p25,p50,p75,p90,source,date
//   Software Developers,senior,San Jose,USD,"185,000",,230000,,,Acme survey,2025-03-01
//
// Columns may come in any order; role, location, source, date and at least one of p10…p90 are required,
// level and currency optional (empty level = all levels, no currency column = USD). role is a SOC code or a
// title or alias RoleSearch matches exactly; location an OFLC area code, "US" or a name LocationSearch
// matches to exactly one area; level a career level id. Amounts are annual, in the row's currency, with
// optional thousands separators; each row needs at least one. The whole file is checked before anything is
// kept: any error means no dataset. Blank lines are skipped; a UTF-8 byte order mark and CRLF are accepted.
class DatasetImporter
{
public:
    // Errors beyond this many are counted, not listed.
    static constexpr int MaxListedErrors = 20;

    struct Error
    {
        int line = 0; // 1-based line in the file
        QString message;
    };

    struct Result
    {
        std::optional<ImportedDataset> dataset; // set when the file is valid
        QList<Error> errors;                    // the first MaxListedErrors
        qint64 errorCount = 0;                  // all of them

        bool ok() const { return dataset.has_value(); }
        // "FILE:LINE: message" lines, then "… and N more errors" when some were not listed.
        QStringList formattedErrors(const QString& fileName) const;
    };

    // (bytes read, total bytes); called every few thousand rows and once at the end.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DatasetImporter(const RoleSearch& roles, const LocationSearch& locations);

    // `name` and `sourceFile` go into the dataset's info; importedAt is now.
    Result import(const QByteArray& csv, const QString& name, const QString& sourceFile,
                  const Progress& progress = {}) const;

    // The columns the format knows, in their documented order.
    static QStringList knownColumns();

private:
    const RoleSearch& m_roles;
    const LocationSearch& m_locations;
};

} // namespace Anchorline
