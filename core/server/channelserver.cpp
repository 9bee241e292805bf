#include "server/channelserver.h"

#include "channel/asyncchat.h"
#include "server/listener.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

Q_LOGGING_CATEGORY(lcServer, "acw.server")

namespace acw {

namespace {

QString formatAddress(const QHostAddress &address, quint16 port)
{
    if (address == QHostAddress(QHostAddress::Any))
        return QStringLiteral("*:%1").arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// The addresses a bind setting stands for; the first one must work, later ones may fail.
bool resolveBind(const QString &bind, QList<QHostAddress> *addresses)
{
    const QString text = bind.trimmed();
    if (text.isEmpty()) {
        *addresses = { QHostAddress(QHostAddress::LocalHost) };
    } else if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        *addresses
            = { QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6) };
    } else if (text.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        *addresses = { QHostAddress(QHostAddress::Any) };
    } else {
        QString plain = text;
        if (plain.startsWith(QLatin1Char('[')) && plain.endsWith(QLatin1Char(']')))
            plain = plain.mid(1, plain.size() - 2);
        QHostAddress address;
        if (!address.setAddress(plain))
            return false;
        *addresses = { address };
    }
    return true;
}

} // namespace

ChannelServer::ChannelServer(
    const ServerConfig &config, std::unique_ptr<ChannelFactory> profile, QObject *parent)
    : QObject(parent), m_config(config), m_profile(std::move(profile)), m_retryTimer(this)
{
    m_retryTimer.setInterval(500);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChannelServer::retryAccepting);
}

ChannelServer::~ChannelServer()
{
    stopListening();
    closeAll();
    // Channels may hold the profile's shared state: they go first (QObject would delete
    // them only after m_profile).
    std::vector<AsyncChat *> channels;
    channels.reserve(m_channels.size());
    for (const auto &entry : m_channels)
        channels.push_back(entry.second);
    m_channels.clear();
    for (AsyncChat *channel : channels) {
        channel->setCloseHook(nullptr, nullptr);
        delete channel;
    }
}

bool ChannelServer::listen()
{
    stopListening();
    m_fault = ServerFault();
    QList<QHostAddress> addresses;
    if (!resolveBind(m_config.bindAddress, &addresses)) {
        m_fault.error = ServerError::InvalidBindAddress;
        m_fault.address = m_config.bindAddress;
        return false;
    }
    if (m_config.tls.enabled() && !m_tls) {
        auto configuration = std::make_shared<QSslConfiguration>();
        TlsFailure failure;
        if (!tls::serverConfiguration(m_config.tls, configuration.get(), &failure)) {
            m_fault.error = ServerError::TlsFailed;
            m_fault.cause = int(failure.error);
            m_fault.address = failure.file;
            m_fault.detail = failure.detail;
            return false;
        }
        m_tls = configuration;
    }
    const int backlog = m_config.listenBacklog > 0 ? m_config.listenBacklog : 4096;
    quint16 port = m_config.port;
    for (const QHostAddress &address : addresses) {
        auto *listener = new Listener(this);
        if (!listener->start(address, port, backlog)) {
            ServerFault fault;
            fault.error = ServerError::ListenFailed;
            fault.address = formatAddress(address, port);
            fault.status = int(listener->serverError());
            fault.detail = listener->errorString();
            delete listener;
            if (m_listeners.isEmpty()) {
                m_fault = fault;
                return false;
            }
            qCWarning(lcServer, "Cannot listen on %s: %s", qPrintable(fault.address),
                qPrintable(fault.detail));
            emit warning(fault);
            continue;
        }
        port = listener->serverPort(); // port 0: the second listener reuses the first's
        listener->onAccepted = [this](qintptr descriptor) { accept(descriptor); };
        listener->onResourceError = [this](int error) { onAcceptError(error); };
        m_listeners.append(listener);
    }
    m_port = port;
    return true;
}

void ChannelServer::stopListening()
{
    m_retryTimer.stop();
    m_acceptPaused = false;
    qDeleteAll(m_listeners);
    m_listeners.clear();
}

QStringList ChannelServer::addresses() const
{
    QStringList result;
    for (const Listener *listener : m_listeners)
        result.append(formatAddress(listener->serverAddress(), listener->serverPort()));
    return result;
}

AsyncChat *ChannelServer::channel(quint64 id) const
{
    const auto it = m_channels.find(id);
    return it == m_channels.end() ? nullptr : it->second;
}

QList<AsyncChat *> ChannelServer::channels() const
{
    QList<AsyncChat *> result;
    result.reserve(int(m_channels.size()));
    for (const auto &entry : m_channels)
        result.append(entry.second);
    return result;
}

void ChannelServer::closeAll()
{
    // close() reports synchronously and may erase from the map: work on a copy.
    const QList<AsyncChat *> live = channels();
    for (AsyncChat *channel : live) {
        if (m_channels.count(channel->id()))
            channel->close();
    }
}

void ChannelServer::accept(qintptr descriptor)
{
    if (descriptor < 0)
        return; // Q22: a null accept is ignored, the listener keeps running
    const int fd = int(descriptor);
    if (m_config.maxConnections > 0 && liveCount() >= m_config.maxConnections) {
        if (!makeRoom()) {
            ::close(fd);
            ++m_refused;
            if (!m_refuseLogged) {
                m_refuseLogged = true; // one log line per episode at the cap
                qCWarning(lcServer, "Connection limit (%d) reached: refusing new connections",
                    m_config.maxConnections);
                emit warning(capacityFault(CapacityAction::Refusing));
            }
            return;
        }
    } else {
        m_evictLogged = false;
        m_evictStuckLogged = false;
        m_refuseLogged = false;
    }

    AsyncChat *channel = m_profile ? m_profile->createChannel() : nullptr;
    if (!channel) {
        ::close(fd);
        return;
    }
    const quint64 id = m_idSource ? m_idSource() : m_nextLocalId++;
    // Not a QObject child: with 10,000 connections, removing a child from the server's
    // child list on every close is a linear search. m_channels owns them instead.
    channel->setId(id);
    channel->setObserver(m_observer);
    // A peer that never reads its output must not hold a connection for ever, whatever the
    // profile: the server's write timeout applies unless the profile chose its own.
    if (channel->writeTimeout() == 0 && m_config.writeTimeoutMs > 0)
        channel->setWriteTimeout(m_config.writeTimeoutMs);
    m_channels.emplace(id, channel);
    // Closed or deleted: out of the registry (a hook, not two connections per channel).
    channel->setCloseHook(
        [](void *server, quint64 closedId) {
            static_cast<ChannelServer *>(server)->forget(closedId);
        },
        this);
    if (m_tls)
        channel->setTlsServer(*m_tls);
    if (!channel->setSocketDescriptor(descriptor)) {
        forget(id);
        delete channel;
        ::close(fd); // Qt leaves a descriptor it could not adopt open
        return;
    }
    ++m_accepted;
    emit channelAccepted(channel);
}

// nginx "reusing connections": close the oldest connection that has not completed a
// request; failing that, the one that has been stuck longest not reading its output
// (reading paused above the high watermark, no byte sent for a while). Healthy ones stay.
bool ChannelServer::makeRoom()
{
    AsyncChat *victim = nullptr;
    for (const auto &entry : m_channels) {
        AsyncChat *c = entry.second;
        if (c->state() == AsyncChat::State::Connected && c->isAwaitingRequest()) {
            victim = c;
            break;
        }
    }
    bool stuck = false;
    if (!victim) {
        qint64 longest = kStuckWriterMs;
        for (const auto &entry : m_channels) {
            AsyncChat *c = entry.second;
            if (c->state() == AsyncChat::State::Closed || !c->isReadPaused())
                continue;
            const qint64 stalled = c->writeStalledMs();
            if (stalled >= longest) {
                longest = stalled;
                victim = c;
            }
        }
        stuck = victim != nullptr;
    }
    if (!victim)
        return false;
    ++m_evicted;
    bool &logged = stuck ? m_evictStuckLogged : m_evictLogged;
    if (!logged) {
        logged = true;
        qCWarning(lcServer, "Connection limit (%d) reached: closing %s", m_config.maxConnections,
            stuck ? "connections that do not read their output"
                  : "idle connections that sent no request");
        emit warning(capacityFault(
            stuck ? CapacityAction::EvictingNotReading : CapacityAction::EvictingNoRequest));
    }
    emit channelEvicted(victim);
    victim->close(); // may erase its entry
    return true;
}

void ChannelServer::forget(quint64 id)
{
    m_channels.erase(id);
}

ServerFault ChannelServer::capacityFault(CapacityAction action) const
{
    ServerFault fault;
    fault.error = ServerError::AtCapacity;
    fault.cause = int(action);
    fault.limit = m_config.maxConnections;
    return fault;
}

void ChannelServer::onAcceptError(int error)
{
    // The listener stopped watching its socket; the retry timer turns it back on.
    m_errorSinceResume = true;
    if (m_acceptPaused)
        return;
    m_acceptPaused = true;
    m_resumedOnce = false;
    ServerFault fault;
    fault.error = ServerError::AcceptFailed;
    fault.status = error;
    fault.detail = QString::fromLocal8Bit(std::strerror(error));
    qCWarning(lcServer, "Accepting paused: %s (retrying every %d ms)", qPrintable(fault.detail),
        m_retryTimer.interval());
    emit acceptPaused(fault);
    m_retryTimer.start();
}

void ChannelServer::retryAccepting()
{
    if (m_resumedOnce && !m_errorSinceResume) {
        // A whole retry interval went by without an accept error: the episode is over.
        m_retryTimer.stop();
        m_acceptPaused = false;
        qCInfo(lcServer, "Accepting resumed");
        emit acceptResumed();
        return;
    }
    m_errorSinceResume = false;
    m_resumedOnce = true;
    for (Listener *listener : std::as_const(m_listeners))
        listener->setAccepting(true);
}

} // namespace acw
