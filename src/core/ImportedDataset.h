#pragma once

#include "Band.h"
#include "CareerLevel.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace Anchorline {

// What DatasetLibrary lists about a stored dataset, readable without decoding its rows.
struct DatasetInfo
{
    QString name;        // as the user named it on import
    QString sourceFile;  // file name it was imported from, e.g. "levels-2025.csv"
    QStringList sources; // the distinct `source` values of its rows
    QDate oldestDate;
    QDate newestDate;
    qint64 rowCount = 0;
    QDateTime importedAt; // UTC
    QString path;         // where the library stores it; empty before it is stored
};

// A user's pay dataset imported from CSV (see DatasetImporter): bands by (SOC, area or "US", career level),
// each with its own source and date. Amounts are integer minor units of the row's currency. Serialised to a
// compact binary file (a string table per column, rows of small integers and variable-length amounts).
class ImportedDataset
{
public:
    struct Row
    {
        quint16 role = 0; // index into roles()
        quint16 area = 0; // index into areas()
        CareerLevel level = CareerLevel::Unspecified;
        quint8 currency = 0;             // index into currencies()
        quint32 source = 0;              // index into sourceTable()
        quint32 date = 0;                // index into dateTable()
        quint8 present = 0;              // bit i set: amounts[i] is given
        std::array<qint64, 5> amounts{}; // minor units by Percentile

        std::optional<qint64> amount(Percentile percentile) const;
        void setAmount(Percentile percentile, qint64 minorUnits);
    };

    ImportedDataset() = default;

    const DatasetInfo& info() const { return m_info; }
    DatasetInfo& info() { return m_info; }

    // Building (DatasetImporter). Returns the index of the value in its table, adding it when new.
    quint16 roleIndex(const QString& soc);
    quint16 areaIndex(const QString& areaCode);
    quint8 currencyIndex(const QString& currency);
    quint32 sourceIndex(const QString& source);
    quint32 dateIndex(QDate date);
    void appendRow(const Row& row);
    // Fills info(): row count, sources, oldest and newest date.
    void updateSummary();

    const QStringList& roles() const { return m_roles; }
    const QStringList& areas() const { return m_areas; }
    const QStringList& currencies() const { return m_currencies; }
    const QStringList& sourceTable() const { return m_sources; }
    const QList<QDate>& dateTable() const { return m_dates; }
    const std::vector<Row>& rows() const { return m_rows; }

    // Identifies a band within one dataset: (role index, area index, level).
    static quint64 bandKey(quint16 role, quint16 area, CareerLevel level);

    // The row for exactly this SOC, area ("US" for national) and level, or nullptr.
    const Row* find(QStringView soc, QStringView areaCode, CareerLevel level) const;
    // A band from a row: present percentiles Published, absent ones Missing; source, date and this dataset's
    // name in sourceShortName / methodNote. Titles and area names are left for the caller (BandResolver).
    Band band(const Row& row) const;

    // True when the role and area tables hold both codes: only then can find() return a row. Answered by a
    // dataset read up to Part::Index, without its rows.
    bool covers(QStringView soc, QStringView areaCode) const;

    // How much of a stored dataset to read: info() only; info() and the role and area tables (the first few
    // kilobytes, enough for covers()); or everything.
    enum class Part
    {
        Header,
        Index,
        Everything
    };

    QByteArray serialize() const;
    // nullopt and *error set for a damaged or foreign file. Reads from the device's current position only
    // as far as `part` needs.
    static std::optional<ImportedDataset> deserialize(QIODevice& device, Part part, QString* error = nullptr);
    // With `headerOnly`, only info() is read.
    static std::optional<ImportedDataset> deserialize(const QByteArray& data, bool headerOnly,
                                                      QString* error = nullptr);

private:
    void buildLookup() const;

    DatasetInfo m_info;
    QStringList m_roles;
    QStringList m_areas;
    QStringList m_currencies;
    QStringList m_sources;
    QList<QDate> m_dates;
    QHash<QString, quint32> m_sourceIndex;
    QHash<qint64, quint32> m_dateIndex;
    std::vector<Row> m_rows;
    mutable QHash<quint64, quint32> m_lookup; // key → row index, built on the first find()
};

} // namespace Anchorline
