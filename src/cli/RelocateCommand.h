#pragma once

#include "CliCommand.h"

#include <QLocale>

namespace Anchorline::Cli {

// `anchorline-cli relocate --amount A --from PLACE --to PLACE [--json]`: what it takes in one place to match
// an amount's buying power in another (BEA Regional Price Parities). JSON: {amount, currency, from, to,
// equivalent, source, year}; from/to as RealTermsJson::place.
class RelocateCommand : public CliCommand
{
public:
    // `locale` formats the text output (the C locale counts as American English); --json does not use it.
    explicit RelocateCommand(const QLocale& locale = QLocale());

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

private:
    QLocale m_locale;
};

} // namespace Anchorline::Cli
