#include "MailtoLink.h"

#include <QTest>
#include <QUrlQuery>

using namespace Anchorline;

class TestMailtoLink : public QObject
{
    Q_OBJECT

private slots:
    void encodesSubjectAndBody();
    void lineBreaksBecomeCrlf();
    void reservedCharactersStayText();
    void nonAsciiIsUtf8();
    void emptyPartsAreLeftOut();
    void addressIsKept();
};

void TestMailtoLink::encodesSubjectAndBody()
{
    const QUrl url =
        MailtoLink::build(QString(), QStringLiteral("Re: Offer – Engineer"), QStringLiteral("Hi Ana"));
    QCOMPARE(url.toEncoded(),
             QByteArray("mailto:?subject=Re%3A%20Offer%20%E2%80%93%20Engineer&body=Hi%20Ana"));
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
}

void TestMailtoLink::lineBreaksBecomeCrlf()
{
    const QUrl url =
        MailtoLink::build(QString(), QStringLiteral("S"), QStringLiteral("one\ntwo\r\nthree\rfour"));
    QCOMPARE(url.toEncoded(), QByteArray("mailto:?subject=S&body=one%0D%0Atwo%0D%0Athree%0D%0Afour"));
}

void TestMailtoLink::reservedCharactersStayText()
{
    const QUrl url =
        MailtoLink::build(QString(), QStringLiteral("Q&A?"), QStringLiteral("a=b & c? #1 100% +5 $187,500"));
    QCOMPARE(
        url.toEncoded(),
        QByteArray("mailto:?subject=Q%26A%3F&body=a%3Db%20%26%20c%3F%20%231%20100%25%20%2B5%20%24187%2C500"));
    // A mail client splitting the query at '&' and '=' gets the texts back whole.
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), QStringLiteral("Q&A?"));
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QStringLiteral("a=b & c? #1 100% +5 $187,500"));
}

void TestMailtoLink::nonAsciiIsUtf8()
{
    const QUrl url = MailtoLink::build(QString(), QStringLiteral("José"), QStringLiteral("Grüße, Zoë"));
    QCOMPARE(url.toEncoded(), QByteArray("mailto:?subject=Jos%C3%A9&body=Gr%C3%BC%C3%9Fe%2C%20Zo%C3%AB"));
}

void TestMailtoLink::emptyPartsAreLeftOut()
{
    QCOMPARE(MailtoLink::build(QString(), QString(), QStringLiteral("b")).toEncoded(),
             QByteArray("mailto:?body=b"));
    QCOMPARE(MailtoLink::build(QString(), QStringLiteral("s"), QString()).toEncoded(),
             QByteArray("mailto:?subject=s"));
}

void TestMailtoLink::addressIsKept()
{
    QCOMPARE(
        MailtoLink::build(QStringLiteral("ana@example.com"), QStringLiteral("Hi"), QString()).toEncoded(),
        QByteArray("mailto:ana@example.com?subject=Hi"));
}

QTEST_APPLESS_MAIN(TestMailtoLink)
#include "TestMailtoLink.moc"
