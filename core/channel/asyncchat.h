#pragma once

#include "channel/producer.h"
#include "framing/framer.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <deque>
#include <memory>

class QTcpSocket;
class QTimer;

namespace acw {

class ChannelObserver;

// Why a channel reported an error. The core returns codes; the UI words them.
enum class ChannelError {
    None,
    PeerReset,          // connection reset by peer
    FrameTooLong,       // maxFrame exceeded (Q15)
    IdleTimeout,        // nothing received for idleTimeout()
    WriteTimeout,       // queued output made no progress for writeTimeout()
    ConnectionRefused,
    HostNotFound,
    ConnectTimeout,
    ProtocolError,      // a profile rejected the input (e.g. a malformed HTTP request)
    SocketError,        // anything else QAbstractSocket reports
};

// One entry of the output queue, as the inspector shows it.
struct OutputEntry
{
    enum class Kind { Data, Producer, CloseMarker };
    Kind kind = Kind::Data;
    qint64 size = 0;          // data bytes left; producer: remaining() or -1
    QString description;      // producer: describe()
    QByteArray preview;       // first bytes of data entries (at most 64)
};

// asynchat.async_chat on a QTcpSocket (spec sections 3 and 4).
// Server side: the server hands it a socket descriptor. Client side: connectToHost().
// The default collectIncomingData()/foundTerminator() accumulate the frame and emit
// frameReceived(); profiles subclass and override them, as in Python.
class AsyncChat : public QObject, protected FramerSink
{
    Q_OBJECT
public:
    enum class State { Unconnected, Connecting, Connected, Closing, Closed };
    Q_ENUM(State)

    struct Counters
    {
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;   // handed to the kernel
        qint64 reads = 0;      // socket reads (chunks)
        quint64 frames = 0;
        qint64 pushes = 0;
        qint64 queuedBytes = 0; // our queue plus the socket's write buffer
    };

    explicit AsyncChat(QObject *parent = nullptr);
    ~AsyncChat() override;

    // --- Connection ---
    bool setSocketDescriptor(qintptr descriptor);            // server side
    void connectToHost(const QString &host, quint16 port);   // client side
    State state() const { return m_state; }
    QTcpSocket *socket() const { return m_socket; }
    QString peerAddress() const;   // IPv4-mapped addresses shown as plain IPv4
    quint16 peerPort() const;
    quint64 id() const { return m_id; }
    void setId(quint64 id) { m_id = id; }
    void setObserver(ChannelObserver *observer) { m_observer = observer; }

    // --- Terminator (R10-R13) ---
    bool setTerminator(const Terminator &terminator); // false if a count exceeds maxFrame
    Terminator terminator() const { return m_framer.terminator(); }
    void setMaxFrame(qint64 bytes);                   // Framer::Unlimited for none
    qint64 maxFrame() const { return m_framer.maxFrame(); }
    void setOverflowPolicy(Framer::OverflowPolicy policy) { m_framer.setOverflowPolicy(policy); }

    // --- Output (R40-R47) ---
    void push(const QByteArray &data);
    void pushWithProducer(std::unique_ptr<Producer> producer);
    void closeWhenDone();       // R45: what is queued before it is sent, then close
    void discardBuffers();      // R47: input, output and a pending close-when-done
    void close();               // now; queued output is dropped (R64)

    // --- Tunables ---
    void setInBufferSize(qint64 bytes) { m_inBufferSize = bytes; }   // read size (R2)
    void setOutBufferSize(qint64 bytes) { m_outBufferSize = bytes; } // slice size (R2)
    // Stop reading a peer while more than high bytes wait to be sent; resume below low.
    void setWriteWatermarks(qint64 high, qint64 low);
    void setIdleTimeout(int ms);   // 0: none. No byte received for ms -> IdleTimeout
    void setWriteTimeout(int ms);  // 0: none. Output stuck for ms -> WriteTimeout

    // --- Introspection (for the workbench) ---
    Counters counters() const;
    QByteArray pendingInput() const { return m_incoming; } // collected, not yet framed
    QByteArray heldBack() const { return m_framer.heldBack(); }
    QList<OutputEntry> outputQueue() const;
    bool isReadPaused() const { return m_readPaused; }
    qint64 ageMs() const { return m_age.isValid() ? m_age.elapsed() : 0; }

signals:
    void connected();
    void frameReceived(const QByteArray &frame);
    void streamReceived(const QByteArray &data); // terminator none: data as it arrives
    void errorOccurred(acw::ChannelError error, const QString &reason);
    void closed(); // the socket is gone; the channel deletes itself later unless told not to

protected:
    // --- asynchat's overridables ---
    void collectIncomingData(const char *data, qsizetype size) override;
    void foundTerminator() override;
    void frameTooLong(qint64 sizeSoFar) override;
    virtual void handleConnect() {}
    virtual void handleClose() {}
    QByteArray takeIncoming(); // _get_data(): the collected bytes, cleared
    // Report an error with a reason, then close (after flushing what is queued when
    // flush is true: an error response must reach the peer).
    void fail(ChannelError error, const QString &reason, bool flush = false);

private:
    struct Entry;
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void initiateSend();
    void finishClose(const QString &reason);
    void updateReadPause();
    void attachSocket();

    QTcpSocket *m_socket = nullptr;
    ChannelObserver *m_observer = nullptr;
    Framer m_framer;
    QByteArray m_incoming;
    QByteArray m_readBuffer;
    std::deque<std::unique_ptr<Entry>> m_queue;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_age;
    QElapsedTimer m_lastRead;
    QElapsedTimer m_lastWriteProgress;
    Counters m_counters;
    quint64 m_id = 0;
    qint64 m_inBufferSize = 65536;
    qint64 m_outBufferSize = 65536;
    qint64 m_highWatermark = 1024 * 1024;
    qint64 m_lowWatermark = 256 * 1024;
    int m_idleTimeoutMs = 0;
    int m_writeTimeoutMs = 0;
    State m_state = State::Unconnected;
    bool m_readPaused = false;
    bool m_peerClosed = false;
};

} // namespace acw

Q_DECLARE_METATYPE(acw::ChannelError)
