#pragma once

#include "models/bytesformat.h"
#include "models/capturestore.h"

#include <QString>

namespace acw {

// Turns a connection's captured input into the inspector's marked-up view: frame data in
// alternating colours, terminators highlighted (and a line break after each frame), the
// unframed pending bytes and the held-back prefix in their own colours, and a mark at each
// chunk (read) boundary. Only the newest maxBytes are rendered, so a huge stream stays cheap.
class StreamRenderer
{
public:
    enum class Mark : quint8 { Unknown, FrameEven, FrameOdd, Terminator, Pending, HeldBack };

    struct Result
    {
        QString html;
        qint64 from = 0;      // first stream offset shown
        qint64 to = 0;
        bool truncated = false;
    };

    // heldBack: the held-back prefix length now (ConnectionInfo::heldBack).
    static Result render(const CaptureStore::Capture &capture, qint64 heldBack,
                         bytesformat::ViewMode mode, qint64 maxBytes);
    // Classifies bytes [from, to) of the capture; exposed for tests.
    static QVector<Mark> classify(const CaptureStore::Capture &capture, qint64 heldBack,
                                  qint64 from, qint64 to);
    static QString color(Mark mark);
    static QString legendHtml();
    static QString chunkMarker();

private:
    static QString renderText(const CaptureStore::Capture &capture, const QVector<Mark> &marks,
                              qint64 from, qint64 to, bool escapedMode);
    static QString renderHex(const CaptureStore::Capture &capture, const QVector<Mark> &marks,
                             qint64 from, qint64 to);
};

} // namespace acw
