#include "TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::TemplateLibrary", text);
}

const QString BuiltInDirectory = u":/templates"_s;

} // namespace

TemplateLibrary::TemplateLibrary(QStringList directories)
    : m_directories(std::move(directories))
{}

TemplateLibrary TemplateLibrary::standard()
{
    return TemplateLibrary({BuiltInDirectory, userDirectory()});
}

TemplateLibrary TemplateLibrary::builtIn()
{
    return TemplateLibrary({BuiltInDirectory});
}

QString TemplateLibrary::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

QStringList TemplateLibrary::languages() const
{
    QStringList result;
    for (const auto& directory : m_directories) {
        const auto entries = QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const auto& language : entries) {
            if (!result.contains(language))
                result.push_back(language);
        }
    }
    result.sort();
    return result;
}

bool TemplateLibrary::hasLanguage(const QString& language) const
{
    return languages().contains(language);
}

TemplateLibrary::Lookup TemplateLibrary::find(const QString& language, const QString& name,
                                              const QString& tone) const
{
    QStringList fileNames;
    if (!tone.isEmpty())
        fileNames.push_back(name + u'.' + tone + u".txt"_s);
    fileNames.push_back(name + u".txt"_s);

    Lookup lookup;
    for (const auto& directory : m_directories) {
        for (const auto& fileName : fileNames) {
            const QString path = directory + u'/' + language + u'/' + fileName;
            QFile file(path);
            if (!file.exists())
                continue;
            // Built-in files are named by their place in the template tree, user files by their full path.
            const QString displayName =
                directory == BuiltInDirectory ? language + u'/' + fileName : QDir::toNativeSeparators(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return {std::nullopt, tr("%1: cannot open: %2").arg(displayName, file.errorString())};
            }
            QString parseError;
            const auto document =
                TemplateDocument::parse(QString::fromUtf8(file.readAll()), displayName, &parseError);
            if (!parseError.isEmpty())
                return {std::nullopt, parseError};
            if (lookup.document)
                lookup.document->overlay(document);
            else
                lookup.document = document;
            break; // the tone-specific file wins over the tone-less one within a directory
        }
    }
    if (!lookup.document) {
        lookup.error =
            tr("no template \"%1\" for language \"%2\"%3")
                .arg(name, language, tone.isEmpty() ? QString() : tr(" and tone \"%1\"").arg(tone));
    }
    return lookup;
}

} // namespace Anchorline
