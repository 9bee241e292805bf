#pragma once

#include "framing/terminator.h"
#include "tls/tlsoptions.h"

#include <QHostAddress>
#include <QString>

namespace acw {

// A step of a relayed pair's life, for the event stream (EngineEvent::RelayNote's index).
enum class RelayStep {
    UpstreamConnected, // text: the server's address
    StreamEnded, // a side ended its stream; size: the bytes it sent
    EndPassed, // that end was passed on to the other side
    TerminatorChanged, // text: the new terminator's spec
    Refused, // a client refused (fault: why; text: its address)
};

// A relay: where it listens, where each client is relayed to, how both directions are
// framed for the views, and TLS on either side.
struct RelayConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    QString upstreamHost;
    quint16 upstreamPort = 0;
    Terminator clientTerminator = Terminator::bytes(QByteArrayLiteral("\r\n")); // client -> server
    Terminator serverTerminator = Terminator::bytes(QByteArrayLiteral("\r\n")); // server -> client
    int maxConnections = 1024; // 0: no cap; past it new clients are closed at once
    int connectTimeoutMs = 10000;
    qint64 highWatermark = 1024 * 1024;
    qint64 lowWatermark = 256 * 1024;
    bool captureFrames = true; // false: frames are counted, not carried (--quiet)
    TlsServerOptions listenTls; // certificate + key: the clients talk TLS to us
    TlsClientOptions upstreamTls; // enabled: we talk TLS to the server
};

} // namespace acw
