#include "TemplateRenderer.h"

#include <QCoreApplication>

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Anchorline {

namespace {

// The field set of README "Template fields". The UTF-8 copies give fmt names that outlive every render.
struct FieldTable
{
    QStringList names;
    std::vector<QByteArray> utf8Names;

    FieldTable()
    {
        names = {
            u"company"_s,
            u"role"_s,
            u"level"_s,
            u"location"_s,
            u"recruiter"_s,
            u"name"_s,
            u"offer_base"_s,
            u"offer_signon"_s,
            u"offer_equity_per_year"_s,
            u"offer_equity_grant"_s,
            u"offer_refresh"_s,
            u"ask_base"_s,
            u"ask_base_top"_s,
            u"ask_signon"_s,
            u"ask_signon_increase"_s,
            u"ask_equity_per_year"_s,
            u"ask_equity_grant"_s,
            u"ask_refresh"_s,
            u"ask_level"_s,
            u"target_percentile"_s,
            u"band_p10"_s,
            u"band_p25"_s,
            u"band_p50"_s,
            u"band_p75"_s,
            u"band_p90"_s,
            u"band_role"_s,
            u"band_area"_s,
            u"approx"_s,
            u"source"_s,
            u"data_year"_s,
            u"data_period"_s,
            u"competing_company"_s,
            u"competing_base"_s,
            u"competing_total"_s,
            u"forfeited"_s,
            u"deadline"_s,
            u"reply_by"_s,
            u"lever_list"_s,
            u"package_label"_s,
            u"package_base"_s,
            u"package_signon"_s,
            u"package_equity_per_year"_s,
        };
        utf8Names.reserve(size_t(names.size()));
        for (const auto& name : names)
            utf8Names.push_back(name.toUtf8());
    }
};

const FieldTable& fieldTable()
{
    static const FieldTable table;
    return table;
}

// fmt pads to whatever width it is given: "{company:>2000000000}" in a user's template would build a 2 GB
// string and freeze the app (tests/fuzz/regressions/template). No email needs more than this.
constexpr int MaxSpecNumber = 200;

// The largest number written in a format spec (width or precision), capped just above MaxSpecNumber.
int largestNumberIn(QStringView spec)
{
    int largest = 0;
    int current = 0;
    for (const QChar c : spec) {
        current = c.isDigit() ? std::min(current * 10 + c.digitValue(), MaxSpecNumber + 1) : 0;
        largest = std::max(largest, current);
    }
    return largest;
}

struct FieldReference
{
    QString name;
    QString spec;         // after ':' (without it); empty when none
    qsizetype offset = 0; // of the opening brace
};

class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Scanner)

public:
    Scanner(const QString& text, const QString& templateName, const QString& section, int firstLine)
        : m_text(text)
        , m_templateName(templateName)
        , m_section(section)
        , m_firstLine(firstLine)
    {}

    TemplateError errorAt(qsizetype offset, const QString& message) const
    {
        int line = m_firstLine;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return {m_templateName, m_section, line, int(offset - lineStart) + 1, message};
    }

    // Finds the replacement fields, checking braces and names; the first problem is returned in `error`.
    std::vector<FieldReference> scan(std::optional<TemplateError>& error) const
    {
        std::vector<FieldReference> fields;
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = m_text.at(i);
            if (c == u'}') {
                if (i + 1 < size && m_text.at(i + 1) == u'}') {
                    ++i;
                    continue;
                }
                error = errorAt(i, tr("unbalanced '}' (write '}}' for a literal brace)"));
                return {};
            }
            if (c != u'{')
                continue;
            if (i + 1 < size && m_text.at(i + 1) == u'{') {
                ++i;
                continue;
            }
            const qsizetype close = m_text.indexOf(u'}', i + 1);
            const qsizetype nestedOpen = m_text.indexOf(u'{', i + 1);
            if (close < 0 || (nestedOpen >= 0 && nestedOpen < close)) {
                error =
                    errorAt(i, tr("unbalanced '{': no closing '}' for this field (write '{{' for a literal "
                                  "brace)"));
                return {};
            }
            const QString content = m_text.mid(i + 1, close - i - 1);
            const qsizetype colon = content.indexOf(u':');
            FieldReference field{colon < 0 ? content : content.left(colon),
                                 colon < 0 ? QString() : content.mid(colon + 1), i};
            if (field.name.isEmpty()) {
                error = errorAt(i, tr("empty field {}: fields need a name, e.g. {company}"));
                return {};
            }
            if (!fieldTable().names.contains(field.name)) {
                error = errorAt(i, tr("unknown field {%1}").arg(field.name));
                return {};
            }
            fields.push_back(std::move(field));
            i = close;
        }
        return fields;
    }

    // fmt reports a bad spec without a position, so each spec is tried on its own to point at its field.
    std::optional<TemplateError> checkSpecs(const std::vector<FieldReference>& fields) const
    {
        for (const auto& field : fields) {
            if (field.spec.isEmpty())
                continue;
            if (largestNumberIn(field.spec) > MaxSpecNumber) {
                return errorAt(field.offset, tr("width or precision in field {%1} is larger than %2")
                                                 .arg(field.name)
                                                 .arg(MaxSpecNumber));
            }
            const std::string format = "{:" + field.spec.toStdString() + "}";
            try {
                (void)fmt::format(fmt::runtime(format), std::string("x"));
            } catch (const fmt::format_error& problem) {
                return errorAt(field.offset,
                               tr("bad format spec \"%1\" in field {%2}: %3")
                                   .arg(field.spec, field.name, QString::fromUtf8(problem.what())));
            }
        }
        return std::nullopt;
    }

private:
    const QString& m_text;
    const QString& m_templateName;
    const QString& m_section;
    int m_firstLine;
};

} // namespace

QString TemplateError::toString() const
{
    const QString where = QStringLiteral("%1:%2:%3").arg(templateName).arg(line).arg(column);
    if (section.isEmpty())
        return QStringLiteral("%1: %2").arg(where, message);
    return QCoreApplication::translate("Anchorline::TemplateRenderer", "%1: %2 (section [%3])")
        .arg(where, message, section);
}

const QStringList& TemplateRenderer::knownFields()
{
    return fieldTable().names;
}

std::optional<TemplateError> TemplateRenderer::validate(const QString& text, const QString& templateName,
                                                        const QString& section, int firstLine)
{
    const Scanner scanner(text, templateName, section, firstLine);
    std::optional<TemplateError> error;
    const auto fields = scanner.scan(error);
    if (error)
        return error;
    return scanner.checkSpecs(fields);
}

TemplateRenderer::Result TemplateRenderer::render(const QString& text, const Values& values,
                                                  const QString& templateName, const QString& section,
                                                  int firstLine)
{
    const Scanner scanner(text, templateName, section, firstLine);
    Result result;
    const auto fields = scanner.scan(result.error);
    if (result.error)
        return result;
    if (auto specError = scanner.checkSpecs(fields)) {
        result.error = std::move(specError);
        return result;
    }
    fmt::dynamic_format_arg_store<fmt::format_context> arguments;
    QStringList added;
    for (const auto& field : fields) {
        if (added.contains(field.name))
            continue;
        const auto value = values.constFind(field.name);
        if (value == values.constEnd()) {
            result.missingValue = true;
            return result;
        }
        const auto index = size_t(fieldTable().names.indexOf(field.name));
        arguments.push_back(fmt::arg(fieldTable().utf8Names[index].constData(), value->toStdString()));
        added.push_back(field.name);
    }
    try {
        result.text = QString::fromStdString(fmt::vformat(fmt::string_view(text.toStdString()), arguments));
    } catch (const fmt::format_error& problem) {
        result.error = scanner.errorAt(0, QString::fromUtf8(problem.what()));
    }
    return result;
}

} // namespace Anchorline
