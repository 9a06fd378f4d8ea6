#pragma once

#include "TemplateDocument.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Anchorline {

// Finds templates by language, name and tone. Built-in templates are Qt resources under
// ":/templates/<lang>/"; the user's directory (userDirectory(), same layout) overrides them section by
// section and may add languages.
//
// File names: "<name>.<tone>.txt" (e.g. "email.warm.txt"), falling back to "<name>.txt" for tone-less
// templates (e.g. "phone-script.txt").
class TemplateLibrary
{
public:
    static constexpr char16_t Email[] = u"email";
    static constexpr char16_t AskForTime[] = u"ask-for-time";
    static constexpr char16_t PhoneScript[] = u"phone-script";

    // Built-in templates plus userDirectory().
    static TemplateLibrary standard();
    // Built-in templates only (tests, reproducible output).
    static TemplateLibrary builtIn();
    // DataFolder::path() + "/templates"; languages are its sub-directories.
    static QString userDirectory();

    // Directories with "<lang>/<file>" layout; later ones override earlier ones.
    explicit TemplateLibrary(QStringList directories);

    QStringList languages() const;
    bool hasLanguage(const QString& language) const;

    struct Lookup
    {
        std::optional<TemplateDocument> document;
        // Not found, unreadable, malformed, or a section with a broken field: names the file (and
        // line:column).
        QString error;
    };
    // Every section of every file found is validated (TemplateRenderer::validate), so a broken template is
    // reported even when the current input would not render the broken section. Parsed files are cached until
    // they change on disk; not thread-safe (one library per thread).
    Lookup find(const QString& language, const QString& name, const QString& tone = {}) const;

private:
    struct CachedFile
    {
        QDateTime modified;
        qint64 size = -1;
        Lookup lookup;
    };
    Lookup load(const QString& path, const QString& displayName) const;

    QStringList m_directories;
    mutable QHash<QString, CachedFile> m_cache;
};

} // namespace Anchorline
