#include "BriefPrinter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MarketStore.h"
#include "ReportExporter.h"
#include "SessionDocument.h"

#include <QAction>
#include <QFile>
#include <QPrinter>
#include <QProcess>
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
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        ReportExporter::setUpPage(&printer, QLocale());
        QVERIFY2(window.briefPrinter()->print(&printer), qPrintable(window.briefPrinter()->lastError()));
        QCOMPARE(printer.docName(), u"Offer brief — Dana Okafor"_s);
    }
    const QString text = pdfText(path);
    QVERIFY2(text.contains(u"Offer brief — Dana Okafor"_s), qPrintable(text.left(300)));
    // The ask: Contoso's written base and equity per year against Northwind's offer.
    QVERIFY(text.contains(u"Base: $195,000 (offered $182,000)"_s));
    QVERIFY(text.contains(u"Equity per year: $80,000 (offered $60,000)"_s));
    QVERIFY(text.contains(u"Source: DOL OFLC (July 2025 – June 2026)"_s));
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

QTEST_MAIN(TestBriefPrinter)
#include "TestBriefPrinter.moc"
