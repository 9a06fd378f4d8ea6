#include "CliApplication.h"

#include <QBuffer>
#include <QTest>

using namespace Anchorline::Cli;

class TestCliApplication : public QObject
{
    Q_OBJECT

private:
    CommandOutput run(const QStringList& arguments)
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        return CliApplication().run(arguments, input);
    }

private slots:
    void version()
    {
        const auto output = run({QStringLiteral("--version")});
        QCOMPARE(output.exitCode, int(Success));
        QCOMPARE(output.standardOutput, QStringLiteral("anchorline-cli " ANCHORLINE_VERSION "\n"));
    }
    void help()
    {
        const auto output = run({QStringLiteral("--help")});
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardOutput.contains(QStringLiteral("Usage: anchorline-cli COMMAND")));
    }
    void unknownCommandIsBadInput()
    {
        const auto output = run({QStringLiteral("frobnicate")});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY(output.standardError.contains(QStringLiteral("\"frobnicate\"")));
    }
    void noArgumentsIsUsageError() { QCOMPARE(run({}).exitCode, int(BadInput)); }
};

QTEST_APPLESS_MAIN(TestCliApplication)
#include "TestCliApplication.moc"
