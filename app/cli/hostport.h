#pragma once

#include <QString>

namespace acw::cli {

// "host:port", "[v6]:port" -> host and port; false if malformed. allowZero: port 0 (pick
// a free one) is accepted, for listening addresses.
inline bool splitHostPort(
    const QString &target, QString *host, quint16 *port, bool allowZero = false)
{
    QString portText;
    if (target.startsWith(QLatin1Char('['))) {
        const qsizetype close = target.indexOf(QLatin1String("]:"));
        if (close < 0)
            return false;
        *host = target.mid(1, close - 1);
        portText = target.mid(close + 2);
    } else {
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || target.indexOf(QLatin1Char(':')) != colon)
            return false; // a bare IPv6 address needs brackets
        *host = target.left(colon);
        portText = target.mid(colon + 1);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || (p == 0 && !allowZero) || p > 65535 || host->isEmpty())
        return false;
    *port = quint16(p);
    return true;
}

} // namespace acw::cli
