#pragma once

#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Anchorline::Cli {

// Where a command's offer comes from: an offer file (schema 1) or a session file (.anchorline), in which
// `--offer N` picks the offer (1-based; by default the one being negotiated). Shared by evaluate, email and
// compare so that they read files the same way and word errors the same way.
class OfferSource
{
    Q_DECLARE_TR_FUNCTIONS(Anchorline::Cli::OfferSource)

public:
    static constexpr int NegotiatedOffer = 0; // offerNumber for "the offer being negotiated"

    struct Result
    {
        Session session;    // an offer file becomes a session with that one offer
        int offerIndex = 0; // 0-based index of the chosen offer in session.offers
        QString error;      // "FILE: field: message" lines, each ending in a newline; empty on success

        bool ok() const { return error.isEmpty(); }
        const Offer& offer() const { return session.offers.at(offerIndex).offer; }
    };

    // Removes "--offer N" (or "--offer=N") from `arguments` and stores N in `offerNumber` (NegotiatedOffer
    // when absent). Returns an error message for a missing or non-positive N, empty otherwise.
    static QString takeOfferOption(QStringList& arguments, int& offerNumber);

    // Parses `content` read from `path` ("-" names standard input in messages).
    static Result parse(const QByteArray& content, const QString& path, int offerNumber = NegotiatedOffer);
    // The same for a command that needs the whole session (compare): every offer must validate.
    static Result parseSession(const QByteArray& content, const QString& path);

    // "standard input" for "-", else the path.
    static QString sourceName(const QString& path);

private:
    static Result read(const QByteArray& content, const QString& path);
    static QString withSource(const QList<FieldError>& errors, const QString& path);
};

} // namespace Anchorline::Cli
