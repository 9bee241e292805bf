#pragma once

#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "models/textbytemap.h"

#include <QVector>

namespace acw {

// Both directions of one connection interleaved in the order they happened, like
// Wireshark's Follow TCP Stream: each socket read (received) and each kernel write (sent)
// is a segment, with the frame ends (received) and push starts (sent) that fall inside it.
// Built from a CaptureStore capture; bytes past the capture limit are missing, and said so.
// A relayed pair has a segment per frame instead: client -> server (Received) and server ->
// client (Sent) in the order they were relayed, each with the terminator that ended it.
class ConversationModel
{
public:
    enum class Direction { Received, Sent };

    struct Segment
    {
        Direction direction = Direction::Received;
        bool unsent = false; // pushed, not taken by the kernel (yet, or ever)
        quint64 number = 0; // 1-based read or write number
        qint64 start = 0; // offset in its direction's stream
        qint64 end = 0;
        qint64 timeUs = 0;
        quint64 seq = 0;
        QByteArray bytes; // what was captured of [start, end)
        qint64 bytesStart = 0; // stream offset of bytes[0]
        // Offsets inside [start, end] where a frame ended (received) or a push began (sent).
        QVector<qint64> frameEnds;
        QVector<quint64> frameNumbers; // 1-based, parallel to frameEnds
        QVector<qint64> pushStarts;
        QVector<quint64> pushNumbers; // 1-based, parallel to pushStarts
        // A relayed pair's frame (Received: client -> server, Sent: server -> client): bytes
        // is the frame's data, terminator the spec that ended it (empty: the stream ended).
        bool relayFrame = false;
        QString terminator;
        qint64 frameSize = 0; // the frame's real size (bytes may hold less)
        bool held = false;
        qint64 size() const { return relayFrame ? frameSize : end - start; }
        bool complete() const { return bytes.size() == size(); }
    };

    // The newest maxSegments segments holding at most maxBytes bytes (a view stays quick;
    // "save raw bytes" writes everything captured).
    void build(
        const CaptureStore::Capture *capture, int maxSegments = 2000, qint64 maxBytes = 128 * 1024);
    const QVector<Segment> &segments() const { return m_segments; }
    int omitted() const { return m_omitted; } // oldest segments left out (the limits)
    bool isRelay() const { return m_relay; }
    // Where TLS began in the received stream (-1: plain), and its session text.
    qint64 tlsOffset() const { return m_tlsOffset; }

    // Every captured byte of one direction, in order (what "save raw bytes" writes).
    static QByteArray rawBytes(const CaptureStore::Capture *capture, Direction direction);

    // The whole conversation as text: a header line per segment, then its bytes in mode
    // (text in the default encoding, hex or escaped) with frame and push marks.
    // map (optional): which bytes each character shows (stream 0 received, 1 sent).
    QString render(bytesformat::ViewMode mode, bool html, TextByteMap *map = nullptr) const;
    // One JSON object a segment (the machine form of "Save conversation"): direction
    // ("received" or "sent"), read or write number, offset, size, time_us and time (UTC),
    // data (escaped) and base64 (whole), frame_ends or push_starts; "unsent": true for
    // bytes pushed and never sent, "complete": false when not all bytes were kept.
    QByteArray jsonLines() const;

private:
    void buildRelay(const CaptureStore::Capture *capture, int maxSegments, qint64 maxBytes);
    void keepNewest(int maxSegments, qint64 maxBytes);

    QVector<Segment> m_segments;
    int m_omitted = 0;
    bool m_relay = false;
    qint64 m_tlsOffset = -1;
    QString m_tls;
};

} // namespace acw
