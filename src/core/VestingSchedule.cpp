#include "VestingSchedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Anchorline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Anchorline::VestingSchedule", text);
}

constexpr int FullShareBasisPoints = 10'000;
constexpr int MaxScheduleYears = 10;

struct Preset
{
    const char16_t* name;
    std::array<const char16_t*, 2> aliases; // nullptr where there is none
    std::array<int, 4> yearlyBasisPoints;
    // Cadence of years 1-2 and of years 3-4: the 5/15/40/40 preset vests at anniversaries first.
    VestingCadence earlyCadence;
    VestingCadence lateCadence;
    int cliffMonths;
    const char* description;
};

// Google-style 33/33/22/12 vests monthly without a cliff; the other presets have a one-year cliff.
constexpr std::array<Preset, 6> Presets{{
    {u"standard-quarterly",
     {u"25/25/25/25", u"standard"},
     {2500, 2500, 2500, 2500},
     VestingCadence::Quarterly,
     VestingCadence::Quarterly,
     12,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule", "25/25/25/25, 1-year cliff, then quarterly")},
    {u"standard-monthly",
     {nullptr, nullptr},
     {2500, 2500, 2500, 2500},
     VestingCadence::Monthly,
     VestingCadence::Monthly,
     12,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule", "25/25/25/25, 1-year cliff, then monthly")},
    {u"5/15/40/40",
     {u"amazon", nullptr},
     {500, 1500, 4000, 4000},
     VestingCadence::Annual,
     VestingCadence::Semiannual,
     12,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule",
                       "5/15/40/40 (Amazon-style): years 1 and 2 at anniversaries, then semiannual")},
    {u"33/33/22/12",
     {u"google", nullptr},
     {3300, 3300, 2200, 1200},
     VestingCadence::Monthly,
     VestingCadence::Monthly,
     0,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule", "33/33/22/12 (Google-style): monthly, no cliff")},
    {u"40/30/20/10",
     {nullptr, nullptr},
     {4000, 3000, 2000, 1000},
     VestingCadence::Quarterly,
     VestingCadence::Quarterly,
     12,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule", "40/30/20/10, 1-year cliff, then quarterly")},
    {u"35/30/20/15",
     {nullptr, nullptr},
     {3500, 3000, 2000, 1500},
     VestingCadence::Quarterly,
     VestingCadence::Quarterly,
     12,
     QT_TRANSLATE_NOOP("Anchorline::VestingSchedule", "35/30/20/15, 1-year cliff, then quarterly")},
}};

bool matches(QStringView text, const char16_t* name)
{
    return name && text.compare(QStringView(name), Qt::CaseInsensitive) == 0;
}

const Preset* findPreset(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto& preset : Presets) {
        if (matches(trimmed, preset.name) || matches(trimmed, preset.aliases[0]) ||
            matches(trimmed, preset.aliases[1]))
            return &preset;
    }
    return nullptr;
}

QString percentText(qint64 basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (basisPoints % 100 != 0)
        text += u'.' + QString::number(basisPoints % 100).rightJustified(2, u'0');
    while (text.contains(u'.') && text.endsWith(u'0'))
        text.chop(1);
    return text;
}

} // namespace

namespace VestingCadences {

QList<VestingCadence> all()
{
    return {VestingCadence::Annual, VestingCadence::Semiannual, VestingCadence::Quarterly,
            VestingCadence::Monthly};
}

QString id(VestingCadence cadence)
{
    switch (cadence) {
    case VestingCadence::Annual:
        return QStringLiteral("annual");
    case VestingCadence::Semiannual:
        return QStringLiteral("semiannual");
    case VestingCadence::Quarterly:
        return QStringLiteral("quarterly");
    case VestingCadence::Monthly:
        return QStringLiteral("monthly");
    }
    return QString();
}

QString displayName(VestingCadence cadence)
{
    switch (cadence) {
    case VestingCadence::Annual:
        return QCoreApplication::translate("VestingCadence", "Annual");
    case VestingCadence::Semiannual:
        return QCoreApplication::translate("VestingCadence", "Semiannual");
    case VestingCadence::Quarterly:
        return QCoreApplication::translate("VestingCadence", "Quarterly");
    case VestingCadence::Monthly:
        return QCoreApplication::translate("VestingCadence", "Monthly");
    }
    return QString();
}

std::optional<VestingCadence> fromString(QStringView text)
{
    for (const auto cadence : all()) {
        if (text.trimmed().compare(id(cadence), Qt::CaseInsensitive) == 0)
            return cadence;
    }
    return std::nullopt;
}

int vestsPerYear(VestingCadence cadence)
{
    switch (cadence) {
    case VestingCadence::Annual:
        return 1;
    case VestingCadence::Semiannual:
        return 2;
    case VestingCadence::Quarterly:
        return 4;
    case VestingCadence::Monthly:
        return 12;
    }
    return 1;
}

} // namespace VestingCadences

VestingSchedule::VestingSchedule(QString presetName, QList<int> yearlyShares, QList<VestingCadence> cadences,
                                 int cliffMonths)
    : m_presetName(std::move(presetName))
    , m_yearlyShares(std::move(yearlyShares))
    , m_cadences(std::move(cadences))
    , m_cliffMonths(cliffMonths)
{}

VestingSchedule::VestingSchedule()
    : VestingSchedule(*preset(Presets.front().name))
{}

std::optional<VestingSchedule> VestingSchedule::preset(QStringView name)
{
    const Preset* found = findPreset(name);
    if (!found)
        return std::nullopt;
    const auto& shares = found->yearlyBasisPoints;
    return VestingSchedule(QString::fromUtf16(found->name), QList<int>(shares.begin(), shares.end()),
                           {found->earlyCadence, found->earlyCadence, found->lateCadence, found->lateCadence},
                           found->cliffMonths);
}

QStringList VestingSchedule::presetNames()
{
    QStringList names;
    for (const auto& preset : Presets)
        names.append(QString::fromUtf16(preset.name));
    return names;
}

QString VestingSchedule::presetDescription(QStringView name)
{
    const Preset* found = findPreset(name);
    return found ? tr(found->description) : QString();
}

VestingSchedule::BuildResult VestingSchedule::custom(const QList<int>& yearlyBasisPoints,
                                                     VestingCadence cadence, int cliffMonths)
{
    if (yearlyBasisPoints.isEmpty() || yearlyBasisPoints.size() > MaxScheduleYears)
        return {std::nullopt, tr("give between 1 and %1 yearly percentages").arg(MaxScheduleYears)};
    qint64 sum = 0;
    for (const int share : yearlyBasisPoints) {
        if (share < 0)
            return {std::nullopt, tr("a yearly percentage may not be negative")};
        sum += share;
    }
    if (sum != FullShareBasisPoints) {
        return {std::nullopt, tr("the yearly percentages sum to %1 %, not 100 %").arg(percentText(sum))};
    }
    const VestingSchedule schedule(QString(), yearlyBasisPoints,
                                   QList<VestingCadence>(yearlyBasisPoints.size(), cadence), 0);
    auto withCliff = schedule.withCliff(cliffMonths);
    if (!withCliff) {
        return {std::nullopt, tr("the cliff must be between 0 and %1 months").arg(schedule.lengthMonths())};
    }
    return {withCliff, QString()};
}

VestingSchedule VestingSchedule::evenly(int years, VestingCadence cadence)
{
    const int count = std::clamp(years, 1, MaxScheduleYears);
    return VestingSchedule(QString(), QList<int>(count, 1), QList<VestingCadence>(count, cadence), 0);
}

VestingCadence VestingSchedule::cadenceInYear(int year) const
{
    return m_cadences.at(std::clamp(year, 1, years()) - 1);
}

std::optional<VestingCadence> VestingSchedule::uniformCadence() const
{
    for (const auto cadence : m_cadences) {
        if (cadence != m_cadences.front())
            return std::nullopt;
    }
    return m_cadences.front();
}

VestingSchedule VestingSchedule::withCadence(VestingCadence cadence) const
{
    VestingSchedule changed = *this;
    changed.m_cadences.fill(cadence);
    return changed;
}

std::optional<VestingSchedule> VestingSchedule::withCliff(int cliffMonths) const
{
    if (cliffMonths < 0 || cliffMonths > lengthMonths())
        return std::nullopt;
    VestingSchedule changed = *this;
    changed.m_cliffMonths = cliffMonths;
    return changed;
}

QList<VestEvent> VestingSchedule::vestEvents(const Money& grant) const
{
    QList<VestEvent> events;
    if (grant.isZero())
        return events;
    qint64 totalShares = 0;
    for (const int share : m_yearlyShares)
        totalShares += share;

    // Cumulative share after vest k of year y = (shares of earlier years + share_y × k / n_y) / totalShares.
    const Money zero = Money::fromMinor(0, grant.currency());
    Money vestedSoFar = zero;
    Money atCliff = zero;
    qint64 earlierShares = 0;
    for (int year = 1; year <= years(); ++year) {
        const int share = m_yearlyShares.at(year - 1);
        const int vests = VestingCadences::vestsPerYear(cadenceInYear(year));
        for (int k = 1; k <= vests; ++k) {
            const qint64 numerator = earlierShares * vests + qint64(share) * k;
            const Money cumulative = *grant.checkedScaled(numerator, totalShares * vests);
            const int month = 12 * (year - 1) + k * 12 / vests;
            if (month <= m_cliffMonths)
                atCliff += cumulative - vestedSoFar;
            else
                events.append({month, cumulative - vestedSoFar});
            vestedSoFar = cumulative;
        }
        earlierShares += share;
    }
    if (m_cliffMonths > 0)
        events.prepend({m_cliffMonths, atCliff});
    events.removeIf([](const VestEvent& event) { return event.amount.isZero(); });
    return events;
}

Money VestingSchedule::vestedBetween(const QList<VestEvent>& events, int afterMonth, int throughMonth,
                                     const QString& currency)
{
    Money sum = Money::fromMinor(0, currency);
    for (const auto& event : events) {
        if (event.month > afterMonth && event.month <= throughMonth)
            sum += event.amount;
    }
    return sum;
}

} // namespace Anchorline
