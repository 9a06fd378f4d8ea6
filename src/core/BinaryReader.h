#pragma once

#include <QByteArray>
#include <QString>

namespace Anchorline {

// Reads little-endian integers and length-prefixed UTF-8 strings (u16 byte count) from a byte array, as
// written by scripts/build-dataset.py. Reading past the end yields zeros and sets failed() instead of
// crashing, so a damaged dataset is reported once, after the section has been read.
class BinaryReader
{
public:
    explicit BinaryReader(const QByteArray& data)
        : m_data(data)
    {}

    quint8 u8();
    quint16 u16();
    quint32 u32();
    qint32 i32();
    qint64 i64();
    QString string();
    // The UTF-8 bytes of the next string, for a caller that decodes only the strings it keeps.
    QByteArrayView stringBytes();
    // A view of the next `size` bytes (empty and failed() when fewer remain).
    QByteArrayView bytes(qsizetype size);

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_position == m_data.size(); }

private:
    template <typename Integer> Integer read();

    QByteArray m_data;
    qsizetype m_position = 0;
    bool m_failed = false;
};

} // namespace Anchorline
