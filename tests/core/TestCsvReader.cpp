#include "CsvReader.h"

#include <QTest>

using Anchorline::CsvReader;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRecords();
    void bomCrlfAndBlankLines();
    void quotedFields();
    void malformedQuotes();

private:
    static QList<QStringList> readAll(CsvReader& reader, QList<int>* lines = nullptr);
};

QList<QStringList> TestCsvReader::readAll(CsvReader& reader, QList<int>* lines)
{
    QList<QStringList> records;
    while (reader.readRecord()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.fieldText(i));
        records.append(fields);
        if (lines)
            lines->append(reader.lineNumber());
    }
    return records;
}

void TestCsvReader::plainRecords()
{
    CsvReader reader("a,b,c\n1, 2 ,\n");
    const auto records = readAll(reader);
    QCOMPARE(records, (QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, QString()}}));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::bomCrlfAndBlankLines()
{
    const QByteArray data = "\xEF\xBB\xBFrole,p50\r\n\r\n15-1252,100\r\nlast,1";
    CsvReader reader(data);
    QList<int> lines;
    QList<bool> blank;
    QList<QStringList> records;
    while (reader.readRecord()) {
        blank.append(reader.isBlank());
        lines.append(reader.lineNumber());
        records.append({reader.fieldText(0)});
    }
    QCOMPARE(records.front().front(), u"role"_s); // no BOM in the first field
    QCOMPARE(blank, (QList<bool>{false, true, false, false}));
    QCOMPARE(lines, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(reader.position(), data.size());
}

void TestCsvReader::quotedFields()
{
    CsvReader reader("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\" ,x\nnext,\"\"\n");
    QList<int> lines;
    const auto records = readAll(reader, &lines);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), (QStringList{u"a, b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"x"_s}));
    QCOMPARE(records.at(1), (QStringList{u"next"_s, QString()}));
    QCOMPARE(lines, (QList<int>{1, 3})); // the second record starts after the embedded line break
}

void TestCsvReader::malformedQuotes()
{
    CsvReader unclosed("a,b\n\"open,c\n");
    QVERIFY(unclosed.readRecord());
    QVERIFY(!unclosed.readRecord());
    QCOMPARE(unclosed.error(), u"a quoted field is not closed (missing \")"_s);
    QCOMPARE(unclosed.lineNumber(), 2);

    CsvReader trailing("\"quoted\"junk,b\n");
    QVERIFY(!trailing.readRecord());
    QCOMPARE(trailing.error(), u"unexpected text after a closing quote"_s);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
