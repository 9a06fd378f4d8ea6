#include "../core/ImportedDatasetFixture.h"
#include "MarketStore.h"
#include "ReportExporter.h"
#include "SessionFile.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Anchorline;

namespace {

const QString SamplePath =
    QStringLiteral(ANCHORLINE_SOURCE_DIR) + u"/tests/data/sessions/dana-okafor.anchorline"_s;
const QLocale English(QLocale::English, QLocale::UnitedStates);
const QDate Today(2026, 11, 26);

// The output of a poppler tool; fails the test when the tool is missing or fails.
QString runPoppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        QTest::qFail(qPrintable(tool + u" is missing: install poppler-utils (scripts/common.sh)"_s), __FILE__,
                     __LINE__);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with ligatures ("ﬀ") spelled out and every run of white space one space.
QString pdfText(const QString& path)
{
    return runPoppler(u"pdftotext"_s, {path, u"-"_s}).normalized(QString::NormalizationForm_KC).simplified();
}

// Runs the app as a script would, in the C locale (which the app shows as en_US), with its data folder
// (imported datasets) and settings in `home`; returns the exit code.
int runAnchorline(const QStringList& arguments, const QString& home, QString* standardError = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ANCHORLINE_BIN_DIR") + u"/anchorline"_s, arguments);
    if (!process.waitForFinished(60'000))
        return -1;
    if (standardError)
        *standardError = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsClientAskAndSources();
    void pdfIsOneLetterPagePrivateFile();
    void briefLeavesOutCurrentPay();
    void pageSizeFollowsLocale();
    void commandLineWritesPdf();
    void commandLineRefusesBadSession();
    void commandLineNeedsPdfOption();
    void importedDatasetSuppliesTheBand();
    void commandLineUsesImportedDatasets();

private:
    Session m_session;
    QTemporaryDir m_directory;
};

void TestReportExporter::initTestCase()
{
    const auto loaded = SessionFile::load(SamplePath);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_session = loaded.session();
    QVERIFY(m_directory.isValid());
}

void TestReportExporter::pdfHoldsClientAskAndSources()
{
    const QString path = m_directory.filePath(u"brief.pdf"_s);
    QString error;
    QVERIFY2(
        ReportExporter(m_session, MarketStore::builtIn(), nullptr, English, Today).exportPdf(path, &error),
        qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Offer brief — Dana Okafor"_s), qPrintable(text.left(200)));
    // The competing-offer match: Contoso's written base and equity per year, Northwind's offer beside them.
    QVERIFY(text.contains(u"Base: $195,000 (offered $182,000)"_s));
    QVERIFY(text.contains(u"Equity per year: $80,000 (offered $60,000)"_s));
    QVERIFY(text.contains(
        u"Office of Foreign Labor Certification (OFLC), prevailing wage data, July 2025 – June 2026 "
        u"(OEWS survey year 2024)"_s));
    // (The area name may be hyphenated across lines.)
    QVERIFY(text.contains(
        u"Offer base: below p10. Source: DOL OFLC (July 2025 – June 2026, BLS OEWS May 2024 survey)"_s));
    // Year 1 of offer A: $182,000 base + $18,200 bonus + $20,000 sign-on + $60,000 equity.
    QVERIFY(text.contains(u"$280,200"_s));
    QVERIFY(text.contains(u"Subject: Re: Offer – Senior Software Engineer at Northwind Robotics"_s));
}

void TestReportExporter::pdfIsOneLetterPagePrivateFile()
{
    const QString path = m_directory.filePath(u"page.pdf"_s);
    QVERIFY(
        ReportExporter(m_session, MarketStore::builtIn(), nullptr, English, Today).exportPdf(path, nullptr));
    const QString info = runPoppler(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
    QVERIFY(info.contains(u"Title:           Offer brief — Dana Okafor"_s));
    const auto permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther)));
}

void TestReportExporter::briefLeavesOutCurrentPay()
{
    const auto brief = ReportExporter(m_session, MarketStore::builtIn(), nullptr, English, Today).document();
    const QString text = brief->toPlainText();
    QVERIFY(text.contains(u"Dana Okafor"_s));
    // Current pay in the sample: base $158,000, bonus $12,000, equity $30,000 a year.
    QVERIFY(!text.contains(u"$158,000"_s));
    QVERIFY(!text.contains(u"$12,000"_s));
    QVERIFY(!text.contains(u"$30,000 a year"_s));
    QVERIFY(!brief->resource(QTextDocument::ImageResource, QUrl(u"anchorline-report://band-chart.png"_s))
                 .value<QImage>()
                 .isNull());
}

void TestReportExporter::pageSizeFollowsLocale()
{
    QCOMPARE(ReportExporter::pageSizeFor(English).id(), QPageSize::Letter);
    QCOMPARE(ReportExporter::pageSizeFor(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
    QCOMPARE(ReportExporter::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(ReportExporter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
             QPageSize::A4);
}

void TestReportExporter::commandLineWritesPdf()
{
    const QString path = m_directory.filePath(u"cli.pdf"_s);
    QCOMPARE(
        runAnchorline({u"--export-report"_s, SamplePath, u"--pdf"_s, path}, m_directory.filePath(u"home"_s)),
        0);
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Dana Okafor"_s));
    QVERIFY(text.contains(u"Base: $195,000"_s));
    // No imported dataset: the built-in band (PROVENANCE.md's OFLC levels, modelled for a senior level).
    QVERIFY(text.contains(u"p50 $212,202 (estimate)"_s));
    QVERIFY(!text.contains(u"your dataset"_s));
}

void TestReportExporter::commandLineRefusesBadSession()
{
    const QString sessionPath = m_directory.filePath(u"broken.anchorline"_s);
    QFile broken(sessionPath);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"schema": 1, "client": {"name": "Broken"}, "offers": [)");
    broken.close();
    const QString pdfPath = m_directory.filePath(u"broken.pdf"_s);
    QString error;
    QCOMPARE(runAnchorline({u"--export-report"_s, sessionPath, u"--pdf"_s, pdfPath},
                           m_directory.filePath(u"home"_s), &error),
             2);
    QVERIFY2(error.contains(sessionPath), qPrintable(error));
    QVERIFY(!QFile::exists(pdfPath));
}

void TestReportExporter::commandLineNeedsPdfOption()
{
    QString error;
    QCOMPARE(runAnchorline({u"--export-report"_s, SamplePath}, m_directory.filePath(u"home"_s), &error), 2);
    QVERIFY2(error.contains(u"--pdf"_s), qPrintable(error));
}

namespace {
// Dana's offers are senior software developers in Seattle: a dataset row with a p50 of its own.
const QByteArray SeattleSeniorRow =
    "15-1252,senior,42660,USD,170000,190000,210000,235000,260000,Acme Comp Survey 2025,2025-04-01\n";
} // namespace

// The brief shows what the window shows: the imported dataset's band, named with the dataset and its age.
void TestReportExporter::importedDatasetSuppliesTheBand()
{
    const auto library = ImportedDatasetFixture::libraryWith(m_directory.filePath(u"library"_s),
                                                             SeattleSeniorRow, u"Acme 2025"_s);
    const auto brief = ReportExporter(m_session, MarketStore::builtIn(), library, English, Today).document();
    const QString text = brief->toPlainText();
    QVERIFY2(text.contains(u"p10 $170,000 · p25 $190,000 · p50 $210,000 · p75 $235,000 · p90 $260,000"_s),
             qPrintable(text));
    QVERIFY(
        text.contains(u"Offer base: 19th percentile. Source: Acme Comp Survey 2025 (2025-04-01, your dataset "
                      u"\"Acme 2025\"), Seattle-Tacoma-Bellevue, WA, Senior (1 year old)."_s));
    QVERIFY(!text.contains(u"$212,202"_s));
}

// `anchorline --export-report` reads the user's imported datasets from the data folder, as the window does.
void TestReportExporter::commandLineUsesImportedDatasets()
{
    const QString home = m_directory.filePath(u"home-with-dataset"_s);
    ImportedDatasetFixture::libraryWith(home + u"/data/Anchorline/Anchorline/datasets"_s, SeattleSeniorRow,
                                        u"Acme 2025"_s);
    const QString path = m_directory.filePath(u"cli-dataset.pdf"_s);
    QString error;
    QCOMPARE(runAnchorline({u"--export-report"_s, SamplePath, u"--pdf"_s, path}, home, &error), 0);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"p50 $210,000"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"Offer base: 19th percentile. Source: Acme Comp Survey 2025 (2025-04-01, your dataset"_s));
    QVERIFY(text.contains(u"(your imported dataset \"Acme 2025\")"_s));
    QVERIFY(!text.contains(u"$212,202"_s));
}

QTEST_MAIN(TestReportExporter)
#include "TestReportExporter.moc"
