#include "CliApplication.h"
#include "ForgetCommand.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

class TestForgetCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void withoutYesChangesNothing();
    void yesRemovesAndReportsJson();
    void nothingLeftToForget();
    void unknownArgumentIsUsageError();
    void listedInHelp();

private:
    CommandOutput run(const QStringList& arguments)
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        ForgetCommand command(UserDataEraser(m_root->filePath(u"config"_s), m_root->filePath(u"data"_s)));
        return command.run(arguments, input);
    }
    void writeFile(const QString& relativePath, qsizetype bytes)
    {
        const QString file = m_root->filePath(relativePath);
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray(bytes, 'x'));
    }

    std::unique_ptr<QTemporaryDir> m_root;
};

void TestForgetCommand::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_root = std::make_unique<QTemporaryDir>();
    writeFile(u"config/Anchorline.conf"_s, 120);
    writeFile(u"data/anchorline/datasets/acme_2025.anchorline-dataset"_s, 2048);
    writeFile(u"data/anchorline/datasets/globex.anchorline-dataset"_s, 1024);
    writeFile(u"data/Anchorline/autosave/clients.anchorline"_s, 10); // the user's own file
}

void TestForgetCommand::withoutYesChangesNothing()
{
    const CommandOutput output = run({});
    QCOMPARE(output.exitCode, int(Success));
    QCOMPARE(output.standardOutput,
             u"Anchorline keeps:\n"
             u"  Settings (recent sessions, last session, window layout, language): "_s +
                 m_root->filePath(u"config/Anchorline.conf"_s) +
                 u" (1 file(s), 120 bytes)\n"
                 u"  Imported datasets: "_s +
                 m_root->filePath(u"data/anchorline/datasets"_s) +
                 u" (2 file(s), 3.00 KiB)\n"
                 u"Nothing was removed; run \"anchorline-cli forget --yes\" to remove these.\n"_s);
    QVERIFY(QFileInfo::exists(m_root->filePath(u"config/Anchorline.conf"_s)));
    QVERIFY(QFileInfo::exists(m_root->filePath(u"data/anchorline/datasets/globex.anchorline-dataset"_s)));
}

void TestForgetCommand::yesRemovesAndReportsJson()
{
    const CommandOutput output = run({u"--yes"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    QVERIFY(output.standardError.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(output.standardOutput.toUtf8()).object();
    QCOMPARE(json.value(u"removed"_s).toBool(), true);
    const QJsonArray items = json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].toObject(), QJsonObject({{u"kind"_s, u"datasets"_s},
                                               {u"path"_s, m_root->filePath(u"data/anchorline/datasets"_s)},
                                               {u"files"_s, 2},
                                               {u"bytes"_s, 3072}}));
    QCOMPARE(items[0].toObject().value(u"kind"_s).toString(), u"settings"_s);
    QCOMPARE(json.value(u"kept"_s).toArray(),
             QJsonArray({m_root->filePath(u"data/Anchorline/autosave/clients.anchorline"_s)}));
    QCOMPARE(json.value(u"errors"_s).toArray(), QJsonArray());
    QVERIFY(!QFileInfo::exists(m_root->filePath(u"config/Anchorline.conf"_s)));
    QVERIFY(!QFileInfo::exists(m_root->filePath(u"data/anchorline"_s)));
    QVERIFY(QFileInfo::exists(m_root->filePath(u"data/Anchorline/autosave/clients.anchorline"_s)));
}

void TestForgetCommand::nothingLeftToForget()
{
    QVERIFY(run({u"--yes"_s}).standardOutput.startsWith(u"Removed:\n"_s));
    const CommandOutput again = run({u"--yes"_s});
    QCOMPARE(again.exitCode, int(Success));
    QCOMPARE(again.standardOutput, u"Anchorline keeps nothing in "_s + m_root->filePath(u"config"_s) +
                                       u" or "_s + m_root->filePath(u"data"_s) + u".\n"_s);
}

void TestForgetCommand::unknownArgumentIsUsageError()
{
    const CommandOutput output = run({u"--all"_s});
    QCOMPARE(output.exitCode, int(BadInput));
    QVERIFY(output.standardOutput.isEmpty());
    QVERIFY(output.standardError.contains(u"--all"_s));
    QVERIFY(QFileInfo::exists(m_root->filePath(u"config/Anchorline.conf"_s)));
}

void TestForgetCommand::listedInHelp()
{
    QBuffer input;
    input.open(QIODevice::ReadOnly);
    const QString help = CliApplication().run({u"--help"_s}, input).standardOutput;
    QVERIFY2(help.contains(u"forget"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestForgetCommand)
#include "TestForgetCommand.moc"
