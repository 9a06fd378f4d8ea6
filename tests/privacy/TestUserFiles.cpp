#include "PrivacyRun.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

// Issue 9, privacy: Anchorline keeps nothing outside the user's config and data folders (besides the files
// the user asked for), and what it keeps there is the user's only (files 0600). Every CLI command and the
// desktop app's batch modes run in one temporary home whose HOME, XDG_* folders and TMPDIR lie side by side.
class TestUserFiles : public QObject
{
    Q_OBJECT

private slots:
    void filesStayInConfigAndDataFolders();
};

void TestUserFiles::filesStayInConfigAndDataFolders()
{
    const PrivacyRun run;
    const auto commands = privacyCommands(run);
    for (const PrivacyCommand& command : commands) {
        const PrivacyRunResult result = run.run(command.program, command.arguments);
        QVERIFY2(result.ok(), qPrintable(command.name + u": " + result.describe()));
    }

    const QStringList appFolders{run.path(QStringLiteral("config/Anchorline")),
                                 run.path(QStringLiteral("data/Anchorline"))};
    const QStringList asked{run.path(QStringLiteral("out/acme.csv")),
                            run.path(QStringLiteral("out/main.png")),
                            run.path(QStringLiteral("out/brief.pdf"))};
    const QStringList startFolders{QStringLiteral("home"),  QStringLiteral("config"),  QStringLiteral("data"),
                                   QStringLiteral("cache"), QStringLiteral("runtime"), QStringLiteral("tmp"),
                                   QStringLiteral("out")};
    QStringList kept;
    QStringList outside;
    QStringList notPrivate;
    QDirIterator it(run.root(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        const QString path = entry.absoluteFilePath();
        const QString relative = QDir(run.root()).relativeFilePath(path);
        if (startFolders.contains(relative) || asked.contains(path))
            continue;
        const bool inAppFolder =
            std::any_of(appFolders.begin(), appFolders.end(), [&](const QString& folder) {
                return path == folder || path.startsWith(folder + u'/');
            });
        if (!inAppFolder) {
            outside.append(relative);
            continue;
        }
        if (entry.isFile()) {
            kept.append(relative);
            // Owner, group and others (Qt's "user" bits repeat one of them).
            if ((entry.permissions() & 0x7077) != (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                notPrivate.append(relative + u' ' + QString::number(entry.permissions() & 0x7077, 16));
        }
    }
    qInfo("kept: %s", qPrintable(kept.join(u", ")));
    QVERIFY2(outside.isEmpty(), qPrintable(u"outside the config and data folders: " + outside.join(u", ")));
    QVERIFY2(notPrivate.isEmpty(), qPrintable(u"readable by others: " + notPrivate.join(u", ")));
    // What the runs keep: the imported dataset (the batch modes store no settings).
    QCOMPARE(kept,
             QStringList{QStringLiteral("data/Anchorline/Anchorline/datasets/acme_2025.anchorline-dataset")});
    // The files the user asked for are theirs only, too: they hold pay figures.
    for (const QString& output : {asked[1], asked[2]}) {
        QVERIFY2(QFileInfo::exists(output), qPrintable(output));
        QCOMPARE(QFileInfo(output).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

QTEST_GUILESS_MAIN(TestUserFiles)
#include "TestUserFiles.moc"
