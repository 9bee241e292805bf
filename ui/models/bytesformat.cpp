#include "models/bytesformat.h"

#include "framing/terminator.h"

#include <QList>
#include <QStringDecoder>

#include <optional>

namespace acw::bytesformat {

QString modeKey(ViewMode mode)
{
    switch (mode) {
    case ViewMode::Hex: return QStringLiteral("hex");
    case ViewMode::Escaped: return QStringLiteral("escaped");
    case ViewMode::Text: break;
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

namespace {
Encoding g_encoding = Encoding::Utf8;

bool isSpoofing(char32_t u)
{
    // Bidi embeddings, overrides and isolates; zero-width and BOM characters; line and
    // paragraph separators.
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
           || u == 0x200F || u == 0x061C || (u >= 0x200B && u <= 0x200D) || u == 0xFEFF
           || u == 0x2028 || u == 0x2029;
}

bool showable(const QString &decoded)
{
    if (decoded.isEmpty() || decoded.contains(QChar::ReplacementCharacter))
        return false;
    const QList<uint> points = decoded.toUcs4();
    if (points.size() != 1)
        return false;
    const char32_t u = points.at(0);
    // C1 controls, surrogates that slipped through, non-characters.
    if (u < 0xA0 || (u >= 0xD800 && u <= 0xDFFF) || (u >= 0xFDD0 && u <= 0xFDEF)
        || (u & 0xFFFE) == 0xFFFE)
        return false;
    return !isSpoofing(u);
}

void appendHexByte(QString &out, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";
    out += QLatin1String("\\x");
    out += QLatin1Char(hex[c >> 4]);
    out += QLatin1Char(hex[c & 15]);
}

// Length of the multi-byte sequence starting at bytes[i] (c >= 0x80) if its structure is
// valid in the encoding, else 0.
int sequenceLength(const QByteArray &bytes, qsizetype i, Encoding encoding)
{
    const qsizetype n = bytes.size();
    auto at = [&bytes](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char c = at(i);
    if (encoding == Encoding::Utf8) {
        const int len = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (len == 0 || i + len > n)
            return 0;
        for (int k = 1; k < len; ++k) {
            if ((at(i + k) & 0xC0) != 0x80)
                return 0;
        }
        return len;
    }
    // GB18030: lead 81-FE; then 40-7E/80-FE (two bytes) or 30-39 81-FE 30-39 (four).
    if (c < 0x81 || c > 0xFE || i + 1 >= n)
        return 0;
    const unsigned char c2 = at(i + 1);
    if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE))
        return 2;
    if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < n && at(i + 2) >= 0x81 && at(i + 2) <= 0xFE
        && at(i + 3) >= 0x30 && at(i + 3) <= 0x39)
        return 4;
    return 0;
}
} // namespace

QString encodingKey(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Gb18030: return QStringLiteral("gb18030");
    case Encoding::Latin1: return QStringLiteral("latin-1");
    case Encoding::Utf8: break;
    }
    return QStringLiteral("utf-8");
}

Encoding encodingFromKey(const QString &key)
{
    if (key == QLatin1String("gb18030")
        || key.compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0)
        return Encoding::Gb18030;
    if (key == QLatin1String("latin-1"))
        return Encoding::Latin1;
    return Encoding::Utf8;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Gb18030: return QStringLiteral("GB18030 / GBK");
    case Encoding::Latin1: return QStringLiteral("Latin-1");
    case Encoding::Utf8: break;
    }
    return QStringLiteral("UTF-8");
}

Encoding defaultEncoding()
{
    return g_encoding;
}

void setDefaultEncoding(Encoding encoding)
{
    g_encoding = encoding;
}

QString text(const QByteArray &bytes)
{
    return text(bytes, g_encoding);
}

QString text(const QByteArray &bytes, Encoding encoding)
{
    return text(bytes, encoding, nullptr);
}

QString text(const QByteArray &bytes, Encoding encoding, QVector<qsizetype> *sources)
{
    QString out;
    if (sources) {
        sources->clear();
        sources->reserve(bytes.size());
    }
    // Each character appended since the last call shows the bytes from `from` on.
    auto note = [&out, sources](qsizetype from) {
        if (sources)
            sources->resize(out.size(), from);
    };
    out.reserve(bytes.size());
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    // One decoder per call; every sequence it is given is structurally complete, and it is
    // reset after an error, so no state leaks from one character to the next.
    std::optional<QStringDecoder> decoder;
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x80) {
            if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f))
                out += QLatin1Char(static_cast<char>(c));
            else if (c == '\r')
                out += QLatin1String("\\r");
            else
                appendHexByte(out, c);
            note(i);
            ++i;
            continue;
        }
        if (encoding == Encoding::Latin1) {
            if (c >= 0xA0 && c != 0xAD) // not C1 controls, not the invisible soft hyphen
                out += QChar(char16_t(c));
            else
                appendHexByte(out, c);
            note(i);
            ++i;
            continue;
        }
        const int len = sequenceLength(bytes, i, encoding);
        QString decoded;
        if (len > 0) {
            if (!decoder) {
                decoder.emplace(encoding == Encoding::Utf8 ? QStringDecoder(QStringDecoder::Utf8)
                                                           : QStringDecoder("GB18030"));
            }
            decoded = (*decoder)(QByteArrayView(bytes.constData() + i, len));
            if (decoder->hasError() || !decoder->isValid()) {
                decoder->resetState();
                decoded.clear();
            }
        }
        if (len > 0 && showable(decoded)) {
            out += decoded;
            note(i);
            i += len;
        } else {
            appendHexByte(out, c);
            note(i);
            ++i;
        }
    }
    return out;
}

QString line(const QByteArray &bytes, int maxChars)
{
    // Decode a little more than fits (a character is up to 4 bytes), then cut.
    const qsizetype take = qsizetype(maxChars) * 4 + 4;
    QString s = text(bytes.left(take));
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    if (s.size() > maxChars || bytes.size() > take) {
        s.truncate(maxChars);
        if (s.size() && s.at(s.size() - 1).isHighSurrogate())
            s.chop(1);
        s += QChar(0x2026);
    }
    return s;
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
        const bool isHex
            = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
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
