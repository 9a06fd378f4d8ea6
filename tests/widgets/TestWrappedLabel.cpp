#include "WrappedLabel.h"

#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private slots:
    void heightsMatchQLabel_data();
    void heightsMatchQLabel();
    void followsTextFontAndFormat();
};

namespace {

const QString LongText =
    u"The offer's base sits in the market band at the 25th percentile of Senior pay for "
    u"Software Developers in San Jose-Sunnyvale-Santa Clara, CA, so the ask anchors above "
    u"the median."_s;

} // namespace

void TestWrappedLabel::heightsMatchQLabel_data()
{
    QTest::addColumn<Qt::TextFormat>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << Qt::PlainText << LongText;
    QTest::newRow("rich table") << Qt::RichText
                                << u"<table><tr><td>Base salary</td><td align='right'>$182,000</td><td>→</td>"
                                   u"<td><b>$195,000</b></td></tr></table><ul><li>%1</li></ul>"_s.arg(
                                       LongText);
}

// The remembered heights are QLabel's own, asked again and in any order.
void TestWrappedLabel::heightsMatchQLabel()
{
    QFETCH(Qt::TextFormat, format);
    QFETCH(QString, text);
    WrappedLabel wrapped(text);
    QLabel plain(text);
    plain.setWordWrap(true);
    wrapped.setTextFormat(format);
    plain.setTextFormat(format);
    QVERIFY(wrapped.wordWrap());
    QVERIFY(wrapped.hasHeightForWidth());
    for (int width : {120, 300, 120, 600, 300, 80}) {
        QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
        QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
    }
    QVERIFY(wrapped.heightForWidth(80) > wrapped.heightForWidth(600));
}

void TestWrappedLabel::followsTextFontAndFormat()
{
    WrappedLabel label(LongText);
    const int oneText = label.heightForWidth(200);
    label.setText(LongText + u' ' + LongText);
    QVERIFY(label.heightForWidth(200) > oneText);

    QLabel reference(label.text());
    reference.setWordWrap(true);
    QFont large = label.font();
    large.setPointSize(large.pointSize() * 2);
    const int before = label.heightForWidth(200);
    label.setFont(large);
    reference.setFont(large);
    QCOMPARE(label.heightForWidth(200), reference.heightForWidth(200));
    QVERIFY(label.heightForWidth(200) > before);

    // "<b>" is two lines' worth of characters as plain text and none as rich text.
    label.setFont(QFont());
    label.setText(u"<b>a</b>"_s);
    label.setTextFormat(Qt::PlainText);
    const int asPlain = label.heightForWidth(10);
    label.setTextFormat(Qt::RichText);
    QVERIFY(label.heightForWidth(10) < asPlain);
}

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
