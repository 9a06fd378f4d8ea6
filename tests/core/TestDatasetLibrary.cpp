#include "DataFolder.h"
#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Qt::StringLiterals;

class TestDatasetLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultDirectoryIsInTheDataFolder();
    void addListAndRemove();
    void storesOwnerOnly();
    void roundTripKeepsEveryValue();
    void refusesDuplicateNameUnlessReplacing();
    void namesAreValidated_data();
    void namesAreValidated();
    void damagedFilesAreReportedNotLoaded();
    void rowsAreReadOnlyWhenALookUpNeedsThem();

private:
    ImportedDataset importCsv(const QByteArray& csv, const QString& name) const;
    std::unique_ptr<RoleSearch> m_roles;
    std::unique_ptr<LocationSearch> m_locations;
};

void TestDatasetLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_roles = std::make_unique<RoleSearch>(MarketStore::builtIn());
    m_locations = std::make_unique<LocationSearch>(MarketStore::builtIn());
}

ImportedDataset TestDatasetLibrary::importCsv(const QByteArray& csv, const QString& name) const
{
    auto result = DatasetImporter(*m_roles, *m_locations).import(csv, name, name + u".csv");
    if (!result.ok())
        qFatal("%s", qPrintable(result.formattedErrors(name).join(u'\n')));
    return std::move(*result.dataset);
}

const QByteArray SampleCsv =
    "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
    "15-1252,senior,41940,USD,180000,200000,230000.50,260000,300000,Acme,2025-03-01\n"
    "15-2051,,US,EUR,,,90000,,,Euro survey,2024-06\n";

void TestDatasetLibrary::defaultDirectoryIsInTheDataFolder()
{
    QCOMPARE(DatasetLibrary::defaultDirectory(),
             QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/datasets"));
    QCOMPARE(DatasetLibrary::defaultDirectory(), QString(DataFolder::path() + u"/datasets"));
}

void TestDatasetLibrary::addListAndRemove()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path() + u"/datasets");
    QVERIFY(library.list().isEmpty());
    QString error;
    QVERIFY2(library.add(importCsv(SampleCsv, u"Acme 2025"_s), false, &error), qPrintable(error));
    QVERIFY(library.add(importCsv(SampleCsv, u"Another"_s), false));
    const auto infos = library.list();
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos.at(0).name, u"Acme 2025"_s);
    QCOMPARE(infos.at(0).sourceFile, u"Acme 2025.csv"_s);
    QCOMPARE(infos.at(0).rowCount, 2);
    QCOMPARE(infos.at(0).sources, (QStringList{u"Acme"_s, u"Euro survey"_s}));
    QCOMPARE(infos.at(0).oldestDate, QDate(2024, 6, 1));
    QCOMPARE(infos.at(0).newestDate, QDate(2025, 3, 1));
    QVERIFY(infos.at(0).importedAt.isValid());
    QCOMPARE(infos.at(0).path, QString(directory.path() + u"/datasets/acme_2025.anchorline-dataset"));
    QVERIFY(library.contains(u"ACME 2025"_s));

    QVERIFY(library.remove(u"acme 2025"_s, &error));
    QCOMPARE(library.list().size(), 1);
    QVERIFY(!library.remove(u"Acme 2025"_s, &error));
    QCOMPARE(error, u"no dataset named \"Acme 2025\""_s);
}

void TestDatasetLibrary::storesOwnerOnly()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path() + u"/datasets");
    QVERIFY(library.add(importCsv(SampleCsv, u"Private"_s), false));
    const QString path = library.list().front().path;
    // Owner, group and other bits (the "user" bits repeat the owner's for the current user).
    const auto ownerGroupOther = [](const QString& file) { return int(QFile::permissions(file)) & 0x7077; };
    QCOMPARE(ownerGroupOther(path), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(ownerGroupOther(library.directory()),
             int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // No temporary files left behind.
    QCOMPARE(QDir(library.directory()).entryList(QDir::Files).size(), 1);
}

void TestDatasetLibrary::roundTripKeepsEveryValue()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    const ImportedDataset original = importCsv(SampleCsv, u"Round trip"_s);
    QVERIFY(library.add(original, false));
    const auto loaded = library.datasets();
    QCOMPARE(loaded.size(), size_t(1));
    const ImportedDataset& copy = *loaded.front();
    QCOMPARE(copy.info().name, original.info().name);
    QCOMPARE(copy.info().importedAt, original.info().importedAt);
    QCOMPARE(copy.rows().size(), original.rows().size());
    const auto* senior = copy.find(u"15-1252", u"41940", CareerLevel::Senior);
    QVERIFY(senior);
    QCOMPARE(senior->amount(Percentile::P50), qint64(23'000'050));
    QCOMPARE(senior->amount(Percentile::P90), qint64(30'000'000));
    const auto* euro = copy.find(u"15-2051", u"US", CareerLevel::Unspecified);
    QVERIFY(euro);
    QVERIFY(!euro->amount(Percentile::P10));
    const Band band = copy.band(*euro);
    QCOMPARE(band.currency, u"EUR"_s);
    QCOMPARE(band.value(Percentile::P50).amount, Money::fromMajor(90'000, u"EUR"_s));
    QCOMPARE(band.sourceName, u"Euro survey"_s);
    QCOMPARE(band.dataPeriod, u"2024-06-01"_s);
}

void TestDatasetLibrary::refusesDuplicateNameUnlessReplacing()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    QVERIFY(library.add(importCsv(SampleCsv, u"Same"_s), false));
    QString error;
    QVERIFY(!library.add(importCsv(SampleCsv, u"same"_s), false, &error));
    QCOMPARE(error, u"a dataset named \"same\" already exists"_s);
    QVERIFY(library.add(importCsv(SampleCsv, u"same"_s), true, &error));
    QCOMPARE(library.list().size(), 1);
    QCOMPARE(library.list().front().name, u"same"_s);
}

void TestDatasetLibrary::namesAreValidated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Levels 2025"_s << true;
    QTest::newRow("dots and dashes") << u"levels.fyi-2025_q1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("path") << u"../evil"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("leading space") << u" x"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void TestDatasetLibrary::namesAreValidated()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(DatasetLibrary::nameError(name).isEmpty(), valid);
}

void TestDatasetLibrary::damagedFilesAreReportedNotLoaded()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    QVERIFY(library.add(importCsv(SampleCsv, u"Good"_s), false));
    QFile damaged(directory.filePath(u"bad.anchorline-dataset"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("ALDS garbage");
    damaged.close();
    QStringList problems;
    QCOMPARE(library.list(&problems).size(), 1);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().contains(u"bad.anchorline-dataset"), qPrintable(problems.front()));
    QCOMPARE(library.datasets().size(), size_t(1));

    // A truncated dataset is refused too.
    QFile good(library.list().front().path);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QString error;
    QVERIFY(!ImportedDataset::deserialize(bytes.left(bytes.size() - 3), false, &error));
    QVERIFY(!error.isEmpty());
}

// The desktop app looks bands up at start-up: only each file's index (header, role and area tables) is read
// then, and a dataset's rows only when its tables hold the SOC and area asked for.
void TestDatasetLibrary::rowsAreReadOnlyWhenALookUpNeedsThem()
{
    QTemporaryDir directory;
    DatasetLibrary library(directory.path());
    QVERIFY(library.add(importCsv(SampleCsv, u"Acme"_s), false));
    const DatasetLibrary lazy(directory.path());
    QCOMPARE(lazy.datasetsCovering(u"15-1252", u"12420").size(), size_t(0)); // Austin: not in its tables
    QCOMPARE(lazy.datasetsCovering(u"11-1011", u"41940").size(), size_t(0)); // another occupation

    // Its rows cut short now: had the look-ups above read them, the dataset would still answer.
    const QString path = library.list().front().path;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes.left(bytes.size() - 3));
    file.close();
    // Asked for what its tables hold, the rows are read and found damaged: skipped, not an error.
    QCOMPARE(lazy.datasetsCovering(u"15-1252", u"41940").size(), size_t(0));

    QVERIFY(library.add(importCsv(SampleCsv, u"Acme"_s), true));
    const DatasetLibrary repaired(directory.path());
    const auto covering = repaired.datasetsCovering(u"15-1252", u"41940");
    QCOMPARE(covering.size(), size_t(1));
    QCOMPARE(covering.front()->find(u"15-1252", u"41940", CareerLevel::Senior)->amount(Percentile::P50),
             qint64(23'000'050));
    QCOMPARE(repaired.datasetsCovering(u"15-2051", u"US").size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestDatasetLibrary)
#include "TestDatasetLibrary.moc"
