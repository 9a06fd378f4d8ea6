#include "OptionParser.h"

#include <QCoreApplication>

namespace Anchorline::Cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::Cli::OptionParser", text);
}

} // namespace

OptionParser::OptionParser(const QStringList& valueOptions, const QStringList& flags)
    : m_valueOptions(valueOptions.cbegin(), valueOptions.cend())
    , m_flags(flags.cbegin(), flags.cend())
{}

bool OptionParser::parse(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (!argument.startsWith(u"--")) {
            m_positional.append(argument);
            continue;
        }
        QString value;
        const auto equals = argument.indexOf(u'=');
        const bool inlineValue = equals > 0;
        if (inlineValue) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
        }
        if (isSet(argument)) {
            m_error = tr("option %1 is given twice").arg(argument);
            return false;
        }
        if (m_flags.contains(argument) && !inlineValue) {
            m_flagsSet.insert(argument);
        } else if (m_valueOptions.contains(argument)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    m_error = tr("option %1 needs a value").arg(argument);
                    return false;
                }
                value = arguments.at(++i);
            }
            m_values.insert(argument, value);
        } else {
            m_error = tr("unknown option \"%1\"").arg(arguments.at(i));
            return false;
        }
    }
    return true;
}

bool OptionParser::positiveNumber(const QString& option, int fallback, int maximum, int& number)
{
    number = fallback;
    if (!m_values.contains(option))
        return true;
    bool ok = false;
    number = m_values.value(option).toInt(&ok);
    if (!ok || number < 1 || number > maximum) {
        m_error = tr("%1 must be a whole number from 1 to %2, not \"%3\"")
                      .arg(option)
                      .arg(maximum)
                      .arg(value(option));
        return false;
    }
    return true;
}

} // namespace Anchorline::Cli
