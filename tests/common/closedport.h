#pragma once

// A loopback port that refuses connections, for "connection refused" cases: a TCP socket
// bound to 127.0.0.1:0 and never listening. Unlike listening on port 0, closing, and
// reusing the number, the port stays ours for the test's lifetime, so nothing else can
// start listening on it in between.

#include <QtGlobal>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace acwtest {

class ClosedPort
{
public:
    ClosedPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &length) != 0)
            return;
        m_port = ntohs(a.sin_port);
    }
    ~ClosedPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ClosedPort(const ClosedPort &) = delete;
    ClosedPort &operator=(const ClosedPort &) = delete;

    quint16 port() const { return m_port; } // 0 if the socket could not be bound

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace acwtest
