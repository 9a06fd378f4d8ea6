#pragma once

#include "CliCommand.h"
#include "EvaluateCommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace Anchorline {
struct Session;
}

namespace Anchorline::Cli {

// `anchorline-cli compare SESSION [--json]`: the offers of a session side by side, each in evaluate's shape.
class CompareCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Cli::CompareCommand)

public:
    // `locale` formats the text table (the C locale counts as American English, as in evaluate).
    explicit CompareCommand(const QLocale& locale = QLocale());

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

    // The --json document (README, "compare --json"): {"client", "offers": [{"number", "label", "company",
    // "negotiated", "competing", and evaluate's members}]}. The private current pay is never included.
    QJsonObject comparisonJson(const Session& session) const;
    // Adds members to each offer's object, as EvaluateCommand::addJsonExtension does (the `market` member).
    void addJsonExtension(EvaluateCommand::JsonExtension extension);
    QString comparisonText(const Session& session) const;

private:
    QLocale m_locale;
    std::vector<EvaluateCommand::JsonExtension> m_jsonExtensions;
};

} // namespace Anchorline::Cli
