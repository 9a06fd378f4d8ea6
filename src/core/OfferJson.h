#pragma once

#include "FieldError.h"
#include "Offer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Anchorline {

// Reads and writes the offer file format (schema 1), documented in the README ("Offer file"):
// {"schema": 1, "company", "role", "role_soc", "level", "location", "location_code", "currency",
// "start_date",
//  "base", "raise_percent", "bonus_percent", "bonus_fixed",
//  "signon": {"amount", "year2_amount", "clawback_months", "clawback"},
//  "equity": {"grant", "schedule", "cadence", "cliff_months"},
//  "refresh": {"grant", "first_year", "vest_years", "cadence"}}
// Amounts are JSON numbers in major units (187500, 1234.56) or strings Money::parse accepts ("$187,500").
class OfferJson
{
public:
    static constexpr int SchemaVersion = 1;

    // Skip reads an offer that is still being typed (a session's new offer has base 0): structural problems
    // (unknown keys, wrong types, malformed amounts or dates) are still errors, Offer::validate()'s range
    // checks are left to whoever uses the offer.
    enum class Validation
    {
        Validate,
        Skip
    };

    struct ParseResult
    {
        std::optional<Offer> offer;
        QList<FieldError> errors; // every problem found, each naming its field (with its path) or line/column
        bool ok() const { return offer.has_value(); }
        QString errorText() const { return FieldError::joined(errors); }
    };

    // Parses a whole offer file. Malformed JSON is reported with its line and column.
    static ParseResult parse(const QByteArray& json, Validation validation = Validation::Validate);
    // Parses an offer embedded in another document; `path` prefixes field names ("offers[2]" →
    // "offers[2].base").
    static ParseResult fromJsonObject(const QJsonObject& object, const QString& path = QString(),
                                      Validation validation = Validation::Validate);

    // The same format back; parse(toJson(offer)) gives `offer` again.
    static QJsonObject toJsonObject(const Offer& offer);
    static QByteArray toJson(const Offer& offer); // indented, UTF-8

    // Amounts as JSON numbers in major units, for any JSON output of the app.
    static double moneyToJsonNumber(const Money& money);
};

} // namespace Anchorline
