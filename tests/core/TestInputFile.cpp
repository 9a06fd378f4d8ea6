#include "InputFile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void readsAFileWithinTheLimit()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"offer.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1}\n");
        file.close();
        const auto read = InputFile::read(path, 14);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(*read.bytes, QByteArray("{\"schema\": 1}\n"));
    }

    void refusesALargerFileBeforeReading()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"big.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(20 * InputFile::MiB)); // sparse: nothing has to be written or read
        file.close();
        const auto read = InputFile::read(path, InputFile::MaxDocumentBytes);
        QVERIFY(!read.ok());
        QCOMPARE(read.error,
                 path + u": the file is too large (20.0 MB); files of this kind are read up to 16.0 MB"_s);
    }

    void missingFileNamesThePath()
    {
        const auto read = InputFile::read(u"/nonexistent/offer.json"_s, InputFile::MaxDocumentBytes);
        QVERIFY(!read.ok());
        QCOMPARE(read.error, u"/nonexistent/offer.json: cannot open: No such file or directory"_s);
    }

    void streamStopsAtTheLimit()
    {
        QByteArray data(100'000, 'x');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto read = InputFile::read(buffer, u"standard input"_s, 99'999);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.startsWith(u"standard input: the input is too large (more than"_s),
                 qPrintable(read.error));
        QCOMPARE(buffer.pos(), qint64(100'000)); // read to one byte past the limit, not further

        buffer.seek(0);
        const auto exact = InputFile::read(buffer, u"standard input"_s, 100'000);
        QVERIFY(exact.ok());
        QCOMPARE(exact.bytes->size(), 100'000);
    }

    void encodingProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString notUtf8 = u"byte 0x%1 is not UTF-8; save the file as UTF-8"_s;
        QTest::newRow("utf-16le") << QByteArray("\xFF\xFE{\0", 4) << 1 << 1
                                  << u"the file is UTF-16 text; save it as UTF-8"_s;
        QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\0{", 4) << 1 << 1
                                  << u"the file is UTF-16 text; save it as UTF-8"_s;
        QTest::newRow("utf-32le") << QByteArray("\xFF\xFE\0\0{\0\0\0", 8) << 1 << 1
                                  << u"the file is UTF-32 text; save it as UTF-8"_s;
        QTest::newRow("nul")
            << QByteArray("{\n  \"a\": \"x\0y\"}", 15) << 2 << 10
            << u"a NUL byte: the file is binary or UTF-16/UTF-32, not UTF-8 text; save it as UTF-8"_s;
        QTest::newRow("latin-1 after é in UTF-8")
            << QByteArray("a\nb\xC3\xA9 caf\xE9\n") << 2 << 7 << notUtf8.arg(u"E9"_s);
        QTest::newRow("truncated sequence at the end")
            << QByteArray("abc\xE2\x82") << 1 << 4 << notUtf8.arg(u"E2"_s);
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 1 << 1 << notUtf8.arg(u"C0"_s);
        QTest::newRow("surrogate") << QByteArray("ok \xED\xA0\x80") << 1 << 4 << notUtf8.arg(u"ED"_s);
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 1 << 1 << notUtf8.arg(u"F4"_s);
        QTest::newRow("long ASCII run, then a stray continuation byte")
            << QByteArray(37, 'a') + "\x80" << 1 << 38 << notUtf8.arg(u"80"_s);
    }

    void encodingProblems()
    {
        QFETCH(QByteArray, bytes);
        const auto problem = InputFile::encodingProblem(bytes);
        QVERIFY(problem);
        QTEST(problem->line, "line");
        QTEST(problem->column, "column");
        QTEST(problem->message, "message");
    }

    void utf8TextHasNoProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ascii with CRLF") << QByteArray("role,level\r\n15-1252,senior\r\n");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF{\"schema\": 1}");
        QTest::newRow("two, three and four bytes")
            << QByteArray("Z\xC3\xBCrich \xE2\x82\xAC \xF0\x9F\x92\xB0");
    }

    void utf8TextHasNoProblem()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!InputFile::encodingProblem(bytes));
    }
};

QTEST_APPLESS_MAIN(TestInputFile)
#include "TestInputFile.moc"
