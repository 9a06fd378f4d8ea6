#include "SearchText.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void normalized_data();
    void normalized();
    void asciiFoldsAsTheUnicodeTablesSay();
    void foreignLettersFoldToAscii_data();
    void foreignLettersFoldToAscii();
    void editDistance_data();
    void editDistance();
    void allowedTypos();
};

void TestSearchText::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plural") << u"Registered Nurses"_s << u"registered nurse"_s;
    QTest::newRow("ies") << u"Secretaries"_s << u"secretary"_s;
    QTest::newRow("not plurals") << u"Glass Columbus Memphis"_s << u"glass columbus memphis"_s;
    QTest::newRow("short words kept") << u"bus gas"_s << u"bus gas"_s;
    QTest::newRow("accents") << u"San José, Bogotá"_s << u"san jose bogota"_s;
    QTest::newRow("apostrophe") << u"O'Fallon"_s << u"ofallon"_s;
    QTest::newRow("punctuation") << u"San Jose-Sunnyvale-Santa Clara, CA"_s
                                 << u"san jose sunnyvale santa clara ca"_s;
    QTest::newRow("saint") << u"Saint Louis"_s << u"st louis"_s;
    QTest::newRow("st.") << u"St. Louis"_s << u"st louis"_s;
    QTest::newRow("fort") << u"Fort Worth"_s << u"ft worth"_s;
    QTest::newRow("spaces") << u"  a   b  "_s << u"a b"_s;
    QTest::newRow("empty") << u" ,; "_s << QString();
    QTest::newRow("mixed case") << u"NeW yORK CITIES"_s << u"new york city"_s;
    QTest::newRow("saint, mount, plural") << u"MOUNT SAINT HELENS"_s << u"mt st helen"_s;
    QTest::newRow("tilde") << u"São Paulo"_s << u"sao paulo"_s;
    QTest::newRow("apostrophe word") << u"Coeur d'Alene"_s << u"coeur dalene"_s;
    QTest::newRow("typographic apostrophe") << u"Coeur d\u2019Alene"_s << u"coeur dalene"_s;
    QTest::newRow("ñ") << u"Doña Ana County"_s << u"dona ana county"_s;
    QTest::newRow("diaeresis") << u"Mayagüez"_s << u"mayaguez"_s;
    QTest::newRow("ł has no accent to drop") << u"ŁÓDŹ"_s << u"łodz"_s;
    QTest::newRow("ligatures") << u"\uFB01nancial \uFB02orists"_s << u"financial florist"_s;
    QTest::newRow("fraction") << u"\u00BD"_s << u"1 2"_s;
}

void TestSearchText::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::normalized(text), expected);
}

void TestSearchText::asciiFoldsAsTheUnicodeTablesSay()
{
    // Plain ASCII text skips the Unicode tables; each character must fold as they would fold it.
    for (char16_t unit = 0; unit < 0x80; ++unit) {
        const QChar c(unit);
        const QString expected = c == u'\''             ? u"xy"_s
                                 : c.isLetterOrNumber() ? u"x"_s + c.toCaseFolded() + u"y"_s
                                                        : u"x y"_s;
        QCOMPARE(SearchText::normalized(QString(u"x"_s + c + u"y"_s)), expected);
    }
}

void TestSearchText::foreignLettersFoldToAscii_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ascii");
    QTest::newRow("São Paulo") << u"São Paulo"_s << u"Sao Paulo"_s;
    QTest::newRow("Doña Ana") << u"Doña Ana"_s << u"Dona Ana"_s;
    QTest::newRow("Mayagüez") << u"Mayagüez"_s << u"Mayaguez"_s;
    QTest::newRow("Coeur d’Alene") << u"Coeur d\u2019Alene"_s << u"Coeur d'Alene"_s;
    QTest::newRow("ÉCOLE DES SAINTS") << u"ÉCOLE DES SAINTS"_s << u"ecole des saints"_s;
    QTest::newRow("ligature") << u"O\uFB03ces"_s << u"Offices"_s;
}

void TestSearchText::foreignLettersFoldToAscii()
{
    // The Unicode route (decomposition, tables) and the ASCII one give the same words.
    QFETCH(QString, text);
    QFETCH(QString, ascii);
    QCOMPARE(SearchText::normalized(text), SearchText::normalized(ascii));
}

void TestSearchText::editDistance_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << u"nurse"_s << u"nurse"_s << 2 << false << 0;
    QTest::newRow("deletion") << u"sofware"_s << u"software"_s << 1 << false << 1;
    QTest::newRow("transposition") << u"softwrae"_s << u"software"_s << 2 << false << 1;
    QTest::newRow("substitution") << u"seatlle"_s << u"seattle"_s << 2 << false << 1;
    QTest::newRow("too far") << u"abcdef"_s << u"uvwxyz"_s << 2 << false << 3;
    QTest::newRow("length gap") << u"ab"_s << u"abcdefg"_s << 2 << false << 3;
    QTest::newRow("prefix of target") << u"sofw"_s << u"software"_s << 1 << true << 1;
    QTest::newRow("exact prefix") << u"soft"_s << u"software"_s << 1 << true << 0;
    QTest::newRow("long target") << u"a"_s << QString(100, u'a') << 1 << true << 0;
}

void TestSearchText::editDistance()
{
    QFETCH(QString, query);
    QFETCH(QString, target);
    QFETCH(int, maximum);
    QFETCH(bool, prefix);
    QFETCH(int, expected);
    QCOMPARE(SearchText::editDistance(query, target, maximum, prefix), expected);
}

void TestSearchText::allowedTypos()
{
    QCOMPARE(SearchText::allowedTypos(3), 0);
    QCOMPARE(SearchText::allowedTypos(4), 1);
    QCOMPARE(SearchText::allowedTypos(7), 1);
    QCOMPARE(SearchText::allowedTypos(8), 2);
}

QTEST_APPLESS_MAIN(TestSearchText)
#include "TestSearchText.moc"
