#include "SearchOptions.h"

#include "OptionParser.h"

#include <QCoreApplication>

namespace Anchorline::Cli {

SearchOptions SearchOptions::parse(const QString& command, const QStringList& arguments)
{
    using namespace Qt::StringLiterals;
    SearchOptions options;
    OptionParser parser({u"--search"_s, u"--limit"_s}, {u"--json"_s});
    if (!parser.parse(arguments) ||
        !parser.positiveNumber(u"--limit"_s, DefaultLimit, MaximumLimit, options.limit)) {
        options.error = command + u": "_s + parser.error();
        return options;
    }
    if (!parser.positional().isEmpty()) {
        options.error = QCoreApplication::translate("SearchOptions", "%1: unexpected argument \"%2\"")
                            .arg(command, parser.positional().front());
        return options;
    }
    options.text = parser.value(u"--search"_s).trimmed();
    if (options.text.isEmpty())
        options.error =
            QCoreApplication::translate("SearchOptions", "%1: --search TEXT is required").arg(command);
    options.json = parser.isSet(u"--json"_s);
    return options;
}

} // namespace Anchorline::Cli
