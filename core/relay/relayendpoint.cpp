#include "relay/relayendpoint.h"

#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace acw {

namespace {

QString addressText(const QHostAddress &address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:a.b.c.d shown as a.b.c.d
    if (isV4)
        return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(port);
    return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
}

QString peerOf(int fd)
{
    sockaddr_storage storage = {};
    socklen_t length = sizeof storage;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return QStringLiteral("?");
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    const quint16 port = storage.ss_family == AF_INET6
                             ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port)
                             : ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    return addressText(address, port);
}

ChannelFault errnoFault(int error)
{
    if (error == ECONNRESET || error == EPIPE)
        return ChannelFault::of(ChannelError::PeerReset);
    ChannelFault fault = ChannelFault::of(ChannelError::SocketError);
    fault.status = -1;
    fault.cause = error;
    fault.detail = QString::fromLocal8Bit(std::strerror(error)); // the OS's words
    return fault;
}

} // namespace

RawEndpoint::RawEndpoint(QObject *parent) : RelayEndpoint(parent) { }

RawEndpoint::~RawEndpoint()
{
    close();
}

void RawEndpoint::adopt(int descriptor)
{
    attach(descriptor);
    if (m_handler)
        m_handler->endpointConnected(this);
}

void RawEndpoint::attach(int descriptor)
{
    m_fd = descriptor;
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0 && !(flags & O_NONBLOCK))
        ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK);
    if (m_peer.isEmpty())
        m_peer = peerOf(m_fd);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
        if (m_handler)
            m_handler->endpointReadable(this);
    });
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] { flush(); });
}

// Qt resolves and connects (IPv4/IPv6, its error texts); once connected the descriptor is
// duplicated and the QTcpSocket dropped, before it has read a byte. abort() only closes its
// copy of the descriptor: the connection lives on in ours.
void RawEndpoint::connectToHost(const QString &host, quint16 port, int timeoutMs)
{
    m_connecting = new QTcpSocket(this);
    if (timeoutMs > 0) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this,
            [this, timeoutMs] { fail(ChannelFault::of(ChannelError::ConnectTimeout, timeoutMs)); });
        m_connectTimer->start(timeoutMs);
    }
    connect(m_connecting, &QTcpSocket::connected, this, [this] {
        QTcpSocket *socket = m_connecting;
        const int fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        const int error = errno;
        m_peer = addressText(socket->peerAddress(), socket->peerPort());
        m_connecting = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        delete m_connectTimer;
        m_connectTimer = nullptr;
        if (fd < 0) {
            fail(errnoFault(error));
            return;
        }
        attach(fd);
        if (m_handler)
            m_handler->endpointConnected(this);
    });
    connect(m_connecting, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        ChannelFault fault;
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            fault = ChannelFault::of(ChannelError::ConnectionRefused);
            break;
        case QAbstractSocket::HostNotFoundError:
            fault = ChannelFault::of(ChannelError::HostNotFound);
            break;
        case QAbstractSocket::SocketTimeoutError:
            fault = ChannelFault::of(ChannelError::ConnectTimeout);
            break;
        default:
            fault = ChannelFault::of(ChannelError::SocketError);
            fault.status = int(e);
            fault.detail = m_connecting ? m_connecting->errorString() : QString();
        }
        fail(fault);
    });
    m_connecting->connectToHost(host, port);
}

qint64 RawEndpoint::read(char *buffer, qint64 size)
{
    if (m_fd < 0)
        return -1;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, size_t(size), 0);
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return -1;
        fail(errnoFault(errno));
        return -1;
    }
}

void RawEndpoint::write(const char *data, qint64 size)
{
    if (m_fd < 0 || size <= 0)
        return;
    if (m_output.empty()) { // straight to the kernel; keep only what it refuses
        while (size > 0) {
            const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
            if (n > 0) {
                data += n;
                size -= n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            fail(errnoFault(errno));
            return;
        }
        if (size == 0)
            return;
    }
    m_output.emplace_back(data, qsizetype(size));
    m_outputSize += size;
    if (m_outputSize > m_lowWatermark)
        m_aboveLow = true;
    m_writeNotifier->setEnabled(true);
}

void RawEndpoint::flush()
{
    QPointer<RawEndpoint> guard(this);
    while (!m_output.empty() && m_fd >= 0) {
        const QByteArray &front = m_output.front();
        const ssize_t n = ::send(m_fd, front.constData() + m_outputOffset,
            size_t(front.size() - m_outputOffset), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            fail(errnoFault(errno));
            return;
        }
        m_outputOffset += n;
        m_outputSize -= n;
        if (m_outputOffset == front.size()) {
            m_output.pop_front();
            m_outputOffset = 0;
        }
    }
    if (m_fd < 0)
        return;
    if (m_output.empty()) {
        m_writeNotifier->setEnabled(false);
        if (m_shutdownWanted && !m_writeShut) {
            ::shutdown(m_fd, SHUT_WR);
            m_writeShut = true;
        }
    }
    if (m_aboveLow && m_outputSize <= m_lowWatermark) {
        m_aboveLow = false;
        if (m_handler)
            m_handler->endpointDrained(this);
    } else if (m_output.empty() && m_handler) {
        m_handler->endpointDrained(this);
    }
}

void RawEndpoint::setReading(bool on)
{
    m_reading = on;
    if (m_readNotifier)
        m_readNotifier->setEnabled(on);
}

void RawEndpoint::shutdownWrite()
{
    m_shutdownWanted = true;
    if (m_fd >= 0 && m_output.empty() && !m_writeShut) {
        ::shutdown(m_fd, SHUT_WR);
        m_writeShut = true;
    }
}

void RawEndpoint::close()
{
    if (m_connecting) {
        m_connecting->disconnect(this);
        m_connecting->abort();
        m_connecting->deleteLater();
        m_connecting = nullptr;
    }
    delete m_connectTimer;
    m_connectTimer = nullptr;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_output.clear();
    m_outputSize = 0;
}

void RawEndpoint::fail(const ChannelFault &fault)
{
    close();
    if (m_handler)
        m_handler->endpointFailed(this, fault);
}

} // namespace acw
