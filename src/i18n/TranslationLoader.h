#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Anchorline {

// Installs Anchorline's translations (embedded as :/i18n/anchorline_<lang>.qm) and Qt's own (qtbase, from
// QLibraryInfo::TranslationsPath) for one language, replacing the ones it installed before. English is the
// source language and needs no translator. Keep one instance alive as long as the application runs (a
// QTranslator uninstalls itself when destroyed).
class TranslationLoader
{
public:
    // The languages Anchorline is translated into, as ISO 639 codes ("de", "es", "fr"), sorted.
    static QStringList availableLanguages();

    // The first of `uiLanguages` (QLocale::uiLanguages() order, e.g. "de-AT", "de") that Anchorline speaks,
    // or "en". An English entry wins over later ones, so "en-US, de" stays English.
    static QString languageFor(const QStringList& uiLanguages);

    // Installs the translators for `language` ("de", "es", "fr" or "en"); an empty language follows the
    // system locale. An explicitly chosen language other than the system's also becomes the default QLocale,
    // so numbers, money and dates are formatted for it. Returns the language now in use ("en" for unknown
    // codes).
    QString load(const QString& language);

private:
    void removeTranslators();

    QTranslator m_anchorlineTranslator;
    QTranslator m_qtTranslator;
};

} // namespace Anchorline
