#pragma once

#include <QString>
#include <QStringList>

namespace Anchorline::Cli {

// The options `roles` and `locations` share: --search TEXT, --limit N (default 10, at most 100), --json.
struct SearchOptions
{
    static constexpr int DefaultLimit = 10;
    static constexpr int MaximumLimit = 100;

    QString text;
    int limit = DefaultLimit;
    bool json = false;
    QString error; // set when the arguments are wrong; names the command

    static SearchOptions parse(const QString& command, const QStringList& arguments);
};

} // namespace Anchorline::Cli
