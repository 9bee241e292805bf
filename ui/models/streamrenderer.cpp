#include "models/streamrenderer.h"

#include "models/timelinemodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace acw {

QVector<StreamRenderer::Mark> StreamRenderer::classify(
    const CaptureStore::Capture &c, const State &state, qint64 from, qint64 to)
{
    QVector<Mark> marks(std::max<qint64>(0, to - from), Mark::Unknown);
    auto paint = [&](qint64 a, qint64 b, Mark m) {
        a = std::max(a, from);
        b = std::min(b, to);
        for (qint64 i = a; i < b; ++i)
            marks[i - from] = m;
    };
    for (auto it = c.frames.crbegin(); it != c.frames.crend() && it->end > from; ++it) {
        paint(it->dataStart(), it->dataEnd(), it->index % 2 ? Mark::FrameOdd : Mark::FrameEven);
        paint(it->dataEnd(), it->end, Mark::Terminator);
    }
    // After the last frame, from the channel's own counts (the same numbers the summary
    // shows): bytes handed on as a stream, the collected bytes, the held-back prefix, and
    // whatever came after the state was taken.
    const qint64 lastEnd = c.frames.isEmpty() ? 0 : c.frames.constLast().end;
    const qint64 consumed = std::clamp<qint64>(
        state.consumed < 0 ? c.streamEnd - state.heldBack : state.consumed, lastEnd, c.streamEnd);
    const qint64 pendingStart = std::max(lastEnd, consumed - std::max<qint64>(0, state.pending));
    const qint64 heldEnd = std::min(c.streamEnd, consumed + std::max<qint64>(0, state.heldBack));
    paint(lastEnd, pendingStart, Mark::Streamed);
    paint(pendingStart, consumed, Mark::Pending);
    paint(consumed, heldEnd, Mark::HeldBack);
    paint(heldEnd, c.streamEnd, Mark::Unframed);
    return marks;
}

QString StreamRenderer::color(Mark mark)
{
    switch (mark) {
    case Mark::FrameEven: return QStringLiteral("#d6e8fa");
    case Mark::FrameOdd: return QStringLiteral("#d9f0d9");
    case Mark::Terminator: return QStringLiteral("#ffc470");
    case Mark::Pending: return QStringLiteral("#fff08a");
    case Mark::HeldBack: return QStringLiteral("#f59a9a");
    case Mark::Streamed: return QStringLiteral("#e4e4e4");
    case Mark::Unframed: return QStringLiteral("#f0d0f0");
    case Mark::Unknown: break;
    }
    return QString();
}

QString StreamRenderer::chunkMarker()
{
    return QStringLiteral("<span style=\"color:#1040c0;font-weight:bold;\">\u250a</span>");
}

QString StreamRenderer::legendHtml()
{
    auto swatch = [](Mark m, const char *label) {
        const QString text = QCoreApplication::translate("acw::StreamRenderer", label);
        return QStringLiteral("<span style=\"background:%1;\">&nbsp;%2&nbsp;</span> ")
            .arg(color(m), text.toHtmlEscaped());
    };
    return swatch(Mark::FrameEven, QT_TRANSLATE_NOOP("acw::StreamRenderer", "frame"))
           + swatch(Mark::FrameOdd, QT_TRANSLATE_NOOP("acw::StreamRenderer", "next frame"))
           + swatch(Mark::Terminator, QT_TRANSLATE_NOOP("acw::StreamRenderer", "terminator"))
           + swatch(
               Mark::Pending, QT_TRANSLATE_NOOP("acw::StreamRenderer", "collected, not framed yet"))
           + swatch(Mark::HeldBack,
               QT_TRANSLATE_NOOP("acw::StreamRenderer", "held back (terminator prefix?)"))
           + swatch(Mark::Streamed,
               QT_TRANSLATE_NOOP("acw::StreamRenderer", "handed on as a stream (not kept)"))
           + chunkMarker() + QLatin1Char(' ')
           + QCoreApplication::translate("acw::StreamRenderer", "chunk boundary (one read)")
                 .toHtmlEscaped();
}

StreamRenderer::Result StreamRenderer::render(const CaptureStore::Capture &c, const State &state,
    bytesformat::ViewMode mode, qint64 maxBytes, TextByteMap *map)
{
    TextByteMap unused;
    TextByteMap &m = map ? *map : unused;
    m.clear();
    Result r;
    r.to = c.baseOffset + c.data.size();
    r.from = std::max(c.baseOffset, r.to - maxBytes);
    r.truncated = r.from > 0;
    // Start at a frame or chunk boundary when one is close, so the first line reads well.
    const QVector<Mark> marks = classify(c, state, r.from, r.to);
    QString body
        = mode == bytesformat::ViewMode::Hex
              ? renderHex(c, marks, r.from, r.to, m)
              : renderText(c, marks, r.from, r.to, mode == bytesformat::ViewMode::Escaped, m);
    r.html = QStringLiteral("<pre style=\"font-family:monospace;\">") + body
             + QStringLiteral("</pre>");
    return r;
}

static QString span(const QString &background, const QString &text)
{
    if (background.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("<span style=\"background:%1;\">%2</span>")
        .arg(background, text.toHtmlEscaped());
}

QString StreamRenderer::tlsMarker(const CaptureStore::Capture &c)
{
    return QStringLiteral("<span style=\"color:#006000;font-weight:bold;\">%1</span>\n")
        .arg(QCoreApplication::translate(
            "acw::StreamRenderer", "🔒 TLS began here, at byte %1: %2 (what follows is decrypted)")
                 .arg(c.tlsOffset)
                 .arg(c.tls)
                 .toHtmlEscaped());
}

QString StreamRenderer::renderText(const CaptureStore::Capture &c, const QVector<Mark> &marks,
    qint64 from, qint64 to, bool escapedMode, TextByteMap &map)
{
    static const QString marker(QChar(0x250a)); // what chunkMarker() shows
    QString out;
    auto chunk = std::upper_bound(c.chunkStarts.cbegin(), c.chunkStarts.cend(), from);
    qint64 pos = from;
    const qint64 tlsAt = c.tlsOffset >= from && c.tlsOffset <= to ? c.tlsOffset : -1;
    const auto markTls = [&] {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        out += tlsMarker(c);
    };
    while (pos < to) {
        if (pos == tlsAt)
            markTls();
        const Mark m = marks.at(pos - from);
        qint64 nextChunk = chunk == c.chunkStarts.cend() ? to : std::min(*chunk, to);
        if (tlsAt > pos)
            nextChunk = std::min(nextChunk, tlsAt);
        qint64 end = pos + 1;
        while (end < nextChunk && marks.at(end - from) == m)
            ++end;
        const QByteArray bytes = c.data.mid(pos - c.baseOffset, end - pos);
        const bool asEscapes = escapedMode || m == Mark::Terminator || m == Mark::HeldBack;
        out += span(color(m), asEscapes ? map.escaped(bytes, pos) : map.text(bytes, pos));
        // A frame ends where its terminator ends: start a new line there.
        if (m == Mark::Terminator && (end == to || marks.at(end - from) != Mark::Terminator))
            out += map.decoration(QStringLiteral("\n"));
        if (chunk != c.chunkStarts.cend() && end == *chunk && end < to) {
            map.decoration(marker);
            out += chunkMarker();
            ++chunk;
        }
        pos = end;
    }
    if (tlsAt == to && to >= from)
        markTls(); // nothing received since it began
    return out;
}

QString StreamRenderer::renderHex(const CaptureStore::Capture &c, const QVector<Mark> &marks,
    qint64 from, qint64 to, TextByteMap &map)
{
    static const char digits[] = "0123456789abcdef";
    static const QString marker(QChar(0x250a)); // what chunkMarker() shows
    // The ASCII column comes after the hex one: its cells are mapped once the hex is.
    struct Cell
    {
        QString shown;
        qint64 offset; // -1: padding
    };
    QVector<Cell> cells;
    QString out;
    auto chunk = std::upper_bound(c.chunkStarts.cbegin(), c.chunkStarts.cend(), from);
    const qint64 lineStart0 = from - (from % 16);
    for (qint64 line = lineStart0; line < to; line += 16) {
        if (c.tlsOffset >= std::max(line, from) && c.tlsOffset < line + 16)
            out += tlsMarker(c);
        const auto lineChunk = chunk;
        out += map.decoration(QStringLiteral("%1 ").arg(line, 8, 16, QLatin1Char('0')));
        QString hex;
        QString ascii;
        cells.clear();
        for (int k = 0; k < 16; ++k) {
            const qint64 pos = line + k;
            const bool isChunkStart = chunk != c.chunkStarts.cend() && *chunk == pos && pos > 0;
            if (isChunkStart)
                ++chunk;
            const QString sep = k == 8 ? QStringLiteral("  ") : QStringLiteral(" ");
            if (pos < from || pos >= to) {
                hex += map.decoration(sep + QLatin1String("  "));
                ascii += QLatin1Char(' ');
                cells.append({ QStringLiteral(" "), -1 });
                continue;
            }
            if (isChunkStart) {
                const QString space = k == 8 ? QStringLiteral(" ") : QString();
                map.decoration(space + marker);
                hex += space + chunkMarker();
            } else {
                hex += map.decoration(sep);
            }
            const auto byte = static_cast<unsigned char>(c.data.at(pos - c.baseOffset));
            const QString bg = color(marks.at(pos - from));
            const QString h
                = QString(QLatin1Char(digits[byte >> 4])) + QLatin1Char(digits[byte & 15]);
            const QString a = (byte >= 0x20 && byte < 0x7f)
                                  ? QString(QLatin1Char(static_cast<char>(byte)))
                                  : QStringLiteral(".");
            map.byteChars(h, pos);
            hex += span(bg, h);
            ascii += span(bg, a);
            cells.append({ a, pos });
        }
        out += hex + map.decoration(QStringLiteral("  |"));
        for (const Cell &cell : std::as_const(cells)) {
            if (cell.offset < 0)
                map.decoration(cell.shown);
            else
                map.byteChars(cell.shown, cell.offset);
        }
        out += ascii + map.decoration(QStringLiteral("|"));
        // The reads that started on this line, with their arrival times.
        for (auto t = lineChunk; t != chunk; ++t) {
            const qsizetype i = t - c.chunkStarts.cbegin();
            if (*t >= from && *t > 0 && i < c.chunkTimes.size()) {
                const QString time = TimelineModel::timeText(c.chunkTimes.at(i));
                map.decoration(QLatin1Char(' ') + marker + time);
                out += QLatin1Char(' ') + chunkMarker() + time.toHtmlEscaped();
            }
        }
        out += map.decoration(QStringLiteral("\n"));
    }
    if (c.tlsOffset >= from && c.tlsOffset == to)
        out += tlsMarker(c);
    return out;
}

} // namespace acw
