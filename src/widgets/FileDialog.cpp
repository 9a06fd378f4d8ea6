#include "FileDialog.h"

#include <QFileDialog>

namespace Anchorline {

bool FileDialog::s_hasNextFileName = false;
QString FileDialog::s_nextFileName;

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    if (auto next = takeNextFileName())
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_hasNextFileName = true;
    s_nextFileName = fileName;
}

std::optional<QString> FileDialog::takeNextFileName()
{
    if (!std::exchange(s_hasNextFileName, false))
        return std::nullopt;
    return std::exchange(s_nextFileName, QString());
}

} // namespace Anchorline
