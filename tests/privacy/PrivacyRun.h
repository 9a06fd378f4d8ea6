#pragma once

// Runs the installed programs (anchorline, anchorline-cli) the way the privacy tests need: in a temporary
// home whose HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_RUNTIME_DIR and TMPDIR all lie inside
// one folder, offscreen, optionally under the no-network shim (LD_PRELOAD).

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct PrivacyRunResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
    bool ok() const { return exitCode == 0; }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(standardOutput.left(2000), standardError.left(2000));
    }
};

class PrivacyRun
{
public:
    PrivacyRun()
    {
        for (const char* folder : {"home", "config", "data", "cache", "runtime", "tmp", "out"})
            QDir(m_root.path()).mkpath(QString::fromLatin1(folder));
        QFile::setPermissions(path(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QString root() const { return m_root.path(); }
    QString path(const QString& relative) const { return m_root.filePath(relative); }
    static QString binary(const QString& name)
    {
        return qEnvironmentVariable("ANCHORLINE_BIN_DIR") + QLatin1Char('/') + name;
    }

    PrivacyRunResult run(const QString& program, const QStringList& arguments, const QString& preload = {},
                         const QByteArray& standardInput = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        if (!preload.isEmpty())
            environment.insert(QStringLiteral("LD_PRELOAD"), preload);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(path(QStringLiteral("home")));
        process.start(binary(program), arguments);
        PrivacyRunResult result;
        if (!process.waitForStarted(10'000))
            return result;
        if (!standardInput.isEmpty())
            process.write(standardInput);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
        result.standardError = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QTemporaryDir m_root;
};

// What the privacy tests run: every CLI command on the sample data and the desktop app's two batch modes.
// Outputs go to run.path("out"); the import reads a CSV written there first.
struct PrivacyCommand
{
    QString name;
    QString program;
    QStringList arguments;
};

inline QList<PrivacyCommand> privacyCommands(const PrivacyRun& run)
{
    const QString source = QStringLiteral(ANCHORLINE_SOURCE_DIR);
    const QString session = source + QStringLiteral("/tests/data/sessions/dana-okafor.anchorline");
    const QString offer = source + QStringLiteral("/tests/data/offers/senior-swe-sanjose.json");
    const QString csv = run.path(QStringLiteral("out/acme.csv"));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(
            "role,level,location,currency,p10,p25,p50,p75,p90,source,date\n"
            "15-1252,senior,41940,USD,205000,225000,250000,280000,320000,Acme Comp Survey 2025,2025-04-01\n");
    }
    const QString cli = QStringLiteral("anchorline-cli");
    const QString app = QStringLiteral("anchorline");
    return {
        {QStringLiteral("evaluate"), cli, {QStringLiteral("evaluate"), offer}},
        {QStringLiteral("evaluate json"), cli, {QStringLiteral("evaluate"), offer, QStringLiteral("--json")}},
        {QStringLiteral("compare"), cli, {QStringLiteral("compare"), session}},
        {QStringLiteral("strategies"), cli, {QStringLiteral("strategies")}},
        {QStringLiteral("email"), cli, {QStringLiteral("email"), session}},
        {QStringLiteral("roles"),
         cli,
         {QStringLiteral("roles"), QStringLiteral("--search"), QStringLiteral("software developer")}},
        {QStringLiteral("locations"),
         cli,
         {QStringLiteral("locations"), QStringLiteral("--search"), QStringLiteral("seattle")}},
        {QStringLiteral("bands"),
         cli,
         {QStringLiteral("bands"), QStringLiteral("--role"), QStringLiteral("15-1252"),
          QStringLiteral("--location"), QStringLiteral("42660"), QStringLiteral("--level"),
          QStringLiteral("senior")}},
        {QStringLiteral("import"),
         cli,
         {QStringLiteral("import"), csv, QStringLiteral("--name"), QStringLiteral("Acme 2025")}},
        {QStringLiteral("datasets"), cli, {QStringLiteral("datasets"), QStringLiteral("--json")}},
        {QStringLiteral("forget dry run"), cli, {QStringLiteral("forget"), QStringLiteral("--json")}},
        {QStringLiteral("app screenshot"),
         app,
         {QStringLiteral("--screenshot"), run.path(QStringLiteral("out/main.png")),
          QStringLiteral("--session"), session}},
        {QStringLiteral("app report"),
         app,
         {QStringLiteral("--export-report"), session, QStringLiteral("--pdf"),
          run.path(QStringLiteral("out/brief.pdf"))}},
    };
}
