#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace acw {

// The greeting server's responses (reliability.md 0 and 2.C 31). Pure functions, no I/O.
namespace http {

// OWASP's five: & < > " ' (QString::toHtmlEscaped misses the apostrophe).
QString htmlEscape(const QString &text);
// RFC 9110 §5.6.7 IMF-fixdate, always in English and GMT: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray imfFixdate(const QDateTime &time);
QByteArray reasonPhrase(int status);

// The seed's page without its stray space: "<html>\r\n<body>\r\nHello NAME!\r\n</body>...".
// An empty name greets the world ("/" is "Hello world!"). head: headers only.
QByteArray greeting(
    const QString &name, bool head, const QDateTime &now = QDateTime::currentDateTimeUtc());
// A small page naming the status only: it never echoes request bytes. 405 adds Allow.
QByteArray error(int status, bool head, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace http
} // namespace acw
