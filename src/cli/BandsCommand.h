#pragma once

#include "CliCommand.h"

#include <QLocale>

namespace Anchorline::Cli {

// `anchorline-cli bands --role ROLE --location LOC [--level LEVEL] [--json]`: the annual base-pay band for
// a role, place and level, from the user's imported datasets where they cover it, else the built-in data.
// ROLE and LOC take a code or a name (the best match is used and stated). JSON: MarketJson::band plus
// `matched`.
class BandsCommand : public CliCommand
{
public:
    explicit BandsCommand(QString datasetDirectory, const QLocale& locale = QLocale());

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

private:
    QString m_datasetDirectory;
    QLocale m_locale;
};

} // namespace Anchorline::Cli
