#include "models/conversationmodel.h"

#include "models/textbytemap.h"
#include "models/timelinemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace acw {

void ConversationModel::build(const CaptureStore::Capture *c, int maxSegments, qint64 maxBytes)
{
    m_segments.clear();
    m_omitted = 0;
    m_relay = c && c->relay;
    m_tlsOffset = c ? c->tlsOffset : -1;
    m_tls = c ? c->tls : QString();
    if (!c)
        return;
    if (c->relay) {
        buildRelay(c, maxSegments, maxBytes);
        return;
    }
    QVector<Segment> in;
    in.reserve(c->chunkStarts.size());
    // Reads: from each chunk start to the next (the newest to the end of the stream).
    const quint64 firstRead = 1; // chunk numbers are relative to what is still kept
    for (int i = 0; i < c->chunkStarts.size(); ++i) {
        Segment s;
        s.direction = Direction::Received;
        s.number = firstRead + quint64(i);
        s.start = c->chunkStarts.at(i);
        s.end = i + 1 < c->chunkStarts.size() ? c->chunkStarts.at(i + 1) : c->streamEnd;
        s.timeUs = c->chunkTimes.value(i);
        s.seq = c->chunkSeqs.value(i);
        s.bytes = c->bytes(s.start, s.end);
        s.bytesStart = std::max(s.start, c->baseOffset);
        in.append(s);
    }
    // Frame ends inside each read.
    int r = 0;
    for (const CaptureStore::FrameMark &f : c->frames) {
        while (r < in.size() && in.at(r).end < f.end)
            ++r;
        if (r == in.size())
            break;
        if (f.end > in.at(r).start) {
            in[r].frameEnds.append(f.end);
            in[r].frameNumbers.append(f.index + 1);
        }
    }
    QVector<Segment> out;
    out.reserve(c->sends.size() + 1);
    for (int i = 0; i < c->sends.size(); ++i) {
        const CaptureStore::OutMark &m = c->sends.at(i);
        Segment s;
        s.direction = Direction::Sent;
        s.number = c->droppedSends + quint64(i) + 1;
        s.start = m.offset;
        s.end = m.end();
        s.timeUs = m.timeUs;
        s.seq = m.seq;
        s.bytes = c->outBytes(s.start, s.end);
        s.bytesStart = std::max(s.start, c->outBase);
        out.append(s);
    }
    if (c->pushedEnd > c->sentEnd) {
        Segment s;
        s.direction = Direction::Sent;
        s.unsent = true;
        s.start = c->sentEnd;
        s.end = c->pushedEnd;
        s.seq = ~quint64(0);
        s.timeUs = c->pushes.isEmpty() ? 0 : c->pushes.constLast().timeUs;
        s.bytes = c->outBytes(s.start, s.end);
        s.bytesStart = std::max(s.start, c->outBase);
        out.append(s);
    }
    int w = 0;
    for (int i = 0; i < c->pushes.size(); ++i) {
        const CaptureStore::OutMark &p = c->pushes.at(i);
        while (w < out.size() && out.at(w).end <= p.offset)
            ++w;
        if (w == out.size())
            break;
        if (p.offset >= out.at(w).start) {
            out[w].pushStarts.append(p.offset);
            out[w].pushNumbers.append(c->droppedPushes + quint64(i) + 1);
        }
    }
    m_segments.reserve(in.size() + out.size());
    std::merge(in.cbegin(), in.cend(), out.cbegin(), out.cend(), std::back_inserter(m_segments),
        [](const Segment &a, const Segment &b) { return a.seq < b.seq; });
    keepNewest(maxSegments, maxBytes);
}

void ConversationModel::buildRelay(const CaptureStore::Capture *c, int maxSegments, qint64 maxBytes)
{
    m_segments.reserve(c->relayFrames.size());
    quint64 seq = c->droppedRelayFrames;
    for (const CaptureStore::Capture::RelayMark &f : c->relayFrames) {
        Segment s;
        s.relayFrame = true;
        s.direction = f.direction == 0 ? Direction::Received : Direction::Sent;
        s.number = f.index + 1;
        s.bytes = f.data;
        s.frameSize = f.size;
        s.end = f.data.size();
        s.timeUs = f.timeUs;
        s.seq = ++seq;
        s.terminator = f.terminator;
        s.held = f.held;
        m_segments.append(s);
    }
    keepNewest(maxSegments, maxBytes);
}

void ConversationModel::keepNewest(int maxSegments, qint64 maxBytes)
{
    int keep = 0;
    qint64 bytes = 0;
    for (int i = m_segments.size() - 1; i >= 0; --i) {
        bytes += m_segments.at(i).bytes.size();
        if ((maxSegments > 0 && keep >= maxSegments)
            || (keep > 0 && maxBytes > 0 && bytes > maxBytes))
            break;
        ++keep;
    }
    m_omitted = m_segments.size() - keep;
    m_segments.remove(0, m_omitted);
}

QByteArray ConversationModel::rawBytes(const CaptureStore::Capture *c, Direction direction)
{
    if (!c)
        return {};
    if (c->relay) { // the frames of that direction with their terminators, as relayed
        QByteArray out;
        const int wanted = direction == Direction::Received ? 0 : 1;
        for (const CaptureStore::Capture::RelayMark &f : c->relayFrames)
            if (f.direction == wanted)
                out += f.data + f.terminatorBytes;
        return out;
    }
    if (direction == Direction::Received)
        return c->data;
    return c->outBytes(c->outBase, c->sentEnd); // what went on the wire
}

QString ConversationModel::render(bytesformat::ViewMode mode, bool html, TextByteMap *map) const
{
    // Every piece goes to the map as it goes to the text: the map's text is the plain text.
    TextByteMap unused;
    TextByteMap &m = map ? *map : unused;
    m.clear();
    QString out;
    auto esc = [html](const QString &s) { return html ? s.toHtmlEscaped() : s; };
    auto mark = [html, &esc, &m](const QString &s) {
        m.decoration(s);
        return html ? QStringLiteral("<span style=\"color:#808080;background:#eeeeee\">%1</span>")
                          .arg(esc(s))
                    : s;
    };
    auto plain = [&m](const QString &s) { return m.decoration(s); };
    if (html)
        out += QStringLiteral("<pre style=\"white-space:pre-wrap\">");
    if (m_omitted > 0) {
        out += mark(QCoreApplication::translate(
            "acw::ConversationModel", "(%n older segment(s) not shown)", nullptr, m_omitted));
        out += plain(QStringLiteral("\n"));
    }
    bool tlsMarked = m_tlsOffset < 0;
    const auto tlsMark = [&] {
        tlsMarked = true;
        out += mark(QCoreApplication::translate("acw::ConversationModel",
            "🔒 TLS began here, after %n received byte(s): %1", nullptr, int(m_tlsOffset))
                        .arg(m_tls));
        out += plain(QStringLiteral("\n"));
    };
    for (const Segment &s : m_segments) {
        const bool in = s.direction == Direction::Received;
        if (!tlsMarked && in && !s.relayFrame && s.start >= m_tlsOffset)
            tlsMark();
        QString header;
        if (s.relayFrame)
            header = (in ? QCoreApplication::translate("acw::ConversationModel",
                          "▶ client → server, frame %1: %n byte(s)", nullptr, int(s.size()))
                         : QCoreApplication::translate("acw::ConversationModel",
                             "◀ server → client, frame %1: %n byte(s)", nullptr, int(s.size())))
                         .arg(s.number);
        else if (s.unsent)
            header = QCoreApplication::translate(
                "acw::ConversationModel", "◀ pushed, not sent: %n byte(s)", nullptr, int(s.size()));
        else if (in)
            header = QCoreApplication::translate("acw::ConversationModel",
                "▶ received, read %1: %n byte(s) at %2", nullptr, int(s.size()))
                         .arg(s.number)
                         .arg(s.start);
        else
            header = QCoreApplication::translate("acw::ConversationModel",
                "◀ sent, write %1: %n byte(s) at %2", nullptr, int(s.size()))
                         .arg(s.number)
                         .arg(s.start);
        if (s.timeUs)
            header = TimelineModel::timeText(s.timeUs) + QLatin1String("  ") + header;
        if (s.held)
            header += QLatin1Char(' ')
                      + QCoreApplication::translate(
                          "acw::ConversationModel", "(held by the intercept)");
        if (!s.complete())
            header
                += QLatin1Char(' ')
                   + QCoreApplication::translate("acw::ConversationModel", "(%1 of them captured)")
                         .arg(s.bytes.size());
        const QString color = in ? QStringLiteral("#8b1a1a") : QStringLiteral("#1a3a8b");
        const QString background = in ? QStringLiteral("#fbeded") : QStringLiteral("#edf0fb");
        plain(header + QLatin1Char('\n'));
        if (html)
            out += QStringLiteral("<b style=\"color:%1\">%2</b>\n").arg(color, esc(header));
        else
            out += header + QLatin1Char('\n');
        // Cut the bytes at the marks: frame ends (after) and push starts (before).
        struct Cut
        {
            qint64 at;
            QString label;
        };
        QVector<Cut> cuts;
        for (int i = 0; i < s.frameEnds.size(); ++i)
            cuts.append({ s.frameEnds.at(i),
                QCoreApplication::translate("acw::ConversationModel", "⟧ end of frame %1")
                    .arg(s.frameNumbers.at(i)) });
        for (int i = 0; i < s.pushStarts.size(); ++i)
            cuts.append({ s.pushStarts.at(i),
                QCoreApplication::translate("acw::ConversationModel", "⟦ push %1")
                    .arg(s.pushNumbers.at(i)) });
        std::stable_sort(
            cuts.begin(), cuts.end(), [](const Cut &a, const Cut &b) { return a.at < b.at; });
        qint64 pos = s.bytesStart;
        QString body;
        auto piece = [&](qint64 to) {
            const qint64 from = pos - s.bytesStart;
            const qint64 upto = std::min<qint64>(to - s.bytesStart, s.bytes.size());
            if (upto > from) {
                const QString t = m.rendered(s.bytes.mid(from, upto - from), pos, mode, in ? 0 : 1);
                body += html ? QStringLiteral("<span style=\"background:%1\">%2</span>")
                                   .arg(background, esc(t))
                             : t;
            }
            pos = std::max(pos, to);
        };
        for (const Cut &cut : cuts) {
            piece(cut.at);
            const bool hexMode = mode == bytesformat::ViewMode::Hex;
            if (hexMode && !body.endsWith(QLatin1Char('\n')))
                body += plain(QStringLiteral("\n"));
            body += mark(cut.label); // two statements: the map takes them in this order
            body += plain(hexMode ? QStringLiteral("\n") : QStringLiteral(" "));
        }
        piece(s.end);
        if (s.relayFrame) {
            body += plain(QStringLiteral(" "));
            body += mark(s.terminator.isEmpty()
                             ? QCoreApplication::translate(
                                 "acw::ConversationModel", "⟧ the stream ended inside it")
                             : QCoreApplication::translate("acw::ConversationModel", "⟧ %1")
                                   .arg(s.terminator));
        }
        if (!body.endsWith(QLatin1Char('\n')))
            body += plain(QStringLiteral("\n"));
        out += body;
    }
    if (!tlsMarked && !m_relay)
        tlsMark(); // nothing received since
    if (html)
        out += QStringLiteral("</pre>");
    return out;
}

QByteArray ConversationModel::jsonLines() const
{
    QByteArray out;
    for (const Segment &s : m_segments) {
        const bool in = s.direction == Direction::Received;
        QJsonObject o { { QStringLiteral("direction"),
            in ? QStringLiteral("received") : QStringLiteral("sent") } };
        if (!s.unsent)
            o.insert(in ? QStringLiteral("read") : QStringLiteral("write"), qint64(s.number));
        else
            o.insert(QStringLiteral("unsent"), true);
        o.insert(QStringLiteral("offset"), s.start);
        o.insert(QStringLiteral("size"), s.size());
        o.insert(QStringLiteral("time_us"), s.timeUs);
        o.insert(QStringLiteral("time"),
            QDateTime::fromMSecsSinceEpoch(s.timeUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("data"), bytesformat::escaped(s.bytes));
        o.insert(QStringLiteral("base64"), QString::fromLatin1(s.bytes.toBase64()));
        QJsonArray marks;
        for (qint64 at : in ? s.frameEnds : s.pushStarts)
            marks.append(at);
        o.insert(in ? QStringLiteral("frame_ends") : QStringLiteral("push_starts"), marks);
        if (!s.complete()) {
            o.insert(QStringLiteral("complete"), false);
            o.insert(QStringLiteral("data_offset"), s.bytesStart);
        }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace acw
