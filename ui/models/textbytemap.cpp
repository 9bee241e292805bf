#include "models/textbytemap.h"

#include <algorithm>

namespace acw {

void TextByteMap::clear()
{
    m_text.clear();
    m_from.clear();
    m_to.clear();
    m_stream.clear();
    m_shift = 0;
    m_aligned = false;
}

void TextByteMap::add(const QString &shown, qint64 from, qint64 to, int stream)
{
    m_text += shown;
    m_from.resize(m_text.size(), from);
    m_to.resize(m_text.size(), to);
    m_stream.resize(m_text.size(), qint8(stream));
}

QString TextByteMap::decoration(const QString &shown)
{
    add(shown, -1, -1, 0);
    return shown;
}

QString TextByteMap::byteChars(const QString &shown, qint64 offset, int stream)
{
    add(shown, offset, offset + 1, stream);
    return shown;
}

QString TextByteMap::text(const QByteArray &bytes, qint64 offset, int stream)
{
    QVector<qsizetype> sources;
    const QString shown = bytesformat::text(bytes, bytesformat::defaultEncoding(), &sources);
    // A character shows the bytes from its source up to the next character's source (a
    // decoded multi-byte character), or its one byte (the four characters of \xHH).
    const qsizetype first = m_text.size();
    m_text += shown;
    m_from.resize(m_text.size());
    m_to.resize(m_text.size());
    m_stream.resize(m_text.size(), qint8(stream));
    qsizetype next = bytes.size();
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const qsizetype source = sources.value(i, bytes.size());
        if (i + 1 < shown.size() && sources.value(i + 1) != source)
            next = sources.value(i + 1);
        m_from[first + i] = offset + source;
        m_to[first + i] = offset + std::max(next, source + 1);
    }
    return shown;
}

QString TextByteMap::escaped(const QByteArray &bytes, qint64 offset, int stream)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out += byteChars(bytesformat::escaped(bytes.mid(i, 1)), offset + i, stream);
    return out;
}

QString TextByteMap::hexDump(const QByteArray &bytes, qint64 offset, int stream)
{
    // bytesformat::hexDump(), piece by piece.
    static const char hex[] = "0123456789abcdef";
    QString out;
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += decoration(QStringLiteral("%1  ").arg(offset + line, 8, 16, QLatin1Char('0')));
        for (int k = 0; k < 16; ++k) {
            if (line + k < bytes.size()) {
                const auto c = static_cast<unsigned char>(bytes.at(line + k));
                const QChar pair[2] = { QLatin1Char(hex[c >> 4]), QLatin1Char(hex[c & 15]) };
                out += byteChars(QString(pair, 2), offset + line + k, stream);
            } else {
                out += decoration(QStringLiteral("  "));
            }
            out += decoration(k == 7 ? QStringLiteral("  ") : QStringLiteral(" "));
        }
        out += decoration(QStringLiteral(" |"));
        for (int k = 0; k < 16 && line + k < bytes.size(); ++k) {
            const auto c = static_cast<unsigned char>(bytes.at(line + k));
            out += byteChars((c >= 0x20 && c < 0x7f) ? QString(QLatin1Char(static_cast<char>(c)))
                                                     : QStringLiteral("."),
                offset + line + k, stream);
        }
        out += decoration(QStringLiteral("|\n"));
    }
    return out;
}

QString TextByteMap::rendered(
    const QByteArray &bytes, qint64 offset, bytesformat::ViewMode mode, int stream)
{
    switch (mode) {
    case bytesformat::ViewMode::Hex: return hexDump(bytes, offset, stream);
    case bytesformat::ViewMode::Escaped: return escaped(bytes, offset, stream);
    case bytesformat::ViewMode::Text: break;
    }
    return text(bytes, offset, stream);
}

bool TextByteMap::align(const QString &documentText)
{
    // The document shows a no-break space as a space; nothing else may differ.
    auto same = [](QStringView a, QStringView b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QChar x = a.at(i) == QChar::Nbsp ? QChar(u' ') : a.at(i);
            const QChar y = b.at(i) == QChar::Nbsp ? QChar(u' ') : b.at(i);
            if (x != y)
                return false;
        }
        return true;
    };
    QStringView doc(documentText);
    while (doc.endsWith(QLatin1Char('\n')))
        doc.chop(1);
    QStringView mine(m_text);
    while (mine.endsWith(QLatin1Char('\n')))
        mine.chop(1);
    m_aligned = true;
    m_shift = 0;
    if (same(doc, mine))
        return true;
    if (mine.startsWith(QLatin1Char('\n')) && same(doc, mine.mid(1))) {
        m_shift = 1;
        return true;
    }
    m_aligned = false;
    return false;
}

QVector<TextByteMap::Run> TextByteMap::runs(int from, int to) const
{
    QVector<Run> out;
    if (!m_aligned)
        return out;
    const qsizetype begin = std::clamp<qsizetype>(qsizetype(from) + m_shift, 0, m_text.size());
    const qsizetype end = std::clamp<qsizetype>(qsizetype(to) + m_shift, 0, m_text.size());
    qint64 first = -1; // byte range of the run's first character
    qint64 firstTo = -1;
    qint64 lastFrom = -1; // and of its last one so far
    qint64 lastTo = -1;
    int stream = -1;
    auto close = [&] {
        if (stream < 0)
            return;
        // Normally forward (first to last); a selection from a hex dump's right column
        // back into its left one covers both ends.
        out.append(Run { stream, std::min(first, lastFrom), std::max(firstTo, lastTo) });
    };
    for (qsizetype i = begin; i < end; ++i) {
        if (m_from.at(i) < 0)
            continue;
        if (m_stream.at(i) != stream) {
            close();
            stream = m_stream.at(i);
            first = m_from.at(i);
            firstTo = m_to.at(i);
        }
        lastFrom = m_from.at(i);
        lastTo = m_to.at(i);
    }
    close();
    return out;
}

} // namespace acw
