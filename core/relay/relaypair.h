#pragma once

#include "framing/framer.h"
#include "relay/relayconfig.h"
#include "relay/relayendpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <deque>

namespace acw {

// One frame a held direction keeps back: the raw bytes that will go on (terminator
// included), which forward/edit/drop address by id.
struct HeldFrame
{
    quint64 id = 0;
    QByteArray bytes;
    bool edited = false;
    bool injected = false;
};

// A frame as the views show it (both directions, held or not).
struct RelayFrame
{
    int direction = 0; // RelayPair::ClientToServer or ServerToClient
    quint64 index = 0; // per direction, from 0
    QByteArray data; // frame data without its terminator, at most displayLimit
    qint64 size = 0; // the whole frame's data size
    bool partial = false; // the stream ended inside it (no terminator)
    bool held = false; // queued in a held direction (heldId addresses it)
    quint64 heldId = 0;
    Terminator terminator; // the one that ended it (none for a partial frame)
};

// One relayed connection: a client and its own upstream. Bytes go on unchanged and in
// order whatever the framing; each direction is also framed, with its own terminator
// (changeable at any time), for the views and for the intercept.
//
// - Half-close: when one side ends its stream, the other side's write side is shut
//   down (::shutdown(SHUT_WR)) once everything before it was sent; the answer still
//   flows back. The pair closes when both streams ended and were passed on.
// - An error on either side (reset, connect failure or deadline) closes both at once;
//   closed() gives the reason.
// - Backpressure: while the side we write to holds more than the high watermark
//   unsent (or a held direction queues that much), the side we read from is not read;
//   below the low watermark reading resumes. Memory per pair is bounded by the
//   watermarks, not by the transfer.
// - Intercept: hold() a direction and what it receives is queued frame by frame instead
//   of passed on; forward/edit/drop/inject act on the queue; release() sends what is
//   queued in order (then the unterminated rest) and passes bytes on again. A frame
//   that was partly passed on when the hold began is queued with its unsent part only.
// The pair deletes itself (deleteLater) after closed().
class RelayPair : public QObject, private RelayEndpointHandler
{
    Q_OBJECT
public:
    enum Direction { ClientToServer = 0, ServerToClient = 1 };
    Q_ENUM(Direction)

    struct Stats
    {
        qint64 bytes = 0; // received from the source side
        quint64 frames = 0;
        qint64 queued = 0; // unsent at the destination side
        qint64 heldBytes = 0; // in the hold queue (and the held unterminated rest)
        int heldFrames = 0;
        bool paused = false; // the source side is not being read (backpressure)
        bool ended = false; // the source side ended its stream
        bool held = false;
    };

    // Takes ownership of both endpoints. The upstream is connected by the caller after
    // start(); the client is not read before the upstream is connected.
    RelayPair(
        quint64 id, RelayEndpoint *client, RelayEndpoint *upstream, QObject *parent = nullptr);
    ~RelayPair() override;

    quint64 id() const { return m_id; }
    RelayEndpoint *client() const { return m_side[0]; }
    RelayEndpoint *upstream() const { return m_side[1]; }
    bool isClosed() const { return m_closed; }

    void setTerminator(Direction direction, const Terminator &terminator);
    Terminator terminator(Direction direction) const { return m_dir[direction].terminator; }
    // Whether frame() signals carry data (views) or frames are only counted (--quiet).
    void setCaptureFrames(bool on) { m_capture = on; }
    void setDisplayLimit(qint64 bytes) { m_displayLimit = bytes; }
    void setWatermarks(qint64 high, qint64 low);
    Stats stats(Direction direction) const;

    // --- Intercept ---
    void hold(Direction direction);
    void release(Direction direction); // forwards the queue in order, then passes bytes on
    bool isHeld(Direction direction) const { return m_dir[direction].held; }
    QList<HeldFrame> heldFrames(Direction direction) const;
    bool forward(Direction direction, quint64 heldId); // sends it now, out of the queue
    bool edit(Direction direction, quint64 heldId, const QByteArray &bytes);
    bool drop(Direction direction, quint64 heldId);
    // Held: queued as a new frame at the end; otherwise sent now. Returns its held id (0
    // when sent at once).
    quint64 inject(Direction direction, const QByteArray &bytes);

    void close(const ChannelFault &fault = {}); // both sides, now

signals:
    void upstreamConnected();
    void frame(const acw::RelayFrame &frame);
    void holdChanged(int direction); // held state or queue changed
    void step(acw::RelayStep step, int direction, qint64 bytes); // half-close steps
    void closed(const acw::ChannelFault &fault); // None: both streams ended in order

private:
    struct Dir;
    struct Sink;
    friend struct Sink;
    struct Dir
    {
        Framer framer;
        Terminator terminator;
        Terminator armed;
        QByteArray display; // the current frame's data, up to the display limit
        qint64 displaySize = 0;
        QByteArray heldRaw; // held: unsent bytes of the current (unterminated) frame
        std::deque<HeldFrame> queue;
        qint64 queuedBytes = 0;
        qint64 fed = 0; // stream offset: bytes received
        qint64 delivered = 0; // stream offset: bytes the framer has delivered
        qint64 captured = 0; // stream offset: bytes sent on or captured for the queue
        qint64 bytes = 0;
        quint64 frames = 0;
        bool held = false;
        bool paused = false;
        bool ended = false; // source EOF seen
        bool endPassed = false; // shutdownWrite() called on the destination
    };

    void endpointConnected(RelayEndpoint *endpoint) override;
    void endpointReadable(RelayEndpoint *endpoint) override;
    void endpointDrained(RelayEndpoint *endpoint) override;
    void endpointFailed(RelayEndpoint *endpoint, const ChannelFault &fault) override;

    void readFrom(int direction);
    void collect(int direction, const char *data, qsizetype size);
    void frameEnd(int direction);
    void emitFrame(int direction, bool partial, bool held, quint64 heldId);
    void capture(int direction, const char *data, qsizetype size);
    void send(int direction, const char *data, qint64 size);
    void updatePause(int direction);
    void passEnd(int direction);
    void checkDone();

    quint64 m_id;
    RelayEndpoint *m_side[2];
    Dir m_dir[2];
    quint64 m_nextHeldId = 1;
    qint64 m_high = 1024 * 1024;
    qint64 m_low = 256 * 1024;
    qint64 m_displayLimit = 4096;
    bool m_capture = true;
    bool m_upstreamUp = false;
    bool m_closed = false;
    bool m_inRead = false;
};

} // namespace acw

Q_DECLARE_METATYPE(acw::RelayFrame)
