#pragma once

#include "UserDataEraser.h"

#include <QAction>

#include <optional>

namespace Anchorline {

class AutosaveStore;

// Help ▸ Forget All Data…: asks for confirmation with the list of what goes (UserDataEraser: settings,
// autosave snapshots, imported datasets), removes it, and says what was removed and which session files were
// kept. Afterwards the running app stores nothing more: Settings stop storing and the document's autosave
// store is suspended, so closing the window does not write the settings back.
class ForgetDataAction : public QAction
{
    Q_OBJECT

public:
    ForgetDataAction(UserDataEraser eraser, AutosaveStore* autosave, QWidget* parent);

    // The confirm → remove → report flow; nullopt when the user cancelled.
    std::optional<UserDataEraser::Result> forget();

private:
    QWidget* window() const;

    UserDataEraser m_eraser;
    AutosaveStore* m_autosave;
};

} // namespace Anchorline
