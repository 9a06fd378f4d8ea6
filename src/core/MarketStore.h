#pragma once

#include "CareerLevel.h"
#include "Money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>

namespace Anchorline {

// One SOC 2018 occupation with the O*NET titles that refine it (used as search aliases).
struct Occupation
{
    QString soc;                 // "15-1252"
    QString title;               // "Software Developers"
    QString description;         // SOC definition; may be empty
    QStringList alternateTitles; // O*NET titles, e.g. "Software Quality Assurance Analysts and Testers"
};

enum class AreaType
{
    Metro,
    NonMetro
};

// An OFLC wage area: a metropolitan area (CBSA code) or a non-metropolitan area of a state.
struct MarketArea
{
    QString code; // "41940", "1000005"
    QString name; // "San Jose-Sunnyvale-Santa Clara, CA"
    AreaType type = AreaType::Metro;
    QString primaryState; // "CA"
    QStringList states;   // every state the area spans, e.g. {"NY", "NJ", "PA"}
    int countyCount = 0;
};

// One county or town of the OFLC geography and the wage area it belongs to.
struct CountyArea
{
    QString areaCode;          // "41940"
    QString stateAbbreviation; // "CA"
    QString stateName;         // "California"
    QString countyName;        // "Santa Clara County"
};

// The four OFLC prevailing-wage levels for one occupation in one area, annual US dollars.
// Level I ≈ p17, II ≈ p34, III ≈ p50 (median), IV ≈ p67 of the local OEWS distribution.
struct OflcWageLevels
{
    std::array<Money, 4> annual;
    bool hourlySource = false; // published hourly and annualised as hourly × 2080
};

// BLS OEWS national wages of one occupation (detailed, broad, minor, major or total group) in one survey
// year. Annual amounts are whole dollars, hourly ones cents. A top-coded cell holds the top-code (annual
// $239,200) and means "at least this much"; a missing cell is nullopt.
struct OewsNationalWages
{
    QString soc;   // "15-1252", "11-0000"
    QString title; // OEWS title
    QString group; // "total", "major", "minor", "broad", "detailed"
    int year = 0;  // 2023 or 2024 (May of that year)
    std::optional<qint64> employment;
    std::optional<Money> annualMean;
    std::array<std::optional<Money>, 5> annual; // p10, p25, p50, p75, p90
    std::array<bool, 5> annualTopCoded{};
    std::optional<Money> hourlyMean;
    std::array<std::optional<Money>, 5> hourly;
    std::array<bool, 5> hourlyTopCoded{};
    bool annualOnly = false; // no hourly figures published (e.g. teachers)
    bool hourlyOnly = false; // no annual figures published (e.g. actors)
};

// BEA Regional Price Parity, all items (US = 100), stored exactly as thousandths: 112.867 → 112867.
struct RegionalPriceParity
{
    QString
        code; // BEA GeoFIPS: 5-digit CBSA for metros ("00999" = US non-metro), state FIPS + "000" for states
    QString name; // "San Jose-Sunnyvale-Santa Clara, CA", "California"
    int year = 0;
    int parityThousandths = 0;
};

// The price parity that applies to an OFLC area, and how it was found.
struct AreaPriceParity
{
    enum class Basis
    {
        Metro,        // BEA publishes the metro under the same code
        RenamedMetro, // BEA (2020 delineation) publishes it under an older code, e.g. Cleveland 17460 → 17410
        State // no metro figure (a non-metro area, or a metro BEA does not cover): the primary state's
    };

    RegionalPriceParity parity;
    Basis basis = Basis::Metro;
};

// A secondary-source tech-industry pay figure from the product brief (e.g. AI Engineer mid-level base
// $195k–$250k). Not government data: always show sourceLabel ("secondary source") and sourceDocument.
struct TechMarketFigure
{
    enum class Measure
    {
        TypicalPay,
        LevelPay,
        Base,
        TotalCompensation,
        AnnualRsuVest,
        StartupEquityGrant
    };

    QString role; // "AI Engineer", "Software Engineer"
    Measure measure = Measure::TypicalPay;
    CareerLevel level =
        CareerLevel::Unspecified; // Entry (early-career), Mid, Senior; Unspecified if not tied
    Money low;                    // equal to high for a single figure
    Money high;
    QString description;    // "Mid-level base salary", as the source words it
    QString sourceDocument; // "000_57d1a90a86522800.txt"
    QString sourceLabel;    // "secondary source"
    QString asOf;           // "January 2026", or empty when the source does not say
};

// Where a dataset's numbers come from, for the About/Data dialog and for labelling every number.
struct DataSourceCredit
{
    QString id;        // "oews", "oflc", "onet", "bea", "tech"
    QString name;      // full credit line
    QString shortName; // "BLS OEWS", "DOL OFLC"
    QString period;    // "May 2023 and May 2024", "July 2025 – June 2026"
    QString license;   // "Public domain (U.S. government work)", "CC BY 4.0"
};

// Read-only market dataset: the embedded default (builtIn()) compiled in from resources/data/market.bin,
// built by scripts/build-dataset.py from resources/data/source/. Tables are decoded lazily and thread-safely
// on first use: opening the store only checks the header; the OFLC table (848 × 530 × 4) is stored in
// one compressed block per occupation, decoded on that occupation's first wage-level look-up (≈ 0.1 ms).
// Look-up by (occupation index, area index) is index arithmetic on dense arrays.
class MarketStore
{
public:
    // Survey year of the OEWS data behind both the national figures and the OFLC levels.
    static constexpr int LatestOewsYear = 2024;

    // The embedded dataset. Aborts with a clear message if the compiled-in resource is damaged (a build
    // error).
    static const MarketStore& builtIn();
    // A dataset in the market.bin format; nullptr and *error set when the header is invalid.
    static std::unique_ptr<MarketStore> fromData(const QByteArray& data, QString* error = nullptr);

    ~MarketStore();
    MarketStore(const MarketStore&) = delete;
    MarketStore& operator=(const MarketStore&) = delete;

    int formatVersion() const;

    // Occupations sorted by SOC code; areas sorted by code. Indices are stable for one store.
    const QList<Occupation>& occupations() const;
    const Occupation* occupation(QStringView soc) const;
    int occupationIndex(QStringView soc) const; // -1 when unknown
    const QList<MarketArea>& areas() const;
    const MarketArea* area(QStringView code) const;
    int areaIndex(QStringView code) const; // -1 when unknown
    const QList<CountyArea>& counties() const;
    // The counties of one state ("WA", any case), in table order. Until counties() has been read, decodes
    // only that state's records, so that a look-up by a county's name neither pays for the whole table nor
    // waits for another thread reading it.
    QList<CountyArea> countiesIn(QStringView stateAbbreviation) const;

    // nullopt when the occupation or area is unknown or OFLC publishes no levels for that pair.
    std::optional<OflcWageLevels> oflcLevels(QStringView soc, QStringView areaCode) const;
    std::optional<OflcWageLevels> oflcLevels(int occupationIndex, int areaIndex) const;

    // OEWS national rows for a year (2023 or 2024), in source order; nullptr when not published.
    const QList<OewsNationalWages>& nationalWages(int year) const;
    const OewsNationalWages* nationalWages(QStringView soc, int year) const;

    const QList<RegionalPriceParity>& metroPriceParities() const;
    const QList<RegionalPriceParity>& statePriceParities() const;
    const RegionalPriceParity* metroPriceParity(QStringView cbsaCode) const;
    // By two-letter abbreviation ("CA") or state name ("California"); "US" gives the national 100.000.
    const RegionalPriceParity* statePriceParity(QStringView state) const;

    // The parity for an OFLC area: its metro's, else its primary state's (say so: see Basis); nullopt for
    // areas BEA does not cover (Puerto Rico, Guam, Virgin Islands) and unknown codes.
    std::optional<AreaPriceParity> priceParityForArea(QStringView areaCode) const;

    const QList<TechMarketFigure>& techMarketFigures() const;

    // Credits for every source in the dataset, and one by id ("oews", "oflc", "onet", "bea", "tech").
    const QList<DataSourceCredit>& sourceCredits() const;
    DataSourceCredit sourceCredit(QStringView id) const;

private:
    struct Private;
    explicit MarketStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Anchorline
