#include "../core/ImportedDatasetFixture.h"
#include "BriefPrinter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "OfferWorkspace.h"
#include "ReportExporter.h"
#include "SessionDocument.h"

#include <QAction>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

// File ▸ Print… and Export Brief as PDF… print the window's session; a printer writing a PDF file stands in
// for paper, and pdftotext reads it back.
class TestBriefPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsAreInTheFileMenu();
    void printsTheBriefOfTheOpenSession();
    void exportsThePdf();
    void printsTheWindowsImportedBand();

private:
    static QString pdfText(const QString& path)
    {
        const QString program = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (program.isEmpty())
            return u"pdftotext is missing: install poppler-utils"_s;
        QProcess process;
        process.start(program, {path, u"-"_s});
        process.waitForFinished();
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }
    void openDana(MainWindow& window)
    {
        const QString path = m_dir.filePath(u"dana.anchorline"_s);
        if (!QFile::exists(path))
            QFile::copy(QStringLiteral(ANCHORLINE_SOURCE_DIR "/tests/data/sessions/dana-okafor.anchorline"),
                        path);
        QVERIFY(window.sessionDocument()->openFile(path));
    }
    // Prints the window's brief as File ▸ Print does, on a printer writing the PDF `name`; the PDF's text, or
    // why it could not be printed. `documentName`: the name the printer was given.
    QString printedText(MainWindow& window, const QString& name, QString* documentName = nullptr)
    {
        const QString path = m_dir.filePath(name);
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(path);
            ReportExporter::setUpPage(&printer, QLocale());
            if (!window.briefPrinter()->print(&printer))
                return window.briefPrinter()->lastError();
            if (documentName)
                *documentName = printer.docName();
        }
        return pdfText(path);
    }
    QTemporaryDir m_dir;
};

void TestBriefPrinter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestBriefPrinter::actionsAreInTheFileMenu()
{
    MainWindow window(MarketStore::builtIn());
    auto* print = window.findChild<QAction*>(u"actionPrintBrief"_s);
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(window.findChild<QAction*>(u"actionPrintPreview"_s));
    QVERIFY(window.findChild<QAction*>(u"actionExportBriefPdf"_s));
}

void TestBriefPrinter::printsTheBriefOfTheOpenSession()
{
    MainWindow window(MarketStore::builtIn());
    openDana(window);
    QString documentName;
    const QString text = printedText(window, u"printed.pdf"_s, &documentName);
    QCOMPARE(documentName, u"Offer brief — Dana Okafor"_s);
    QVERIFY2(text.contains(u"Offer brief — Dana Okafor"_s), qPrintable(text.left(300)));
    // The ask: Contoso's written base and equity per year against Northwind's offer.
    QVERIFY(text.contains(u"Base: $195,000 (offered $182,000)"_s));
    QVERIFY(text.contains(u"Equity per year: $80,000 (offered $60,000)"_s));
    QVERIFY(text.contains(u"Source: DOL OFLC (July 2025 – June 2026, BLS OEWS May 2024 survey)"_s));
}

void TestBriefPrinter::exportsThePdf()
{
    MainWindow window(MarketStore::builtIn());
    openDana(window);
    const QString path = m_dir.filePath(u"exported"_s);
    FileDialog::setNextFileName(path);
    window.findChild<QAction*>(u"actionExportBriefPdf"_s)->trigger();
    QVERIFY(QFile::exists(path + u".pdf"_s));
    const QString text = pdfText(path + u".pdf"_s);
    QVERIFY2(text.contains(u"Offer brief — Dana Okafor"_s), qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Base: $195,000 (offered $182,000)"_s));
}

// The printed brief uses the window's imported datasets: the same band as the window, named alike.
void TestBriefPrinter::printsTheWindowsImportedBand()
{
    // A home of its own (test-mode paths lie in it), so the dataset is not seen by tests run alongside.
    const QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
    ImportedDatasetFixture::libraryWith(
        DatasetLibrary::defaultDirectory(),
        "15-1252,senior,42660,USD,170000,190000,210000,235000,260000,Acme Comp Survey 2025,2025-04-01\n",
        u"Acme 2025"_s);
    MainWindow window(MarketStore::builtIn());
    openDana(window);
    QCOMPARE(window.workspace()->band()->value(Percentile::P50).amount, Money::fromMajor(210'000));
    const QString text = printedText(window, u"imported.pdf"_s);
    QVERIFY2(text.contains(u"p50 $210,000"_s), qPrintable(text));
    QVERIFY(text.contains(u"Source: Acme Comp Survey 2025 (2025-04-01, your dataset"_s));
}

QTEST_MAIN(TestBriefPrinter)
#include "TestBriefPrinter.moc"
