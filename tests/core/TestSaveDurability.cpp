// Saving never damages what is on disk, and a failed save says so (issue 9): SessionFile, AutosaveStore and
// DatasetLibrary (also through `anchorline-cli import`) are run in a child process (the sessionWriter helper)
// that is killed with SIGKILL at random moments, runs as a user who may not write, or may only write files up
// to a size (RLIMIT_FSIZE with SIGXFSZ ignored, so writes fail with EFBIG as on a full disk).
#include "SessionFile.h"
#include "SessionSamples.h"
#include "SessionWriterSamples.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

constexpr int Kills = 60;
constexpr quint32 KillSeed = 20261126;
// The kill falls 20-400 ms after the writer starts: past its start-up, within its first few saves. Under ASan
// (a sanitized build) the writer starts and saves several times slower, so the window stretches with it.
#ifdef ANCHORLINE_SANITIZED
constexpr int KillWindowScale = 4;
#else
constexpr int KillWindowScale = 1;
#endif
constexpr int TimeoutMs = 60'000;

QString binary(const QString& name)
{
    return qEnvironmentVariable("ANCHORLINE_BIN_DIR") + u'/' + name;
}

// How the child runs: as an unprivileged user (root ignores file permissions) and with a file size limit.
struct ChildLimits
{
    bool unprivileged = false;
    rlim_t maxFileBytes = RLIM_INFINITY;
};

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

uid_t unprivilegedUser()
{
    const passwd* nobody = getpwnam("nobody");
    return nobody ? nobody->pw_uid : 65534;
}

// The user the unprivileged child runs as must own the test's files to be refused by their modes, not their
// owner.
void giveToChildUser(const QString& root)
{
    if (geteuid() != 0)
        return;
    const uid_t user = unprivilegedUser();
    QVERIFY(chown(QFile::encodeName(root).constData(), user, gid_t(user)) == 0);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY(chown(QFile::encodeName(it.next()).constData(), user, gid_t(user)) == 0);
}

Run runChild(const QString& program, const QStringList& arguments, const ChildLimits& limits,
             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    const uid_t user = unprivilegedUser();
    process.setChildProcessModifier([limits, user] {
        if (limits.maxFileBytes != RLIM_INFINITY) {
            signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{limits.maxFileBytes, limits.maxFileBytes};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.unprivileged && geteuid() == 0) {
            setgroups(0, nullptr);
            if (setgid(gid_t(user)) != 0 || setuid(user) != 0)
                _exit(99);
        }
    });
    process.start(program, arguments);
    Run run;
    run.finished = process.waitForFinished(TimeoutMs);
    run.exitCode = process.exitCode();
    run.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    run.standardError = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Paths and hashes of every file below `root`.
QStringList snapshot(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(path + u' ' + QString::fromLatin1(SessionSamples::fileHash(path)));
    }
    files.sort();
    return files;
}

// Makes `directory` one the unprivileged child may read but not write. As root the child runs as "nobody", so
// the directory stays root's (the app would otherwise make its own folders writable again); the test root
// above it must let "nobody" pass.
void makeUnwritableForChild(const QTemporaryDir& root, const QString& directory)
{
    const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(root.path(), readable | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(directory, geteuid() == 0 ? readable | QFile::WriteOwner : readable));
}

} // namespace

class TestSaveDurability : public QObject
{
    Q_OBJECT

private:
    // A directory holding version 1 of the large session as client.anchorline and version 0 as its backup.
    static QString preparedSessionDirectory(const QTemporaryDir& root)
    {
        const QString path = root.filePath(u"client.anchorline"_s);
        if (!SessionFile::save(SessionWriterSamples::largeSession(0), path).ok() ||
            !SessionFile::save(SessionWriterSamples::largeSession(1), path).ok())
            qFatal("cannot prepare the session");
        return path;
    }

    // The app makes its own autosave and dataset folders private (and so writable) again when it owns them.
    static void requireOtherUserForOwnFolders(bool readOnly)
    {
        if (readOnly && geteuid() != 0)
            QSKIP("needs root, to run the child as another user than the folder's owner");
    }

    // Saves version 2 to `target` in a child with `limits`: it must fail with `expectedError`, and nothing in
    // the directory may change (version 1 and its backup, version 0, stay).
    static void verifySaveRefused(const QTemporaryDir& root, const QString& target, const ChildLimits& limits,
                                  const QString& expectedError)
    {
        const QStringList before = snapshot(root.path());
        const Run run = runChild(binary(u"sessionWriter"_s), {u"session"_s, target, u"2"_s}, limits);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.standardError, expectedError + u'\n');
        QCOMPARE(snapshot(root.path()), before);
        verifyVersions(root.filePath(u"client.anchorline"_s), 1, 0);
    }

    static void verifyVersions(const QString& path, int version, int backupVersion)
    {
        const auto loaded = SessionFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(SessionWriterSamples::versionOf(loaded.session()), version);
        const auto backup = SessionFile::load(SessionFile::backupPath(path));
        QVERIFY2(backup.ok(), qPrintable(backup.error));
        QCOMPARE(SessionWriterSamples::versionOf(backup.session()), backupVersion);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(binary(u"sessionWriter"_s)));
        // The unprivileged child must be able to reach the test's temporary directories.
        QVERIFY(QFileInfo(QDir::tempPath()).permissions().testFlag(QFile::ExeOther));
    }

    // kill -9 at random moments of a save loop: the file is always the last saved version or the one being
    // saved, and the backup the one before (or the same, when the kill fell between backup and commit).
    void killDuringSaveLeavesOldOrNewVersion()
    {
        QTemporaryDir root;
        const QString path = root.filePath(u"client.anchorline"_s);
        QRandomGenerator random(KillSeed);
        int onDisk = 0; // version in the file after the last kill, 0: none yet
        int killsBetweenBackupAndCommit = 0;
        int versionsWritten = 0;
        for (int kill = 0; kill < Kills; ++kill) {
            QProcess writer;
            writer.start(binary(u"sessionWriter"_s), {u"loop"_s, path});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(int(random.bounded(20, 400)) * KillWindowScale);
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            int acknowledged = onDisk;
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("saved "))
                    acknowledged = line.mid(6).toInt();
            }
            if (!QFileInfo::exists(path)) {
                QCOMPARE(acknowledged, 0); // killed before the first save finished
                continue;
            }
            const auto loaded = SessionFile::load(path);
            QVERIFY2(loaded.ok(), qPrintable(u"after kill %1: %2"_s.arg(kill).arg(loaded.error)));
            const int version = SessionWriterSamples::versionOf(loaded.session());
            QVERIFY2(version == acknowledged || version == acknowledged + 1,
                     qPrintable(u"kill %1: version %2 on disk, %3 acknowledged"_s.arg(kill).arg(version).arg(
                         acknowledged)));
            if (version >= 2 || QFileInfo::exists(SessionFile::backupPath(path))) {
                const auto backup = SessionFile::load(SessionFile::backupPath(path));
                QVERIFY2(backup.ok(), qPrintable(u"after kill %1: %2"_s.arg(kill).arg(backup.error)));
                const int backupVersion = SessionWriterSamples::versionOf(backup.session());
                QVERIFY2(backupVersion == version - 1 || backupVersion == version,
                         qPrintable(u"kill %1: backup version %2, file version %3"_s.arg(kill)
                                        .arg(backupVersion)
                                        .arg(version)));
                killsBetweenBackupAndCommit += backupVersion == version ? 1 : 0;
            }
            versionsWritten += version - onDisk;
            onDisk = version;
        }
        // A kill between QSaveFile's temporary file and its commit leaves that file; the next save removes
        // it, so no half-written files with pay data stay beside the session.
        QProcess lastSave;
        lastSave.start(binary(u"sessionWriter"_s), {u"session"_s, path, QString::number(onDisk + 1)});
        QVERIFY(lastSave.waitForFinished());
        QCOMPARE(lastSave.exitCode(), 0);
        const QStringList left = QDir(root.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left == QStringList({u"client.anchorline"_s, u"client.anchorline.bak"_s}),
                 qPrintable(left.join(u", ")));
        qInfo("%d kills survived; %d versions saved in between; %d kills fell between backup and commit",
              Kills, versionsWritten, killsBetweenBackupAndCommit);
        QVERIFY(versionsWritten > 0);
    }

    void saveIntoReadOnlyDirectoryIsReported()
    {
        QTemporaryDir root;
        preparedSessionDirectory(root);
        makeUnwritableForChild(root, root.path());
        // Save As a new file there (replacing the existing one is refused for the file, see below).
        const QString newPath = root.filePath(u"new.anchorline"_s);
        verifySaveRefused(root, newPath, {true}, newPath + u": cannot save: Permission denied"_s);
    }

    void saveOntoReadOnlyFileIsReported()
    {
        QTemporaryDir root;
        const QString path = preparedSessionDirectory(root);
        giveToChildUser(root.path());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        verifySaveRefused(root, path, {true},
                          path + u": cannot save: Existing file "_s + path + u" is not writable"_s);
    }

    void saveOnFullDiskIsReported()
    {
        QTemporaryDir root;
        const QString path = preparedSessionDirectory(root);
        verifySaveRefused(root, path, {false, 256 * 1024}, path + u": cannot save: File too large"_s);
    }

    // The autosave folder and the dataset library: the app's own folders, which it makes private (and so
    // writable) again when it owns them.
    void ownFolderErrorsAreReported_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("firstSave");
        QTest::addColumn<QStringList>("secondSave");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<quint64>("maxFileBytes");
        QTest::addColumn<QString>("message"); // {dir} is the folder
        const QStringList firstSnapshot{u"autosave"_s, u"{dir}"_s, u"1"_s};
        const QStringList secondSnapshot{u"autosave"_s, u"{dir}"_s, u"2"_s};
        const QString snapshot = u"{dir}/6f1c2d4e-0000-4000-8000-000000000001.anchorline-autosave"_s;
        QTest::newRow("autosave, read-only folder")
            << u"autosave"_s << firstSnapshot << secondSnapshot << true << quint64(RLIM_INFINITY)
            << u"{dir}: cannot make the autosave folder private: Operation not permitted"_s;
        QTest::newRow("autosave, disk full")
            << u"autosave"_s << firstSnapshot << secondSnapshot << false << quint64(256 * 1024)
            << snapshot + u": cannot write: File too large"_s;
        const QStringList dataset{u"dataset"_s, u"{dir}"_s, u"acme"_s};
        const QString datasetFile = u"{dir}/acme.anchorline-dataset"_s;
        QTest::newRow("dataset library, read-only")
            << u"datasets"_s << dataset << dataset << true << quint64(RLIM_INFINITY)
            << datasetFile + u": cannot write: Existing file "_s + datasetFile + u" is not writable"_s;
        QTest::newRow("dataset library, disk full")
            << u"datasets"_s << dataset << dataset << false << quint64(0)
            << datasetFile + u": cannot write: File too large"_s;
    }

    void ownFolderErrorsAreReported()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, firstSave);
        QFETCH(QStringList, secondSave);
        QFETCH(bool, readOnly);
        QFETCH(quint64, maxFileBytes);
        QFETCH(QString, message);
        requireOtherUserForOwnFolders(readOnly);
        QTemporaryDir root;
        const QString directory = root.filePath(folder);
        firstSave.replaceInStrings(u"{dir}"_s, directory);
        secondSave.replaceInStrings(u"{dir}"_s, directory);
        QCOMPARE(runChild(binary(u"sessionWriter"_s), firstSave, {}).exitCode, 0);
        if (readOnly)
            makeUnwritableForChild(root, directory);
        const QStringList before = snapshot(directory);
        QCOMPARE(before.size(), 1);

        const Run run = runChild(binary(u"sessionWriter"_s), secondSave, {readOnly, rlim_t(maxFileBytes)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.standardError, message.replace(u"{dir}"_s, directory) + u'\n');
        QCOMPARE(snapshot(directory), before);
    }

    // The same through the command line: exit 1 (not bad input), the file and the reason named, the stored
    // dataset unchanged.
    void importErrorsAreReported_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<quint64>("maxFileBytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("read-only library") << true << quint64(RLIM_INFINITY) << u"is not writable"_s;
        QTest::newRow("disk full") << false << quint64(0) << u"File too large"_s;
    }

    void importErrorsAreReported()
    {
        QFETCH(bool, readOnly);
        QFETCH(quint64, maxFileBytes);
        QFETCH(QString, reason);
        requireOtherUserForOwnFolders(readOnly);
        QTemporaryDir root;
        const QString csv = root.filePath(u"bands.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(SessionWriterSamples::datasetCsv());
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
        const QStringList import{u"import"_s, csv, u"--name"_s, u"acme"_s, u"--replace"_s};
        QCOMPARE(runChild(binary(u"anchorline-cli"_s), import, {}, environment).exitCode, 0);
        const QString directory = root.filePath(u"data/Anchorline/Anchorline/datasets"_s);
        const QStringList before = snapshot(directory);
        QCOMPARE(before.size(), 1);
        if (readOnly) {
            // Every folder on the way to the library must let the child pass.
            for (QString folder = directory; folder != root.path(); folder = QFileInfo(folder).path())
                makeUnwritableForChild(root, folder);
        }

        const Run run =
            runChild(binary(u"anchorline-cli"_s), import, {readOnly, rlim_t(maxFileBytes)}, environment);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.standardOutput, QString());
        QVERIFY2(run.standardError.contains(u"import: "_s + directory +
                                            u"/acme.anchorline-dataset: cannot write: "_s) &&
                     run.standardError.contains(reason),
                 qPrintable(run.standardError));
        QCOMPARE(snapshot(directory), before);
    }
};

QTEST_GUILESS_MAIN(TestSaveDurability)
#include "TestSaveDurability.moc"
