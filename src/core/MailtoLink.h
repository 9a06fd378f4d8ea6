#pragma once

#include <QString>
#include <QUrl>

namespace Anchorline {

// Builds `mailto:` links (RFC 6068) for "Open in mail app".
namespace MailtoLink {

// mailto:TO?subject=…&body=… with every character outside the unreserved set percent-encoded as UTF-8, so
// "&",
// "?", "=", "#", "%" and "+" in the text stay text, spaces are %20 (never "+"), and every line break becomes
// %0D%0A as RFC 6068 requires. `to` may be empty.
QUrl build(const QString& to, const QString& subject, const QString& body);

} // namespace MailtoLink
} // namespace Anchorline
