#include "StockScenarioSettings.h"

#include <QCoreApplication>

namespace Anchorline {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::StockScenarioSettings", text);
}

} // namespace

QString StockScenarioSettings::percentText(int basisPoints, const QLocale& locale, bool withPlus)
{
    // Only as many decimals as the basis points need; the double only formats, it stores nothing.
    const int decimals = basisPoints % 100 == 0 ? 0 : basisPoints % 10 == 0 ? 1 : 2;
    QString text = locale.toString(basisPoints / 100.0, 'f', decimals);
    if (withPlus && basisPoints > 0)
        text.prepend(locale.positiveSign());
    return text;
}

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
            .arg(percentText(basisPoints, QLocale::c()));
    }
    if (basisPoints > MaxGrowthBasisPoints) {
        return tr("%1 % a year is above the largest growth modelled, +%2 %")
            .arg(percentText(basisPoints, QLocale::c()), percentText(MaxGrowthBasisPoints, QLocale::c()));
    }
    return QString();
}

QString StockScenarioSettings::discountError(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10'000)
        return tr("%1 % is not a discount; expected 0 to 100 %").arg(percentText(basisPoints, QLocale::c()));
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
