#include "FileDialog.h"

#include <QFileDialog>

namespace Anchorline {

bool FileDialog::s_hasNextFileName = false;
QString FileDialog::s_nextFileName;

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    if (s_hasNextFileName) {
        s_hasNextFileName = false;
        return std::exchange(s_nextFileName, QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_hasNextFileName = true;
    s_nextFileName = fileName;
}

} // namespace Anchorline
