#include "profiles/httpresponse.h"

#include <cstdio>

namespace acw::http {

namespace {

// The Date header changes once a second; format it once a second per thread.
QByteArray dateFor(const QDateTime &now)
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cached = imfFixdate(now);
        cachedSecond = second;
    }
    return cached;
}

QByteArray response(int status, const QByteArray &body, bool head, const QDateTime &now)
{
    QByteArray out;
    out.reserve(320 + body.size());
    out += "HTTP/1.0 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + dateFor(now) + "\r\n";
    out += "Content-Type: text/html; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 405)
        out += "Allow: GET, HEAD\r\n";
    out += "Connection: close\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "Content-Security-Policy: default-src 'none'\r\n"
           "\r\n";
    if (!head)
        out += body;
    return out;
}

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QByteArray imfFixdate(const QDateTime &time)
{
    static const char days[7][4] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char months[12][4]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[d.dayOfWeek() - 1],
        d.day(), months[d.month() - 1], d.year(), t.hour(), t.minute(), t.second());
    return QByteArray(buf);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

QByteArray greeting(const QString &name, bool head, const QDateTime &now)
{
    const QString shown = name.isEmpty() ? QStringLiteral("world") : htmlEscape(name);
    const QByteArray body
        = "<html>\r\n<body>\r\nHello " + shown.toUtf8() + "!\r\n</body>\r\n</html>\r\n";
    return response(200, body, head, now);
}

QByteArray error(int status, bool head, const QDateTime &now)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    const QByteArray body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<h1>"
                            + title + "</h1>\r\n</body>\r\n</html>\r\n";
    return response(status, body, head, now);
}

} // namespace acw::http
