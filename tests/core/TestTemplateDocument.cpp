#include "TemplateDocument.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestTemplateDocument : public QObject
{
    Q_OBJECT

private slots:
    void parsesSectionsWithLines()
    {
        const QString text = u"# comment\n\n[subject]\nRe: Offer\n\n[body]\n\nLine one\nLine two\n\n\n"_s;
        QString error;
        const auto document = TemplateDocument::parse(text, u"en/x.txt"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(document.sections().size(), 2);
        QCOMPARE(document.section(u"subject"_s)->text, u"Re: Offer"_s);
        QCOMPARE(document.section(u"subject"_s)->firstLine, 4);
        QCOMPARE(document.section(u"body"_s)->text, u"Line one\nLine two"_s);
        QCOMPARE(document.section(u"body"_s)->firstLine, 8);
        QCOMPARE(document.section(u"body"_s)->origin, u"en/x.txt"_s);
    }
    void handlesCrlf()
    {
        const auto document = TemplateDocument::parse(u"[a]\r\nText\r\n"_s, u"x"_s);
        QCOMPARE(document.section(u"a"_s)->text, u"Text"_s);
    }
    void textBeforeFirstSectionIsAnError()
    {
        QString error;
        TemplateDocument::parse(u"\nstray\n[a]\nx"_s, u"user/email.warm.txt"_s, &error);
        QCOMPARE(error, u"user/email.warm.txt:2: text before the first [section] header"_s);
    }
    void duplicateSectionIsAnError()
    {
        QString error;
        TemplateDocument::parse(u"[a]\nx\n[a]\ny"_s, u"f.txt"_s, &error);
        QCOMPARE(error, u"f.txt:3: section [a] appears twice"_s);
    }
    void overlayReplacesAndAdds()
    {
        auto base = TemplateDocument::parse(u"[a]\nbuilt-in a\n[b]\nbuilt-in b"_s, u"en/x.txt"_s);
        const auto user = TemplateDocument::parse(u"[b]\nuser b\n[c]\nuser c"_s, u"/home/u/x.txt"_s);
        base.overlay(user);
        QCOMPARE(base.section(u"a"_s)->text, u"built-in a"_s);
        QCOMPARE(base.section(u"b"_s)->text, u"user b"_s);
        QCOMPARE(base.section(u"b"_s)->origin, u"/home/u/x.txt"_s);
        QCOMPARE(base.section(u"c"_s)->text, u"user c"_s);
        QCOMPARE(base.name(), u"en/x.txt"_s);
    }
};

QTEST_APPLESS_MAIN(TestTemplateDocument)
#include "TestTemplateDocument.moc"
