#pragma once

#include "CliCommand.h"

#include <QJsonObject>

namespace Anchorline {
struct NegotiationInput;
struct NegotiationPlan;
} // namespace Anchorline

namespace Anchorline::Cli {

// `anchorline-cli email OFFER.json [options] [--json]`: the negotiation email, phone script, ask and warnings
// for an offer. The market band comes from the offer's role and location (role_soc / location_code when
// given).
class EmailCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    CommandOutput run(const QStringList& arguments, QIODevice& standardInput) override;

    // The JSON contract (README, "anchorline-cli email").
    static QJsonObject planJson(const NegotiationInput& input, const NegotiationPlan& plan);
};

} // namespace Anchorline::Cli
