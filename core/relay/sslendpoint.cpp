#include "relay/sslendpoint.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace acw {

namespace {
constexpr qint64 kReadBuffer = 64 * 1024;
}

SslEndpoint::SslEndpoint(QObject *parent) : RelayEndpoint(parent) { }

SslEndpoint::~SslEndpoint()
{
    close();
}

void SslEndpoint::setUp(int timeoutMs)
{
    m_socket->setReadBufferSize(kReadBuffer);
    if (timeoutMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this, timeoutMs] {
            fail(ChannelFault::of(ChannelError::TlsHandshakeFailed, timeoutMs));
        });
        m_timer->start(timeoutMs);
    }
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        delete m_timer;
        m_timer = nullptr;
        m_peer = QStringLiteral("%1:%2")
                     .arg(m_socket->peerAddress().toString())
                     .arg(m_socket->peerPort());
        m_summary = tls::sessionSummary(m_socket);
        if (m_handler)
            m_handler->endpointConnected(this);
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        if (m_reading && m_handler)
            m_handler->endpointReadable(this);
    });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { onWritten(); });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] { onWritten(); });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (!m_encrypted) {
            fail(ChannelFault::of(ChannelError::TlsHandshakeFailed));
            return;
        }
        m_eof = true;
        m_writeShut = true;
        if (m_handler)
            m_handler->endpointReadable(this); // the end of the stream, read next
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && m_encrypted)
            return; // an orderly end: disconnected() follows
        ChannelFault fault;
        if (m_refusal) {
            fault = ChannelFault::of(*m_refusal);
        } else {
            fault = ChannelFault::of(ChannelError::SocketError);
            fault.status = int(e);
            fault.detail = m_socket ? m_socket->errorString() : QString();
        }
        fail(fault);
    });
}

void SslEndpoint::startServer(int descriptor, const QSslConfiguration &config, int timeoutMs)
{
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(config);
    setUp(timeoutMs);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        ChannelFault fault = ChannelFault::of(ChannelError::SocketError);
        fault.status = int(m_socket->error());
        fault.detail = m_socket->errorString();
        fail(fault);
        return;
    }
    m_socket->startServerEncryption();
}

void SslEndpoint::connectToHost(const QString &host, quint16 port, const QSslConfiguration &config,
    const TlsClientOptions &options, int timeoutMs)
{
    m_options = options;
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(config);
    setUp(timeoutMs);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        TlsRefusal refusal;
        if (!tls::acceptPeer(m_socket, errors, m_options, &refusal))
            m_refusal = refusal;
    });
    m_socket->connectToHostEncrypted(
        host, port, options.peerName.isEmpty() ? host : options.peerName);
}

qint64 SslEndpoint::read(char *buffer, qint64 size)
{
    if (!m_socket)
        return -1;
    if (m_socket->bytesAvailable() > 0)
        return m_socket->read(buffer, size);
    return m_eof ? 0 : -1;
}

void SslEndpoint::write(const char *data, qint64 size)
{
    if (!m_socket || size <= 0)
        return;
    m_socket->write(data, size);
    if (outputSize() > m_lowWatermark)
        m_aboveLow = true;
}

qint64 SslEndpoint::outputSize() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void SslEndpoint::onWritten()
{
    if (!m_socket)
        return;
    const qint64 left = outputSize();
    if (m_shutdownWanted && left == 0 && !m_writeShut) {
        m_writeShut = true;
        m_socket->disconnectFromHost();
    }
    if ((m_aboveLow && left <= m_lowWatermark) || left == 0) {
        m_aboveLow = false;
        if (m_handler)
            m_handler->endpointDrained(this);
    }
}

void SslEndpoint::setReading(bool on)
{
    m_reading = on;
    if (on && m_socket && (m_socket->bytesAvailable() > 0 || m_eof)) {
        // Qt signals readyRead only for new data: what waits in its buffer is read now.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reading && m_handler)
                    m_handler->endpointReadable(this);
            },
            Qt::QueuedConnection);
    }
}

void SslEndpoint::shutdownWrite()
{
    m_shutdownWanted = true;
    if (m_socket && !m_writeShut && outputSize() == 0) {
        m_writeShut = true;
        m_socket->disconnectFromHost(); // close_notify
    }
}

void SslEndpoint::close()
{
    delete m_timer;
    m_timer = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SslEndpoint::fail(const ChannelFault &fault)
{
    close();
    if (m_handler)
        m_handler->endpointFailed(this, fault);
}

} // namespace acw
