#pragma once

#include "Session.h"

#include <QByteArray>
#include <QString>

// Sessions shared by the session tests.
namespace SessionSamples {

// A session with every field set: two offers, private current pay, a target, a competing offer, an edited
// email with non-ASCII text and a history whose amounts have cents.
Anchorline::Session fullSession();

// tests/data/sessions/NAME
QString dataPath(const QString& name);

// SHA-256 of a file's bytes, to prove a file was not touched.
QByteArray fileHash(const QString& path);

} // namespace SessionSamples
