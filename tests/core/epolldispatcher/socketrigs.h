#pragma once

#include "dispatcherthread.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

inline QByteArray patternBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        bytes[i] = char((i * 7) % 251);
    }
    return bytes;
}

inline QByteArray drain(int fd)
{
    QByteArray data;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
    }
    return data;
}

// A connected AF_UNIX stream pair, non-blocking, closed on destruction.
struct SocketPair
{
    int fd[2] = { -1, -1 };
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fd); }
    ~SocketPair()
    {
        closeEnd(0);
        closeEnd(1);
    }
    bool isValid() const { return fd[0] >= 0 && fd[1] >= 0; }
    QByteArray readAll(int end) { return drain(fd[end]); }
    void writeTo(int end, const char *data) { (void)!::write(fd[end], data, strlen(data)); }
    void closeEnd(int end)
    {
        if (fd[end] >= 0) {
            ::close(fd[end]);
            fd[end] = -1;
        }
    }
};

// A connected loopback TCP pair of raw descriptors (for urgent data).
struct TcpPair
{
    int client = -1;
    int server = -1;
    TcpPair()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(listener, 1) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            ::close(listener);
            return;
        }
        client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (::connect(client, reinterpret_cast<sockaddr *>(&address), length) == 0) {
            server = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        }
        ::close(listener);
    }
    ~TcpPair()
    {
        ::close(client);
        ::close(server);
    }
    bool isValid() const { return client >= 0 && server >= 0; }
};

// A QTcpServer and a QTcpSocket client in the dispatcher thread: the client sends the
// payload, the server echoes it, the client checks it and hangs up. Each step is noted.
class EchoRig : public QObject
{
public:
    EchoRig(Probe *probe, const QByteArray &payload) : m_probe(probe), m_payload(payload)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &EchoRig::accept);
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_client, &QTcpSocket::connected, this, [this] { m_client.write(m_payload); });
        connect(&m_client, &QTcpSocket::bytesWritten, this, [this](qint64 n) {
            m_written += n;
            if (m_written == m_payload.size()) {
                m_probe->note("all-written");
            }
        });
        connect(&m_client, &QTcpSocket::readyRead, this, [this] {
            m_echo += m_client.readAll();
            if (m_echo.size() >= m_payload.size()) {
                m_probe->note("echo", m_echo);
                m_client.disconnectFromHost();
            }
        });
        connect(&m_client, &QTcpSocket::disconnected, this,
            [this] { m_probe->note("client-disconnected"); });
        m_client.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    }
    bool isListening() const { return m_listening; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_probe->note("accepted");
            Probe *probe = m_probe;
            connect(socket, &QTcpSocket::readyRead, socket,
                [socket] { socket->write(socket->readAll()); });
            connect(socket, &QTcpSocket::disconnected, socket, [probe, socket] {
                probe->note("server-disconnected");
                socket->deleteLater();
            });
            connect(
                socket, &QObject::destroyed, [probe] { probe->note("server-socket-destroyed"); });
        }
    }

    Probe *m_probe;
    QByteArray m_payload;
    QByteArray m_echo;
    qint64 m_written = 0;
    bool m_listening = false;
    QTcpServer m_server;
    QTcpSocket m_client;
};

// Two read notifiers; whichever fires first deletes the other and puts a replacement on
// its socket, and the replacement deletes itself from its own activation.
class CrossDeletingNotifiers : public QObject
{
public:
    CrossDeletingNotifiers(Probe *probe, int fdA, int fdB) : m_probe(probe), m_fd { fdA, fdB }
    {
        for (int i = 0; i < 2; ++i) {
            m_notifier[i] = new QSocketNotifier(m_fd[i], QSocketNotifier::Read, this);
            connect(m_notifier[i], &QSocketNotifier::activated, this, [this, i] { first(i); });
        }
    }

private:
    void first(int i)
    {
        drain(m_fd[i]);
        m_probe->note("first");
        const int other = 1 - i;
        if (!m_notifier[other]) {
            return;
        }
        delete m_notifier[other];
        m_notifier[other] = nullptr;
        auto *replacement = new QSocketNotifier(m_fd[other], QSocketNotifier::Read, this);
        connect(replacement, &QSocketNotifier::activated, this, [this, other, replacement] {
            drain(m_fd[other]);
            m_probe->note("replacement");
            delete replacement;
        });
    }

    Probe *m_probe;
    int m_fd[2];
    QSocketNotifier *m_notifier[2] = { nullptr, nullptr };
};

// Like CrossDeletingNotifiers, but the other socket's descriptor number is given at once
// to a new, idle socket with its own notifier: the readiness seen for the old socket in
// the same pass must not reach the new notifier.
class DescriptorReuse : public QObject
{
public:
    DescriptorReuse(Probe *probe, int fdA, int fdB) : m_probe(probe), m_fd { fdA, fdB }
    {
        for (int i = 0; i < 2; ++i) {
            m_notifier[i] = new QSocketNotifier(m_fd[i], QSocketNotifier::Read, this);
            connect(m_notifier[i], &QSocketNotifier::activated, this, [this, i] { first(i); });
        }
    }
    ~DescriptorReuse() override
    {
        qDeleteAll(findChildren<QSocketNotifier *>());
        ::close(m_peer);
    }
    void writeToNewSocket(const char *data) { (void)!::write(m_peer, data, strlen(data)); }

private:
    void first(int i)
    {
        drain(m_fd[i]);
        m_probe->note("first");
        const int other = 1 - i;
        if (!m_notifier[other]) {
            return;
        }
        delete m_notifier[other];
        m_notifier[other] = nullptr;
        int sv[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) != 0
            || ::dup2(sv[0], m_fd[other]) != m_fd[other]) {
            m_probe->note("setup-failed");
            return;
        }
        ::close(sv[0]);
        m_peer = sv[1];
        const int fd = m_fd[other];
        auto *replacement = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(replacement, &QSocketNotifier::activated, this, [this, fd] {
            const QByteArray data = drain(fd);
            m_probe->note(data.isEmpty() ? "spurious" : "new-socket-read", data);
        });
    }

    Probe *m_probe;
    int m_fd[2];
    int m_peer = -1;
    QSocketNotifier *m_notifier[2] = { nullptr, nullptr };
};

// Many idle socket pairs, each end with a read notifier that reports "pair:end".
class IdlePairs : public QObject
{
public:
    IdlePairs(int pairs, Probe *probe)
    {
        m_fds.reserve(size_t(2 * pairs));
        for (int i = 0; i < pairs; ++i) {
            int sv[2];
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0) {
                m_valid = false;
                return;
            }
            for (int end = 0; end < 2; ++end) {
                const int fd = sv[end];
                m_fds.push_back(fd);
                auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
                connect(notifier, &QSocketNotifier::activated, this, [probe, fd, i, end] {
                    drain(fd);
                    probe->note(
                        "idle-activated", QByteArray::number(i) + ':' + QByteArray::number(end));
                });
            }
        }
    }
    ~IdlePairs() override
    {
        qDeleteAll(findChildren<QSocketNotifier *>());
        for (const int fd : m_fds) {
            ::close(fd);
        }
    }
    bool isValid() const { return m_valid; }
    void writeTo(int pair, int end, const char *data)
    {
        (void)!::write(m_fds[size_t(2 * pair + end)], data, strlen(data));
    }

private:
    std::vector<int> m_fds;
    bool m_valid = true;
};
