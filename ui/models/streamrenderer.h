#pragma once

#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "models/textbytemap.h"

#include <QString>

namespace acw {

// Turns a connection's captured input into the inspector's marked-up view: frame data in
// alternating colours, terminators highlighted (and a line break after each frame), the
// unframed pending bytes and the held-back prefix in their own colours, and a mark at each
// chunk (read) boundary. Only the newest maxBytes are rendered, so a huge stream stays cheap.
class StreamRenderer
{
public:
    enum class Mark : quint8 {
        Unknown,
        FrameEven,
        FrameOdd,
        Terminator,
        Pending, // collected toward the next frame (the channel holds these bytes)
        HeldBack, // a possible terminator start at the end of the last read
        Streamed, // collected and handed on as a stream by the profile (not kept)
        Unframed // not framed: after the state was taken, or the channel stopped framing
    };

    // The channel's state when the capture was last updated (ConnectionInfo): where
    // framing stopped, how much of it is collected, how much is held back after it.
    struct State
    {
        qint64 consumed = -1; // ConnectionInfo::consumedOffset; -1: unknown (end of stream)
        qint64 pending = 0; // ConnectionInfo::pendingBytes
        qint64 heldBack = 0; // ConnectionInfo::heldBack
    };

    struct Result
    {
        QString html;
        qint64 from = 0; // first stream offset shown
        qint64 to = 0;
        bool truncated = false;
    };

    // map (optional): which stream bytes each character of the view shows.
    static Result render(const CaptureStore::Capture &capture, const State &state,
        bytesformat::ViewMode mode, qint64 maxBytes, TextByteMap *map = nullptr);
    // Classifies bytes [from, to) of the capture; exposed for tests.
    static QVector<Mark> classify(
        const CaptureStore::Capture &capture, const State &state, qint64 from, qint64 to);
    static QString color(Mark mark);
    static QString legendHtml();
    static QString chunkMarker();
    // The line "TLS began here" put where c.tlsOffset falls (c.tlsOffset >= 0).
    static QString tlsMarker(const CaptureStore::Capture &capture);

private:
    static QString renderText(const CaptureStore::Capture &capture, const QVector<Mark> &marks,
        qint64 from, qint64 to, bool escapedMode, TextByteMap &map);
    static QString renderHex(const CaptureStore::Capture &capture, const QVector<Mark> &marks,
        qint64 from, qint64 to, TextByteMap &map);
};

} // namespace acw
