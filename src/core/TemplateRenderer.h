#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Anchorline {

// Where and why a template is broken: "en/email.warm.txt:14:23: unknown field {salary}".
struct TemplateError
{
    QString templateName;
    QString section;
    int line = 0;   // 1-based line in the template file
    int column = 0; // 1-based column (characters)
    QString message;

    QString toString() const;
};

// Renders template sections with fmt named fields. All values are pre-formatted strings (money already
// formatted for the template's language). Never throws: broken templates come back as TemplateError.
class TemplateRenderer
{
public:
    using Values = QHash<QString, QString>;

    // Every field a template may use (README, "Template fields").
    static const QStringList& knownFields();

    // Checks braces, field names and format specs of `text` without rendering it.
    static std::optional<TemplateError> validate(const QString& text, const QString& templateName,
                                                 const QString& section = {}, int firstLine = 1);

    struct Result
    {
        QString text;
        // True when the text uses a known field that has no value for this input (e.g. {band_p50} without a
        // band): the caller leaves the whole block out instead of printing a placeholder.
        bool missingValue = false;
        std::optional<TemplateError> error;
    };
    static Result render(const QString& text, const Values& values, const QString& templateName,
                         const QString& section = {}, int firstLine = 1);
};

} // namespace Anchorline
