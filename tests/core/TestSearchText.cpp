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
}

void TestSearchText::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::normalized(text), expected);
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
