#pragma once

#include "engine/engineevents.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>
#include <unordered_map>

namespace acw {

// What each connection received and sent, kept so the inspector can show where the chunks
// and frames fell and what went out, also once the connection has closed: the tail of the
// input stream and of the output stream (each capped per connection, both in total), the
// chunk starts, a ring of frame marks, every push as a unit and every kernel write. Fed by
// Engine::eventsReady; one changed() per batch.
class CaptureStore : public QObject
{
    Q_OBJECT
public:
    struct FrameMark
    {
        quint64 index = 0;
        qint64 end = 0; // stream offset just past the terminator
        qint64 size = 0; // frame data
        qint64 termSize = 0; // bytes of terminator (0 for count and none)
        QString terminator; // spec
        QString next; // set inside its callback (profile, count reached); empty: kept
        qint64 timeUs = 0;
        qint64 dataStart() const { return end - termSize - size; }
        qint64 dataEnd() const { return end - termSize; }
    };

    // One push (a unit as the profile or the user pushed it) or one kernel write, as a
    // range of the output stream (offset: bytes pushed before it).
    struct OutMark
    {
        qint64 offset = 0;
        qint64 size = 0;
        qint64 timeUs = 0;
        quint64 seq = 0; // order of arrival among all events of the store
        qint64 end() const { return offset + size; }
    };

    struct Capture
    {
        qint64 baseOffset = 0; // stream offset of data[0]
        QByteArray data; // the captured, contiguous part of the stream
        qint64 streamEnd = 0; // bytes received so far
        QVector<qint64> chunkStarts; // stream offsets, ascending
        QVector<qint64> chunkTimes; // when each of those reads arrived (µs since the epoch)
        QVector<quint64> chunkSeqs; // their order among all events (interleaving with output)
        QVector<FrameMark> frames; // ascending, oldest dropped past the cap
        quint64 droppedFrames = 0;
        bool dataLost = false; // a chunk arrived without its bytes (capture limit)
        bool closed = false;
        qint64 unframedAtClose = 0;
        QString terminator; // last known spec
        QString firstTerminator; // the one the connection started with
        // Changes made from outside the callbacks (the window's Apply): bytes received
        // before each, and the new spec.
        QVector<QPair<qint64, QString>> liveChanges;
        int terminatorCause = -1; // TerminatorChange of the last change (-1: none yet)
        QString terminatorBefore; // the spec it replaced
        quint64 framesAtChange = 0; // frames delivered when it changed
        QByteArray bytes(qint64 from, qint64 to) const; // clipped to what was captured
        QByteArray frameData(const FrameMark &mark) const;

        // Output: the pushed bytes (a contiguous tail of what was pushed), the pushes and
        // the kernel writes (oldest dropped past the cap).
        qint64 outBase = 0; // output stream offset of outData[0]
        QByteArray outData;
        qint64 pushedEnd = 0; // bytes pushed so far
        qint64 sentEnd = 0; // bytes the kernel took so far
        QVector<OutMark> pushes;
        QVector<OutMark> sends;
        quint64 droppedPushes = 0;
        quint64 droppedSends = 0;
        bool outLost = false; // a push arrived without all its bytes (capture limit)

        // TLS (TlsStarted/TlsRefused events): the session ("TLSv1.3, <cipher>, peer
        // certificate CN=...") and where it began in the input stream (-1: plain so far).
        // A relay has one per side (0 the client's, 1 the upstream's); tls is the last.
        QString tls;
        qint64 tlsOffset = -1;
        QString relayTls[2];
        QString refusedFingerprint; // a certificate refused: SHA-256, 64 hex digits
        QString refusedSubject;

        // A relayed pair: the frames of both directions in the order they were relayed
        // (the oldest dropped past the frame and byte caps).
        struct RelayMark
        {
            int direction = 0; // 0 client -> server, 1 server -> client
            quint64 index = 0; // per direction, from 0
            qint64 size = 0; // frame data (data may hold less)
            QByteArray data; // without the terminator
            QString terminator; // spec of the one that ended it; empty: partial
            QByteArray terminatorBytes; // its bytes (byte-string terminators)
            qint64 timeUs = 0;
            bool held = false; // queued by the intercept when relayed
        };
        bool relay = false;
        QVector<RelayMark> relayFrames;
        qint64 relayBytes = 0; // data held by relayFrames
        quint64 droppedRelayFrames = 0;
        QByteArray outBytes(qint64 from, qint64 to) const; // clipped to what was captured
        // Everything the Framing Lab needs to replay this connection: complete only when
        // nothing was trimmed or lost (else *why says what is missing).
        bool labInput(QByteArray *stream, QList<qint64> *reads, QStringList *script,
            QList<QPair<qint64, QString>> *changes, QString *why) const;
    };

    explicit CaptureStore(QObject *parent = nullptr);

    // --- Feeding ---
    void applyEvents(const QVector<acw::EngineEvent> &events);
    void remove(const QVector<quint64> &ids);
    void clear();
    // A capture that did not come from the engine (reopened from a file) under an id no
    // connection has; counted against the total caps like the others.
    void insert(quint64 id, const Capture &capture);

    // --- Limits ---
    void setBytesPerConnection(qint64 bytes) { m_bytesPerConnection = bytes; }
    qint64 bytesPerConnection() const { return m_bytesPerConnection; }
    void setTotalBytes(qint64 bytes) { m_totalCap = bytes; }
    void setFramesPerConnection(int frames) { m_framesPerConnection = frames; }
    void setTotalFrames(qint64 frames) { m_totalFrameCap = frames; }
    void setChunksPerConnection(int chunks) { m_chunksPerConnection = chunks; }
    // The connection being inspected keeps its bytes when the total cap evicts others.
    void setPinned(quint64 id) { m_pinned = id; }

    // --- Reading ---
    const Capture *capture(quint64 id) const;
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 totalFrames() const { return m_totalFrames; }
    int connectionCount() const { return int(m_captures.size()); }

signals:
    void changed(const QSet<quint64> &ids);

private:
    void addChunk(Capture &c, const EngineEvent &e);
    void addFrame(Capture &c, const EngineEvent &e);
    void addPush(Capture &c, const EngineEvent &e);
    void addSent(Capture &c, const EngineEvent &e);
    void addRelayFrame(Capture &c, const EngineEvent &e);
    void trimRelay(Capture &c, qint64 keepBytes, int keepFrames);
    void trimOut(Capture &c, qint64 keepBytes);
    void trim(Capture &c, qint64 keepBytes);
    void enforceTotal();

    // Node-based: a Capture is large and is built in place once; growing the table never
    // moves or copies one (a QHash stores values in its spans and moves them on rehash).
    std::unordered_map<quint64, Capture> m_captures;
    QVector<quint64> m_order; // first seen first: eviction order
    qint64 m_bytesPerConnection = 256 * 1024;
    qint64 m_totalCap = 64 * 1024 * 1024;
    int m_framesPerConnection = 10000;
    int m_chunksPerConnection = 20000;
    qint64 m_totalFrameCap = 1000000;
    qint64 m_totalFrames = 0;
    qint64 m_totalBytes = 0;
    quint64 m_pinned = 0;
    quint64 m_seq = 0;
};

} // namespace acw
