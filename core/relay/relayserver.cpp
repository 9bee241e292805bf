#include "relay/relayserver.h"

#include "relay/relaypair.h"
#include "relay/sslendpoint.h"
#include "server/listener.h"

#include <QSslConfiguration>

#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace acw {

namespace {
QString peerOf(int fd)
{
    sockaddr_storage storage = {};
    socklen_t length = sizeof storage;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return QStringLiteral("?");
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    const quint16 port = storage.ss_family == AF_INET6
                             ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port)
                             : ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(port);
    return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
}
} // namespace

RelayServer::RelayServer(const RelayConfig &config, QObject *parent)
    : QObject(parent), m_config(config)
{
}

RelayServer::~RelayServer()
{
    stop();
}

bool RelayServer::start()
{
    m_fault = ServerFault();
    TlsFailure failure;
    if ((m_config.listenTls.enabled()
            && !tls::serverConfiguration(m_config.listenTls, &m_serverTls, &failure))
        || (m_config.upstreamTls.enabled
            && !tls::clientConfiguration(m_config.upstreamTls, &m_clientTls, &failure))) {
        m_fault.error = ServerError::TlsFailed;
        m_fault.cause = int(failure.error);
        m_fault.address = failure.file;
        m_fault.detail = failure.detail;
        return false;
    }
    m_listener = new Listener(this);
    m_listener->onAccepted = [this](qintptr fd) { accepted(int(fd)); };
    m_listener->onResourceError = [this](int error) {
        ServerFault fault;
        fault.error = ServerError::AcceptFailed;
        fault.status = error;
        fault.detail = QString::fromLocal8Bit(std::strerror(error));
        emit acceptPaused(fault);
    };
    if (!m_listener->start(m_config.listenAddress, m_config.listenPort, 1024)) {
        m_fault.error = ServerError::ListenFailed;
        const QString host = m_config.listenAddress.toString();
        m_fault.address = (m_config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                               ? QStringLiteral("[%1]:%2")
                               : QStringLiteral("%1:%2"))
                              .arg(host)
                              .arg(m_config.listenPort);
        m_fault.status = int(m_listener->serverError());
        m_fault.detail = m_listener->errorString();
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    return true;
}

quint16 RelayServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString RelayServer::listenText() const
{
    if (!m_listener)
        return QString();
    const QHostAddress a = m_listener->serverAddress();
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(a.toString()).arg(port());
    return QStringLiteral("%1:%2").arg(a.toString()).arg(port());
}

QList<RelayPair *> RelayServer::pairs() const
{
    return m_pairs.values();
}

void RelayServer::stop()
{
    delete m_listener;
    m_listener = nullptr;
    const QSet<RelayPair *> pairs = m_pairs;
    for (RelayPair *pair : pairs)
        pair->close(ChannelFault::of(ChannelError::RelayStopped));
    m_pairs.clear();
}

void RelayServer::accepted(int descriptor)
{
    const QString peer = peerOf(descriptor);
    if (m_config.maxConnections > 0 && m_pairs.size() >= m_config.maxConnections) {
        ::close(descriptor);
        emit refused(
            peer, ChannelFault::of(ChannelError::RelayAtCapacity, m_config.maxConnections));
        return;
    }
    RelayEndpoint *client = nullptr;
    RelayEndpoint *upstream = nullptr;
    if (m_config.listenTls.enabled())
        client = new SslEndpoint;
    else
        client = new RawEndpoint;
    if (m_config.upstreamTls.enabled)
        upstream = new SslEndpoint;
    else
        upstream = new RawEndpoint;
    auto *pair = new RelayPair(m_nextId++, client, upstream, this);
    pair->setTerminator(RelayPair::ClientToServer, m_config.clientTerminator);
    pair->setTerminator(RelayPair::ServerToClient, m_config.serverTerminator);
    pair->setWatermarks(m_config.highWatermark, m_config.lowWatermark);
    pair->setCaptureFrames(m_config.captureFrames);
    m_pairs.insert(pair);
    connect(pair, &QObject::destroyed, this, [this, pair] { m_pairs.remove(pair); });
    connect(pair, &RelayPair::closed, this, [this, pair] { m_pairs.remove(pair); });
    emit pairOpened(pair, peer);
    if (auto *ssl = qobject_cast<SslEndpoint *>(client))
        ssl->startServer(descriptor, m_serverTls, m_config.connectTimeoutMs);
    else
        static_cast<RawEndpoint *>(client)->adopt(descriptor);
    if (pair->isClosed())
        return;
    if (auto *ssl = qobject_cast<SslEndpoint *>(upstream))
        ssl->connectToHost(m_config.upstreamHost, m_config.upstreamPort, m_clientTls,
            m_config.upstreamTls, m_config.connectTimeoutMs);
    else
        static_cast<RawEndpoint *>(upstream)->connectToHost(
            m_config.upstreamHost, m_config.upstreamPort, m_config.connectTimeoutMs);
}

} // namespace acw
