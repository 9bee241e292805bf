#pragma once

#include "relay/relayendpoint.h"
#include "tls/tlsoptions.h"

#include <QSslConfiguration>
#include <optional>

class QSslSocket;
class QTimer;

namespace acw {

// A TLS side of a relay on a QSslSocket. Connected once the handshake is done. TLS has
// no half-close: shutdownWrite() sends close_notify and closes once the output is flushed.
// Qt reads into its own buffer, bounded (setReadBufferSize), so a paused side still holds
// the peer back.
class SslEndpoint : public RelayEndpoint
{
    Q_OBJECT
public:
    explicit SslEndpoint(QObject *parent = nullptr);
    ~SslEndpoint() override;

    void startServer(int descriptor, const QSslConfiguration &config, int timeoutMs);
    void connectToHost(const QString &host, quint16 port, const QSslConfiguration &config,
        const TlsClientOptions &options, int timeoutMs);

    qint64 read(char *buffer, qint64 size) override;
    void write(const char *data, qint64 size) override;
    qint64 outputSize() const override;
    void setReading(bool on) override;
    void shutdownWrite() override;
    bool isWriteShutdown() const override { return m_writeShut; }
    void close() override;
    bool isOpen() const override { return m_socket != nullptr; }
    QString peer() const override { return m_peer; }
    QString tlsSummary() const override { return m_summary; }

private:
    void setUp(int timeoutMs);
    void fail(const ChannelFault &fault);
    void onWritten();

    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    TlsClientOptions m_options;
    std::optional<TlsRefusal> m_refusal; // the peer certificate was refused: why
    QString m_peer;
    QString m_summary;
    bool m_encrypted = false;
    bool m_eof = false;
    bool m_reading = false;
    bool m_writeShut = false;
    bool m_shutdownWanted = false;
    bool m_aboveLow = false;
};

} // namespace acw
