#pragma once

#include "FieldError.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace Anchorline {

// Reads and writes the session format (README, "Session files"). Schema 1:
// {"schema": 1, "app": "Anchorline", "app_version", "saved_at",
//  "client": {"name", "notes"},
//  "current_pay": {"private": true, "currency", "base", "bonus", "equity_per_year", "total"},
//  "target": {"currency", "base", "bonus", "equity_per_year", "total"},
//  "offers": [{"label", "offer": {offer file format}}], "negotiated_offer": 1, "competing_offer": 2,
//  "negotiation": {"strategy", "tone", "language", "target_percentile", "company_stage", "base_capped",
//                  "currency", "forfeited_compensation", "decision_deadline", "recruiter_name"},
//  "email": {"subject", "body", "user_edited"},
//  "history": [{"date", "asked", "asked_amount", "answer", "answer_amount", "outcome", "currency"}],
//  "scenarios": {"bear": {"growth_percent"}, "flat": {…}, "bull": {…}, "private_discount_percent"}}
// ("scenarios" only when they differ from the defaults; a file without it reads with the defaults.)
// Offer numbers in the file are 1-based, as in the CLI's --offer. Schema 0 is a bare offer file (what
// `anchorline-cli evaluate` reads); it is upgraded to a session with that one offer.
class SessionJson
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::SessionJson)

public:
    static constexpr int SchemaVersion = 1;
    // Far above any real session; a file with more is refused by field rather than read at length.
    static constexpr qsizetype MaxOffers = 1'000;
    static constexpr qsizetype MaxHistoryEntries = 10'000;

    struct ParseResult
    {
        std::optional<Session> session;
        QList<FieldError> errors; // every problem found, each naming its field path or line and column
        int schema = -1;          // the schema the text was written in (0 … SchemaVersion), -1 when unknown
        QDateTime savedAt;        // from "saved_at"; invalid for schema 0
        bool ok() const { return session.has_value(); }
        bool wasUpgraded() const { return ok() && schema < SchemaVersion; }
        QString errorText() const { return FieldError::joined(errors); }
    };

    // Parses a session file or a bare offer file. Malformed JSON is reported with its line and column, a
    // schema newer than SchemaVersion with a message saying so, wrong types with the field path.
    static ParseResult parse(const QByteArray& json);
    static ParseResult fromJsonObject(const QJsonObject& object);

    // The schema-1 document; `savedAt` is written in UTC to the second.
    static QJsonObject toJsonObject(const Session& session, const QDateTime& savedAt);
    static QByteArray toJson(const Session& session, const QDateTime& savedAt); // indented, UTF-8
    // A percentage in basis points as sessions and the CLI's JSON write it: -30, 12.5.
    static QJsonValue percentToJson(int basisPoints);
};

} // namespace Anchorline
