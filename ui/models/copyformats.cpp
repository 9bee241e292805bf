#include "models/copyformats.h"

namespace acw::copyformats {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Shared by C and Python: the common escapes, printable ASCII as is, the rest \xHH.
QString escapeBody(const QByteArray &bytes, char quote, bool splitAfterHex)
{
    QString out;
    bool lastWasHex = false;
    for (char c : bytes) {
        const uchar u = uchar(c);
        const bool wasHex = lastWasHex;
        lastWasHex = false;
        switch (u) {
        case '\r': out += QLatin1String("\\r"); continue;
        case '\n': out += QLatin1String("\\n"); continue;
        case '\t': out += QLatin1String("\\t"); continue;
        case '\\': out += QLatin1String("\\\\"); continue;
        default: break;
        }
        if (c == quote) {
            out += QLatin1Char('\\');
            out += QLatin1Char(quote);
        } else if (u >= 0x20 && u < 0x7f) {
            // In C, "\x41" followed by 'B' would read as \x41B: close and reopen the literal.
            if (splitAfterHex && wasHex && isHexDigit(c))
                out += QLatin1String("\" \"");
            out += QLatin1Char(c);
        } else {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            lastWasHex = true;
        }
    }
    return out;
}

} // namespace

QString cString(const QByteArray &bytes)
{
    return QLatin1Char('"') + escapeBody(bytes, '"', true) + QLatin1Char('"');
}

QString pythonBytes(const QByteArray &bytes)
{
    return QLatin1String("b'") + escapeBody(bytes, '\'', false) + QLatin1Char('\'');
}

} // namespace acw::copyformats
