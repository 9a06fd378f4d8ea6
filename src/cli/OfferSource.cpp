#include "OfferSource.h"

#include "SessionJson.h"

using namespace Qt::StringLiterals;

namespace Anchorline::Cli {

QString OfferSource::sourceName(const QString& path)
{
    return path == u"-" ? tr("standard input") : path;
}

QString OfferSource::takeOfferOption(QStringList& arguments, int& offerNumber)
{
    offerNumber = NegotiatedOffer;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--offer") {
            if (i + 1 >= arguments.size())
                return tr("--offer: expected an offer number (1 for the first offer of the session)");
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(u"--offer=")) {
            value = arguments.at(i).mid(8);
            arguments.remove(i);
        } else {
            continue;
        }
        bool ok = false;
        offerNumber = value.toInt(&ok);
        if (!ok || offerNumber < 1)
            return tr("--offer: \"%1\" is not an offer number; expected 1, 2, …").arg(value);
        return {};
    }
    return {};
}

OfferSource::Result OfferSource::read(const QByteArray& content, const QString& path)
{
    Result result;
    const auto parsed = SessionJson::parse(content);
    if (!parsed.ok()) {
        result.error = withSource(parsed.errors, path);
        return result;
    }
    result.session = *parsed.session;
    result.offerIndex = result.session.negotiatedOffer;
    if (result.session.offers.isEmpty())
        result.error = tr("%1: the session holds no offer\n").arg(sourceName(path));
    return result;
}

QString OfferSource::withSource(const QList<FieldError>& errors, const QString& path)
{
    QString text;
    for (const auto& error : errors)
        text += sourceName(path) + u": "_s + error.toString() + u'\n';
    return text;
}

OfferSource::Result OfferSource::parseSession(const QByteArray& content, const QString& path)
{
    Result result = read(content, path);
    if (result.ok())
        result.error = withSource(result.session.validate(), path);
    return result;
}

OfferSource::Result OfferSource::parse(const QByteArray& content, const QString& path, int offerNumber)
{
    Result result = read(content, path);
    if (!result.ok())
        return result;
    if (offerNumber != NegotiatedOffer) {
        const int offerCount = int(result.session.offers.size());
        if (offerNumber > offerCount) {
            result.error = tr("%1: --offer %2: expected an offer number from 1 to %3")
                               .arg(sourceName(path))
                               .arg(offerNumber)
                               .arg(offerCount) +
                           u'\n';
            return result;
        }
        result.offerIndex = offerNumber - 1;
    }
    // Only the chosen offer must be complete; the others may still be drafts.
    QList<FieldError> errors;
    for (const auto& error : result.offer().validate())
        errors.append({u"offers[%1].offer.%2"_s.arg(result.offerIndex + 1).arg(error.field), error.message});
    result.error = withSource(errors, path);
    return result;
}

} // namespace Anchorline::Cli
