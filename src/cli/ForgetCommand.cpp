#include "ForgetCommand.h"

#include "OptionParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Anchorline::Cli {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::ForgetCommand", text);
}

QJsonArray itemsJson(const QList<UserDataEraser::Item>& items)
{
    QJsonArray array;
    for (const UserDataEraser::Item& item : items) {
        array.append(QJsonObject{{u"kind"_s, UserDataEraser::kindId(item.kind)},
                                 {u"path"_s, item.path},
                                 {u"files"_s, item.fileCount},
                                 {u"bytes"_s, item.bytes}});
    }
    return array;
}

QString itemsText(const QList<UserDataEraser::Item>& items)
{
    QString text;
    for (const UserDataEraser::Item& item : items)
        text += u"  "_s + UserDataEraser::describe(item) + u'\n';
    return text;
}

} // namespace

ForgetCommand::ForgetCommand(UserDataEraser eraser)
    : m_eraser(std::move(eraser))
{}

QString ForgetCommand::name() const
{
    return u"forget"_s;
}

QString ForgetCommand::summary() const
{
    return tr("Remove the settings, autosave snapshots and datasets Anchorline keeps");
}

QString ForgetCommand::usage() const
{
    return tr(
        "Usage: anchorline-cli forget [--yes] [--json]\n\n"
        "Lists what Anchorline keeps in your directories: its settings (recent sessions, last session,\n"
        "window layout, language), autosave snapshots and imported datasets. With --yes, removes them.\n"
        "Session files you saved (*.anchorline) and your own email templates are never removed.\n\n"
        "  --yes   remove; without it nothing is changed\n"
        "  --json  print {removed, items: [{kind, path, files, bytes}], kept, errors}\n");
}

CommandOutput ForgetCommand::run(const QStringList& arguments, QIODevice& /*standardInput*/)
{
    OptionParser parser({}, {u"--yes"_s, u"--json"_s});
    if (!parser.parse(arguments))
        return CommandOutput::badInput(u"forget: "_s + parser.error() + u"\n\n"_s + usage());
    if (!parser.positional().isEmpty()) {
        return CommandOutput::badInput(
            tr("forget: unexpected argument \"%1\"\n\n").arg(parser.positional().front()) + usage());
    }
    const bool remove = parser.isSet(u"--yes"_s);
    UserDataEraser::Result result;
    if (remove)
        result = m_eraser.erase();
    else
        result.removed = m_eraser.items();

    CommandOutput output = CommandOutput::success(QString());
    if (!result.ok()) {
        output.exitCode = InternalError;
        for (const QString& error : std::as_const(result.errors))
            output.standardError += u"forget: "_s + error + u'\n';
    }
    if (parser.isSet(u"--json"_s)) {
        const QJsonObject json{{u"removed"_s, remove},
                               {u"items"_s, itemsJson(result.removed)},
                               {u"kept"_s, QJsonArray::fromStringList(result.kept)},
                               {u"errors"_s, QJsonArray::fromStringList(result.errors)}};
        output.standardOutput = QString::fromUtf8(QJsonDocument(json).toJson());
        return output;
    }
    if (result.removed.isEmpty() && result.ok()) {
        output.standardOutput = tr("Anchorline keeps nothing in %1 or %2.\n")
                                    .arg(m_eraser.configDirectory(), m_eraser.dataDirectory());
        return output;
    }
    output.standardOutput =
        (remove ? tr("Removed:\n") : tr("Anchorline keeps:\n")) + itemsText(result.removed);
    for (const QString& kept : std::as_const(result.kept))
        output.standardOutput += tr("Kept your session file %1\n").arg(kept);
    if (!remove)
        output.standardOutput +=
            tr("Nothing was removed; run \"anchorline-cli forget --yes\" to remove these.\n");
    return output;
}

} // namespace Anchorline::Cli
