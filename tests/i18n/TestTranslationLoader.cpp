#include "CareerLevel.h"
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Anchorline::TranslationLoader;

// CTest runs this with LANGUAGE=pt_BR:fr:de and LC_ALL=pt_BR.UTF-8 (see CMakeLists.txt): a Brazilian
// Portuguese system whose user also reads French and German.
class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void availableLanguagesAreTheEmbeddedOnes();
    void languageFor_data();
    void languageFor();
    void explicitLanguageTranslatesQtAndSetsTheLocale();
    void englishRemovesTheTranslators();
    void emptyLanguageFollowsTheSystemLanguages();
    void unknownLanguageFallsBackToEnglish();
    void embeddedTranslationsReachTheCore_data();
    void embeddedTranslationsReachTheCore();

private:
    static QString qtCancel() { return QCoreApplication::translate("QPlatformTheme", "Cancel"); }
    void requireQtTranslation(const QString& language);

    TranslationLoader m_loader;
};

void TestTranslationLoader::init()
{
    QLocale::setDefault(QLocale::system());
}

void TestTranslationLoader::cleanup()
{
    m_loader.load(u"en"_s);
    QLocale::setDefault(QLocale::system());
}

void TestTranslationLoader::requireQtTranslation(const QString& language)
{
    const QString path =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language + u".qm"_s;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(path + u" is missing (Debian package qt6-translations-l10n)"_s));
}

void TestTranslationLoader::availableLanguagesAreTheEmbeddedOnes()
{
    QCOMPARE(TranslationLoader::availableLanguages(), QStringList({u"de"_s, u"es"_s, u"fr"_s}));
}

void TestTranslationLoader::languageFor_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    QTest::newRow("region dropped") << QStringList{u"de-AT"_s, u"de"_s} << u"de"_s;
    QTest::newRow("underscore form") << QStringList{u"fr_CA"_s} << u"fr"_s;
    QTest::newRow("upper case") << QStringList{u"ES-mx"_s} << u"es"_s;
    QTest::newRow("first spoken one wins") << QStringList{u"pt-BR"_s, u"pt"_s, u"es"_s, u"de"_s} << u"es"_s;
    QTest::newRow("English before German stays English") << QStringList{u"en-US"_s, u"de"_s} << u"en"_s;
    QTest::newRow("nothing spoken") << QStringList{u"ja-JP"_s, u"C"_s} << u"en"_s;
    QTest::newRow("empty") << QStringList{} << u"en"_s;
}

void TestTranslationLoader::languageFor()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(TranslationLoader::languageFor(uiLanguages), expected);
}

void TestTranslationLoader::explicitLanguageTranslatesQtAndSetsTheLocale()
{
    requireQtTranslation(u"de"_s);
    QCOMPARE(m_loader.load(u"de"_s), u"de"_s);
    QCOMPARE(qtCancel(), u"Abbrechen"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale().toString(1234567.5, 'f', 2), u"1.234.567,50"_s);

    // A second load replaces the first: Spanish, not German underneath.
    requireQtTranslation(u"es"_s);
    QCOMPARE(m_loader.load(u"es"_s), u"es"_s);
    QCOMPARE(qtCancel(), u"Cancelar"_s);
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestTranslationLoader::englishRemovesTheTranslators()
{
    requireQtTranslation(u"fr"_s);
    m_loader.load(u"fr"_s);
    QCOMPARE(m_loader.load(u"en"_s), u"en"_s);
    QCOMPARE(qtCancel(), u"Cancel"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslationLoader::emptyLanguageFollowsTheSystemLanguages()
{
    requireQtTranslation(u"fr"_s);
    QCOMPARE(QLocale::system().uiLanguages().value(0), u"pt-BR"_s);
    QCOMPARE(m_loader.load(QString()), u"fr"_s);
    QCOMPARE(qtCancel(), u"Annuler"_s);
    // Formats still follow the system locale: only the explicitly chosen language changes them.
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(QLocale().language(), QLocale::Portuguese);
}

void TestTranslationLoader::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(m_loader.load(u"xx"_s), u"en"_s);
    QCOMPARE(qtCancel(), u"Cancel"_s);
}

void TestTranslationLoader::embeddedTranslationsReachTheCore_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("midLevel");

    QTest::newRow("de") << u"de"_s << u"Einstieg"_s << u"Mittlere Stufe"_s;
    QTest::newRow("es") << u"es"_s << u"Inicial"_s << u"Intermedio"_s;
    QTest::newRow("fr") << u"fr"_s << u"Débutant"_s << u"Intermédiaire"_s;
    QTest::newRow("en") << u"en"_s << u"Entry"_s << u"Mid-level"_s;
}

void TestTranslationLoader::embeddedTranslationsReachTheCore()
{
    QFETCH(QString, language);
    QFETCH(QString, entry);
    QFETCH(QString, midLevel);
    QCOMPARE(m_loader.load(language), language);
    QCOMPARE(Anchorline::CareerLevels::displayName(Anchorline::CareerLevel::Entry), entry);
    QCOMPARE(Anchorline::CareerLevels::displayName(Anchorline::CareerLevel::Mid), midLevel);
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "TestTranslationLoader.moc"
