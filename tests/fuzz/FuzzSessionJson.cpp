// libFuzzer harness for session files (SessionJson): any bytes either give a session or errors that name a
// field or position, never a crash; a session that was read is saved and read back unchanged.

#include "FuzzCheck.h"
#include "SessionJson.h"

#include <QByteArray>
#include <QDateTime>

#include <cstdint>

using namespace Anchorline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto result = SessionJson::parse(json);
    if (!result.ok()) {
        ANCHORLINE_FUZZ_CHECK(!result.errors.isEmpty(), "a refused session file gives no error");
        for (const auto& error : result.errors)
            ANCHORLINE_FUZZ_CHECK(!error.message.isEmpty(), "a session error without a message");
        return 0;
    }
    ANCHORLINE_FUZZ_CHECK(result.schema >= 0 && result.schema <= SessionJson::SchemaVersion,
                          "a session was read with an unknown schema");
    const QDateTime savedAt(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    const auto again = SessionJson::parse(SessionJson::toJson(*result.session, savedAt));
    ANCHORLINE_FUZZ_CHECK(again.ok(), "a session that was read cannot be read back after saving");
    ANCHORLINE_FUZZ_CHECK(*again.session == *result.session, "saving and reading a session changes it");
    ANCHORLINE_FUZZ_CHECK(again.savedAt == savedAt, "saving a session loses its save time");
    return 0;
}
