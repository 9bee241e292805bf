#pragma once

#include "channel/channelfault.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <deque>

class QSocketNotifier;
class QTcpSocket;
class QTimer;

namespace acw {

class RelayEndpoint;

// What an endpoint tells its relay. Calls are synchronous, in the endpoint's thread.
class RelayEndpointHandler
{
public:
    virtual ~RelayEndpointHandler() = default;
    virtual void endpointConnected(RelayEndpoint *endpoint) = 0;
    virtual void endpointReadable(RelayEndpoint *endpoint) = 0;
    // Output fell to the low watermark (or below) after being above it, or was flushed.
    virtual void endpointDrained(RelayEndpoint *endpoint) = 0;
    // A connect failure, a reset, a write error. The endpoint is closed already.
    virtual void endpointFailed(RelayEndpoint *endpoint, const ChannelFault &fault) = 0;
};

// One side of a relay: a byte pipe with its own output buffer and a half-close.
// read() returns > 0 bytes, 0 at the peer's end of stream, -1 when nothing is there now.
// write() never blocks: what the kernel does not take waits in the output buffer (the
// relay watches outputSize() against its watermarks and stops reading the other side).
class RelayEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit RelayEndpoint(QObject *parent = nullptr) : QObject(parent) { }
    void setHandler(RelayEndpointHandler *handler) { m_handler = handler; }
    void setLowWatermark(qint64 bytes) { m_lowWatermark = bytes; }

    virtual qint64 read(char *buffer, qint64 size) = 0;
    virtual void write(const char *data, qint64 size) = 0;
    virtual qint64 outputSize() const = 0;
    // Watch for input (true) or let it wait in the kernel (false: the peer is held back).
    virtual void setReading(bool on) = 0;
    // Once the output is flushed, end our side of the stream (a FIN; TLS: close_notify,
    // then the connection closes, as TLS has no half-close).
    virtual void shutdownWrite() = 0;
    virtual bool isWriteShutdown() const = 0; // the FIN went out
    virtual void close() = 0; // now; output is dropped
    virtual bool isOpen() const = 0;
    virtual QString peer() const = 0; // "127.0.0.1:6379"
    // TLS: "TLSv1.3, TLS_AES_256_GCM_SHA384, CN=localhost"; empty for plain TCP.
    virtual QString tlsSummary() const { return QString(); }

protected:
    RelayEndpointHandler *m_handler = nullptr;
    qint64 m_lowWatermark = 256 * 1024;
};

// A plain TCP endpoint on a non-blocking descriptor with socket notifiers: no Qt read
// buffer between the kernel and the relay, and a real half-close (::shutdown(SHUT_WR)),
// which QTcpSocket cannot do (it closes the socket when it reads the peer's FIN).
class RawEndpoint : public RelayEndpoint
{
    Q_OBJECT
public:
    explicit RawEndpoint(QObject *parent = nullptr);
    ~RawEndpoint() override;

    // An accepted, non-blocking descriptor; the endpoint owns it. Connected at once.
    void adopt(int descriptor);
    // Connects (host names resolved by Qt); endpointConnected() or endpointFailed() follows.
    // timeoutMs 0: no deadline.
    void connectToHost(const QString &host, quint16 port, int timeoutMs);
    int descriptor() const { return m_fd; }

    qint64 read(char *buffer, qint64 size) override;
    void write(const char *data, qint64 size) override;
    qint64 outputSize() const override { return m_outputSize; }
    void setReading(bool on) override;
    void shutdownWrite() override;
    bool isWriteShutdown() const override { return m_writeShut; }
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    QString peer() const override { return m_peer; }

private:
    void attach(int descriptor);
    void flush();
    void fail(const ChannelFault &fault);

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTcpSocket *m_connecting = nullptr;
    QTimer *m_connectTimer = nullptr;
    std::deque<QByteArray> m_output;
    qint64 m_outputOffset = 0; // into m_output.front()
    qint64 m_outputSize = 0;
    QString m_peer;
    bool m_reading = false;
    bool m_shutdownWanted = false;
    bool m_writeShut = false;
    bool m_aboveLow = false;
};

} // namespace acw
