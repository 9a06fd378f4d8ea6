// Helper for testSaveDurability: saves through the core as the app does, in a child process the test can
// kill, run as another user or limit in file size.
//
//   sessionWriter loop PATH             saves a large session to PATH again and again, version after version
//                                       (from the version already in PATH), printing "saved N" after each
//   sessionWriter session PATH VERSION  saves version VERSION once (SessionFile::save)
//   sessionWriter autosave DIR VERSION  writes version VERSION as an autosave snapshot in DIR (AutosaveStore)
//   sessionWriter dataset DIR NAME      imports a small dataset as NAME into the library DIR (DatasetLibrary)
//
// Failures print the core's message on standard error and exit with 1.
#include "AutosaveStore.h"
#include "DatasetImporter.h"
#include "DatasetLibrary.h"
#include "LocationSearch.h"
#include "MarketStore.h"
#include "RoleSearch.h"
#include "SessionFile.h"
#include "SessionWriterSamples.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Anchorline;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString& error)
{
    QTextStream(stderr) << error << Qt::endl;
    return 1;
}

int saveLoop(const QString& path)
{
    int version = 0;
    if (const auto loaded = SessionFile::load(path); loaded.ok())
        version = SessionWriterSamples::versionOf(loaded.session());
    QTextStream out(stdout);
    for (;;) {
        ++version;
        if (const auto saved = SessionFile::save(SessionWriterSamples::largeSession(version), path);
            !saved.ok())
            return fail(saved.error);
        out << "saved " << version << Qt::endl;
    }
}

int importDataset(const QString& directory, const QString& name)
{
    const MarketStore& store = MarketStore::builtIn();
    const auto imported = DatasetImporter(RoleSearch(store), LocationSearch(store))
                              .import(SessionWriterSamples::datasetCsv(), name, u"sample.csv"_s);
    if (!imported.ok())
        return fail(imported.formattedErrors(u"sample.csv"_s).join(u'\n'));
    QString error;
    DatasetLibrary library(directory);
    if (!library.add(*imported.dataset, true, &error))
        return fail(error);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 2 && arguments.at(0) == u"loop")
        return saveLoop(arguments.at(1));
    if (arguments.size() == 3 && arguments.at(0) == u"session") {
        const auto saved =
            SessionFile::save(SessionWriterSamples::largeSession(arguments.at(2).toInt()), arguments.at(1));
        return saved.ok() ? 0 : fail(saved.error);
    }
    if (arguments.size() == 3 && arguments.at(0) == u"autosave") {
        AutosaveStore store(arguments.at(1));
        const QString error =
            store.save(SessionWriterSamples::autosaveDocumentId(),
                       SessionWriterSamples::largeSession(arguments.at(2).toInt()), QString());
        return error.isEmpty() ? 0 : fail(error);
    }
    if (arguments.size() == 3 && arguments.at(0) == u"dataset")
        return importDataset(arguments.at(1), arguments.at(2));
    return fail(
        u"usage: sessionWriter loop PATH | session PATH VERSION | autosave DIR VERSION | dataset DIR NAME"_s);
}
