#include "DatasetImporter.h"

#include "CsvReader.h"
#include "InputFile.h"
#include "LocationSearch.h"
#include "Money.h"
#include "RoleSearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <array>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::DatasetImporter", text);
}

enum Column
{
    RoleColumn,
    LevelColumn,
    LocationColumn,
    CurrencyColumn,
    P10,
    P25,
    P50,
    P75,
    P90,
    SourceColumn,
    DateColumn,
    ColumnCount
};

constexpr std::array<const char16_t*, ColumnCount> ColumnNames{
    u"role", u"level", u"location", u"currency", u"p10", u"p25", u"p50", u"p75", u"p90", u"source", u"date"};

constexpr qint64 ProgressEveryRows = 8192;
// Plausible annual amounts in major units, for currencies worth about a dollar; the others scale them.
constexpr qint64 MinimumAnnual = 1'000;
constexpr qint64 MaximumAnnual = 10'000'000;

qint64 plausibilityScale(QStringView currency)
{
    if (currency == u"KRW")
        return 1000;
    if (currency == u"JPY" || currency == u"INR")
        return 100;
    if (currency == u"CNY" || currency == u"SEK" || currency == u"NOK" || currency == u"DKK")
        return 10;
    return 1;
}

// A row's currency and the amounts it allows, worked out once per distinct currency cell.
struct CurrencyRule
{
    QString code;
    int minorDigits = 2;
    qint64 minimumMinor = 0;
    qint64 maximumMinor = 0;
};

CurrencyRule currencyRule(const QString& code)
{
    const qint64 scale = plausibilityScale(code) * Money::minorPerMajor(code);
    return {code, Money::minorDigits(code), MinimumAnnual * scale, MaximumAnnual * scale};
}

// Plain digits, optionally grouped by commas in threes, with an optional fraction ("185000", "185,000.50"):
// the common cases, parsed without allocating. Anything else ("$185k", "185.000,50") goes through
// Money::parse.
std::optional<qint64> parsePlainAmount(QByteArrayView text, int minorDigits)
{
    qint64 major = 0;
    qsizetype i = 0;
    int digits = 0;
    int groupDigits = 0;
    bool grouped = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ',') {
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return std::nullopt;
            grouped = true;
            groupDigits = 0;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        if (++digits > 12)
            return std::nullopt;
        ++groupDigits;
        major = major * 10 + (c - '0');
    }
    if (digits == 0 || (grouped && groupDigits != 3))
        return std::nullopt;
    qint64 minor = 0;
    int fractionDigits = 0;
    if (i < text.size()) {
        if (text[i] != '.' || i + 1 == text.size())
            return std::nullopt;
        for (++i; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9' || ++fractionDigits > minorDigits)
                return std::nullopt;
            minor = minor * 10 + (text[i] - '0');
        }
    }
    for (int d = fractionDigits; d < minorDigits; ++d)
        minor *= 10;
    qint64 perMajor = 1;
    for (int d = 0; d < minorDigits; ++d)
        perMajor *= 10;
    return major * perMajor + minor;
}

std::optional<QDate> parseDate(QStringView text)
{
    QDate date;
    if (text.size() == 10)
        date = QDate::fromString(text.toString(), Qt::ISODate);
    else if (text.size() == 7)
        date = QDate::fromString(text.toString(), QStringLiteral("yyyy-MM"));
    else if (text.size() == 4)
        date = QDate::fromString(text.toString(), QStringLiteral("yyyy"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Remembers what each distinct cell text of a column turned into; rows repeat the same roles, places,
// currencies and dates, so each is resolved once.
template <typename Value> class CellCache
{
public:
    template <typename Compute> const Value& get(QByteArrayView cell, Compute compute)
    {
        if (m_hasLast && cell == QByteArrayView(m_lastCell))
            return *m_last;
        const QByteArray key = QByteArray::fromRawData(cell.data(), cell.size());
        auto found = m_values.find(key);
        if (found == m_values.end())
            found = m_values.insert(cell.toByteArray(), compute(QString::fromUtf8(cell)));
        m_lastCell = found.key();
        m_last = &found.value();
        m_hasLast = true;
        return *m_last;
    }

private:
    QHash<QByteArray, Value> m_values;
    QByteArray m_lastCell;
    const Value* m_last = nullptr;
    bool m_hasLast = false;
};

// A resolved cell: an index or value, or the error that names what is wrong with it.
template <typename Value> struct Resolved
{
    Value value{};
    QString error;
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::ImportRun)

public:
    ImportRun(const RoleSearch& roles, const LocationSearch& locations, DatasetImporter::Result& result)
        : m_roles(roles)
        , m_locations(locations)
        , m_result(result)
    {}

    void addError(int line, const QString& message)
    {
        ++m_result.errorCount;
        if (m_result.errors.size() < DatasetImporter::MaxListedErrors)
            m_result.errors.append({line, message});
    }

    bool readHeader(CsvReader& reader);
    void readRow(const CsvReader& reader);
    void checkDuplicates();
    ImportedDataset& dataset() { return m_dataset; }
    qint64 rowCount() const { return qint64(m_dataset.rows().size()); }
    qint64 headerFieldCount() const { return m_headerFieldCount; }

private:
    QByteArrayView cell(const CsvReader& reader, Column column) const
    {
        return m_columns[column] < 0 ? QByteArrayView() : reader.field(m_columns[column]);
    }
    Resolved<quint16> resolveRole(const QString& text);
    Resolved<quint16> resolveLocation(const QString& text);
    std::optional<qint64> readAmount(QByteArrayView cell, Column column, const CurrencyRule& currency,
                                     int line);

    const RoleSearch& m_roles;
    const LocationSearch& m_locations;
    DatasetImporter::Result& m_result;
    ImportedDataset m_dataset;
    std::array<qsizetype, ColumnCount> m_columns{};
    qint64 m_headerFieldCount = 0;
    CellCache<Resolved<quint16>> m_roleCache;
    CellCache<Resolved<quint16>> m_locationCache;
    CellCache<Resolved<CareerLevel>> m_levelCache;
    CellCache<Resolved<CurrencyRule>> m_currencyCache;
    CellCache<Resolved<quint32>> m_dateCache;
    CellCache<quint32> m_sourceCache;
    std::vector<std::pair<quint64, int>> m_bandLines; // (band key, line) of every valid row
};

bool ImportRun::readHeader(CsvReader& reader)
{
    m_columns.fill(-1);
    const int line = reader.lineNumber();
    m_headerFieldCount = reader.fieldCount();
    const int errorsBefore = int(m_result.errorCount);
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        const QString name = reader.fieldText(i).toLower();
        const auto known = std::find_if(ColumnNames.begin(), ColumnNames.end(),
                                        [&](const char16_t* column) { return name == QStringView(column); });
        if (known == ColumnNames.end()) {
            addError(line, tr("unknown column \"%1\" (the columns are %2)")
                               .arg(reader.fieldText(i), DatasetImporter::knownColumns().join(u", ")));
            continue;
        }
        const auto column = Column(known - ColumnNames.begin());
        if (m_columns[column] >= 0)
            addError(line, tr("column \"%1\" appears twice").arg(name));
        m_columns[column] = i;
    }
    for (const Column required : {RoleColumn, LocationColumn, SourceColumn, DateColumn}) {
        if (m_columns[required] < 0)
            addError(line, tr("missing column \"%1\"").arg(QString::fromUtf16(ColumnNames[required])));
    }
    if (std::all_of(&m_columns[P10], &m_columns[P90] + 1, [](qsizetype index) { return index < 0; }))
        addError(line, tr("no percentile column: add at least one of p10, p25, p50, p75, p90"));
    return m_result.errorCount == errorsBefore;
}

Resolved<quint16> ImportRun::resolveRole(const QString& text)
{
    if (text.isEmpty())
        return {0, tr("role is empty")};
    if (const auto match = m_roles.exactMatch(text))
        return {m_dataset.roleIndex(match->soc), QString()};
    QStringList suggestions;
    for (const RoleMatch& match : m_roles.suggestions(text, 3))
        suggestions.append(match.label());
    return {0, tr("role \"%1\" is not a SOC code or a known title; closest: %2")
                   .arg(text, suggestions.join(QStringLiteral("; ")))};
}

Resolved<quint16> ImportRun::resolveLocation(const QString& text)
{
    if (text.isEmpty())
        return {0, tr("location is empty")};
    if (const auto match = m_locations.exactMatch(text))
        return {m_dataset.areaIndex(match->code), QString()};
    QStringList suggestions;
    for (const LocationMatch& match : m_locations.suggestions(text, 3))
        suggestions.append(match.suggestionLabel());
    return {0, tr("location \"%1\" is not an area code, \"US\" or the name of exactly one area; closest: %2")
                   .arg(text, suggestions.join(QStringLiteral("; ")))};
}

std::optional<qint64> ImportRun::readAmount(QByteArrayView cell, Column column, const CurrencyRule& currency,
                                            int line)
{
    const auto name = QStringView(ColumnNames[column]);
    std::optional<qint64> minor = parsePlainAmount(cell, currency.minorDigits);
    if (!minor) {
        const auto parsed =
            Money::parse(QString::fromUtf8(cell), currency.code, Money::SignRule::AllowNegative);
        if (!parsed.ok()) {
            addError(line,
                     tr("%1 \"%2\" is not an amount: %3").arg(name, QString::fromUtf8(cell), parsed.error));
            return std::nullopt;
        }
        minor = parsed.money->minorUnits();
    }
    if (*minor < 0) {
        addError(
            line,
            tr("%1 is negative (%2)").arg(name, Money::fromMinor(*minor, currency.code).toPlainString()));
        return std::nullopt;
    }
    if (*minor < currency.minimumMinor || *minor > currency.maximumMinor) {
        const qint64 perMajor = Money::minorPerMajor(currency.code);
        addError(line, tr("%1 %2 %3 is not a plausible annual salary (allowed %4 to %5)")
                           .arg(name, Money::fromMinor(*minor, currency.code).toPlainString(), currency.code)
                           .arg(currency.minimumMinor / perMajor)
                           .arg(currency.maximumMinor / perMajor));
        return std::nullopt;
    }
    return minor;
}

// Two rows for the same band would make the dataset ambiguous. Found by sorting (cheaper than a hash set of
// 450k keys); the errors are then merged into the others in line order, so the listed ones stay the first.
void ImportRun::checkDuplicates()
{
    std::sort(m_bandLines.begin(), m_bandLines.end());
    QList<DatasetImporter::Error> duplicates;
    qint64 duplicateCount = 0;
    size_t runStart = 0; // first row of the current run of equal keys
    for (size_t i = 1; i < m_bandLines.size(); ++i) {
        if (m_bandLines[i].first != m_bandLines[runStart].first) {
            runStart = i;
            continue;
        }
        ++duplicateCount;
        duplicates.append({m_bandLines[i].second,
                           tr("same role, location and level as line %1").arg(m_bandLines[runStart].second)});
    }
    if (duplicates.isEmpty())
        return;
    std::sort(duplicates.begin(), duplicates.end(),
              [](const auto& a, const auto& b) { return a.line < b.line; });
    QList<DatasetImporter::Error> merged = m_result.errors + duplicates;
    std::stable_sort(merged.begin(), merged.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    m_result.errors = merged.first(std::min<qsizetype>(merged.size(), DatasetImporter::MaxListedErrors));
    m_result.errorCount += duplicateCount;
}

void ImportRun::readRow(const CsvReader& reader)
{
    const int line = reader.lineNumber();
    if (reader.fieldCount() != m_headerFieldCount) {
        addError(line,
                 tr("%1 fields, but the header has %2").arg(reader.fieldCount()).arg(m_headerFieldCount));
        return;
    }
    const qint64 errorsBefore = m_result.errorCount;
    const auto check = [&](const QString& error) {
        if (!error.isEmpty())
            addError(line, error);
    };
    ImportedDataset::Row row;
    const auto& role =
        m_roleCache.get(cell(reader, RoleColumn), [this](const QString& t) { return resolveRole(t); });
    check(role.error);
    row.role = role.value;
    const auto& area = m_locationCache.get(cell(reader, LocationColumn),
                                           [this](const QString& t) { return resolveLocation(t); });
    check(area.error);
    row.area = area.value;
    const auto& level =
        m_levelCache.get(cell(reader, LevelColumn), [](const QString& text) -> Resolved<CareerLevel> {
            const auto level = CareerLevels::fromString(text);
            if (!level)
                return {CareerLevel::Unspecified, tr("level \"%1\" is not one of entry, junior, mid, senior, "
                                                     "staff, principal (or empty for all "
                                                     "levels)")
                                                      .arg(text)};
            return {*level, QString()};
        });
    check(level.error);
    row.level = level.value;
    const QByteArrayView currencyCell =
        m_columns[CurrencyColumn] < 0 ? QByteArrayView("USD") : cell(reader, CurrencyColumn);
    const auto& currency =
        m_currencyCache.get(currencyCell, [](const QString& text) -> Resolved<CurrencyRule> {
            if (text.isEmpty())
                return {CurrencyRule(), tr("currency is empty")};
            if (!Money::isKnownCurrency(text))
                return {CurrencyRule(), tr("unknown currency \"%1\"").arg(text)};
            return {currencyRule(text.toUpper()), QString()};
        });
    check(currency.error);
    row.currency = currency.error.isEmpty() ? m_dataset.currencyIndex(currency.value.code) : 0;
    const auto& date =
        m_dateCache.get(cell(reader, DateColumn), [this](const QString& text) -> Resolved<quint32> {
            const auto date = parseDate(text);
            if (!date)
                return {0, tr("date \"%1\" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)").arg(text)};
            if (*date > QDate::currentDate())
                return {0, tr("date %1 is in the future").arg(text)};
            return {m_dataset.dateIndex(*date), QString()};
        });
    check(date.error);
    row.date = date.value;
    const QByteArrayView sourceCell = cell(reader, SourceColumn);
    if (sourceCell.isEmpty())
        addError(line, tr("source is empty: say where the figures come from"));
    else
        row.source = m_sourceCache.get(sourceCell,
                                       [this](const QString& text) { return m_dataset.sourceIndex(text); });

    bool anyAmount = false;
    if (currency.error.isEmpty()) {
        for (int column = P10; column <= P90; ++column) {
            const QByteArrayView amountCell = cell(reader, Column(column));
            if (amountCell.isEmpty())
                continue;
            anyAmount = true;
            if (const auto amount = readAmount(amountCell, Column(column), currency.value, line))
                row.setAmount(Percentile(column - P10), *amount);
        }
        if (!anyAmount)
            addError(line, tr("no amount: give at least one of p10, p25, p50, p75, p90"));
    }
    if (m_result.errorCount != errorsBefore)
        return;

    // Percentiles must not decrease: p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90 among those given.
    std::optional<Percentile> previous;
    for (const Percentile percentile : Percentiles::all()) {
        const auto amount = row.amount(percentile);
        if (!amount)
            continue;
        if (previous && *amount < *row.amount(*previous)) {
            const QString& code = currency.value.code;
            addError(line,
                     tr("percentiles decrease: %1 (%2) is below %3 (%4)")
                         .arg(Percentiles::id(percentile), Money::fromMinor(*amount, code).toPlainString(),
                              Percentiles::id(*previous),
                              Money::fromMinor(*row.amount(*previous), code).toPlainString()));
            return;
        }
        previous = percentile;
    }
    m_bandLines.emplace_back(ImportedDataset::bandKey(row.role, row.area, row.level), line);
    m_dataset.appendRow(row);
}

} // namespace

QStringList DatasetImporter::Result::formattedErrors(const QString& fileName) const
{
    QStringList lines;
    for (const Error& error : errors)
        lines.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(error.line).arg(error.message));
    if (errorCount > errors.size())
        lines.append(QCoreApplication::translate("Anchorline::DatasetImporter", "… and %1 more errors")
                         .arg(errorCount - errors.size()));
    return lines;
}

DatasetImporter::DatasetImporter(const RoleSearch& roles, const LocationSearch& locations)
    : m_roles(roles)
    , m_locations(locations)
{}

QStringList DatasetImporter::knownColumns()
{
    QStringList names;
    for (const char16_t* name : ColumnNames)
        names.append(QString::fromUtf16(name));
    return names;
}

DatasetImporter::Result DatasetImporter::import(const QByteArray& csv, const QString& name,
                                                const QString& sourceFile, const Progress& progress) const
{
    Result result;
    ImportRun run(m_roles, m_locations, result);
    // Checked first: text that is not UTF-8 would otherwise be stored with replacement characters.
    if (const auto problem = InputFile::encodingProblem(csv)) {
        run.addError(problem->line, tr("column %1: %2").arg(problem->column).arg(problem->message));
        return result;
    }
    CsvReader reader(csv);
    const auto report = [&](qint64 done) {
        if (progress)
            progress(done, csv.size());
    };
    bool haveHeader = false;
    while (reader.readRecord()) {
        if (!reader.isBlank()) {
            haveHeader = true;
            break;
        }
    }
    if (!haveHeader) {
        if (reader.error().isEmpty())
            run.addError(1, tr("the file is empty: it needs a header line and rows"));
        else
            run.addError(reader.lineNumber(), reader.error());
        return result;
    }
    const int headerLine = reader.lineNumber();
    if (!run.readHeader(reader))
        return result;
    qint64 records = 0;
    while (reader.readRecord()) {
        if (reader.isBlank())
            continue;
        run.readRow(reader);
        if (++records % ProgressEveryRows == 0)
            report(reader.position());
    }
    run.checkDuplicates();
    if (!reader.error().isEmpty())
        run.addError(reader.lineNumber(), reader.error());
    else if (records == 0)
        run.addError(headerLine, tr("the file has a header but no rows"));
    report(csv.size());
    if (result.errorCount > 0)
        return result;
    ImportedDataset& dataset = run.dataset();
    dataset.info().name = name;
    dataset.info().sourceFile = sourceFile;
    dataset.info().importedAt = QDateTime::currentDateTimeUtc();
    dataset.updateSummary();
    result.dataset = std::move(dataset);
    return result;
}

} // namespace Anchorline
