#include "TemplateLibrary.h"
#include "TemplateRenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestTemplateLibrary : public QObject
{
    Q_OBJECT

private:
    static void write(const QString& path, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private slots:
    void builtInHasEnglishForEveryTone()
    {
        const auto library = TemplateLibrary::builtIn();
        QCOMPARE(library.languages(), QStringList({u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
        for (const auto* tone : {"warm", "direct", "formal"}) {
            for (const auto name :
                 {TemplateLibrary::Email, TemplateLibrary::AskForTime, TemplateLibrary::PhoneScript}) {
                const auto lookup =
                    library.find(u"en"_s, QString::fromUtf16(name), QString::fromLatin1(tone));
                QVERIFY2(lookup.document, qPrintable(lookup.error));
            }
        }
    }
    void everyBuiltInSectionIsValid_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto* language : {"en", "de", "es", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    // Every language has every section English has (a missing one would silently drop a paragraph), and each
    // section is a valid template.
    void everyBuiltInSectionIsValid()
    {
        QFETCH(QString, language);
        const auto library = TemplateLibrary::builtIn();
        for (const auto* tone : {"warm", "direct", "formal"}) {
            for (const auto name :
                 {TemplateLibrary::Email, TemplateLibrary::AskForTime, TemplateLibrary::PhoneScript}) {
                const auto document =
                    library.find(language, QString::fromUtf16(name), QString::fromLatin1(tone)).document;
                QVERIFY(document);
                const auto english =
                    library.find(u"en"_s, QString::fromUtf16(name), QString::fromLatin1(tone)).document;
                for (const auto& section : english->sections())
                    QVERIFY2(document->hasSection(section.name),
                             qPrintable(document->name() + u' ' + section.name));
                QCOMPARE(document->sections().size(), english->sections().size());
                for (const auto& section : document->sections()) {
                    const auto error = TemplateRenderer::validate(section.text, section.origin, section.name,
                                                                  section.firstLine);
                    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
                }
            }
        }
    }
    void emailHasTheResearchBlocks()
    {
        const auto document = TemplateLibrary::builtIn().find(u"en"_s, u"email"_s, u"warm"_s).document;
        QCOMPARE(document->name(), u"en/email.warm.txt"_s);
        for (const auto* section : {"subject", "thanks", "enthusiasm", "value", "market", "ask.market-anchor",
                                    "ask.bolstering-range", "ask.competing-offer", "ask.signon-bridge",
                                    "ask.equity-refresh", "ask.relevel", "ask.package-menu", "ask.non-cash",
                                    "ask.ready-to-sign", "levers", "winnable", "timeline"})
            QVERIFY2(document->hasSection(QString::fromLatin1(section)), section);
    }
    void userDirectoryOverridesSectionsAndAddsLanguages()
    {
        QTemporaryDir user;
        write(user.filePath(u"en/email.warm.txt"_s), "[subject]\nCounter-offer for {role}\n");
        write(user.filePath(u"it/email.warm.txt"_s), "[subject]\nControproposta: {role}\n");
        const TemplateLibrary library({u":/templates"_s, user.path()});
        QCOMPARE(library.languages(), QStringList({u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"it"_s}));
        const auto english = library.find(u"en"_s, u"email"_s, u"warm"_s).document;
        QCOMPARE(english->section(u"subject"_s)->text, u"Counter-offer for {role}"_s);
        QVERIFY(english->section(u"subject"_s)->origin.endsWith(u"en/email.warm.txt"_s));
        QVERIFY(english->section(u"subject"_s)->origin.startsWith(user.path()));
        QVERIFY(english->hasSection(u"thanks"_s)); // the rest stays built in
        QVERIFY(library.find(u"it"_s, u"email"_s, u"warm"_s).document);
    }
    void malformedUserFileIsNamed()
    {
        QTemporaryDir user;
        write(user.filePath(u"en/email.direct.txt"_s), "oops\n[subject]\nx\n");
        const TemplateLibrary library({u":/templates"_s, user.path()});
        const auto lookup = library.find(u"en"_s, u"email"_s, u"direct"_s);
        QVERIFY(!lookup.document);
        QVERIFY2(lookup.error.endsWith(u"en/email.direct.txt:1: text before the first [section] header"_s),
                 qPrintable(lookup.error));
    }
    void missingTemplateIsNamed()
    {
        const auto lookup = TemplateLibrary::builtIn().find(u"it"_s, u"email"_s, u"warm"_s);
        QVERIFY(!lookup.document);
        QCOMPARE(lookup.error, u"no template \"email\" for language \"it\" and tone \"warm\""_s);
    }
};

QTEST_APPLESS_MAIN(TestTemplateLibrary)
#include "TestTemplateLibrary.moc"
