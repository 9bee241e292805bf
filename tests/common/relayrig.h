#pragma once

// Shared test fixture (tests/common): both ends of a relayed connection. The upstream is a
// plain Qt server on 127.0.0.1, port 0, that the relay forwards to; the client connects
// through the relay, and `server` is the upstream's side of that connection.

#include "relay/relayconfig.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace acwtest {

class RelayRig
{
public:
    RelayRig() { upstream.listen(QHostAddress::LocalHost, 0); }

    bool listening() const { return upstream.isListening(); }
    quint16 upstreamPort() const { return upstream.serverPort(); }

    // A relay on 127.0.0.1, port 0, to the upstream.
    acw::RelayConfig config() const
    {
        acw::RelayConfig config;
        config.upstreamHost = QStringLiteral("127.0.0.1");
        config.upstreamPort = upstreamPort();
        return config;
    }

    // Connects the client to the relay's port and takes the relayed connection at the
    // upstream; false if either did not happen in time.
    bool connectThrough(quint16 relayPort, int timeoutMs = 10000)
    {
        client.connectToHost(QHostAddress::LocalHost, relayPort);
        if (!client.waitForConnected(timeoutMs)
            || !QTest::qWaitFor([this] { return upstream.hasPendingConnections(); }, timeoutMs))
            return false;
        server = upstream.nextPendingConnection();
        return server != nullptr;
    }

    QTcpServer upstream;
    QTcpSocket client;
    QTcpSocket *server = nullptr; // owned by upstream
};

} // namespace acwtest
