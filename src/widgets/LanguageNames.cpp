#include "LanguageNames.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Anchorline {

QString LanguageNames::autonym(const QString& code)
{
    // QLocale's native names carry a country ("American English") or start lower case ("español").
    static const QHash<QString, QString> names{
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"Español"_s}, {u"fr"_s, u"Français"_s}};
    const QString native = QLocale(code).nativeLanguageName();
    return names.value(code, native.isEmpty() ? code : native);
}

} // namespace Anchorline
