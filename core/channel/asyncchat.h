#pragma once

#include "channel/channelfault.h"
#include "channel/producer.h"
#include "framing/framer.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>

class QSslConfiguration;
class QTcpSocket;

namespace acw {

struct TlsClientOptions;

class ChannelObserver;
class ChannelWatchdog;

// The output queue, allocated on first use: a std::deque allocates a map and a 512-byte node
// when it is constructed, which 10,000 idle connections that never send would pay for.
// clear() gives that memory back. Only what the channel uses of std::deque.
template<class T> class LazyDeque
{
public:
    bool empty() const { return !m_d || m_d->empty(); }
    size_t size() const { return m_d ? m_d->size() : 0; }
    T &front() { return m_d->front(); }
    T &back() { return m_d->back(); }
    void push_back(T &&value) { get().push_back(std::move(value)); }
    void push_front(T &&value) { get().push_front(std::move(value)); }
    void pop_front() { m_d->pop_front(); }
    void clear() { m_d.reset(); }
    typename std::deque<T>::const_iterator begin() const { return all().begin(); }
    typename std::deque<T>::const_iterator end() const { return all().end(); }

private:
    std::deque<T> &get()
    {
        if (!m_d)
            m_d = std::make_unique<std::deque<T>>();
        return *m_d;
    }
    const std::deque<T> &all() const
    {
        static const std::deque<T> none;
        return m_d ? *m_d : none;
    }
    std::unique_ptr<std::deque<T>> m_d;
};

// One entry of the output queue, as the inspector shows it.
struct OutputEntry
{
    enum class Kind { Data, Producer, CloseMarker };
    Kind kind = Kind::Data;
    qint64 size = 0; // data bytes left; producer: remaining() or -1
    QString description; // producer: describe()
    QByteArray preview; // first bytes of data entries (at most 64)
};

// asynchat.async_chat on a QTcpSocket (spec sections 3 and 4).
// Server side: the server hands it a socket descriptor. Client side: connectToHost().
// The default collectIncomingData()/foundTerminator() accumulate the frame and emit
// frameReceived(); profiles subclass and override them, as in Python.
//
// Where it deliberately differs from asynchat (spec section 0):
//  - Q8: once closing (close(), closeWhenDone(), fail()), no more frames are delivered;
//    discardBuffers() before the close marker is reached cancels that (Q12).
//  - Q21: before a peer's close is handled, everything it sent is framed, and replies
//    pushed from the read callbacks are flushed to the kernel at once, so a client that
//    half-closes after its request gets the answer. Limit: Qt has no half-closed state,
//    so a reply larger than what the kernel accepts in that flush is cut.
//  - Q10/Q14: pushes are copied (QByteArray) and sent in outBufferSize slices while the
//    socket holds less than the high watermark; not one send per call.
//  - Errors come as errorOccurred(code, fault), then closed(). Qt reports a peer FIN
//    and RST alike: a peer close while output is still owed is PeerReset ("connection
//    reset by peer", unsentAtClose() says how much); with nothing owed, an orderly close,
//    unless the kernel saw an RST (Linux): that is PeerReset too.
//  - Backpressure: above the high watermark (our queue plus the socket's buffer) the
//    peer is not read; below the low one reading resumes. A paused channel cannot see
//    the peer's close, so set a writeTimeout. Deadlines (connect, idle, write, close)
//    are checked by one coarse watchdog timer per thread, not a QTimer per channel.
//  - Closing with unread input (a client still sending after an error response) sends
//    a FIN and discards input for at most 2 s / 1 MiB before the close (a lingering
//    close, as nginx does), so the kernel's RST does not destroy the reply.
// The channel deleteLater()s itself after closed() unless setAutoDelete(false). A slot
// may also delete it from closed() or errorOccurred(), not from frameReceived() (use
// close()). A close from inside a read callback is announced once the framer returns.
class AsyncChat : public QObject, protected FramerSink
{
    Q_OBJECT
public:
    enum class State { Unconnected, Connecting, Connected, Closing, Closed };
    Q_ENUM(State)

    struct Counters
    {
        qint64 bytesIn = 0;
        qint64 bytesOut = 0; // handed to the kernel
        qint64 reads = 0; // socket reads (chunks)
        quint64 frames = 0;
        qint64 pushes = 0;
        qint64 queuedBytes = 0; // our queue plus the socket's write buffer
    };

    explicit AsyncChat(QObject *parent = nullptr);
    ~AsyncChat() override;

    // --- Connection ---
    bool setSocketDescriptor(qintptr descriptor); // server side
    void connectToHost(const QString &host, quint16 port); // client side
    void setConnectTimeout(int ms); // client side; default 10 s, 0: none -> ConnectTimeout
    State state() const { return m_state; }
    QTcpSocket *socket() const; // null once the closed channel's socket is deleted
    QString peerAddress() const; // IPv4-mapped addresses shown as plain IPv4
    quint16 peerPort() const;
    quint64 id() const { return m_id; }
    void setId(quint64 id) { m_id = id; }
    void setObserver(ChannelObserver *observer) { m_observer = observer; }
    ChannelObserver *observer() const { return m_observer; }
    // The server's registry: told once, when the channel closes or is deleted, whichever
    // comes first (a plain call: no signal connections per channel).
    using CloseHook = void (*)(void *context, quint64 id);
    void setCloseHook(CloseHook hook, void *context)
    {
        m_closeHook = hook;
        m_closeHookContext = context;
    }

    // --- TLS (asyncchattls.cpp): set before connectToHost()/setSocketDescriptor() ---
    // Client: with options.enabled, TLS from the connect on (connected() comes once the
    // handshake is done); without, a plain connection that startTls() may upgrade later
    // (STARTTLS). A refused certificate fails the channel with the reason (fingerprint).
    void setTlsClient(const TlsClientOptions &options);
    // Server: the handshake starts when the descriptor is adopted.
    void setTlsServer(const QSslConfiguration &configuration);
    // STARTTLS, client side: the handshake starts now; what follows is framed decrypted.
    // false: *refusal says why not.
    bool startTls(StartTlsRefusal *refusal = nullptr);
    bool isEncrypted() const;
    QString tlsSummary() const; // "TLSv1.3, TLS_AES_256_GCM_SHA384, peer certificate CN=..."

    // --- Terminator (R10-R13) ---
    // False if a count exceeds maxFrame. rearm (counts only): after each frame the channel
    // sets the same count again unless the callback set a terminator itself (asynchat
    // itself never re-arms: a reached count becomes none, R24).
    bool setTerminator(const Terminator &terminator, bool rearm = false);
    // What the framer holds now: for a count in progress, what is left of it.
    Terminator terminator() const { return m_framer.terminator(); }
    // The terminator the current frame is framed with (for a count, the whole count).
    const Terminator &armedTerminator() const { return m_armed; }
    bool isRearming() const { return m_rearm; }
    void setMaxFrame(qint64 bytes); // Framer::Unlimited for none
    qint64 maxFrame() const { return m_framer.maxFrame(); }
    void setOverflowPolicy(Framer::OverflowPolicy policy) { m_framer.setOverflowPolicy(policy); }

    // --- Output (R40-R47) ---
    void push(const QByteArray &data);
    void pushWithProducer(std::unique_ptr<Producer> producer);
    void closeWhenDone(); // R45: what is queued before it is sent, then close
    void discardBuffers(); // R47: input, output and a pending close-when-done
    void close(); // now; queued output is dropped (R64)

    // --- Tunables ---
    void setInBufferSize(qint64 bytes); // read size (R2)
    void setOutBufferSize(qint64 bytes) { m_outBufferSize = bytes > 0 ? bytes : 65536; } // R2
    // Stop reading a peer while more than high bytes wait to be sent; resume below low.
    void setWriteWatermarks(qint64 high, qint64 low);
    qint64 lowWriteWatermark() const { return m_lowWatermark; }
    void setIdleTimeout(int ms); // 0: none. No byte received for ms -> IdleTimeout
    void setWriteTimeout(int ms); // 0: none. Output stuck for ms -> WriteTimeout
    int writeTimeout() const { return m_writeTimeoutMs; }
    // A total deadline from now (0: none) that received bytes do not reset (nginx's
    // client_header_timeout). Checked by the same watchdog as the other deadlines; when it
    // passes, deadlineExpired() runs once.
    void setDeadline(int ms);

    // --- Introspection (for the workbench) ---
    Counters counters() const;
    QByteArray pendingInput() const { return m_incoming; } // collected, not yet framed
    // Bytes collected toward the current frame and still held by the channel (what the
    // next found terminator hands on); equals pendingInput().size() unless a subclass
    // keeps its own buffer.
    qint64 collectedSize() const { return m_frameBytes; }
    // Stream offset up to which input has been framed or collected (the held-back bytes
    // follow it).
    qint64 consumedOffset() const { return m_consumed; }
    int idleTimeout() const { return m_idleTimeoutMs; }
    qint64 msSinceLastRead() const { return m_lastRead.isValid() ? m_lastRead.elapsed() : 0; }
    QByteArray heldBack() const { return m_framer.heldBack(); }
    QList<OutputEntry> outputQueue() const;
    // What the output costs in memory: queue entries with their overhead and the whole
    // allocations they hold, plus the socket's write buffer. Caps and backpressure use it.
    qint64 queuedMemory() const;
    // How long output has been owed without any byte reaching the kernel (0: none owed).
    qint64 writeStalledMs() const;
    bool isReadPaused() const { return m_readPaused; }
    // Whether the peer has yet to complete a request. At a server's connection cap such
    // connections are evicted first (nginx "reusing connections"). Default: no frame yet;
    // profiles whose request spans several frames refine it.
    virtual bool isAwaitingRequest() const { return counters().frames == 0; }
    qint64 ageMs() const { return m_age.isValid() ? m_age.elapsed() : 0; }
    // Output still owed when the channel closed (before the close marker, plus what the
    // socket held): > 0 means the peer did not get everything pushed.
    qint64 unsentAtClose() const { return m_unsentAtClose; }
    // The peer reset the connection (an RST, not an orderly FIN; Linux tells them apart).
    bool peerReset() const { return m_peerReset; }
    // After closed() the channel deleteLater()s itself (it owns its socket); a test or an
    // inspector that wants to read it after the close turns that off and deletes it itself.
    void setAutoDelete(bool on) { m_autoDelete = on; }

signals:
    void connected();
    void frameReceived(const QByteArray &frame);
    void streamReceived(const QByteArray &data); // terminator none: data as it arrives
    void errorOccurred(acw::ChannelError error, const acw::ChannelFault &fault);
    void closed(); // the socket is gone; the channel deletes itself later unless told not to
    void tlsStarted(const QString &summary); // the handshake is done; bytes after it are decrypted
    // Client: the peer's certificate failed verification and was not the accepted one (the
    // channel fails next with the reason). fingerprint: SHA-256, 64 lowercase hex digits.
    void tlsRefused(const QString &fingerprint, const QString &subject);

protected:
    // --- asynchat's overridables ---
    void collectIncomingData(const char *data, qsizetype size) override;
    void foundTerminator() override;
    void frameTooLong(qint64 sizeSoFar) override;
    virtual void handleConnect() { }
    virtual void handleClose() { }
    // setDeadline() passed. Default: an IdleTimeout error, then close.
    virtual void deadlineExpired();
    // _get_data(): the collected bytes, cleared. Taken outside foundTerminator() (a stream
    // handed on as it arrives), the frame in progress restarts after them.
    QByteArray takeIncoming();
    // Report an error, then close (after flushing what is queued when flush is true: an
    // error response must reach the peer).
    void fail(const ChannelFault &fault, bool flush = false);

private:
    struct Entry;
    struct Sink;
    friend struct Sink;
    friend class ChannelWatchdog;
    void onConnected();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTick();
    void attachSocket();
    // TLS (asyncchattls.cpp)
    struct Tls;
    QTcpSocket *createSocket(); // a QSslSocket when TLS is configured
    bool tlsAtConnect() const;
    void connectSocket(const QString &host, quint16 port);
    void startServerTls();
    void readAvailable(bool ignorePause);
    void sinkCollect(const char *data, qsizetype size);
    void sinkFrame();
    // Output (asyncchatoutput.cpp)
    void initiateSend();
    void scheduleSend();
    qint64 writeSlices(const char *data, qint64 size);
    void enqueue(std::unique_ptr<Entry> entry, bool atFront = false);
    void appendToBlock(const char *data, qsizetype size);
    void popHead();
    void clearQueue();
    bool hasPendingOutput() const;
    qint64 owedBytes(bool *producerLeft = nullptr) const;
    void startClosing();
    void endOutput();
    bool hasUnreadInput() const;
    void checkLinger();
    void updateReadPause();
    // Closing and timers
    void reportError(const ChannelFault &fault);
    ChannelFault socketFault(QAbstractSocket::SocketError error) const;
    void finishClose(const ChannelFault &fault);
    void announceClose();
    void runCloseHook();
    bool reportDeferredError();
    void updateTimer();

    QPointer<QTcpSocket> m_socket; // deleteLater()ed at the close, apart from the channel
    std::unique_ptr<Tls> m_tls; // null: plain TCP
    ChannelObserver *m_observer = nullptr;
    CloseHook m_closeHook = nullptr;
    void *m_closeHookContext = nullptr;
    Framer m_framer;
    Terminator m_armed; // the terminator the current frame started with
    Terminator m_rearmCount; // setTerminator(count, rearm)
    QByteArray m_incoming;
    QByteArray m_frame; // the frame being emitted; m_incoming's spare buffer
    LazyDeque<std::unique_ptr<Entry>> m_queue;
    QElapsedTimer m_age;
    QElapsedTimer m_lastRead;
    QElapsedTimer m_lastWriteProgress;
    QElapsedTimer m_connectStarted;
    QElapsedTimer m_lingerStarted;
    QElapsedTimer m_deadlineStarted;
    Counters m_counters;
    QString m_peerAddress; // IPv6 peers only; IPv4 is formatted when asked (m_peerV4)
    ChannelFault m_closeFault; // for the close after a fail(flush)
    ChannelFault m_closedFault; // what channelClosed() reports
    ChannelFault m_deferredFault; // fail() inside the framer, told once it has returned
    quint64 m_id = 0;
    qint64 m_inBufferSize = 65536;
    qint64 m_outBufferSize = 65536;
    qint64 m_highWatermark = 1024 * 1024;
    qint64 m_lowWatermark = 256 * 1024;
    qint64 m_queuedData = 0; // data bytes in m_queue
    qint64 m_queuedCost = 0; // memory m_queue holds (Entry::cost)
    qint64 m_consumed = 0; // stream bytes consumed by frames (observer offsets)
    qint64 m_frameBytes = 0; // bytes collected for the current frame
    qint64 m_unsentAtPeerClose = 0; // the socket's buffer when Qt reported the close
    qint64 m_unsentAtClose = 0;
    qint64 m_lingerFromBytes = 0;
    int m_idleTimeoutMs = 0;
    int m_deadlineMs = 0;
    int m_writeTimeoutMs = 0;
    int m_connectTimeoutMs = 10000;
    int m_tickMs = 0; // how often the thread's watchdog must call onTick()
    int m_watchIndex = -1; // position in that watchdog, -1: not watched
    quint32 m_peerV4 = 0;
    quint16 m_peerPort = 0;
    bool m_peerIsV4 = false;
    State m_state = State::Unconnected;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    bool m_readPaused = false;
    bool m_rearm = false;
    bool m_inFrameCallback = false; // inside foundTerminator()
    bool m_setInCallback = false; // ... and it called setTerminator()
    bool m_peerClosed = false;
    bool m_peerReset = false; // the kernel saw an RST (connectionWasReset)
    bool m_closeRequested = false; // closeWhenDone() queued: no more frames are delivered
    bool m_closeStarted = false; // the marker was reached: the socket is flushing, then gone
    bool m_failing = false; // fail(flush): a discardBuffers() cannot cancel this close
    bool m_outputEnded = false; // all owed output reached the kernel after the marker
    bool m_lingering = false; // FIN sent; discarding input until the peer closes
    bool m_inRead = false;
    bool m_sending = false;
    bool m_sendScheduled = false;
    bool m_readScheduled = false;
    bool m_autoDelete = true;
};

} // namespace acw
