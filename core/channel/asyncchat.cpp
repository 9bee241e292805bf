#include "channel/asyncchat.h"

#include "channel/asyncchat_p.h"
#include "channel/asyncchattls.h"
#include "channel/channelobserver.h"
#include "channel/channelwatchdog.h"

#include <QHostAddress>
#include <QMetaMethod>
#include <QPointer>
#include <QTcpSocket>

namespace acw {

namespace {
// Qt's own read buffer per socket: bounded so that a paused channel stops taking bytes
// from the kernel (the peer then sees a full window), and so one readyRead holds at most
// this much.
constexpr qint64 kSocketReadBuffer = 64 * 1024;
// Frame buffers up to this size are kept for the next frame.
constexpr qsizetype kKeepCapacity = 4096;

// One read buffer per thread, reused by every channel in it: a per-channel 64 KiB buffer
// would cost 640 MB for 10,000 idle connections. A read that starts while another is in
// progress (a callback of one channel making another one read) gets its own buffer.
class ReadBuffer
{
public:
    explicit ReadBuffer(qint64 size)
    {
        Shared &shared = t_shared;
        if (shared.busy) {
            m_local.resize(size);
            m_data = m_local.data();
            return;
        }
        shared.busy = true;
        m_owner = &shared;
        if (shared.bytes.size() < size)
            shared.bytes.resize(size);
        m_data = shared.bytes.data();
    }
    ~ReadBuffer()
    {
        if (m_owner)
            m_owner->busy = false;
    }
    ReadBuffer(const ReadBuffer &) = delete;
    ReadBuffer &operator=(const ReadBuffer &) = delete;
    char *data() const { return m_data; }

private:
    struct Shared
    {
        QByteArray bytes;
        bool busy = false;
    };
    static thread_local Shared t_shared;
    Shared *m_owner = nullptr;
    QByteArray m_local;
    char *m_data = nullptr;
};
thread_local ReadBuffer::Shared ReadBuffer::t_shared;
} // namespace

// Bridges the framer to the channel: the framer's callbacks pass through here so that the
// observer hooks and Q8 run whatever a subclass does in its overrides.
struct AsyncChat::Sink
{
    AsyncChat &channel;
    void collectIncomingData(const char *data, qsizetype size) { channel.sinkCollect(data, size); }
    void foundTerminator() { channel.sinkFrame(); }
    void frameTooLong(qint64 sizeSoFar) { channel.frameTooLong(sizeSoFar); }
};

AsyncChat::AsyncChat(QObject *parent) : QObject(parent) { }

AsyncChat::~AsyncChat()
{
    runCloseHook();
    ChannelWatchdog::unwatch(this);
    if (m_socket && m_state != State::Closed) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

// --- Connection ---

bool AsyncChat::setSocketDescriptor(qintptr descriptor)
{
    if (m_socket)
        return false;
    m_socket = createSocket();
    attachSocket();
    if (!m_socket->setSocketDescriptor(descriptor)) {
        m_state = State::Closed;
        return false;
    }
    startServerTls();
    onConnected();
    return true;
}

void AsyncChat::connectToHost(const QString &host, quint16 port)
{
    if (m_socket)
        return;
    m_socket = createSocket();
    attachSocket();
    if (!tlsAtConnect()) // with TLS: once encrypted (asyncchattls.cpp)
        connect(m_socket, &QTcpSocket::connected, this, &AsyncChat::onConnected);
    m_state = State::Connecting;
    m_connectStarted.start();
    updateTimer();
    connectSocket(host, port);
}

void AsyncChat::setConnectTimeout(int ms)
{
    m_connectTimeoutMs = qMax(0, ms);
    updateTimer();
}

void AsyncChat::attachSocket()
{
    m_socket->setReadBufferSize(qMax(kSocketReadBuffer, m_inBufferSize));
    connect(m_socket, &QTcpSocket::readyRead, this, &AsyncChat::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &AsyncChat::onBytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &AsyncChat::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &AsyncChat::onDisconnected);
}

void AsyncChat::onConnected()
{
    m_state = m_closeRequested ? State::Closing : State::Connected;
    const QHostAddress address = m_socket->peerAddress();
    // also true for ::ffff:a.b.c.d; the text is made when asked (most never are)
    m_peerV4 = address.toIPv4Address(&m_peerIsV4);
    if (!m_peerIsV4)
        m_peerAddress = address.toString();
    m_peerPort = m_socket->peerPort();
    m_age.start();
    m_lastRead.start();
    m_lastWriteProgress.start();
    updateTimer();
    if (m_observer)
        m_observer->channelConnected(this);
    handleConnect();
    emit connected();
    if (m_state != State::Closed)
        initiateSend(); // R49: what was pushed before the connect completed
}

QTcpSocket *AsyncChat::socket() const
{
    return m_socket.data();
}

QString AsyncChat::peerAddress() const
{
    if (m_peerIsV4)
        return QHostAddress(m_peerV4).toString();
    return m_peerAddress;
}

quint16 AsyncChat::peerPort() const
{
    return m_peerPort;
}

// --- Terminator ---

bool AsyncChat::setTerminator(const Terminator &terminator, bool rearm)
{
    // A count in progress reads "what is left" in the framer: compare with both.
    const bool changed = terminator != m_framer.terminator() || terminator != m_armed;
    if (!m_framer.setTerminator(terminator))
        return false;
    const bool wasRearm = m_rearm;
    m_rearm = rearm && terminator.isCount();
    if (m_rearm)
        m_rearmCount = terminator;
    if (m_inFrameCallback) {
        m_setInCallback = true; // reported once the callback returns (sinkFrame)
        return true;
    }
    m_armed = terminator;
    if ((changed || wasRearm != m_rearm) && m_observer)
        m_observer->channelTerminatorChanged(this, terminator, TerminatorCause::Set, m_rearm);
    return true;
}

void AsyncChat::setMaxFrame(qint64 bytes)
{
    m_framer.setMaxFrame(bytes);
}

void AsyncChat::setInBufferSize(qint64 bytes)
{
    m_inBufferSize = bytes > 0 ? bytes : 65536;
    if (m_socket)
        m_socket->setReadBufferSize(qMax(kSocketReadBuffer, m_inBufferSize));
}

// --- Input ---

void AsyncChat::onReadyRead()
{
    m_readScheduled = false;
    readAvailable(false);
}

// Reads what Qt holds, inBufferSize bytes at a time into the reused buffer, and frames it.
// ignorePause: the peer is gone, so everything it sent is framed now (Q21).
void AsyncChat::readAvailable(bool ignorePause)
{
    if (!m_socket || m_state == State::Closed || m_inRead)
        return;
    if (m_readPaused && !ignorePause)
        return; // Qt's bounded read buffer fills, then the kernel's: the peer is held back
    QPointer<AsyncChat> guard(this);
    m_inRead = true;
    Sink sink { *this };
    const qint64 readSize = m_inBufferSize; // a callback may change it mid-loop
    const ReadBuffer buffer(readSize);
    while (m_state != State::Closed && (ignorePause || !m_readPaused)) {
        // A reset with output pending has Qt close the device before disconnected():
        // reading it then prints "QIODevice::read: device not open" (a peer-driven line).
        if (!m_socket->isReadable())
            break;
        // What Qt holds fits one read: take Qt's own buffer (read(n) with n the size of its
        // one block hands the block over, no copy) and let it go once framed. Qt would
        // otherwise keep that block (16 KiB, a page of it touched) for the socket's life: an
        // idle connection holding a partial request line would pin 4 KiB of RSS.
        const qint64 available = m_socket->bytesAvailable();
        QByteArray taken;
        const char *data = buffer.data();
        qint64 n = 0;
        if (available > 0 && available <= readSize) {
            taken = m_socket->read(available);
            data = taken.constData();
            n = taken.size();
        } else {
            n = m_socket->read(buffer.data(), readSize);
        }
        if (n <= 0)
            break;
        if (m_observer)
            m_observer->channelChunk(this, m_counters.bytesIn, data, n);
        m_counters.bytesIn += n;
        ++m_counters.reads;
        if (m_idleTimeoutMs > 0)
            m_lastRead.restart();
        m_framer.feed(data, n, sink);
        if (!guard)
            return; // a slot deleted the channel outright
        if (m_lingering)
            checkLinger();
    }
    m_inRead = false;
    if (!reportDeferredError())
        return;
    if (m_state == State::Closed) {
        announceClose(); // closed while framing: told now that the framer has returned
        return;
    }
    // Replies pushed from the callbacks go to the kernel now: if the peer half-closed,
    // Qt sees its FIN next and drops whatever is still in its write buffer (Q21).
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void AsyncChat::sinkCollect(const char *data, qsizetype size)
{
    m_consumed += size;
    m_frameBytes += size;
    if (m_closeRequested)
        return; // Q8: closing, nothing more is delivered
    collectIncomingData(data, size);
}

void AsyncChat::sinkFrame()
{
    if (m_armed.isBytes())
        m_consumed += m_armed.byteString().size();
    const quint64 index = m_counters.frames++;
    if (m_observer)
        m_observer->channelFrame(this, index, m_consumed, m_frameBytes, m_armed);
    m_frameBytes = 0;
    const Terminator before = m_armed;
    m_setInCallback = false;
    if (!m_closeRequested) {
        m_inFrameCallback = true;
        foundTerminator();
        m_inFrameCallback = false;
    }
    // A count the callback left alone is set again when the user asked for that.
    if (m_rearm && !m_setInCallback && m_framer.terminator().isNone())
        m_framer.setTerminator(m_rearmCount);
    // What the callback armed; for a count that was not re-armed, none (R24).
    m_armed = m_framer.terminator();
    if (m_observer && m_armed != before) {
        const TerminatorCause cause
            = m_setInCallback ? TerminatorCause::Profile : TerminatorCause::CountReached;
        m_observer->channelTerminatorChanged(this, m_armed, cause, m_rearm);
    }
    m_setInCallback = false;
}

void AsyncChat::collectIncomingData(const char *data, qsizetype size)
{
    // asynchat's _collect_incoming_data: everything collected belongs to the next frame,
    // under "none" too (a terminator set later frames it, R12). Under none the bytes are
    // also handed on as a stream; past the maximum frame (1 MiB when unlimited) the kept
    // copy is dropped, so a long stream cannot grow the buffer without bound.
    m_incoming.append(data, size);
    // m_armed, not the framer's terminator: a count being completed already reads "none".
    if (m_armed.isNone()) {
        static const QMetaMethod streamSignal = QMetaMethod::fromSignal(&AsyncChat::streamReceived);
        if (isSignalConnected(streamSignal))
            emit streamReceived(QByteArray(data, size));
        const qint64 keep = m_framer.maxFrame() >= 0 ? m_framer.maxFrame() : 1024 * 1024;
        if (m_incoming.size() > keep)
            takeIncoming();
    }
}

void AsyncChat::foundTerminator()
{
    // Two buffers take turns, so a frame costs no allocation unless a slot keeps a copy;
    // past kKeepCapacity the memory goes back (an idle connection keeps little).
    m_frame.swap(m_incoming);
    emit frameReceived(m_frame);
    if (m_frame.capacity() > kKeepCapacity)
        m_frame = QByteArray();
    else
        m_frame.resize(0);
}

void AsyncChat::frameTooLong(qint64 sizeSoFar)
{
    Q_UNUSED(sizeSoFar)
    m_incoming.clear();
    m_frameBytes = 0;
    const ChannelFault fault = ChannelFault::of(ChannelError::FrameTooLong, m_framer.maxFrame());
    if (m_framer.overflowPolicy() == Framer::OverflowPolicy::Stop)
        fail(fault);
    else
        reportError(fault); // the frame is skipped, go on
}

QByteArray AsyncChat::takeIncoming()
{
    QByteArray data;
    data.swap(m_incoming);
    m_frameBytes = 0;
    m_framer.resetPending();
    return data;
}

AsyncChat::Counters AsyncChat::counters() const
{
    Counters c = m_counters;
    c.queuedBytes = m_queuedData + (m_socket ? m_socket->bytesToWrite() : 0);
    return c;
}

} // namespace acw
