#include "MarketStore.h"

#include "BinaryReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QResource>
#include <QtEndian>

#include <atomic>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

constexpr QByteArrayView Magic = "ALMD";
constexpr int SupportedVersion = 1;
constexpr int OflcLevelCount = 4;
// Units of an OFLC cell in market.bin: levels not published, published hourly (cents), published annually.
enum OflcUnit : quint8
{
    OflcNone = 0,
    OflcHourlyCents = 1,
    OflcAnnualDollars = 2
};

// hourly × 2080 in whole dollars, rounded half up, exactly as OFLC annualises its hourly figures.
qint64 annualFromHourlyCents(qint64 hourlyCents)
{
    return (hourlyCents * 208 + 5) / 10;
}

// The element at `index` (from one of the code → index hashes), or nullptr for -1.
template <typename T> const T* elementOrNull(const QList<T>& list, int index)
{
    return index < 0 ? nullptr : &list[index];
}

std::optional<Money> dollarsOrMissing(qint32 dollars)
{
    return dollars < 0 ? std::nullopt : std::optional<Money>(Money::fromMajor(dollars));
}

std::optional<Money> centsOrMissing(qint32 cents)
{
    return cents < 0 ? std::nullopt : std::optional<Money>(Money::fromMinor(cents));
}

} // namespace

struct MarketStore::Private
{
    struct Section
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    QByteArray data;
    int version = 0;
    QHash<QByteArray, Section> sections;

    std::once_flag sourcesLoaded;
    QList<DataSourceCredit> sources;

    // The index keys view the codes held by the lists, which are not changed once loaded: a look-up by a
    // QStringView copies nothing.
    std::once_flag occupationsLoaded;
    QList<Occupation> occupations;
    QHash<QStringView, int> occupationIndexByCode;

    std::once_flag areasLoaded;
    QList<MarketArea> areas;
    QHash<QStringView, int> areaIndexByCode;

    std::once_flag countiesLoaded;
    std::atomic<bool> countiesReady = false; // set once `counties` is complete
    QList<CountyArea> counties;

    std::once_flag oewsLoaded;
    QHash<int, QList<OewsNationalWages>> oewsByYear;
    QHash<int, QHash<QString, int>> oewsIndexByYear;

    // The OFLC table is decoded one occupation (530 areas) at a time, on its first look-up.
    struct OflcBlock
    {
        std::once_flag decoded;
        Section compressed;
        std::vector<quint8> units;        // per area
        std::vector<qint32> annualLevels; // per area, four annual dollar amounts
    };
    std::once_flag oflcIndexLoaded;
    int oflcAreaCount = 0;
    std::vector<OflcBlock> oflcBlocks; // per occupation
    std::once_flag paritiesLoaded;
    QList<RegionalPriceParity> metroParities;
    QList<RegionalPriceParity> stateParities;
    QHash<QString, int> metroParityIndex;
    QHash<QString, int> stateParityIndex; // by lower-case name and by abbreviation

    std::once_flag techLoaded;
    QList<TechMarketFigure> techFigures;

    // The decompressed section; a damaged built-in dataset is a build error, so this aborts with its tag.
    QByteArray section(const char* tag) const;
    static void checkRead(const BinaryReader& reader, const char* tag);
    // Reads a section of `u32 count` records, calling readRecord(reader) for each.
    template <typename ReadRecord> void readRecords(const char* tag, ReadRecord readRecord) const
    {
        BinaryReader reader(section(tag));
        const quint32 count = reader.u32();
        for (quint32 i = 0; i < count && !reader.failed(); ++i)
            readRecord(reader);
        checkRead(reader, tag);
    }

    void loadSources();
    void loadOccupations();
    void loadAreas();
    void loadCounties();
    // The CNTY records whose state abbreviation (UTF-8 bytes) `keep` accepts.
    template <typename Keep> QList<CountyArea> readCounties(Keep keep) const;
    void loadOews();
    void loadOflcIndex();
    const OflcBlock& oflcBlock(int occupationIndex);
    void loadParities();
    void loadTech();
};

QByteArray MarketStore::Private::section(const char* tag) const
{
    const Section where = sections.value(QByteArray(tag));
    QByteArray decompressed;
    if (where.size > 4)
        decompressed =
            qUncompress(reinterpret_cast<const uchar*>(data.constData() + where.offset), where.size);
    if (decompressed.isEmpty())
        qFatal(
            "Anchorline market dataset: section %s is missing or damaged; rebuild resources/data/market.bin",
            tag);
    return decompressed;
}

void MarketStore::Private::checkRead(const BinaryReader& reader, const char* tag)
{
    if (reader.failed() || !reader.atEnd())
        qFatal(
            "Anchorline market dataset: section %s has the wrong length; rebuild resources/data/market.bin",
            tag);
}

void MarketStore::Private::loadSources()
{
    readRecords("SRCS", [this](BinaryReader& reader) {
        DataSourceCredit credit;
        credit.id = reader.string();
        credit.name = reader.string();
        credit.shortName = reader.string();
        credit.period = reader.string();
        credit.license = reader.string();
        sources.append(credit);
    });
}

void MarketStore::Private::loadOccupations()
{
    readRecords("OCCU", [this](BinaryReader& reader) {
        Occupation occupation;
        occupation.soc = reader.string();
        occupation.title = reader.string();
        occupation.description = reader.string();
        const quint16 alternates = reader.u16();
        for (quint16 j = 0; j < alternates && !reader.failed(); ++j)
            occupation.alternateTitles.append(reader.string());
        occupations.append(occupation);
    });
    for (qsizetype i = 0; i < occupations.size(); ++i)
        occupationIndexByCode.insert(occupations.at(i).soc, int(i));
}

void MarketStore::Private::loadAreas()
{
    readRecords("AREA", [this](BinaryReader& reader) {
        MarketArea area;
        area.code = reader.string();
        area.name = reader.string();
        area.type = reader.u8() == 0 ? AreaType::Metro : AreaType::NonMetro;
        area.primaryState = reader.string();
        const quint8 states = reader.u8();
        for (quint8 j = 0; j < states && !reader.failed(); ++j)
            area.states.append(reader.string());
        area.countyCount = reader.u16();
        areas.append(area);
    });
    for (qsizetype i = 0; i < areas.size(); ++i)
        areaIndexByCode.insert(areas.at(i).code, int(i));
}

template <typename Keep> QList<CountyArea> MarketStore::Private::readCounties(Keep keep) const
{
    QList<CountyArea> kept;
    readRecords("CNTY", [&kept, &keep](BinaryReader& reader) {
        const QByteArrayView areaCode = reader.stringBytes();
        const QByteArrayView stateAbbreviation = reader.stringBytes();
        const QByteArrayView stateName = reader.stringBytes();
        const QByteArrayView countyName = reader.stringBytes();
        if (keep(stateAbbreviation))
            kept.append(CountyArea{QString::fromUtf8(areaCode), QString::fromUtf8(stateAbbreviation),
                                   QString::fromUtf8(stateName), QString::fromUtf8(countyName)});
    });
    return kept;
}

void MarketStore::Private::loadCounties()
{
    counties = readCounties([](QByteArrayView) { return true; });
    countiesReady = true;
}

void MarketStore::Private::loadOews()
{
    readRecords("OEWS", [this](BinaryReader& reader) {
        OewsNationalWages wages;
        wages.year = reader.u16();
        wages.soc = reader.string();
        wages.title = reader.string();
        wages.group = reader.string();
        const qint64 employment = reader.i64();
        if (employment >= 0)
            wages.employment = employment;
        wages.annualMean = dollarsOrMissing(reader.i32());
        for (auto& value : wages.annual)
            value = dollarsOrMissing(reader.i32());
        wages.hourlyMean = centsOrMissing(reader.i32());
        for (auto& value : wages.hourly)
            value = centsOrMissing(reader.i32());
        const quint16 flags = reader.u16();
        wages.annualOnly = flags & 1;
        wages.hourlyOnly = flags & 2;
        for (int p = 0; p < 5; ++p) {
            wages.annualTopCoded[p] = flags & (1 << (2 + p));
            wages.hourlyTopCoded[p] = flags & (1 << (7 + p));
        }
        QList<OewsNationalWages>& year = oewsByYear[wages.year];
        // 14 codes are listed both as a broad and a detailed group with the same figures; look-up finds the
        // detailed row.
        QHash<QString, int>& index = oewsIndexByYear[wages.year];
        if (!index.contains(wages.soc) || wages.group == u"detailed")
            index.insert(wages.soc, int(year.size()));
        year.append(wages);
    });
}

void MarketStore::Private::loadOflcIndex()
{
    BinaryReader reader(section("OFLC"));
    const quint32 occupationCount = reader.u32();
    oflcAreaCount = int(reader.u32());
    const Section blocks = sections.value(QByteArrayLiteral("OFLB"));
    oflcBlocks = std::vector<OflcBlock>(occupationCount);
    for (OflcBlock& block : oflcBlocks) {
        block.compressed.offset = blocks.offset + reader.u32();
        block.compressed.size = reader.u32();
        if (block.compressed.offset + block.compressed.size > blocks.offset + blocks.size)
            qFatal("Anchorline market dataset: an OFLC block lies outside section OFLB; rebuild "
                   "resources/data/market.bin");
    }
    checkRead(reader, "OFLC");
}

const MarketStore::Private::OflcBlock& MarketStore::Private::oflcBlock(int occupationIndex)
{
    OflcBlock& block = oflcBlocks[occupationIndex];
    std::call_once(block.decoded, [this, &block] {
        const QByteArray decompressed =
            qUncompress(reinterpret_cast<const uchar*>(data.constData() + block.compressed.offset),
                        block.compressed.size);
        BinaryReader reader(decompressed);
        const QByteArrayView units = reader.bytes(oflcAreaCount);
        // Planes: level I, IV − I, and the residuals of II and III from the line between I and IV.
        std::array<QByteArrayView, OflcLevelCount> planes;
        for (QByteArrayView& plane : planes)
            plane = reader.bytes(qsizetype(oflcAreaCount) * 4);
        checkRead(reader, "OFLB");
        block.units.assign(units.begin(), units.end());
        block.annualLevels.resize(size_t(oflcAreaCount) * OflcLevelCount);
        for (int area = 0; area < oflcAreaCount; ++area) {
            const auto plane = [&planes, area](int index) -> qint64 {
                return qFromLittleEndian<qint32>(planes[index].data() + 4 * area);
            };
            const qint64 first = plane(0);
            const qint64 spread = plane(1);
            const std::array<qint64, OflcLevelCount> levels = {first, first + (spread + 1) / 3 + plane(2),
                                                               first + (2 * spread + 1) / 3 + plane(3),
                                                               first + spread};
            for (int level = 0; level < OflcLevelCount; ++level) {
                const qint64 value = block.units[area] == OflcHourlyCents
                                         ? annualFromHourlyCents(levels[level])
                                         : levels[level];
                block.annualLevels[size_t(area) * OflcLevelCount + level] = qint32(value);
            }
        }
    });
    return block;
}

void MarketStore::Private::loadParities()
{
    const auto read = [this](const char* tag, QList<RegionalPriceParity>& into) {
        readRecords(tag, [&into](BinaryReader& reader) {
            RegionalPriceParity parity;
            parity.code = reader.string();
            parity.name = reader.string();
            parity.year = reader.u16();
            parity.parityThousandths = reader.i32();
            into.append(parity);
        });
    };
    read("RPPM", metroParities);
    read("RPPS", stateParities);
    for (int i = 0; i < metroParities.size(); ++i)
        metroParityIndex.insert(metroParities[i].code, i);
    QHash<QString, QString> abbreviationByStateName;
    for (const CountyArea& county : std::as_const(counties))
        abbreviationByStateName.insert(county.stateName.toLower(), county.stateAbbreviation);
    for (int i = 0; i < stateParities.size(); ++i) {
        const QString name = stateParities[i].name.toLower();
        stateParityIndex.insert(name, i);
        if (stateParities[i].code == u"00000")
            stateParityIndex.insert(u"us"_s, i);
        else if (const QString abbreviation = abbreviationByStateName.value(name); !abbreviation.isEmpty())
            stateParityIndex.insert(abbreviation.toLower(), i);
    }
}

void MarketStore::Private::loadTech()
{
    static constexpr std::array measures = {
        TechMarketFigure::Measure::TypicalPay,    TechMarketFigure::Measure::LevelPay,
        TechMarketFigure::Measure::Base,          TechMarketFigure::Measure::TotalCompensation,
        TechMarketFigure::Measure::AnnualRsuVest, TechMarketFigure::Measure::StartupEquityGrant};
    static constexpr std::array levels = {CareerLevel::Unspecified, CareerLevel::Entry,  CareerLevel::Junior,
                                          CareerLevel::Mid,         CareerLevel::Senior, CareerLevel::Staff,
                                          CareerLevel::Principal};
    readRecords("TECH", [this](BinaryReader& reader) {
        TechMarketFigure figure;
        figure.role = reader.string();
        figure.measure = measures.at(qMin<size_t>(reader.u8(), measures.size() - 1));
        figure.level = levels.at(qMin<size_t>(reader.u8(), levels.size() - 1));
        figure.low = Money::fromMajor(reader.i32());
        figure.high = Money::fromMajor(reader.i32());
        figure.description = reader.string();
        figure.sourceDocument = reader.string();
        figure.sourceLabel = reader.string();
        figure.asOf = reader.string();
        techFigures.append(figure);
    });
}

MarketStore::MarketStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

MarketStore::~MarketStore() = default;

const MarketStore& MarketStore::builtIn()
{
    // Magic static: initialised once, thread-safely, on first use. The resource is not compressed by rcc (the
    // file's sections are already), so this wraps the compiled-in bytes without copying them.
    static const std::unique_ptr<MarketStore> store = [] {
        const QResource resource(u":/anchorline/data/market.bin"_s);
        const QByteArray data =
            resource.compressionAlgorithm() == QResource::NoCompression
                ? QByteArray::fromRawData(reinterpret_cast<const char*>(resource.data()), resource.size())
                : resource.uncompressedData();
        QString error;
        std::unique_ptr<MarketStore> loaded = fromData(data, &error);
        if (!loaded)
            qFatal("Anchorline: the built-in market dataset cannot be read: %s", qPrintable(error));
        return loaded;
    }();
    return *store;
}

std::unique_ptr<MarketStore> MarketStore::fromData(const QByteArray& data, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<MarketStore>();
    };
    BinaryReader reader(data);
    if (reader.bytes(Magic.size()) != Magic)
        return fail(
            QCoreApplication::translate("MarketStore", "not an Anchorline market dataset (no ALMD header)"));
    auto d = std::make_unique<Private>();
    d->data = data;
    d->version = reader.u16();
    if (d->version != SupportedVersion)
        return fail(QCoreApplication::translate("MarketStore", "unsupported market dataset version %1")
                        .arg(d->version));
    const quint16 sectionCount = reader.u16();
    for (quint16 i = 0; i < sectionCount; ++i) {
        const QByteArray tag = reader.bytes(4).toByteArray();
        Private::Section section{reader.u32(), reader.u32()};
        if (reader.failed() || section.offset + section.size > data.size())
            return fail(
                QCoreApplication::translate("MarketStore", "the market dataset's section index is damaged"));
        d->sections.insert(tag, section);
    }
    return std::unique_ptr<MarketStore>(new MarketStore(std::move(d)));
}

int MarketStore::formatVersion() const
{
    return d->version;
}

const QList<Occupation>& MarketStore::occupations() const
{
    std::call_once(d->occupationsLoaded, &Private::loadOccupations, d.get());
    return d->occupations;
}

const Occupation* MarketStore::occupation(QStringView soc) const
{
    return elementOrNull(d->occupations, occupationIndex(soc));
}

int MarketStore::occupationIndex(QStringView soc) const
{
    occupations();
    return d->occupationIndexByCode.value(soc, -1);
}

const QList<MarketArea>& MarketStore::areas() const
{
    std::call_once(d->areasLoaded, &Private::loadAreas, d.get());
    return d->areas;
}

const MarketArea* MarketStore::area(QStringView code) const
{
    return elementOrNull(d->areas, areaIndex(code));
}

int MarketStore::areaIndex(QStringView code) const
{
    areas();
    return d->areaIndexByCode.value(code, -1);
}

const QList<CountyArea>& MarketStore::counties() const
{
    std::call_once(d->countiesLoaded, &Private::loadCounties, d.get());
    return d->counties;
}

QList<CountyArea> MarketStore::countiesIn(QStringView stateAbbreviation) const
{
    if (d->countiesReady) {
        QList<CountyArea> inState;
        for (const CountyArea& county : std::as_const(d->counties)) {
            if (county.stateAbbreviation.compare(stateAbbreviation, Qt::CaseInsensitive) == 0)
                inState.append(county);
        }
        return inState;
    }
    return d->readCounties([stateAbbreviation](QByteArrayView state) {
        return QLatin1StringView(state).compare(stateAbbreviation, Qt::CaseInsensitive) == 0;
    });
}

std::optional<OflcWageLevels> MarketStore::oflcLevels(QStringView soc, QStringView areaCode) const
{
    return oflcLevels(occupationIndex(soc), areaIndex(areaCode));
}

std::optional<OflcWageLevels> MarketStore::oflcLevels(int occupationIndex, int areaIndex) const
{
    std::call_once(d->oflcIndexLoaded, &Private::loadOflcIndex, d.get());
    if (occupationIndex < 0 || size_t(occupationIndex) >= d->oflcBlocks.size() || areaIndex < 0 ||
        areaIndex >= d->oflcAreaCount)
        return std::nullopt;
    const Private::OflcBlock& block = d->oflcBlock(occupationIndex);
    if (block.units[areaIndex] == OflcNone)
        return std::nullopt;
    OflcWageLevels levels;
    for (int level = 0; level < OflcLevelCount; ++level)
        levels.annual[level] =
            Money::fromMajor(block.annualLevels[size_t(areaIndex) * OflcLevelCount + level]);
    levels.hourlySource = block.units[areaIndex] == OflcHourlyCents;
    return levels;
}

const QList<OewsNationalWages>& MarketStore::nationalWages(int year) const
{
    static const QList<OewsNationalWages> none;
    std::call_once(d->oewsLoaded, &Private::loadOews, d.get());
    const auto found = d->oewsByYear.constFind(year);
    return found == d->oewsByYear.cend() ? none : *found;
}

const OewsNationalWages* MarketStore::nationalWages(QStringView soc, int year) const
{
    const QList<OewsNationalWages>& rows = nationalWages(year);
    return elementOrNull(rows, d->oewsIndexByYear.value(year).value(soc.toString(), -1));
}

const QList<RegionalPriceParity>& MarketStore::metroPriceParities() const
{
    counties();
    std::call_once(d->paritiesLoaded, &Private::loadParities, d.get());
    return d->metroParities;
}

const QList<RegionalPriceParity>& MarketStore::statePriceParities() const
{
    metroPriceParities();
    return d->stateParities;
}

const RegionalPriceParity* MarketStore::metroPriceParity(QStringView cbsaCode) const
{
    const QList<RegionalPriceParity>& parities = metroPriceParities();
    return elementOrNull(parities, d->metroParityIndex.value(cbsaCode.toString(), -1));
}

const RegionalPriceParity* MarketStore::statePriceParity(QStringView state) const
{
    const QList<RegionalPriceParity>& parities = statePriceParities();
    return elementOrNull(parities, d->stateParityIndex.value(state.trimmed().toString().toLower(), -1));
}

std::optional<AreaPriceParity> MarketStore::priceParityForArea(QStringView areaCode) const
{
    // OFLC uses the 2023 metro delineation, BEA's parities the 2020 one; these metros were renamed
    // (PROVENANCE.md).
    static const QHash<QString, QString> beaCodeForOflcArea = {
        {u"17410"_s, u"17460"_s}, // Cleveland
        {u"28880"_s, u"39100"_s}, // Kiryas Joel-Poughkeepsie-Newburgh
        {u"48680"_s, u"45540"_s}, // Wildwood-The Villages
        {u"30500"_s, u"15680"_s}, // Lexington Park
    };
    const MarketArea* found = area(areaCode);
    if (!found)
        return std::nullopt;
    if (found->type == AreaType::Metro) {
        if (const RegionalPriceParity* metro = metroPriceParity(found->code))
            return AreaPriceParity{*metro, AreaPriceParity::Basis::Metro};
        if (const RegionalPriceParity* renamed = metroPriceParity(beaCodeForOflcArea.value(found->code)))
            return AreaPriceParity{*renamed, AreaPriceParity::Basis::RenamedMetro};
    }
    if (const RegionalPriceParity* state = statePriceParity(found->primaryState))
        return AreaPriceParity{*state, AreaPriceParity::Basis::State};
    return std::nullopt;
}

const QList<TechMarketFigure>& MarketStore::techMarketFigures() const
{
    std::call_once(d->techLoaded, &Private::loadTech, d.get());
    return d->techFigures;
}

const QList<DataSourceCredit>& MarketStore::sourceCredits() const
{
    std::call_once(d->sourcesLoaded, &Private::loadSources, d.get());
    return d->sources;
}

DataSourceCredit MarketStore::sourceCredit(QStringView id) const
{
    for (const DataSourceCredit& credit : sourceCredits()) {
        if (credit.id == id)
            return credit;
    }
    return {};
}

} // namespace Anchorline
