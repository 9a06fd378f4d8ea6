#include "TemplateLibrary.h"

#include "DataFolder.h"
#include "InputFile.h"
#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    return DataFolder::path() + u"/templates"_s;
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

TemplateLibrary::Lookup TemplateLibrary::load(const QString& path, const QString& displayName) const
{
    const QFileInfo info(path);
    auto cached = m_cache.find(path);
    if (cached != m_cache.end() && cached->modified == info.lastModified() && cached->size == info.size())
        return cached->lookup;

    Lookup lookup;
    const auto read = InputFile::read(path, InputFile::MaxTemplateBytes);
    if (!read.ok()) {
        lookup.error = read.error;
        return lookup;
    }
    if (const auto problem = InputFile::encodingProblem(*read.bytes)) {
        lookup.error =
            u"%1:%2:%3: %4"_s.arg(displayName).arg(problem->line).arg(problem->column).arg(problem->message);
        return lookup;
    }
    QString parseError;
    auto document = TemplateDocument::parse(QString::fromUtf8(*read.bytes), displayName, &parseError);
    if (!parseError.isEmpty()) {
        lookup.error = parseError;
    } else {
        for (const auto& section : document.sections()) {
            if (auto error = TemplateRenderer::validate(section.text, section.origin, section.name,
                                                        section.firstLine)) {
                lookup.error = error->toString();
                break;
            }
        }
    }
    if (lookup.error.isEmpty())
        lookup.document = std::move(document);
    m_cache.insert(path, {info.lastModified(), info.size(), lookup});
    return lookup;
}

TemplateLibrary::Lookup TemplateLibrary::find(const QString& language, const QString& name,
                                              const QString& tone) const
{
    QStringList fileNames;
    if (!tone.isEmpty())
        fileNames.push_back(name + u'.' + tone + u".txt"_s);
    fileNames.push_back(name + u".txt"_s);

    Lookup result;
    for (const auto& directory : m_directories) {
        for (const auto& fileName : fileNames) {
            const QString path = directory + u'/' + language + u'/' + fileName;
            if (!QFileInfo::exists(path))
                continue;
            // Built-in files are named by their place in the template tree, user files by their full path.
            const QString displayName =
                directory == BuiltInDirectory ? language + u'/' + fileName : QDir::toNativeSeparators(path);
            const Lookup file = load(path, displayName);
            if (!file.document)
                return file;
            if (result.document)
                result.document->overlay(*file.document);
            else
                result.document = file.document;
            break; // the tone-specific file wins over the tone-less one within a directory
        }
    }
    if (!result.document) {
        result.error =
            tr("no template \"%1\" for language \"%2\"%3")
                .arg(name, language, tone.isEmpty() ? QString() : tr(" and tone \"%1\"").arg(tone));
    }
    return result;
}

} // namespace Anchorline
