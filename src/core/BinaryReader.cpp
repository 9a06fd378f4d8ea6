#include "BinaryReader.h"

#include <QtEndian>

namespace Anchorline {

template <typename Integer> Integer BinaryReader::read()
{
    const QByteArrayView view = bytes(sizeof(Integer));
    return view.isEmpty() ? Integer(0) : qFromLittleEndian<Integer>(view.data());
}

quint8 BinaryReader::u8()
{
    return read<quint8>();
}

quint16 BinaryReader::u16()
{
    return read<quint16>();
}

quint32 BinaryReader::u32()
{
    return read<quint32>();
}

qint32 BinaryReader::i32()
{
    return read<qint32>();
}

qint64 BinaryReader::i64()
{
    return read<qint64>();
}

QString BinaryReader::string()
{
    return QString::fromUtf8(stringBytes());
}

QByteArrayView BinaryReader::stringBytes()
{
    const quint16 size = u16();
    return bytes(size);
}

QByteArrayView BinaryReader::bytes(qsizetype size)
{
    if (m_failed || size > m_data.size() - m_position) {
        m_failed = true;
        return {};
    }
    const QByteArrayView view(m_data.constData() + m_position, size);
    m_position += size;
    return view;
}

} // namespace Anchorline
