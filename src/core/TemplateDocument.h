#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Anchorline {

struct TemplateError;

// One template file: named sections, each a fmt format string with named fields.
//
//   # comment lines start with '#'
//   [subject]
//   Re: Offer – {role} at {company}
//   [thanks]
//   Thank you for the offer ...
//
// Section text is the lines up to the next "[name]" header, with trailing blank lines trimmed.
class TemplateDocument
{
public:
    struct Section
    {
        QString name;
        QString text;
        int firstLine = 0; // 1-based file line of the section's first text line, for error positions
        QString origin;    // the file the text comes from (differs from name() for user overrides)
    };

    TemplateDocument() = default;
    // `name` identifies the template in messages ("en/email.warm.txt" or the user file's path).
    static TemplateDocument parse(const QString& text, const QString& name, QString* error = nullptr);

    QString name() const { return m_name; }
    const QList<Section>& sections() const { return m_sections; }
    const Section* section(const QString& sectionName) const;
    bool hasSection(const QString& sectionName) const { return section(sectionName) != nullptr; }
    // Sections of `other` replace same-named ones here; new ones are added (user templates over built-in
    // ones).
    void overlay(const TemplateDocument& other);

private:
    QString m_name;
    QList<Section> m_sections;
};

} // namespace Anchorline
