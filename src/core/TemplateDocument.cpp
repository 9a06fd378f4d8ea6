#include "TemplateDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::TemplateDocument", text);
}

void trimTrailingBlankLines(QStringList& lines)
{
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
}

} // namespace

TemplateDocument TemplateDocument::parse(const QString& text, const QString& name, QString* error)
{
    static const QRegularExpression header(QStringLiteral("^\\[([A-Za-z0-9._-]+)\\]\\s*$"));
    TemplateDocument document;
    document.m_name = name;
    Section* current = nullptr;
    QStringList currentLines;
    const auto finishSection = [&] {
        if (!current)
            return;
        trimTrailingBlankLines(currentLines);
        current->text = currentLines.join(u'\n');
        currentLines.clear();
    };

    const QStringList lines = text.split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QString line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNumber = int(index) + 1;
        if (line.startsWith(u'#'))
            continue;
        const auto match = line.startsWith(u'[') ? header.match(line) : QRegularExpressionMatch();
        if (match.hasMatch()) {
            finishSection();
            const QString sectionName = match.captured(1);
            if (document.hasSection(sectionName)) {
                if (error)
                    *error =
                        tr("%1:%2: section [%3] appears twice").arg(name).arg(lineNumber).arg(sectionName);
                return {};
            }
            document.m_sections.push_back({sectionName, QString(), lineNumber + 1, name});
            current = &document.m_sections.back();
            continue;
        }
        if (!current) {
            if (line.trimmed().isEmpty())
                continue;
            if (error)
                *error = tr("%1:%2: text before the first [section] header").arg(name).arg(lineNumber);
            return {};
        }
        // Leading blank lines of a section are skipped, so its first line is where its text starts.
        if (currentLines.isEmpty() && line.trimmed().isEmpty()) {
            current->firstLine = lineNumber + 1;
            continue;
        }
        currentLines.push_back(line);
    }
    finishSection();
    if (error)
        error->clear();
    return document;
}

const TemplateDocument::Section* TemplateDocument::section(const QString& sectionName) const
{
    for (const auto& candidate : m_sections) {
        if (candidate.name == sectionName)
            return &candidate;
    }
    return nullptr;
}

void TemplateDocument::overlay(const TemplateDocument& other)
{
    for (const auto& section : other.m_sections) {
        auto it = std::find_if(m_sections.begin(), m_sections.end(),
                               [&](const Section& existing) { return existing.name == section.name; });
        if (it != m_sections.end())
            *it = section;
        else
            m_sections.push_back(section);
    }
    if (m_name.isEmpty())
        m_name = other.m_name;
}

} // namespace Anchorline
