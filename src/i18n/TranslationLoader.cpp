#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

// Where qt_add_translations embeds the .qm files (its RESOURCE_PREFIX) and how they are named.
constexpr auto translationsDirectory = ":/i18n"_L1;
constexpr auto fileNamePrefix = "anchorline_"_L1;
constexpr auto fileNameSuffix = ".qm"_L1;
constexpr auto sourceLanguage = "en"_L1;

} // namespace

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList fileNames =
        QDir(translationsDirectory)
            .entryList({fileNamePrefix + u'*' + fileNameSuffix}, QDir::Files, QDir::Name);
    for (const QString& fileName : fileNames)
        languages.append(fileName.sliced(fileNamePrefix.size(),
                                         fileName.size() - fileNamePrefix.size() - fileNameSuffix.size()));
    return languages;
}

QString TranslationLoader::languageFor(const QStringList& uiLanguages)
{
    const QStringList available = availableLanguages();
    for (QString uiLanguage : uiLanguages) {
        // "de-AT", "de_AT" and "de" all mean German: the translations are per language, not per region.
        const QString language = uiLanguage.replace(u'_', u'-').section(u'-', 0, 0).toLower();
        if (language == sourceLanguage || available.contains(language))
            return language;
    }
    return sourceLanguage;
}

QString TranslationLoader::load(const QString& language)
{
    removeTranslators();
    const bool followSystem = language.isEmpty();
    const QString used =
        followSystem ? languageFor(QLocale::system().uiLanguages()) : languageFor({language});

    const QLocale usedLocale(used);
    QLocale::setDefault(followSystem || usedLocale.language() == QLocale::system().language()
                            ? QLocale::system()
                            : usedLocale);
    if (used == sourceLanguage)
        return used;

    if (m_anchorlineTranslator.load(fileNamePrefix + used, translationsDirectory))
        QCoreApplication::installTranslator(&m_anchorlineTranslator);
    // Qt's own dialog and button texts; missing when qt6-translations-l10n is not installed, which is
    // harmless.
    if (m_qtTranslator.load(u"qtbase_"_s + used, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    return used;
}

void TranslationLoader::removeTranslators()
{
    QCoreApplication::removeTranslator(&m_anchorlineTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

} // namespace Anchorline
