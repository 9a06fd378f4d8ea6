#pragma once

#include <QVariant>

namespace Anchorline {

// Every setting the desktop app stores, through one key table (name and default per key) instead of strings
// spread over the code. Backed by QSettings with the application's organisation and name; tests call
// QStandardPaths::setTestModeEnabled(true) first so they never touch the user's files.
class Settings
{
public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        ChartTab,
        NegotiationTab,
        LastSession,      // the last inputs as session JSON (SessionJson)
        Language,         // the app's language ("de", "en", …); empty follows the system (read at start)
        RecentSessions,   // File ▸ Open Recent: absolute paths, newest first
        ClientFolder,     // coach mode: the folder the client list shows
        ClientLastOpened, // coach mode: path → when last opened (ClientDirectory::lastOpenedToVariant)
    };

    static QVariant get(Key key);
    static void set(Key key, const QVariant& value);
    static void reset(Key key);
    // After "Forget all data": set() and reset() change nothing for the rest of the run, so closing the
    // window does not write the settings file again.
    static void stopStoring();
    static bool isStoring();

    static QString name(Key key);
    static QVariant defaultValue(Key key);
};

} // namespace Anchorline
