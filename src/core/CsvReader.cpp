#include "CsvReader.h"

#include <QCoreApplication>

namespace Anchorline {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_position = 3;
}

QByteArrayView CsvReader::field(qsizetype index) const
{
    const Field& field = m_fields[size_t(index)];
    return (field.unescaped ? QByteArrayView(m_buffer) : m_data).sliced(field.offset, field.length);
}

bool CsvReader::isBlank() const
{
    return m_fields.size() == 1 && m_fields.front().length == 0;
}

bool CsvReader::readRecord()
{
    m_fields.clear();
    m_buffer.resize(0);
    const qsizetype size = m_data.size();
    if (!m_error.isEmpty() || m_position >= size)
        return false;
    m_recordLine = m_nextLine;
    const char* data = m_data.data();
    qsizetype pos = m_position;
    for (;;) {
        while (pos < size && isSpace(data[pos]))
            ++pos;
        if (pos < size && data[pos] == '"') {
            const qsizetype fieldStart = m_buffer.size();
            ++pos;
            for (;;) {
                const qsizetype chunkStart = pos;
                while (pos < size && data[pos] != '"') {
                    if (data[pos] == '\n')
                        ++m_nextLine;
                    ++pos;
                }
                m_buffer.append(data + chunkStart, pos - chunkStart);
                if (pos >= size) {
                    m_error = QCoreApplication::translate("Anchorline::CsvReader",
                                                          "a quoted field is not closed (missing \")");
                    return false;
                }
                ++pos; // the quote
                if (pos < size && data[pos] == '"') {
                    m_buffer.append('"');
                    ++pos;
                    continue;
                }
                break;
            }
            while (pos < size && (isSpace(data[pos]) || data[pos] == '\r'))
                ++pos;
            if (pos < size && data[pos] != ',' && data[pos] != '\n') {
                m_error = QCoreApplication::translate("Anchorline::CsvReader",
                                                      "unexpected text after a closing quote");
                return false;
            }
            m_fields.push_back({fieldStart, m_buffer.size() - fieldStart, true});
        } else {
            const qsizetype start = pos;
            while (pos < size && data[pos] != ',' && data[pos] != '\n')
                ++pos;
            qsizetype end = pos;
            while (end > start && (isSpace(data[end - 1]) || data[end - 1] == '\r'))
                --end;
            m_fields.push_back({start, end - start, false});
        }
        if (pos >= size)
            break;
        if (data[pos++] == '\n') {
            ++m_nextLine;
            break;
        }
    }
    m_position = pos;
    return true;
}

} // namespace Anchorline
