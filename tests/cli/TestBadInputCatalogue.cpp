// Runs the real anchorline-cli on every file of the bad-input catalogue (tests/data/bad/catalogue.tsv,
// docs/bad-input.md): each must end with the catalogue's exit code and, for bad input, a message naming the
// field or line, nothing on standard output, no crash or hang, and no file changed.
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int BadInput = 2;
constexpr int TimeoutMs = 60'000;
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 HugeFileBytes = 100 * MiB;
// The CLI's peak resident size while it refuses a 100 MB file: far below the file's size. A sanitized build
// (ANCHORLINE_SANITIZE, scripts/test.sh --sanitize) keeps ASan's shadow memory and a quarantine of freed
// blocks: there the CLI is 96 MiB resident evaluating a small offer and 125 MiB after refusing 16 MB on
// standard input, and reading a 100 MB file whole would take it past 200 MiB.
#ifdef ANCHORLINE_SANITIZED
constexpr qint64 PeakResidentBudget = 160 * MiB;
constexpr const char* BudgetReason = "sanitized build: ASan's shadow memory and quarantine";
#else
constexpr qint64 PeakResidentBudget = 64 * MiB;
constexpr const char* BudgetReason = "uninstrumented build";
#endif

QString catalogueDirectory()
{
    return QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/bad");
}

QString cliPath()
{
    return qEnvironmentVariable("ANCHORLINE_BIN_DIR") + u"/anchorline-cli"_s;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray("unreadable");
    return hash.result().toHex();
}

// Every file below `root`: relative path, size, permissions and content, so any change shows.
QByteArray treeHash(const QString& root)
{
    QStringList lines;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        lines.append(info.filePath().mid(root.size()) + u' ' + QString::number(info.size()) + u' ' +
                     QString::number(int(info.permissions()), 16) + u' ' +
                     (info.isDir() ? QString() : QString::fromLatin1(fileHash(info.filePath()))));
    }
    lines.sort();
    return lines.join(u'\n').toUtf8();
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// The largest resident size of any finished child process so far.
qint64 childrenPeakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

struct Run
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray standardOutput;
    QString standardError;
};

} // namespace

class TestBadInputCatalogue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_seedData; // XDG_DATA_HOME with one imported dataset, "existing"
    QTemporaryDir m_work;

    // Runs the CLI with the user's data in `dataHome` (datasets, templates) and its config in the work
    // directory, so the real user's files are never touched.
    Run run(const QStringList& arguments, const QString& dataHome, const QString& standardInputFile = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, dataHome);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_work.filePath(u"config"_s));
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        if (!standardInputFile.isEmpty())
            process.setStandardInputFile(standardInputFile);
        else
            process.setStandardInputFile(QProcess::nullDevice());
        process.start(cliPath(), arguments);
        Run result;
        result.finished = process.waitForFinished(TimeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
        }
        result.exitStatus = process.exitStatus();
        result.exitCode = process.exitCode();
        result.standardOutput = process.readAllStandardOutput();
        result.standardError = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // A fresh copy of the seeded user data for one case.
    QString freshDataHome(const QString& name)
    {
        const QString dataHome = m_work.filePath(name);
        QDir(dataHome).removeRecursively();
        if (!QDir().mkpath(dataHome) || !copyTree(m_seedData.path(), dataHome))
            qFatal("cannot copy the seeded user data");
        return dataHome;
    }

    static void verifyRefused(const Run& result, const QString& expectedError)
    {
        QVERIFY2(result.finished, "anchorline-cli hangs");
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == BadInput,
                 qPrintable(u"exit code %1, stderr: %2"_s.arg(result.exitCode).arg(result.standardError)));
        QCOMPARE(result.standardOutput, QByteArray());
        QVERIFY2(result.standardError.contains(expectedError),
                 qPrintable(u"expected \"%1\" in: %2"_s.arg(expectedError, result.standardError)));
    }

    // Writes a realistic file of `bytes` (not sparse, so a reader that ignores the limit really reads it).
    static bool writeHugeFile(const QString& path, const QByteArray& head, const QByteArray& filler,
                              qint64 bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
            return false;
        QByteArray chunk;
        while (chunk.size() < MiB)
            chunk += filler;
        for (qint64 written = head.size(); written < bytes; written += chunk.size()) {
            if (file.write(chunk) != chunk.size())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(cliPath()));
        qInfo("Peak resident size budget of anchorline-cli refusing a huge file: %lld MiB (%s)",
              PeakResidentBudget / MiB, BudgetReason);
        QVERIFY(m_seedData.isValid() && m_work.isValid());
        const Run seeded =
            run({u"import"_s, catalogueDirectory() + u"/csv-bom-crlf.csv"_s, u"--name"_s, u"existing"_s},
                m_seedData.path());
        QCOMPARE(seeded.exitCode, 0);
        QVERIFY(!treeHash(m_seedData.path()).isEmpty());
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedError");

        QFile tsv(catalogueDirectory() + u"/catalogue.tsv"_s);
        QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> listed;
        while (!tsv.atEnd()) {
            const QString line = QString::fromUtf8(tsv.readLine()).chopped(1);
            if (line.startsWith(u'#') || line.isEmpty())
                continue;
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 4);
            listed.insert(fields.at(0));
            QTest::addRow("%s | %s", qPrintable(fields.at(0)), qPrintable(fields.at(1)))
                << fields.at(0) << fields.at(1) << fields.at(2).toInt() << fields.at(3);
        }
        // Every file of the catalogue has at least one row, and there are at least 40 of them.
        QStringList files = QDir(catalogueDirectory()).entryList(QDir::Files);
        files.removeAll(u"catalogue.tsv"_s);
        QCOMPARE(QSet<QString>(files.begin(), files.end()), listed);
        QVERIFY(files.size() >= 40);
    }

    void catalogue()
    {
        QFETCH(QString, file);
        QFETCH(QString, commandLine);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedError);

        const QString path = catalogueDirectory() + u'/' + file;
        const QString dataHome = freshDataHome(u"data"_s);
        const QString templates = m_work.filePath(u"templates"_s);
        QDir(templates).removeRecursively();
        QStringList arguments;
        QString standardInput;
        for (const QString& argument : commandLine.split(u' ')) {
            if (argument == u"{stdin}") {
                arguments.append(u"-"_s);
                standardInput = path;
            } else if (argument == u"{templates}") {
                QVERIFY(QDir().mkpath(templates + u"/en"_s));
                QVERIFY(QFile::copy(path, templates + u"/en/email.warm.txt"_s));
                arguments.append(templates);
            } else {
                arguments.append(
                    QString(argument)
                        .replace(u"{file}"_s, path)
                        .replace(u"{offers}"_s, QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers")));
            }
        }
        const QByteArray inputBefore = fileHash(path);
        const QByteArray dataBefore = treeHash(dataHome);
        const QByteArray templatesBefore = treeHash(templates);

        const Run result = run(arguments, dataHome, standardInput);

        QCOMPARE(fileHash(path), inputBefore);
        QCOMPARE(treeHash(templates), templatesBefore);
        if (exitCode == 0) {
            // Accepted variants (BOM, CRLF): a result and no error.
            QVERIFY2(result.finished, "anchorline-cli hangs");
            QCOMPARE(result.exitStatus, QProcess::NormalExit);
            QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
            QVERIFY(!result.standardOutput.isEmpty());
            return;
        }
        QCOMPARE(exitCode, BadInput);
        verifyRefused(result, expectedError);
        QCOMPARE(treeHash(dataHome), dataBefore);
    }

    // 100 MB files are refused by their size before they are read: the CLI stays far below the resident size
    // a whole read would need (PeakResidentBudget).
    void hugeFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("filler");
        QTest::addColumn<bool>("viaStandardInput");
        QTest::addColumn<QString>("expectedError");

        const QByteArray offerHead = "{\"schema\": 1, \"base\": 185000, \"company\": \"";
        const QString offerTooLarge =
            u"the file is too large (100.0 MB); files of this kind are read up to 16.0 MB"_s;
        QTest::newRow("offer") << u"huge-offer.json"_s << QStringList{u"evaluate"_s, u"{file}"_s} << offerHead
                               << QByteArray("Northwind ") << false << offerTooLarge;
        QTest::newRow("offer for email") << u"huge-offer.json"_s << QStringList{u"email"_s, u"{file}"_s}
                                         << offerHead << QByteArray("Northwind ") << false << offerTooLarge;
        QTest::newRow("session") << u"huge.anchorline"_s << QStringList{u"compare"_s, u"{file}"_s}
                                 << QByteArray("{\"schema\": 1, \"app\": \"Anchorline\", \"offers\": [")
                                 << QByteArray("{\"offer\": {\"schema\": 1, \"base\": 185000}}, ") << false
                                 << offerTooLarge;
        QTest::newRow("offer on standard input")
            << u"huge-offer.json"_s << QStringList{u"evaluate"_s, u"-"_s} << offerHead
            << QByteArray("Northwind ") << true
            << u"standard input: the input is too large (more than 16.0 MB were read)"_s;
        QTest::newRow("csv")
            << u"huge.csv"_s << QStringList{u"import"_s, u"{file}"_s, u"--name"_s, u"huge"_s}
            << QByteArray("role,level,location,currency,p10,p25,p50,p75,p90,source,date\n")
            << QByteArray(
                   "15-1252,senior,41940,USD,180000,200000,230000,260000,300000,Acme survey,2025-03-01\n")
            << false << u"the file is too large (100.0 MB); files of this kind are read up to 64.0 MB"_s;
        QTest::newRow("template")
            << u"email.warm.txt"_s
            << QStringList{u"email"_s,
                           QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/offers/senior-swe-sanjose.json"),
                           u"--templates"_s, u"{templates}"_s}
            << QByteArray("[thanks]\n") << QByteArray("Thank you for the offer.\n") << false
            << u"the file is too large (100.0 MB); files of this kind are read up to 1.0 MB"_s;
    }

    void hugeFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, filler);
        QFETCH(bool, viaStandardInput);
        QFETCH(QString, expectedError);

        QTemporaryDir directory;
        const QString templates = directory.filePath(u"templates"_s);
        const bool isTemplate = arguments.contains(u"{templates}"_s);
        const QString path = isTemplate ? templates + u"/en/"_s + fileName : directory.filePath(fileName);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY(writeHugeFile(path, head, filler, HugeFileBytes));
        arguments.replaceInStrings(u"{file}"_s, path);
        arguments.replaceInStrings(u"{templates}"_s, templates);
        const QString dataHome = freshDataHome(u"huge-data"_s);
        const QByteArray before = fileHash(path);
        const QByteArray dataBefore = treeHash(dataHome);

        const Run result = run(arguments, dataHome, viaStandardInput ? path : QString());

        verifyRefused(result, expectedError);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(treeHash(dataHome), dataBefore);
        // Offers and sessions are read up to 16 MB at the most; files are refused before any reading.
        QVERIFY2(childrenPeakResidentBytes() < PeakResidentBudget,
                 qPrintable(u"peak resident size %1 MiB"_s.arg(childrenPeakResidentBytes() / MiB)));
    }

    // A CSV on standard input has no size to check first: reading stops one byte past the 64 MB limit.
    void hugeDatasetOnStandardInput()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"huge.csv"_s);
        QVERIFY(writeHugeFile(
            path, "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n",
            "15-1252,senior,41940,USD,180000,200000,230000,260000,300000,Acme survey,2025-03-01\n",
            HugeFileBytes));
        const QString dataHome = freshDataHome(u"huge-stdin-data"_s);
        const QByteArray dataBefore = treeHash(dataHome);
        const Run result = run({u"import"_s, u"-"_s, u"--name"_s, u"huge"_s}, dataHome, path);
        verifyRefused(result, u"standard input: the input is too large (more than 64.0 MB were read)"_s);
        QCOMPARE(treeHash(dataHome), dataBefore);
    }
};

QTEST_GUILESS_MAIN(TestBadInputCatalogue)
#include "TestBadInputCatalogue.moc"
