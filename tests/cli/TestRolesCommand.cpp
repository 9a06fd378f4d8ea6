#include "LocationsCommand.h"
#include "RolesCommand.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

// Covers `roles` and `locations`, which share their options (SearchOptions).
class TestRolesCommand : public QObject
{
    Q_OBJECT

private slots:
    void rolesJson();
    void rolesText();
    void locationsJson();
    void badArguments_data();
    void badArguments();

private:
    static CommandOutput run(CliCommand& command, const QStringList& arguments);
};

CommandOutput TestRolesCommand::run(CliCommand& command, const QStringList& arguments)
{
    QBuffer input;
    input.open(QIODevice::ReadOnly);
    return command.run(arguments, input);
}

void TestRolesCommand::rolesJson()
{
    RolesCommand roles;
    const auto output = run(roles, {u"--search"_s, u"ML engineer"_s, u"--limit"_s, u"3"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonArray array = QJsonDocument::fromJson(output.standardOutput.toUtf8()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject(), (QJsonObject{{u"soc"_s, u"15-1252"_s},
                                                  {u"title"_s, u"Software Developers"_s},
                                                  {u"matched"_s, u"ml engineer"_s}}));
    QCOMPARE(array.at(1).toObject().value(u"soc"_s).toString(), u"15-2051"_s);
    QCOMPARE(array.at(2).toObject().value(u"soc"_s).toString(), u"15-1221"_s);
    QVERIFY(output.standardError.isEmpty());

    const auto none = run(roles, {u"--search=zzzqqq"_s, u"--json"_s});
    QCOMPARE(none.exitCode, int(Success));
    QCOMPARE(none.standardOutput.trimmed(), u"[\n]"_s);
}

void TestRolesCommand::rolesText()
{
    RolesCommand roles;
    const auto output = run(roles, {u"--search"_s, u"swe"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(output.exitCode, int(Success));
    QCOMPARE(output.standardOutput, u"15-1252  Software Developers  (matched \"swe\")\n"_s);
}

void TestRolesCommand::locationsJson()
{
    LocationsCommand locations;
    const auto output = run(locations, {u"--search"_s, u"Bay Area"_s, u"--limit"_s, u"2"_s, u"--json"_s});
    QCOMPARE(output.exitCode, int(Success));
    const QJsonArray array = QJsonDocument::fromJson(output.standardOutput.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject(), (QJsonObject{{u"code"_s, u"41860"_s},
                                                  {u"name"_s, u"San Francisco-Oakland-Fremont, CA"_s},
                                                  {u"type"_s, u"metro"_s},
                                                  {u"matched"_s, u"bay area"_s}}));
    QCOMPARE(array.at(1).toObject().value(u"code"_s).toString(), u"41940"_s);

    const auto remote = run(locations, {u"--search"_s, u"remote"_s, u"--json"_s});
    const QJsonObject national =
        QJsonDocument::fromJson(remote.standardOutput.toUtf8()).array().at(0).toObject();
    QCOMPARE(national.value(u"code"_s).toString(), u"US"_s);
    QCOMPARE(national.value(u"type"_s).toString(), u"national"_s);
}

void TestRolesCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no search") << QStringList{u"--json"_s} << u"roles: --search TEXT is required"_s;
    QTest::newRow("empty search") << QStringList{u"--search"_s, u"  "_s}
                                  << u"roles: --search TEXT is required"_s;
    QTest::newRow("missing value") << QStringList{u"--search"_s} << u"roles: option --search needs a value"_s;
    QTest::newRow("bad limit") << QStringList{u"--search"_s, u"x"_s, u"--limit"_s, u"0"_s}
                               << u"roles: --limit must be a whole number from 1 to 100, not \"0\""_s;
    QTest::newRow("unknown option") << QStringList{u"--search"_s, u"x"_s, u"--fuzzy"_s}
                                    << u"roles: unknown option \"--fuzzy\""_s;
    QTest::newRow("positional") << QStringList{u"--search"_s, u"x"_s, u"extra"_s}
                                << u"roles: unexpected argument \"extra\""_s;
}

void TestRolesCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    RolesCommand roles;
    const auto output = run(roles, arguments);
    QCOMPARE(output.exitCode, int(BadInput));
    QVERIFY(output.standardOutput.isEmpty());
    QVERIFY2(output.standardError.startsWith(error + u'\n'), qPrintable(output.standardError));
}

QTEST_APPLESS_MAIN(TestRolesCommand)
#include "TestRolesCommand.moc"
