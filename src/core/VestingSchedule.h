#pragma once

#include "Money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Anchorline {

// How often shares vest within a year.
enum class VestingCadence
{
    Annual,
    Semiannual,
    Quarterly,
    Monthly
};

namespace VestingCadences {

QList<VestingCadence> all();
QString id(VestingCadence cadence);                         // "annual", "semiannual", "quarterly", "monthly"
QString displayName(VestingCadence cadence);                // translated
std::optional<VestingCadence> fromString(QStringView text); // accepts the ids, case-insensitive
int vestsPerYear(VestingCadence cadence);                   // 1, 2, 4, 12

} // namespace VestingCadences

// One vest: `month` counts months since the start date (month 12 is the first anniversary).
struct VestEvent
{
    int month = 0;
    Money amount;
    bool operator==(const VestEvent& other) const = default;
};

// When a grant vests: a share of the grant per year, a cadence per year and a cliff.
//
// Rounding: vest k's amount is the grant's rounded cumulative share after vest k minus the rounded cumulative
// share after vest k-1 (half away from zero, in minor units). Rounding therefore never accumulates and the
// events sum to the grant exactly. A cliff moves everything that would have vested up to and including the
// cliff month onto one event at the cliff month.
class VestingSchedule
{
public:
    // The presets. `name` accepts the canonical names from presetNames() and the aliases
    // "25/25/25/25" and "standard" (= standard-quarterly), "amazon" (= 5/15/40/40), "google" (= 33/33/22/12).
    static std::optional<VestingSchedule> preset(QStringView name);
    // Canonical preset names, in the order a UI lists them: standard-quarterly, standard-monthly, 5/15/40/40,
    // 33/33/22/12, 40/30/20/10, 35/30/20/15.
    static QStringList presetNames();
    // Translated one-line description of a preset for menus: "25/25/25/25, 1-year cliff, then quarterly".
    static QString presetDescription(QStringView name);

    struct BuildResult;
    // Yearly shares in basis points (2500 = 25 %), which must sum to 10000; cliff 0 .. the schedule's length.
    static BuildResult custom(const QList<int>& yearlyBasisPoints, VestingCadence cadence, int cliffMonths);
    // Equal shares over `years` years at `cadence`, no cliff (refresher grants). `years` must be 1..10.
    static VestingSchedule evenly(int years, VestingCadence cadence);

    // Default: standard-quarterly.
    VestingSchedule();

    // Canonical preset name, or empty for a custom or even schedule.
    QString presetName() const { return m_presetName; }
    // Relative share per year: basis points summing to 10000 for presets and custom schedules.
    QList<int> yearlyShares() const { return m_yearlyShares; }
    int years() const { return int(m_yearlyShares.size()); }
    int lengthMonths() const { return 12 * years(); }
    VestingCadence cadenceInYear(int year) const; // year is 1-based
    // The one cadence of every year, or nullopt when years differ (the 5/15/40/40 preset).
    std::optional<VestingCadence> uniformCadence() const;
    int cliffMonths() const { return m_cliffMonths; }

    // Variants of this schedule; `withCliff` refuses (nullopt) a cliff outside 0..lengthMonths().
    VestingSchedule withCadence(VestingCadence cadence) const;
    std::optional<VestingSchedule> withCliff(int cliffMonths) const;

    // Vest events in month order, summing exactly to `grant`; none for a zero grant. Events of zero are left
    // out.
    QList<VestEvent> vestEvents(const Money& grant) const;

    // Sum of the events with afterMonth < month <= throughMonth.
    static Money vestedBetween(const QList<VestEvent>& events, int afterMonth, int throughMonth,
                               const QString& currency);

    bool operator==(const VestingSchedule& other) const = default;

private:
    VestingSchedule(QString presetName, QList<int> yearlyShares, QList<VestingCadence> cadences,
                    int cliffMonths);

    QString m_presetName;
    QList<int> m_yearlyShares;
    QList<VestingCadence> m_cadences; // one per year
    int m_cliffMonths = 0;
};

struct VestingSchedule::BuildResult
{
    std::optional<VestingSchedule> schedule;
    QString
        error; // empty on success; names the problem, e.g. "the yearly percentages sum to 95 %, not 100 %"
    bool ok() const { return schedule.has_value(); }
};

} // namespace Anchorline
