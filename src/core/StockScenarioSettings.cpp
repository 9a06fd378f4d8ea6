#include "StockScenarioSettings.h"

#include <QCoreApplication>

namespace Anchorline {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::StockScenarioSettings", text);
}

// "-30", "12.5": basis points as a percentage without trailing zeros (display only).
QString percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100.0, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

QString StockScenario::displayName() const
{
    if (id == u"bear")
        return QCoreApplication::translate("Anchorline::StockScenario", "Bear");
    if (id == u"flat")
        return QCoreApplication::translate("Anchorline::StockScenario", "Flat");
    if (id == u"bull")
        return QCoreApplication::translate("Anchorline::StockScenario", "Bull");
    return id;
}

QList<StockScenario> StockScenarioSettings::defaultScenarios()
{
    return {{u"bear"_s, -3000}, {u"flat"_s, 0}, {u"bull"_s, 3000}};
}

bool StockScenarioSettings::isPrivateStage(CompanyStage stage)
{
    return stage == CompanyStage::Startup || stage == CompanyStage::Growth;
}

StockScenarioSettings StockScenarioSettings::forStage(CompanyStage stage)
{
    StockScenarioSettings settings;
    settings.privateCompany = isPrivateStage(stage);
    return settings;
}

QString StockScenarioSettings::growthError(int basisPoints)
{
    if (basisPoints < MinGrowthBasisPoints) {
        return tr("%1 % a year is below -100 %: a share price cannot lose more than all of its value")
            .arg(percentText(basisPoints));
    }
    if (basisPoints > MaxGrowthBasisPoints) {
        return tr("%1 % a year is above the largest growth modelled, +%2 %")
            .arg(percentText(basisPoints), percentText(MaxGrowthBasisPoints));
    }
    return QString();
}

QString StockScenarioSettings::discountError(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10'000)
        return tr("%1 % is not a discount; expected 0 to 100 %").arg(percentText(basisPoints));
    return QString();
}

QList<FieldError> StockScenarioSettings::validate() const
{
    QList<FieldError> errors;
    for (const auto& scenario : scenarios) {
        if (const QString error = growthError(scenario.growthBasisPoints); !error.isEmpty())
            errors.append({u"scenarios."_s + scenario.id + u".growth_percent"_s, error});
    }
    if (const QString error = discountError(privateDiscountBasisPoints); !error.isEmpty())
        errors.append({u"scenarios.private_discount_percent"_s, error});
    return errors;
}

QString StockScenarioSettings::privateWarning()
{
    return tr("Private-company equity may be worth nothing: the shares may never be sold, and a sale or "
              "listing may value them below the grant price. The amounts are expected values after the "
              "discount, not promises.");
}

} // namespace Anchorline
