#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace Anchorline {

// Reads files the user hands to Anchorline (offers, sessions, CSV datasets, templates) with a size limit, so
// that a wrong file (a 100 MB log, /dev/zero) is refused with a message before it is read into memory, and
// checks that their text is UTF-8. The limits are far above any real file of each kind (docs/bad-input.md).
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::InputFile)

public:
    static constexpr qint64 MiB = 1024 * 1024;
    // Offer files, session files and autosave snapshots: a session with 100 offers and long notes is < 1 MiB.
    static constexpr qint64 MaxDocumentBytes = 16 * MiB;
    // CSV datasets: the 449,440-row benchmark file (every OFLC area x role) is about 35 MiB.
    static constexpr qint64 MaxDatasetBytes = 64 * MiB;
    // Email templates: the built-in ones are under 8 KiB.
    static constexpr qint64 MaxTemplateBytes = 1 * MiB;

    struct ReadResult
    {
        std::optional<QByteArray> bytes;
        QString error; // "NAME: why", empty on success
        bool ok() const { return bytes.has_value(); }
    };

    // Reads the file at `path`; a larger file is refused before anything is read.
    static ReadResult read(const QString& path, qint64 maxBytes);
    // Reads an open device (standard input, a pipe) up to `maxBytes`; more is refused. `name` is used in
    // messages.
    static ReadResult read(QIODevice& device, const QString& name, qint64 maxBytes);

    struct EncodingProblem
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based, in characters
        QString message;
    };
    // Why `bytes` is not UTF-8 text (a UTF-16 or UTF-32 file, an invalid byte sequence), or nullopt when it
    // is. A leading UTF-8 byte order mark is fine.
    static std::optional<EncodingProblem> encodingProblem(QByteArrayView bytes);
};

} // namespace Anchorline
