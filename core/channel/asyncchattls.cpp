// AsyncChat over TLS: socket creation and configuration only. The framing sees the
// decrypted bytes, as with plain TCP.
#include "channel/asyncchattls.h"

#include <QSslCertificate>
#include <QSslSocket>

namespace acw {

void AsyncChat::setTlsClient(const TlsClientOptions &options)
{
    m_tls = std::make_unique<Tls>();
    m_tls->atConnect = options.enabled;
    m_tls->client = options;
    if (!tls::clientConfiguration(options, &m_tls->configuration, nullptr))
        m_tls->configuration = QSslConfiguration::defaultConfiguration(); // caller checked
}

void AsyncChat::setTlsServer(const QSslConfiguration &configuration)
{
    m_tls = std::make_unique<Tls>();
    m_tls->server = true;
    m_tls->configuration = configuration;
}

bool AsyncChat::tlsAtConnect() const
{
    return m_tls && !m_tls->server && m_tls->atConnect;
}

bool AsyncChat::isEncrypted() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data());
    return ssl && ssl->isEncrypted();
}

QString AsyncChat::tlsSummary() const
{
    return m_tls ? m_tls->summary : QString();
}

QTcpSocket *AsyncChat::createSocket()
{
    if (!m_tls)
        return new QTcpSocket(this);
    auto *ssl = new QSslSocket(this);
    ssl->setSslConfiguration(m_tls->configuration);
    connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
        m_tls->summary = tls::sessionSummary(ssl);
        if (tlsAtConnect() && m_state == State::Connecting)
            onConnected();
        if (m_state != State::Closed)
            emit tlsStarted(m_tls->summary);
    });
    if (!m_tls->server) {
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            TlsRefusal refusal;
            if (tls::acceptPeer(ssl, errors, m_tls->client, &refusal))
                return;
            m_tls->refused = true;
            const QSslCertificate peer = ssl->peerCertificate();
            if (!peer.isNull())
                emit tlsRefused(
                    tls::normaliseFingerprint(tls::fingerprint(peer)), tls::subjectText(peer));
            // Qt fails the handshake and reports the close next, in its own words: this
            // refusal (with the fingerprint) is the one told. Closed from the event loop,
            // not from inside the socket's signal.
            ssl->disconnect(this);
            QMetaObject::invokeMethod(
                this, [this, refusal] { fail(ChannelFault::of(refusal)); }, Qt::QueuedConnection);
        });
    }
    return ssl;
}

void AsyncChat::connectSocket(const QString &host, quint16 port)
{
    if (tlsAtConnect()) {
        const QString name = m_tls->client.peerName.isEmpty() ? host : m_tls->client.peerName;
        static_cast<QSslSocket *>(m_socket.data())->connectToHostEncrypted(host, port, name);
        m_tls->host = name;
        return;
    }
    if (m_tls)
        m_tls->host = m_tls->client.peerName.isEmpty() ? host : m_tls->client.peerName;
    m_socket->connectToHost(host, port);
}

void AsyncChat::startServerTls()
{
    if (m_tls && m_tls->server)
        static_cast<QSslSocket *>(m_socket.data())->startServerEncryption();
}

bool AsyncChat::startTls(StartTlsRefusal *refusal)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket.data());
    const auto refuse = [refusal](StartTlsRefusal why) {
        if (refusal)
            *refusal = why;
        return false;
    };
    if (!ssl || !m_tls)
        return refuse(StartTlsRefusal::NotAllowed);
    if (ssl->isEncrypted() || ssl->mode() != QSslSocket::UnencryptedMode)
        return refuse(StartTlsRefusal::AlreadyStarted);
    if (m_state != State::Connected)
        return refuse(StartTlsRefusal::NotConnected);
    if (m_tls->server)
        ssl->startServerEncryption();
    else {
        ssl->setPeerVerifyName(m_tls->host);
        ssl->startClientEncryption();
    }
    return true;
}

} // namespace acw
