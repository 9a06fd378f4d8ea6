#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Anchorline {

// A problem with one field of user input. `field` is the path the user wrote, in the file's own terms
// ("equity.cliff_months", "signon.amount"), or "line 3, column 7" for malformed text.
struct FieldError
{
    QString field;
    QString message; // what was wrong and what was expected

    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    bool operator==(const FieldError& other) const = default;

    // One error per line, in order.
    static QString joined(const QList<FieldError>& errors)
    {
        QStringList lines;
        for (const auto& error : errors)
            lines.append(error.toString());
        return lines.join(u'\n');
    }
};

} // namespace Anchorline
