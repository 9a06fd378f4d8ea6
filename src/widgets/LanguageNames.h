#pragma once

#include <QString>

namespace Anchorline {

// Languages by their own names for language choices (email templates, the app's language). Autonyms are not
// translated: a German reader looks for "Deutsch" whatever language the app speaks.
class LanguageNames
{
public:
    // "Deutsch" for "de"; a code without a known name shows QLocale's native name, or the code itself.
    static QString autonym(const QString& code);
};

} // namespace Anchorline
