#include "ImportedDataset.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace Anchorline {

namespace {

constexpr char Magic[] = "ALDS";
constexpr quint32 FormatVersion = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::ImportedDataset", text);
}

// LEB128: seven bits per byte, high bit set on all but the last. Returns the end of what it wrote.
char* writeVarint(char* out, quint64 value)
{
    while (value >= 0x80) {
        *out++ = char((value & 0x7F) | 0x80);
        value >>= 7;
    }
    *out++ = char(value);
    return out;
}

// Reads from `bytes` at `pos`; false when the data ends inside the number.
bool readVarint(QByteArrayView bytes, qsizetype& pos, quint64& value)
{
    value = 0;
    for (int shift = 0; shift < 64 && pos < bytes.size(); shift += 7) {
        const auto byte = quint8(bytes[pos++]);
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

// Index of `value` in a short table (occupations, areas, currencies), appending it when new.
qsizetype indexIn(QStringList& table, const QString& value)
{
    auto index = table.indexOf(value);
    if (index < 0) {
        index = table.size();
        table.append(value);
    }
    return index;
}

} // namespace

std::optional<qint64> ImportedDataset::Row::amount(Percentile percentile) const
{
    const auto i = int(percentile);
    return present & (1u << i) ? std::optional(amounts[size_t(i)]) : std::nullopt;
}

void ImportedDataset::Row::setAmount(Percentile percentile, qint64 minorUnits)
{
    const auto i = int(percentile);
    amounts[size_t(i)] = minorUnits;
    present |= quint8(1u << i);
}

quint64 ImportedDataset::bandKey(quint16 role, quint16 area, CareerLevel level)
{
    // Multiplying by an odd constant is a bijection that spreads the fields over the low bits, which QHash
    // buckets by (its integer hash is the value itself).
    return ((quint64(role) << 32) | (quint64(area) << 8) | quint64(level)) * 0x9E3779B97F4A7C15ULL;
}

quint16 ImportedDataset::roleIndex(const QString& soc)
{
    return quint16(indexIn(m_roles, soc));
}

quint16 ImportedDataset::areaIndex(const QString& areaCode)
{
    return quint16(indexIn(m_areas, areaCode));
}

quint8 ImportedDataset::currencyIndex(const QString& currency)
{
    return quint8(indexIn(m_currencies, currency));
}

quint32 ImportedDataset::sourceIndex(const QString& source)
{
    const auto found = m_sourceIndex.constFind(source);
    if (found != m_sourceIndex.cend())
        return found.value();
    const auto index = quint32(m_sources.size());
    m_sources.append(source);
    m_sourceIndex.insert(source, index);
    return index;
}

quint32 ImportedDataset::dateIndex(QDate date)
{
    const auto found = m_dateIndex.constFind(date.toJulianDay());
    if (found != m_dateIndex.cend())
        return found.value();
    const auto index = quint32(m_dates.size());
    m_dates.append(date);
    m_dateIndex.insert(date.toJulianDay(), index);
    return index;
}

void ImportedDataset::appendRow(const Row& row)
{
    m_rows.push_back(row);
    m_lookup.clear();
}

void ImportedDataset::updateSummary()
{
    m_info.rowCount = qint64(m_rows.size());
    m_info.sources = m_sources;
    m_info.oldestDate = m_dates.isEmpty() ? QDate() : *std::min_element(m_dates.cbegin(), m_dates.cend());
    m_info.newestDate = m_dates.isEmpty() ? QDate() : *std::max_element(m_dates.cbegin(), m_dates.cend());
}

void ImportedDataset::buildLookup() const
{
    m_lookup.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_lookup.insert(bandKey(m_rows[i].role, m_rows[i].area, m_rows[i].level), quint32(i));
}

const ImportedDataset::Row* ImportedDataset::find(QStringView soc, QStringView areaCode,
                                                  CareerLevel level) const
{
    const auto role = m_roles.indexOf(soc);
    const auto area = m_areas.indexOf(areaCode);
    if (role < 0 || area < 0)
        return nullptr;
    if (m_lookup.isEmpty() && !m_rows.empty())
        buildLookup();
    const auto found = m_lookup.constFind(bandKey(quint16(role), quint16(area), level));
    return found == m_lookup.cend() ? nullptr : &m_rows[found.value()];
}

Band ImportedDataset::band(const Row& row) const
{
    Band band;
    band.soc = m_roles.at(row.role);
    band.areaCode = m_areas.at(row.area);
    band.level = row.level;
    band.currency = m_currencies.at(row.currency);
    band.sourceName = m_sources.at(row.source);
    band.sourceShortName = m_sources.at(row.source);
    const QDate date = m_dates.at(row.date);
    band.dataYear = date.year();
    band.dataPeriod = date.toString(Qt::ISODate);
    for (const Percentile percentile : Percentiles::all()) {
        if (const auto amount = row.amount(percentile))
            band.values[size_t(percentile)] =
                BandValue{Money::fromMinor(*amount, band.currency), BandValue::Kind::Published};
    }
    band.datasetName = m_info.name;
    band.methodNote = tr("Imported from your dataset \"%1\" (%2). Percentiles the file does not give are "
                         "missing, not estimated.")
                          .arg(m_info.name, m_info.sourceFile);
    return band;
}

QByteArray ImportedDataset::serialize() const
{
    // Written through a pointer into a buffer sized for the longest possible row, then trimmed.
    constexpr qsizetype MaxRowBytes = 3 * 10 + 3 + 5 * 10;
    QByteArray rows(qsizetype(m_rows.size()) * MaxRowBytes, Qt::Uninitialized);
    char* cursor = rows.data();
    for (const Row& row : m_rows) {
        cursor = writeVarint(cursor, row.role);
        cursor = writeVarint(cursor, row.area);
        *cursor++ = char(row.level);
        *cursor++ = char(row.currency);
        *cursor++ = char(row.present);
        cursor = writeVarint(cursor, row.source);
        cursor = writeVarint(cursor, row.date);
        for (const Percentile percentile : Percentiles::all()) {
            if (const auto amount = row.amount(percentile))
                cursor = writeVarint(cursor, quint64(*amount));
        }
    }
    rows.truncate(cursor - rows.data());
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream.writeRawData(Magic, 4);
    stream << FormatVersion << m_info.name << m_info.sourceFile << m_info.sources << m_info.oldestDate
           << m_info.newestDate << m_info.rowCount << m_info.importedAt;
    stream << m_roles << m_areas << m_currencies << m_sources << m_dates << rows;
    return out;
}

bool ImportedDataset::covers(QStringView soc, QStringView areaCode) const
{
    return m_roles.contains(soc) && m_areas.contains(areaCode);
}

std::optional<ImportedDataset> ImportedDataset::deserialize(const QByteArray& data, bool headerOnly,
                                                            QString* error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return deserialize(buffer, headerOnly ? Part::Header : Part::Everything, error);
}

std::optional<ImportedDataset> ImportedDataset::deserialize(QIODevice& device, Part part, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QDataStream stream(&device);
    stream.setVersion(QDataStream::Qt_6_4);
    char magic[4] = {};
    quint32 version = 0;
    if (stream.readRawData(magic, 4) != 4 || QByteArrayView(magic, 4) != QByteArrayView(Magic, 4))
        return fail(tr("not an Anchorline dataset file"));
    stream >> version;
    if (version != FormatVersion)
        return fail(tr("dataset format version %1 is not supported (this version reads %2)")
                        .arg(version)
                        .arg(FormatVersion));
    ImportedDataset dataset;
    DatasetInfo& info = dataset.m_info;
    stream >> info.name >> info.sourceFile >> info.sources >> info.oldestDate >> info.newestDate >>
        info.rowCount >> info.importedAt;
    if (stream.status() != QDataStream::Ok || info.name.isEmpty())
        return fail(tr("the dataset header is damaged"));
    if (part == Part::Header)
        return dataset;
    stream >> dataset.m_roles >> dataset.m_areas;
    if (stream.status() != QDataStream::Ok)
        return fail(tr("the dataset tables are damaged"));
    if (part == Part::Index)
        return dataset;

    QByteArray rows;
    stream >> dataset.m_currencies >> dataset.m_sources >> dataset.m_dates >> rows;
    if (stream.status() != QDataStream::Ok)
        return fail(tr("the dataset tables are damaged"));
    dataset.m_rows.reserve(size_t(info.rowCount));
    qsizetype pos = 0;
    while (pos < rows.size()) {
        Row row;
        quint64 role = 0, area = 0, source = 0, date = 0;
        bool ok = readVarint(rows, pos, role) && readVarint(rows, pos, area) && pos + 3 <= rows.size();
        if (ok) {
            const auto level = quint8(rows[pos++]);
            row.currency = quint8(rows[pos++]);
            row.present = quint8(rows[pos++]);
            row.level = CareerLevel(level);
            ok = level <= quint8(CareerLevel::Principal) && readVarint(rows, pos, source) &&
                 readVarint(rows, pos, date);
            for (size_t i = 0; ok && i < row.amounts.size(); ++i) {
                quint64 amount = 0;
                if (row.present & (1u << i)) {
                    ok = readVarint(rows, pos, amount) &&
                         amount <= quint64(std::numeric_limits<qint64>::max());
                    row.amounts[i] = qint64(amount);
                }
            }
        }
        ok = ok && role < quint64(dataset.m_roles.size()) && area < quint64(dataset.m_areas.size()) &&
             row.currency < dataset.m_currencies.size() && source < quint64(dataset.m_sources.size()) &&
             date < quint64(dataset.m_dates.size());
        if (!ok)
            return fail(tr("row %1 of the dataset is damaged").arg(dataset.m_rows.size() + 1));
        row.role = quint16(role);
        row.area = quint16(area);
        row.source = quint32(source);
        row.date = quint32(date);
        dataset.m_rows.push_back(row);
    }
    if (qint64(dataset.m_rows.size()) != info.rowCount)
        return fail(
            tr("the dataset should hold %1 rows but holds %2").arg(info.rowCount).arg(dataset.m_rows.size()));
    return dataset;
}

} // namespace Anchorline
