#include "MailtoLink.h"

#include <QByteArray>

namespace Anchorline::MailtoLink {

namespace {
// RFC 6068 §5: line breaks in a body are CRLF; normalise "\r\n", "\r" and "\n" to one CRLF each.
QString withCrlfLineBreaks(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return text;
}

QByteArray encoded(const QString& text)
{
    return QUrl::toPercentEncoding(withCrlfLineBreaks(text));
}
} // namespace

QUrl build(const QString& to, const QString& subject, const QString& body)
{
    // '@' may stay literal in the address part (RFC 6068 §2).
    QByteArray link = "mailto:" + QUrl::toPercentEncoding(to, "@");
    QByteArray separator = "?";
    if (!subject.isEmpty()) {
        link += separator + "subject=" + encoded(subject);
        separator = "&";
    }
    if (!body.isEmpty())
        link += separator + "body=" + encoded(body);
    return QUrl::fromEncoded(link, QUrl::StrictMode);
}

} // namespace Anchorline::MailtoLink
