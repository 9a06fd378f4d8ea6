#include "CliApplication.h"
#include "StrategyCatalogue.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Anchorline;
using namespace Anchorline::Cli;
using namespace Qt::StringLiterals;

class TestStrategiesCommand : public QObject
{
    Q_OBJECT

private:
    static CommandOutput run(const QStringList& arguments)
    {
        QBuffer input;
        input.open(QIODevice::ReadOnly);
        return CliApplication().run(arguments, input);
    }

private slots:
    void jsonIsAnArrayOfIdNameSummary()
    {
        const auto output = run({u"strategies"_s, u"--json"_s});
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardError.isEmpty());
        const auto array = QJsonDocument::fromJson(output.standardOutput.toUtf8()).array();
        QCOMPARE(array.size(), 9);
        QStringList ids;
        for (const auto& value : array) {
            const QJsonObject object = value.toObject();
            QCOMPARE(object.keys(), QStringList({u"id"_s, u"name"_s, u"summary"_s}));
            QVERIFY(!object.value(u"summary"_s).toString().isEmpty());
            ids.push_back(object.value(u"id"_s).toString());
        }
        QCOMPARE(ids, StrategyCatalogue::ids());
        QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), u"Market-anchored precise counter"_s);
    }
    void textListsIdsAndNames()
    {
        const auto output = run({u"strategies"_s});
        QCOMPARE(output.exitCode, int(Success));
        QVERIFY(output.standardOutput.startsWith(u"market-anchor     Market-anchored precise counter\n"_s));
        QVERIFY(output.standardOutput.contains(u"\nready-to-sign     \"Ready to sign\" close\n"_s));
    }
    void unknownArgumentIsUsageError()
    {
        const auto output = run({u"strategies"_s, u"--xml"_s});
        QCOMPARE(output.exitCode, int(BadInput));
        QVERIFY(output.standardOutput.isEmpty());
        QVERIFY(output.standardError.contains(u"\"--xml\""_s));
    }
    void listedInHelp()
    {
        const auto help = run({u"--help"_s}).standardOutput;
        QVERIFY(help.contains(u"  strategies  "_s));
        QVERIFY(help.contains(u"  email       "_s));
    }
};

QTEST_APPLESS_MAIN(TestStrategiesCommand)
#include "TestStrategiesCommand.moc"
