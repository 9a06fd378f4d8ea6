#include "TemplateRenderer.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private:
    static TemplateRenderer::Values values()
    {
        return {
            {u"company"_s, u"Northwind Labs"_s}, {u"ask_base"_s, u"$187,500"_s}, {u"role"_s, u"Engineer"_s}};
    }

private slots:
    void rendersNamedFields()
    {
        const auto result =
            TemplateRenderer::render(u"I'd like {ask_base} at {company}."_s, values(), u"t.txt"_s);
        QVERIFY(!result.error);
        QVERIFY(!result.missingValue);
        QCOMPARE(result.text, u"I'd like $187,500 at Northwind Labs."_s);
    }
    void rendersNonAsciiAndEscapedBraces()
    {
        const auto result =
            TemplateRenderer::render(u"Re: Offer – {company} {{literal}} café"_s, values(), u"t.txt"_s);
        QVERIFY(!result.error);
        QCOMPARE(result.text, u"Re: Offer – Northwind Labs {literal} café"_s);
    }
    void formatSpecsWork()
    {
        const auto result = TemplateRenderer::render(u"[{role:>10}]"_s, values(), u"t.txt"_s);
        QVERIFY(!result.error);
        QCOMPARE(result.text, u"[  Engineer]"_s);
    }
    void knownFieldWithoutValueIsMissingNotPlaceholder()
    {
        const auto result = TemplateRenderer::render(u"Median {band_p50}."_s, values(), u"t.txt"_s);
        QVERIFY(!result.error);
        QVERIFY(result.missingValue);
        QVERIFY(result.text.isEmpty());
    }
    void unknownFieldNamesFieldTemplateAndPosition()
    {
        const QString text = u"Hello {company},\nmy salary is {salary}."_s;
        const auto result = TemplateRenderer::render(text, values(), u"en/email.warm.txt"_s, u"value"_s, 20);
        QVERIFY(result.error);
        QCOMPARE(result.error->line, 21);
        QCOMPARE(result.error->column, 14);
        QCOMPARE(result.error->toString(),
                 u"en/email.warm.txt:21:14: unknown field {salary} (section [value])"_s);
    }
    void unbalancedOpeningBrace()
    {
        const auto error = TemplateRenderer::validate(u"Ask {ask_base and more"_s, u"my.txt"_s, {}, 3);
        QVERIFY(error);
        QCOMPARE(error->line, 3);
        QCOMPARE(error->column, 5);
        QVERIFY(error->message.contains(u"unbalanced '{'"_s));
        QVERIFY(error->toString().startsWith(u"my.txt:3:5: "_s));
    }
    void unbalancedClosingBrace()
    {
        const auto error = TemplateRenderer::validate(u"Ask }\n"_s, u"my.txt"_s);
        QVERIFY(error);
        QCOMPARE(error->column, 5);
        QVERIFY(error->message.contains(u"unbalanced '}'"_s));
    }
    void nestedBraceIsUnbalanced()
    {
        const auto error = TemplateRenderer::validate(u"{company {role}}"_s, u"my.txt"_s);
        QVERIFY(error);
        QCOMPARE(error->column, 1);
    }
    // tests/fuzz/regressions/template: fmt padded to any width, building gigabytes and freezing the app.
    void hugeWidthIsRefusedNotRendered()
    {
        const auto error =
            TemplateRenderer::validate(u"Hi\n  {company:>2000000000}"_s, u"my.txt"_s, u"a"_s, 4);
        QVERIFY(error);
        QCOMPARE(error->line, 5);
        QCOMPARE(error->column, 3);
        QCOMPARE(error->message, u"width or precision in field {company} is larger than 200"_s);
        const auto result = TemplateRenderer::render(u"{role:.99999999999}"_s, values(), u"my.txt"_s);
        QVERIFY(result.error);
        QVERIFY(result.text.isEmpty());
        const auto wide = TemplateRenderer::render(u"[{role:*^200}]"_s, values(), u"my.txt"_s);
        QVERIFY(!wide.error);
        QCOMPARE(wide.text.size(), 202);
    }
    void badFormatSpecPointsAtField()
    {
        const auto error =
            TemplateRenderer::validate(u"Line one\nAsk: {ask_base:%d}"_s, u"my.txt"_s, u"ask"_s, 7);
        QVERIFY(error);
        QCOMPARE(error->line, 8);
        QCOMPARE(error->column, 6);
        QVERIFY2(error->message.startsWith(u"bad format spec \"%d\" in field {ask_base}"_s),
                 qPrintable(error->message));
        // render reports the same error and never throws
        const auto result = TemplateRenderer::render(u"{ask_base:%d}"_s, values(), u"my.txt"_s);
        QVERIFY(result.error);
        QVERIFY(result.text.isEmpty());
    }
    void emptyFieldIsAnError()
    {
        const auto error = TemplateRenderer::validate(u"positional {}"_s, u"my.txt"_s);
        QVERIFY(error);
        QVERIFY(error->message.contains(u"empty field"_s));
        QCOMPARE(error->column, 12);
    }
    void knownFieldsIncludeTheDocumentedSet()
    {
        const auto& fields = TemplateRenderer::knownFields();
        for (const auto* name :
             {"company", "role", "ask_base", "band_p50", "band_p25", "band_p75", "source", "data_year",
              "location", "level", "recruiter", "name", "offer_base", "ask_signon", "deadline"})
            QVERIFY2(fields.contains(QString::fromLatin1(name)), name);
    }
};

QTEST_APPLESS_MAIN(TestTemplateRenderer)
#include "TestTemplateRenderer.moc"
