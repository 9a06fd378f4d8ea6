#include "ForgetDataAction.h"

#include "AutosaveStore.h"
#include "MessageBox.h"
#include "Settings.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString bulleted(const QStringList& lines)
{
    QString text;
    for (const QString& line : lines)
        text += u"\n• "_s + line;
    return text;
}

QStringList described(const QList<UserDataEraser::Item>& items)
{
    QStringList lines;
    for (const UserDataEraser::Item& item : items)
        lines.append(UserDataEraser::describe(item));
    return lines;
}

} // namespace

ForgetDataAction::ForgetDataAction(UserDataEraser eraser, AutosaveStore* autosave, QWidget* parent)
    : QAction(tr("&Forget All Data…"), parent)
    , m_eraser(std::move(eraser))
    , m_autosave(autosave)
{
    setObjectName(u"actionForgetData"_s);
    setToolTip(
        tr("Remove Anchorline's settings, autosave snapshots and imported datasets from this computer"));
    setStatusTip(toolTip());
    connect(this, &QAction::triggered, this, &ForgetDataAction::forget);
}

QWidget* ForgetDataAction::window() const
{
    return qobject_cast<QWidget*>(parent());
}

std::optional<UserDataEraser::Result> ForgetDataAction::forget()
{
    const QList<UserDataEraser::Item> items = m_eraser.items();
    const QString what = items.isEmpty() ? tr("Anchorline keeps no data on this computer yet.")
                                         : tr("Anchorline will remove:") + bulleted(described(items));
    const QString question =
        what + u"\n\n"_s +
        tr("Session files you saved (*.anchorline) and your own email templates are kept. Until you quit, "
           "Anchorline will store no settings and no autosave snapshots.\n\nForget all data?");
    if (MessageBox::warning(window(), tr("Forget All Data"), question,
                            QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return std::nullopt;

    // First, so that nothing is written while or after the files go (and the autosave locks go cleanly).
    Settings::stopStoring();
    if (m_autosave)
        m_autosave->suspend();
    const UserDataEraser::Result result = m_eraser.erase();

    QString report = result.removed.isEmpty() ? tr("Nothing was stored, so nothing was removed.")
                                              : tr("Removed:") + bulleted(described(result.removed));
    if (!result.kept.isEmpty())
        report += u"\n\n"_s + tr("Kept your session files:") + bulleted(result.kept);
    if (!result.ok()) {
        MessageBox::warning(window(), tr("Some Data Was Not Removed"),
                            report + u"\n\n"_s + tr("Could not remove:") + bulleted(result.errors));
    } else {
        MessageBox::information(window(), tr("Data Forgotten"), report);
    }
    return result;
}

} // namespace Anchorline
