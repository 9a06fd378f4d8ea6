#include "InputFile.h"

#include <QFile>
#include <QLocale>

#include <cstring>

namespace Anchorline {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Offset of the first byte that does not start a valid UTF-8 sequence (overlong forms, surrogates and code
// points above U+10FFFF are invalid), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs, eight bytes at a time.
        if (quint64 word;
            i + 8 <= size && (std::memcpy(&word, data + i, 8), (word & 0x8080808080808080) == 0)) {
            i += 8;
            continue;
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

InputFile::EncodingProblem problemAt(QByteArrayView bytes, qsizetype offset, const QString& message)
{
    const QByteArrayView before = bytes.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(before[i]) & 0xC0) != 0x80) // count characters, not bytes
            ++column;
    }
    return {int(before.count('\n')) + 1, column, message};
}

} // namespace

InputFile::ReadResult InputFile::read(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("%1: cannot open: %2").arg(path, file.errorString())};
    if (!file.isSequential() && file.size() > maxBytes) {
        return {std::nullopt, tr("%1: the file is too large (%2); files of this kind are read up to %3")
                                  .arg(path, dataSize(file.size()), dataSize(maxBytes))};
    }
    return read(file, path, maxBytes);
}

InputFile::ReadResult InputFile::read(QIODevice& device, const QString& name, qint64 maxBytes)
{
    // Read in chunks, so that an endless or huge stream stops at the limit instead of filling memory.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const qsizetype oldSize = bytes.size();
        bytes.resize(oldSize + qsizetype(std::min(ChunkBytes, maxBytes + 1 - oldSize)));
        const qint64 count = device.read(bytes.data() + oldSize, bytes.size() - oldSize);
        if (count < 0)
            return {std::nullopt, tr("%1: cannot read: %2").arg(name, device.errorString())};
        bytes.resize(oldSize + qsizetype(count));
        if (count == 0)
            return {bytes, QString()};
    }
    return {std::nullopt,
            tr("%1: the input is too large (more than %2 were read)").arg(name, dataSize(maxBytes))};
}

std::optional<InputFile::EncodingProblem> InputFile::encodingProblem(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return EncodingProblem{1, 1, tr("the file is UTF-32 text; save it as UTF-8")};
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return EncodingProblem{1, 1, tr("the file is UTF-16 text; save it as UTF-8")};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        return problemAt(
            bytes, nul,
            tr("a NUL byte: the file is binary or UTF-16/UTF-32, not UTF-8 text; save it as UTF-8"));
    }
    if (const qsizetype invalid = firstInvalidUtf8(bytes); invalid >= 0) {
        const QString byte = QString::number(static_cast<unsigned char>(bytes[invalid]), 16).toUpper();
        return problemAt(bytes, invalid, tr("byte 0x%1 is not UTF-8; save the file as UTF-8").arg(byte));
    }
    return std::nullopt;
}

} // namespace Anchorline
