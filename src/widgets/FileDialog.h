#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Anchorline {

// File dialogs with a test seam: setNextFileName() makes the next call return that name without a dialog
// (offscreen tests); an empty name stands for "cancelled".
class FileDialog
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);

    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);

    // A folder to choose (the seam's name is the folder).
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory);

    static void setNextFileName(const QString& fileName);

private:
    static std::optional<QString> takeNextFileName(); // the test seam's name, once

    static bool s_hasNextFileName;
    static QString s_nextFileName;
};

} // namespace Anchorline
