#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

// What the sessionWriter helper saves, shared with the test that checks what it left on disk.
namespace SessionWriterSamples {

// About 1.5 MB: 120 offers and long notes, so that a save takes long enough for kills to land inside it. The
// version is in the client name and in every line of the notes.
Anchorline::Session largeSession(int version);
// The version largeSession() wrote, or -1 when `session` is not one of its sessions or not whole.
int versionOf(const Anchorline::Session& session);

QString autosaveDocumentId();
// A valid two-row pay-band CSV.
QByteArray datasetCsv();

} // namespace SessionWriterSamples
