#include "PrivacyRun.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// Issue 9, privacy: Anchorline never opens a network connection. No installed program links a network
// library, and every CLI command and the desktop app's batch modes run to success under an LD_PRELOAD shim
// that kills a process at its first Internet socket or host-name lookup.
class TestNoNetwork : public QObject
{
    Q_OBJECT

private slots:
    void noNetworkLibraryLinked_data();
    void noNetworkLibraryLinked();
    void shimStopsInternetSockets();
    void commandsRunWithoutNetwork_data();
    void commandsRunWithoutNetwork();
};

namespace {

const QRegularExpression& networkLibrary()
{
    static const QRegularExpression pattern(QStringLiteral(
        "Qt6?Network|Qt6?WebSockets|Qt6?WebEngine|libcurl|libssl|libgnutls|libnghttp|libsoup|libgio"));
    return pattern;
}

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// LD_PRELOAD for the programs: the shim, after gcc's shared ASan runtime in a sanitized build (the runtime
// refuses to start unless it comes first in the list).
QString shimPreload()
{
#ifdef ANCHORLINE_ASAN_RUNTIME
    return QStringLiteral(ANCHORLINE_ASAN_RUNTIME ":" ANCHORLINE_NO_NETWORK_SHIM);
#else
    return QStringLiteral(ANCHORLINE_NO_NETWORK_SHIM);
#endif
}

} // namespace

void TestNoNetwork::noNetworkLibraryLinked_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("anchorline") << QStringLiteral("anchorline");
    QTest::newRow("anchorline-cli") << QStringLiteral("anchorline-cli");
}

void TestNoNetwork::noNetworkLibraryLinked()
{
    QFETCH(QString, program);
    const QString path = PrivacyRun::binary(program);
    const QString dynamic = runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), path});
    if (dynamic.isEmpty())
        QSKIP("readelf is not installed");
    static const QRegularExpression needed(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
    QStringList libraries;
    for (auto match = needed.globalMatch(dynamic); match.hasNext();)
        libraries.append(match.next().captured(1));
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(libraries.join(u' ')));
    for (const QString& library : std::as_const(libraries))
        QVERIFY2(!networkLibrary().match(library).hasMatch(), qPrintable(program + u": " + library));
    // Nor through the libraries it loads (ldd lists the whole tree).
    const QString tree = runTool(QStringLiteral("ldd"), {path});
    QVERIFY2(!tree.isEmpty(), "ldd failed");
    QVERIFY2(!networkLibrary().match(tree).hasMatch(), qPrintable(tree));
}

void TestNoNetwork::shimStopsInternetSockets()
{
    const PrivacyRun run;
    const QString shim = QStringLiteral(ANCHORLINE_NO_NETWORK_SHIM);
    QCOMPARE(run.run(QStringLiteral("networkProbe"), {}, shim).exitCode, 0); // local sockets pass
    const PrivacyRunResult internet = run.run(QStringLiteral("networkProbe"), {QStringLiteral("inet")}, shim);
    QCOMPARE(internet.exitCode, 97);
    QVERIFY(internet.standardError.contains(QStringLiteral("socket() opened the network")));
    QCOMPARE(run.run(QStringLiteral("networkProbe"), {QStringLiteral("inet")}).exitCode,
             0); // without the shim
}

void TestNoNetwork::commandsRunWithoutNetwork_data()
{
    QTest::addColumn<int>("index");
    const PrivacyRun run;
    const auto commands = privacyCommands(run);
    for (int i = 0; i < commands.size(); ++i)
        QTest::newRow(qPrintable(commands[i].name)) << i;
}

void TestNoNetwork::commandsRunWithoutNetwork()
{
    QFETCH(int, index);
    const PrivacyRun run;
    const auto commands = privacyCommands(run);
    // The import needs its dataset in place for "datasets" to list it; every run starts in a fresh home.
    const PrivacyCommand& command = commands[index];
    const PrivacyRunResult result = run.run(command.program, command.arguments, shimPreload());
    QVERIFY2(result.ok(), qPrintable(result.describe()));
    QVERIFY(!result.standardError.contains(QStringLiteral("no-network shim")));
}

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "TestNoNetwork.moc"
