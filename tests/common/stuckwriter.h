#pragma once

// Shared test fixture (tests/common): a raw loopback client with a 4 KiB receive buffer
// that sends echo requests and never reads the answers, so the server's output backs up
// (its reading pauses above the high watermark, its write timeout runs).

#include "channeltestpeer.h"

#include <QElapsedTimer>

namespace acwtest {

class StuckWriter : public RawPeer
{
public:
    explicit StuckWriter(quint16 port) : RawPeer(4096) { m_connected = connectTo(port); }

    bool connected() const { return m_connected; }

    // Sends what the kernel takes now of a batch of echo requests.
    void flood()
    {
        while (sendSome(lines()) > 0) { }
    }

    // Sends until the kernel takes no more: the server stopped reading or the connection is
    // gone. True when it is blocked (10 waits of 20 ms for room came in vain).
    bool floodUntilBlocked(int timeoutMs = 15000)
    {
        QElapsedTimer clock;
        clock.start();
        int blockedRounds = 0;
        while (clock.elapsed() < timeoutMs) {
            const ssize_t n
                = ::send(descriptor(), lines().constData(), size_t(lines().size()), MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return false;
            if (n > 0) {
                blockedRounds = 0;
                continue; // the kernel takes megabytes at first: no pause while it does
            }
            pollfd p { descriptor(), POLLOUT, 0 };
            if (::poll(&p, 1, 20) == 0 && ++blockedRounds >= 10)
                return true;
        }
        return false;
    }

    // Whether the server closed it (its FIN or RST arrived; unread data may still wait).
    bool closedByServer() const
    {
        tcp_info info {};
        socklen_t size = sizeof info;
        return ::getsockopt(descriptor(), IPPROTO_TCP, TCP_INFO, &info, &size) == 0
               && (info.tcpi_state == TCP_CLOSE || info.tcpi_state == TCP_CLOSE_WAIT);
    }

private:
    static const QByteArray &lines()
    {
        static const QByteArray batch = QByteArray(1000, 'x').append("\r\n").repeated(64);
        return batch;
    }

    bool m_connected = false;
};

} // namespace acwtest
