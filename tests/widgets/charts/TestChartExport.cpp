#include "../FileSizeLimit.h"
#include "FileDialog.h"
#include "charts/ChartExport.h"
#include "charts/YearByYearChart.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatBySuffix();
    void pngAtTwiceTheResolution();
    void svgHasTheChartText();
    void unknownSuffixIsRefused();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void saveWithDialogWritesTheChosenFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<YearByYearChart> m_chart;
};

void TestChartExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_chart = std::make_unique<YearByYearChart>();
    m_chart->resize(700, 400);
    m_chart->setYears({{1, Money::fromMajor(185000), Money::fromMajor(27750), Money::fromMajor(30000),
                        Money::fromMajor(50000), Money()}});
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestChartExport::formatBySuffix()
{
    QCOMPARE(ChartExport::formatForPath(QStringLiteral("/tmp/a.PNG")), ChartExport::Format::Png);
    QCOMPARE(ChartExport::formatForPath(QStringLiteral("chart.svg")), ChartExport::Format::Svg);
    QVERIFY(!ChartExport::formatForPath(QStringLiteral("chart.pdf")));
}

void TestChartExport::pngAtTwiceTheResolution()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(ChartExport::save(m_chart.get(), path, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 800));
    // Not a blank image: the bars are drawn.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, image.height() / 2));
    QVERIFY2(colours.size() > 3, "the exported PNG looks empty");
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestChartExport::svgHasTheChartText()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(m_chart->saveAs(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("Pay year by year"));
    QVERIFY(svg.size() > 5000);
}

void TestChartExport::unknownSuffixIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.gif"));
    QString error;
    QVERIFY(!ChartExport::save(m_chart.get(), path, &error));
    QVERIFY2(error.contains(QStringLiteral("chart.gif")) && error.contains(QStringLiteral(".png or .svg")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestChartExport::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("svg") << QStringLiteral("full-disk.svg");
    QTest::newRow("png") << QStringLiteral("full-disk.png");
}

// A write that fails (here: files may not grow past 1 KiB, as on a full disk) is reported with the file and
// the reason, and the chart saved before stays whole and private.
void TestChartExport::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);
    QString error;
    QVERIFY2(ChartExport::save(m_chart.get(), path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray before = saved.readAll();
    saved.close();
    QVERIFY(before.size() > 1024);

    bool ok = true;
    {
        const FileSizeLimit nearlyFull(1024);
        ok = ChartExport::save(m_chart.get(), path, &error);
    }
    QVERIFY(!ok);
    QCOMPARE(error, path + QStringLiteral(": cannot write: File too large"));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), before);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(m_dir.path()).entryList({fileName + QStringLiteral("*")}, QDir::Files), {fileName});
}

void TestChartExport::saveWithDialogWritesTheChosenFile()
{
    const QString path = m_dir.filePath(QStringLiteral("from-menu.svg"));
    FileDialog::setNextFileName(path);
    m_chart->saveWithDialog();
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(TestChartExport)
#include "TestChartExport.moc"
