#pragma once

// Shared test fixture (tests/common): reading a QTcpSocket until what the test waits for
// has come, running the event loop meanwhile (no sleeps, no blocking waits).

#include <QTcpSocket>
#include <QTest>

namespace acwtest {

// Reads until at least `size` bytes came, the socket closed or the time ran out; all of it.
inline QByteArray readAtLeast(QTcpSocket &socket, qsizetype size, int timeoutMs = 10000)
{
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.size() >= size || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return got + socket.readAll();
}

// Reads until `needle` came, the socket closed or the time ran out; all of it.
inline QByteArray readUntil(QTcpSocket &socket, const QByteArray &needle, int timeoutMs = 10000)
{
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.contains(needle) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return got + socket.readAll();
}

// Reads until the peer closes (or the time runs out); all of it.
inline QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 10000)
{
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return got + socket.readAll();
}

} // namespace acwtest
