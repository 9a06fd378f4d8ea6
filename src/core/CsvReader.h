#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Anchorline {

// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time, without copying the input: a UTF-8 byte order
// mark is skipped, LF and CRLF both end a record, quoted fields may hold commas, line breaks and "" for a
// quote. Fields are returned unquoted and trimmed of surrounding spaces. The data must outlive the reader.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data);

    // Reads the next record; false at the end of the data or after a malformed record (see error()).
    bool readRecord();
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype index) const;
    QString fieldText(qsizetype index) const { return QString::fromUtf8(field(index)); }
    // True for a record that is an empty line (or only spaces).
    bool isBlank() const;
    // 1-based line on which the current record starts.
    int lineNumber() const { return m_recordLine; }
    // Bytes consumed so far, for progress reports.
    qsizetype position() const { return m_position; }
    // Non-empty after a malformed record, e.g. an unterminated quote; names no file or line.
    const QString& error() const { return m_error; }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
    int m_nextLine = 1;
    int m_recordLine = 0;
    QString m_error;
    // A field is a slice of the data, or of m_buffer when it was quoted (and so had to be unescaped).
    struct Field
    {
        qsizetype offset;
        qsizetype length;
        bool unescaped;
    };
    QByteArray m_buffer;
    std::vector<Field> m_fields;
};

} // namespace Anchorline
