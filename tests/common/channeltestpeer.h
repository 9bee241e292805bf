#pragma once

// Shared test fixture (tests/common, on every test's include path): a loopback server that
// hands each accepted descriptor to an AsyncChat, and a raw POSIX peer whose every
// move (piece sizes, half-close, RST, not reading) the test controls.

#include "channel/asyncchat.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace acwtest {

class RawPeer;

class ChannelTestServer : public QTcpServer
{
public:
    std::function<acw::AsyncChat *()> factory;
    QList<QPointer<acw::AsyncChat>> channels;

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    // Starts listening if it does not yet, connects the peer and waits for its channel
    // (then channels.last()); false if any of it failed or took too long.
    bool connectPeer(RawPeer &peer, int timeoutMs = 10000);
    acw::AsyncChat *channel(int i = 0) const
    {
        return i < channels.size() ? channels.at(i).data() : nullptr;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        acw::AsyncChat *c = factory ? factory() : new acw::AsyncChat;
        c->setParent(this);
        c->setSocketDescriptor(descriptor);
        channels.append(c);
    }
};

// A blocking-free raw TCP client on 127.0.0.1.
class RawPeer
{
public:
    // receiveBuffer > 0 sets SO_RCVBUF before connecting (a small window for a non-reader).
    explicit RawPeer(int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~RawPeer() { close(); }
    RawPeer(const RawPeer &) = delete;
    RawPeer &operator=(const RawPeer &) = delete;

    bool connectTo(quint16 port)
    {
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // Loopback connects complete in the kernel's backlog, before the server accepts.
        const bool ok = ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        return ok;
    }

    // Sends everything in pieces of `piece` bytes (0: as much as the kernel takes), each
    // its own send() with TCP_NODELAY, running the event loop while the kernel is full.
    bool sendAll(const QByteArray &data, int piece = 0, int timeoutMs = 10000)
    {
        QDeadlineTimer deadline(timeoutMs);
        qsizetype off = 0;
        while (off < data.size()) {
            const qsizetype n
                = piece > 0 ? qMin<qsizetype>(piece, data.size() - off) : data.size() - off;
            const ssize_t sent = ::send(m_fd, data.constData() + off, size_t(n), MSG_NOSIGNAL);
            if (sent > 0) {
                off += sent;
                if (piece > 0)
                    QCoreApplication::processEvents(); // let the channel read this piece
                continue;
            }
            if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return false;
            // The kernel is full: run the events (the channel reads) until it takes more.
            QCoreApplication::processEvents();
            if (!QTest::qWaitFor([this] { return writable(); }, int(deadline.remainingTime())))
                return false;
        }
        return true;
    }

    // The kernel would take bytes now (or the connection failed: send() will say).
    bool writable() const
    {
        pollfd p { m_fd, POLLOUT, 0 };
        return ::poll(&p, 1, 0) > 0;
    }

    // Sends what the kernel accepts right now; returns the byte count.
    qint64 sendSome(const QByteArray &data)
    {
        const ssize_t sent = ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL);
        return sent > 0 ? sent : 0;
    }

    // Reads what has arrived (at most limit bytes in total); returns everything so far.
    const QByteArray &drain(qint64 limit = -1)
    {
        char buf[65536];
        while (m_fd >= 0 && (limit < 0 || m_received.size() < limit)) {
            size_t want = sizeof buf;
            if (limit >= 0)
                want = size_t(qMin<qint64>(qint64(want), limit - m_received.size()));
            const ssize_t n = ::recv(m_fd, buf, want, 0);
            if (n > 0) {
                m_received.append(buf, n);
            } else {
                if (n == 0)
                    m_eof = true;
                else if (errno != EAGAIN && errno != EWOULDBLOCK)
                    m_error = errno;
                break;
            }
        }
        return m_received;
    }
    bool atEnd()
    {
        drain();
        return m_eof || m_error != 0;
    }
    int error() const { return m_error; }
    int descriptor() const { return m_fd; }
    const QByteArray &received() const { return m_received; }

    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }
    // Close with SO_LINGER {1, 0}: the kernel sends an RST.
    void reset()
    {
        const linger l { 1, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        close();
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    QByteArray m_received;
    bool m_eof = false;
    int m_error = 0;
};

inline bool ChannelTestServer::connectPeer(RawPeer &peer, int timeoutMs)
{
    if (!isListening() && !start())
        return false;
    const qsizetype before = channels.size();
    return peer.connectTo(serverPort())
           && QTest::qWaitFor([&] { return channels.size() > before; }, timeoutMs);
}

// A producer that makes its bytes on demand (a repeating pattern), so a 100 MiB
// stream costs no 100 MiB buffer; counts what it handed out.
class PatternProducer : public acw::Producer
{
public:
    PatternProducer(qint64 total, qint64 *produced, qsizetype chunk = 64 * 1024)
        : m_left(total), m_produced(produced), m_chunk(chunk)
    {
    }
    QByteArray more() override
    {
        const qsizetype n = qsizetype(qMin<qint64>(m_left, m_chunk));
        QByteArray piece(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            piece[i] = pattern(m_offset + i);
        m_offset += n;
        m_left -= n;
        if (m_produced)
            *m_produced += n;
        return piece;
    }
    qint64 remaining() const override { return m_left; }
    QString describe() const override { return QStringLiteral("pattern"); }
    static char pattern(qint64 i) { return char('a' + (i * 7 + i / 251) % 26); }

private:
    qint64 m_left;
    qint64 m_offset = 0;
    qint64 *m_produced;
    qsizetype m_chunk;
};

inline QByteArray patternBytes(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = PatternProducer::pattern(i);
    return out;
}

} // namespace acwtest
