#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Anchorline {

// The career level a person picks. The market layer maps each level onto a part of the local pay
// distribution (see BandModel); Unspecified means the occupation's whole distribution.
enum class CareerLevel
{
    Unspecified,
    Entry,
    Junior,
    Mid,
    Senior,
    Staff,
    Principal
};

namespace CareerLevels {

QList<CareerLevel> all();               // Entry … Principal, in order
QString id(CareerLevel level);          // "entry", "senior", "" for Unspecified
QString displayName(CareerLevel level); // translated: "Senior"
// Accepts ids and common spellings ("Sr", "mid-level", "L5" is not guessed); nullopt for unknown text.
std::optional<CareerLevel> fromString(QStringView text);

} // namespace CareerLevels
} // namespace Anchorline
