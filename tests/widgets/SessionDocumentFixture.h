#pragma once

#include <QString>

class QTemporaryDir;

namespace Anchorline {
class MainWindow;
}

// What the session-document tests (TestSessionDocument, TestSessionDocumentSaveErrors) share.
namespace SessionDocumentFixture {

// For initTestCase(): test-mode settings and data folders, cleared; en_US; no crash snapshot left by an
// earlier run to be offered for recovery; `dir` (the test's files) valid.
void initTestCase(const QTemporaryDir& dir);

// Replaces the base salary the way a person types it, and lets the form announce the change.
void retypeBase(const Anchorline::MainWindow& window, const QString& text);

} // namespace SessionDocumentFixture
