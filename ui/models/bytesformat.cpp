#include "models/bytesformat.h"

#include "framing/terminator.h"

#include <QList>
#include <QStringDecoder>

namespace acw::bytesformat {

QString modeKey(ViewMode mode)
{
    switch (mode) {
    case ViewMode::Hex:
        return QStringLiteral("hex");
    case ViewMode::Escaped:
        return QStringLiteral("escaped");
    case ViewMode::Text:
        break;
    }
    return QStringLiteral("text");
}

ViewMode modeFromKey(const QString &key)
{
    if (key == QLatin1String("hex"))
        return ViewMode::Hex;
    if (key == QLatin1String("escaped"))
        return ViewMode::Escaped;
    return ViewMode::Text;
}

static bool isSpoofing(char32_t u)
{
    // Bidi embeddings, overrides and isolates; zero-width and BOM characters.
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
        || u == 0x200F || u == 0x061C || (u >= 0x200B && u <= 0x200D) || u == 0xFEFF;
}

static void appendHexByte(QString &out, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    out += QLatin1String("\\x");
    out += QLatin1Char(hex[c >> 4]);
    out += QLatin1Char(hex[c & 15]);
}

QString text(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x80) {
            if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f))
                out += QLatin1Char(static_cast<char>(c));
            else if (c == '\r')
                out += QLatin1String("\\r");
            else
                appendHexByte(out, c);
            ++i;
            continue;
        }
        // A multi-byte UTF-8 sequence: decode it whole or show its bytes.
        const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        bool valid = len > 1 && i + len <= n;
        for (int k = 1; valid && k < len; ++k)
            valid = (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
        QString decoded;
        if (valid) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            decoded = decoder(QByteArrayView(bytes.constData() + i, len));
            valid = !decoder.hasError() && !decoded.isEmpty()
                && !decoded.contains(QChar::ReplacementCharacter)
                && !isSpoofing(decoded.toUcs4().value(0));
        }
        if (valid) {
            out += decoded;
            i += len;
        } else {
            appendHexByte(out, c);
            ++i;
        }
    }
    return out;
}

QString escaped(const QByteArray &bytes)
{
    return Terminator::escape(bytes);
}

QString preview(const QByteArray &bytes, int maxChars)
{
    QString s = Terminator::escape(bytes.left(maxChars * 2));
    if (s.size() > maxChars || bytes.size() > maxChars * 2) {
        s.truncate(maxChars);
        s += QChar(0x2026);
    }
    return s;
}

QString hexDump(const QByteArray &bytes, qint64 baseOffset)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() * 5);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(baseOffset + line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int k = 0; k < 16; ++k) {
            if (line + k < bytes.size()) {
                const auto c = static_cast<unsigned char>(bytes.at(line + k));
                out += QLatin1Char(hex[c >> 4]);
                out += QLatin1Char(hex[c & 15]);
                ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(static_cast<char>(c))
                                                 : QLatin1Char('.');
            } else {
                out += QLatin1String("  ");
            }
            out += k == 7 ? QLatin1String("  ") : QLatin1String(" ");
        }
        out += QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    return out;
}

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + QLatin1String(" B");
    if (bytes < 1024 * 1024)
        return QString::number(bytes / 1024.0, 'f', 1) + QLatin1String(" KiB");
    if (bytes < qint64(1024) * 1024 * 1024)
        return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QLatin1String(" MiB");
    return QString::number(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 2) + QLatin1String(" GiB");
}

QByteArray parseInput(const QString &input, bool hex, bool *ok)
{
    if (!hex)
        return Terminator::unescape(input, ok);
    QString digits = input;
    digits.remove(QLatin1String("0x"), Qt::CaseInsensitive);
    QByteArray compact;
    for (QChar ch : std::as_const(digits)) {
        if (ch.isSpace() || ch == QLatin1Char(',') || ch == QLatin1Char(':'))
            continue;
        const ushort u = ch.unicode();
        const bool isHex =
            (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!isHex) {
            if (ok)
                *ok = false;
            return {};
        }
        compact += char(ch.toLatin1());
    }
    if (compact.size() % 2 != 0) {
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;
    return QByteArray::fromHex(compact);
}

} // namespace acw::bytesformat
