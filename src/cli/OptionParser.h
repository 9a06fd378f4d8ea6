#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Anchorline::Cli {

// Command-line options of the market commands: flags ("--json") and options with a value ("--limit 5" or
// "--limit=5"); everything else is positional. Unknown options and missing values are errors.
class OptionParser
{
public:
    OptionParser(const QStringList& valueOptions, const QStringList& flags);

    // False and error() set on an unknown option, a repeated option or a missing value.
    bool parse(const QStringList& arguments);
    const QString& error() const { return m_error; }

    bool isSet(const QString& option) const
    {
        return m_flagsSet.contains(option) || m_values.contains(option);
    }
    QString value(const QString& option) const { return m_values.value(option); }
    const QStringList& positional() const { return m_positional; }

    // A positive integer option (e.g. --limit), `fallback` when absent; false and error() set when invalid.
    bool positiveNumber(const QString& option, int fallback, int maximum, int& number);

private:
    QSet<QString> m_valueOptions;
    QSet<QString> m_flags;
    QSet<QString> m_flagsSet;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace Anchorline::Cli
