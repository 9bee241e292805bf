#include "framing/terminator.h"

#include <limits>

namespace acw {

Terminator Terminator::bytes(const QByteArray &bytes)
{
    Terminator t;
    if (!bytes.isEmpty()) {
        t.m_kind = Kind::Bytes;
        t.m_bytes = bytes;
    }
    return t;
}

QString Terminator::toSpec() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Count: return QStringLiteral("count:") + QString::number(m_count);
    case Kind::Bytes: break;
    }
    return escape(m_bytes);
}

QString Terminator::escape(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 2);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\r': out += QLatin1String("\\r"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\0': out += QLatin1String("\\0"); break;
        case '\\': out += QLatin1String("\\\\"); break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += QLatin1Char(static_cast<char>(c));
            } else {
                out += QLatin1String("\\x");
                out += QLatin1Char(hex[c >> 4]);
                out += QLatin1Char(hex[c & 15]);
            }
        }
    }
    return out;
}

static int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

QByteArray Terminator::unescape(const QString &text, bool *ok)
{
    QByteArray out;
    out.reserve(text.size());
    bool good = true;
    for (qsizetype i = 0; i < text.size() && good; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            // Non-ASCII text is taken as its UTF-8 bytes, a character outside the BMP
            // (a surrogate pair, such as an emoji) as its 4 bytes, not as "??".
            if (c.unicode() < 0x80) {
                out += static_cast<char>(c.unicode());
            } else if (c.isHighSurrogate() && i + 1 < text.size()
                       && text.at(i + 1).isLowSurrogate()) {
                out += QStringView(text).mid(i, 2).toUtf8();
                ++i;
            } else if (c.isSurrogate()) {
                good = false; // a lone surrogate has no UTF-8 form
                break;
            } else {
                out += QString(c).toUtf8();
            }
            continue;
        }
        if (++i >= text.size()) {
            good = false;
            break;
        }
        switch (text.at(i).unicode()) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '0': out += '\0'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            const int hi = i + 1 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int lo = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            if (hi < 0 || lo < 0) {
                good = false;
                break;
            }
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
            break;
        }
        default: good = false;
        }
    }
    if (ok)
        *ok = good;
    return good ? out : QByteArray();
}

Terminator Terminator::parse(const QString &spec, ParseError *error)
{
    auto fail = [error](ParseError e) {
        if (error)
            *error = e;
        return Terminator();
    };
    if (error)
        *error = ParseError::NoError;
    if (spec.isEmpty())
        return fail(ParseError::Empty);
    // The keywords are case-insensitive ("NONE", "Count:5"): a literal byte string that
    // spells one is written with an escape ("\x6eone").
    if (spec.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return Terminator();
    if (spec.startsWith(QLatin1String("count:"), Qt::CaseInsensitive)) {
        QString digits = spec.mid(6).trimmed();
        bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative)
            digits.remove(0, 1);
        if (digits.isEmpty())
            return fail(ParseError::BadCount);
        qint64 value = 0;
        for (QChar c : digits) {
            if (c.unicode() < '0' || c.unicode() > '9')
                return fail(ParseError::BadCount);
            const int d = c.unicode() - '0';
            if (value > (std::numeric_limits<qint64>::max() - d) / 10)
                return fail(ParseError::CountOverflow);
            value = value * 10 + d;
        }
        if (negative && value != 0)
            return fail(ParseError::NegativeCount);
        return count(value);
    }
    bool ok = false;
    const QByteArray raw = unescape(spec, &ok);
    if (!ok)
        return fail(ParseError::BadEscape);
    return bytes(raw);
}

} // namespace acw
