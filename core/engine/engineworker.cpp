#include "engine/engineworker.h"

#include "channel/asyncchat.h"
#include "engine/channeltap.h"
#include "engine/relayhub.h"
#include "engine/sendjobs.h"
#include "profiles/profile.h"
#include "server/channelserver.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <time.h>

Q_LOGGING_CATEGORY(lcEngine, "acw.engine")

namespace acw {

namespace {
constexpr qsizetype InspectionCap = 64 * 1024;
}

EngineWorker::EngineWorker(std::atomic<quint64> *connectionIds, QObject *parent)
    : QObject(parent)
    , m_connectionIds(connectionIds)
    , m_flushTimer(this)
    , m_sendJobs(new SendJobs([this](quint64 id) { return findChannel(id); }, this))
    , m_inspectionTimer(this)
{
    // Started by the first change after a report only: reports are at least this far apart.
    m_inspectionTimer.setSingleShot(true);
    m_inspectionTimer.setInterval(Engine::InspectionIntervalMs);
    connect(&m_inspectionTimer, &QTimer::timeout, this, &EngineWorker::publishInspections);
    m_clientTap = std::make_unique<ChannelTap>(this, 0, ProfileId::Client);
    m_flushTimer.setSingleShot(true); // started by the first report after a flush only
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &EngineWorker::flush);
    m_relays = new RelayHub(this, connectionIds);
    m_recordingTimer.setParent(this);
    m_recordingTimer.setInterval(250);
    connect(&m_recordingTimer, &QTimer::timeout, this, [this] { checkRecordingResumed(); });
}

namespace {
qint64 monotonicUs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); // vDSO: no system call
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}
} // namespace

void EngineWorker::setRecordingBudget(int perSecond)
{
    if (m_recording.isPaused()) {
        // A pause ends with the old budget: its count is reported.
        m_recording.setRate(0);
        checkRecordingResumed();
    }
    m_recording.setRate(perSecond);
}

bool EngineWorker::admitRecording(int server)
{
    const qint64 now = monotonicUs();
    if (m_recording.isPaused())
        checkRecordingResumed(now);
    if (m_recording.admit(now))
        return true;
    auto it = m_servers.find(server);
    if (it == m_servers.end())
        return true;
    ServerEntry &entry = it->second;
    ++entry.info.unrecorded;
    if (entry.pausedUnrecorded++ == 0) {
        entry.info.recordingPaused = true;
        if (EngineEvent *e = m_batch.serverEvent(server, EngineEvent::Type::RecordingPaused))
            e->size = m_recording.rate();
    }
    if (!m_recordingTimer.isActive())
        m_recordingTimer.start();
    markServersDirty();
    return false;
}

void EngineWorker::checkRecordingResumed()
{
    checkRecordingResumed(monotonicUs());
}

void EngineWorker::checkRecordingResumed(qint64 nowUs)
{
    if (m_recording.isPaused() && !m_recording.resumeDue(nowUs))
        return;
    m_recordingTimer.stop();
    for (auto &[id, entry] : m_servers) {
        if (entry.pausedUnrecorded == 0)
            continue;
        if (EngineEvent *e = m_batch.serverEvent(id, EngineEvent::Type::RecordingResumed))
            e->size = qint64(entry.pausedUnrecorded);
        entry.pausedUnrecorded = 0;
        entry.info.recordingPaused = false;
    }
    markServersDirty();
}

EngineWorker::~EngineWorker()
{
    shutdown();
}

void EngineWorker::shutdown()
{
    m_flushTimer.stop();
    m_inspected.clear();
    m_inspectionTimer.stop();
    m_relays->shutdown();
    for (auto &entry : m_servers)
        shutDownServer(entry.second);
    const QList<AsyncChat *> clients = m_clients.values();
    for (AsyncChat *channel : clients)
        channel->close();
    qDeleteAll(findChildren<AsyncChat *>(Qt::FindDirectChildrenOnly));
    m_clients.clear();
    m_servers.clear();
    m_flushTimer.stop(); // the closes above scheduled a flush nobody will read
}

void EngineWorker::startServer(int id, const ServerConfig &config)
{
    ServerEntry &entry = m_servers[id];
    entry.info.id = id;
    entry.info.config = config;
    m_serversDirty = true;
    scheduleFlush();

    ServerFault fault;
    std::unique_ptr<Profile> profile
        = m_profileFactory ? m_profileFactory(config, &fault) : Profile::create(config, &fault);
    if (!profile) {
        if (fault.isNone())
            Profile::reject(&fault, ProfileError::NotServable);
        entry.info.state = ServerInfo::State::Failed;
        entry.info.fault = fault;
        serverEvent(id, EngineEvent::Type::ServerError, fault);
        return;
    }
    entry.tap = std::make_unique<ChannelTap>(this, id, profile->id());
    entry.quietTap = std::make_unique<QuietTap>(this);
    entry.tap->setQuietTap(entry.quietTap.get());
    auto *server = new ChannelServer(config, std::move(profile), this);
    server->setObserver(entry.tap.get());
    std::atomic<quint64> *ids = m_connectionIds;
    server->setIdSource([ids] { return ids->fetch_add(1, std::memory_order_relaxed); });
    if (config.tls.enabled())
        connect(server, &ChannelServer::channelAccepted, this,
            [this, id](AsyncChat *channel) { reportTls(channel, id); });
    connect(server, &ChannelServer::acceptPaused, this, [this, id](const ServerFault &why) {
        serverEvent(id, EngineEvent::Type::AcceptPaused, why);
    });
    connect(server, &ChannelServer::acceptResumed, this,
        [this, id] { serverEvent(id, EngineEvent::Type::AcceptResumed); });
    connect(server, &ChannelServer::channelEvicted, this, [this](AsyncChat *channel) {
        const EvictionCause cause
            = channel->isAwaitingRequest() ? EvictionCause::NoRequest : EvictionCause::NotReading;
        m_batch.setCloseReason(
            channel->id(), ChannelFault::of(ChannelError::Evicted, 0, int(cause)));
    });
    connect(server, &ChannelServer::warning, this, [this, id](const ServerFault &warning) {
        auto it = m_servers.find(id);
        if (it != m_servers.end())
            it->second.info.fault = warning; // shown, while the server keeps listening
    });

    if (!server->listen()) {
        entry.info.state = ServerInfo::State::Failed;
        entry.info.fault = server->fault();
        qCWarning(lcEngine, "Server %d failed: %s", id, qPrintable(server->errorString()));
        delete server;
        entry.tap.reset();
        serverEvent(id, EngineEvent::Type::ServerError, entry.info.fault);
        return;
    }
    entry.server = server;
    entry.info.state = ServerInfo::State::Listening;
    entry.info.addresses = server->addresses();
    entry.info.port = server->port();
    if (EngineEvent *e = m_batch.serverEvent(id, EngineEvent::Type::ServerStarted))
        e->addresses = entry.info.addresses;
    markServersDirty();
}

void EngineWorker::startRelay(int id, const RelayConfig &config)
{
    m_relays->start(id, config);
}

void EngineWorker::startTls(quint64 connection)
{
    AsyncChat *channel = m_clients.value(connection);
    StartTlsRefusal refusal = StartTlsRefusal::NotClient;
    if (!channel || !channel->startTls(&refusal)) {
        EngineEvent &e = m_relays->add(EngineEvent::Type::Error, 0, connection);
        e.fault = ChannelFault::of(ChannelError::StartTlsRefused, 0, int(refusal));
        e.code = int(e.fault.error);
    }
}

void EngineWorker::reportTls(AsyncChat *channel, int server)
{
    auto entry = m_servers.find(server);
    if (entry != m_servers.end() && channel->observer() == entry->second.quietTap.get())
        return; // not recorded: no events for it
    const quint64 id = channel->id();
    connect(
        channel, &AsyncChat::tlsStarted, this, [this, channel, server, id](const QString &summary) {
            EngineEvent &e = m_relays->add(EngineEvent::Type::TlsStarted, server, id);
            e.text = summary;
            e.offset = channel->counters().bytesIn; // where TLS began in the input stream
        });
    connect(channel, &AsyncChat::tlsRefused, this,
        [this, server, id](const QString &fingerprint, const QString &subject) {
            EngineEvent &e = m_relays->add(EngineEvent::Type::TlsRefused, server, id);
            e.data = fingerprint.toLatin1();
            e.text = subject;
        });
}

void EngineWorker::stopServer(int id)
{
    if (m_relays->stop(id))
        return;
    auto it = m_servers.find(id);
    if (it == m_servers.end() || !it->second.server)
        return;
    shutDownServer(it->second);
    serverEvent(id, EngineEvent::Type::ServerStopped);
}

void EngineWorker::shutDownServer(ServerEntry &entry)
{
    if (!entry.server)
        return;
    ChannelServer *server = entry.server;
    server->stopListening();
    server->closeAll();
    entry.info.state = ServerInfo::State::Stopped;
    entry.info.accepted = server->acceptedCount();
    entry.info.evicted = server->evictedCount();
    entry.info.acceptPaused = false;
    entry.info.live = 0;
    entry.server = nullptr;
    delete server; // its channels (children) go with it, before the tap they report to
    entry.tap.reset();
    m_serversDirty = true;
}

void EngineWorker::openClient(quint64 id, const ClientConfig &config)
{
    auto *channel = new AsyncChat(this);
    channel->setId(id);
    channel->setMaxFrame(config.maxFrame);
    channel->setTerminator(config.terminator);
    channel->setConnectTimeout(qMax(0, config.connectTimeoutMs));
    channel->setObserver(m_clientTap.get());
    if (config.tls.enabled || (config.allowStartTls && tls::available()))
        channel->setTlsClient(config.tls); // TLS now, or STARTTLS later
    reportTls(channel, 0);
    m_clients.insert(id, channel);
    connect(channel, &AsyncChat::closed, this, [this, id] { m_clients.remove(id); });
    connect(channel, &QObject::destroyed, this, [this, id] { m_clients.remove(id); });
    m_batch.connecting(
        channel, m_clientTap->origin(), QStringLiteral("%1:%2").arg(config.host).arg(config.port));
    scheduleFlush();
    QSslConfiguration checked;
    TlsFailure failure;
    const bool tlsOptions = config.tls.enabled
                            || (config.allowStartTls
                                && !(config.tls.caFile + config.tls.acceptFingerprint).isEmpty());
    if (tlsOptions && !tls::clientConfiguration(config.tls, &checked, &failure)) {
        // A CA file that cannot be read, a malformed fingerprint: said before any connect.
        ChannelFault fault = ChannelFault::of(ChannelError::SocketError);
        fault.status = -1;
        fault.detail = failure.detail.isEmpty()
                           ? failure.file
                           : QStringLiteral("%1: %2").arg(failure.file, failure.detail);
        m_batch.error(channel, m_clientTap->origin(), fault);
        m_batch.setCloseReason(id, fault);
        channel->close();
        return;
    }
    channel->connectToHost(config.host, config.port);
}

AsyncChat *EngineWorker::findChannel(quint64 id, const ChannelOrigin **origin) const
{
    if (AsyncChat *channel = m_clients.value(id)) {
        if (origin)
            *origin = &m_clientTap->origin();
        return channel;
    }
    for (const auto &entry : m_servers) {
        if (entry.second.server) {
            if (AsyncChat *channel = entry.second.server->channel(id)) {
                if (origin)
                    *origin = &entry.second.tap->origin();
                return channel;
            }
        }
    }
    return nullptr;
}

void EngineWorker::setTerminator(quint64 connection, const Terminator &terminator, bool rearm)
{
    const ChannelOrigin *origin = nullptr;
    AsyncChat *channel = findChannel(connection, &origin);
    markInspectionChanged(connection); // also the same terminator set again (a count restarts)
    if (!channel || channel->setTerminator(terminator, rearm))
        return;
    // A count above the channel's maximum frame is refused; the connection stays as it was.
    ChannelFault fault = ChannelFault::of(ChannelError::TerminatorTooLarge, channel->maxFrame());
    fault.amount = terminator.countValue();
    if (EngineEvent *e = m_batch.error(channel, *origin, fault))
        e->terminator = terminator;
    scheduleFlush();
}

void EngineWorker::push(quint64 connection, const QByteArray &data)
{
    if (AsyncChat *channel = findChannel(connection))
        channel->push(data);
}

void EngineWorker::closeWhenDone(quint64 connection)
{
    if (AsyncChat *channel = findChannel(connection)) {
        channel->closeWhenDone();
        markInspectionChanged(connection); // the close joins the queue
    }
}

void EngineWorker::closeConnection(quint64 connection)
{
    if (m_relays->has(connection)) {
        m_relays->close(connection);
        return;
    }
    if (AsyncChat *channel = findChannel(connection))
        channel->close();
}

void EngineWorker::closeAll(int serverId)
{
    for (auto &entry : m_servers) {
        if (entry.second.server && (serverId < 0 || serverId == entry.first))
            entry.second.server->closeAll();
    }
    if (serverId != 0)
        m_relays->closeAll(serverId);
    if (serverId <= 0) {
        const QList<AsyncChat *> clients = m_clients.values();
        for (AsyncChat *channel : clients)
            channel->close();
    }
}

void EngineWorker::requestInspection(quint64 connection)
{
    emit inspectionReady(inspect(connection));
}

void EngineWorker::subscribeInspection(quint64 connection)
{
    ++m_inspected[connection].subscribers;
    emit inspectionReady(inspect(connection));
}

void EngineWorker::unsubscribeInspection(quint64 connection)
{
    auto it = m_inspected.find(connection);
    if (it != m_inspected.end() && --it->subscribers <= 0)
        m_inspected.erase(it);
}

void EngineWorker::touched(const AsyncChat *channel)
{
    markInspectionChanged(channel->id());
}

void EngineWorker::markInspectionChanged(quint64 connection)
{
    auto it = m_inspected.find(connection);
    if (it == m_inspected.end() || it->changed)
        return;
    it->changed = true;
    if (!m_inspectionTimer.isActive())
        m_inspectionTimer.start();
}

void EngineWorker::publishInspections()
{
    for (auto it = m_inspected.begin(); it != m_inspected.end(); ++it) {
        if (!it->changed)
            continue;
        it->changed = false;
        emit inspectionReady(inspect(it.key()));
    }
}

ConnectionInspection EngineWorker::inspect(quint64 connection) const
{
    ConnectionInspection inspection;
    inspection.id = connection;
    if (AsyncChat *channel = findChannel(connection)) {
        inspection.found = true;
        inspection.armed = channel->armedTerminator();
        inspection.terminator = inspection.armed.toSpec();
        const Terminator left = channel->terminator();
        inspection.countLeft
            = left.isCount() && inspection.armed.isCount() ? left.countValue() : -1;
        inspection.rearm = channel->isRearming();
        inspection.maxFrame = channel->maxFrame();
        inspection.pendingInput = channel->pendingInput().left(InspectionCap);
        inspection.pendingSize = channel->collectedSize();
        inspection.heldBack = channel->heldBack();
        inspection.bytesIn = channel->counters().bytesIn;
        inspection.frames = channel->counters().frames;
        const QList<OutputEntry> queue = channel->outputQueue();
        inspection.queue.reserve(queue.size());
        for (const OutputEntry &entry : queue) {
            ConnectionInspection::Entry out;
            out.kind = int(entry.kind);
            out.size = entry.size;
            out.description = entry.description;
            out.preview = entry.preview;
            inspection.queue.append(out);
        }
        inspection.socketBytesToWrite = channel->socket() ? channel->socket()->bytesToWrite() : 0;
        inspection.bytesOut = channel->counters().bytesOut;
    }
    return inspection;
}

void EngineWorker::serverEvent(int server, EngineEvent::Type type, const ServerFault &fault)
{
    if (EngineEvent *e = m_batch.serverEvent(server, type))
        e->serverFault = fault;
    markServersDirty();
}

void EngineWorker::markServersDirty()
{
    m_serversDirty = true;
    scheduleFlush();
}

void EngineWorker::flush()
{
    if (m_batch.hasEvents())
        emit eventsReady(m_batch.takeEvents());
    if (m_batch.hasChanges())
        emit connectionsUpdated(m_batch.takeChanged());
    const QVector<EngineEvent> relayEvents = m_relays->takeEvents();
    if (!relayEvents.isEmpty())
        emit eventsReady(relayEvents);
    const QVector<ConnectionInfo> relayChanged = m_relays->takeChanged();
    if (!relayChanged.isEmpty())
        emit connectionsUpdated(relayChanged);
    if (!m_serversDirty)
        return;
    m_serversDirty = false;
    QVector<ServerInfo> servers;
    servers.reserve(int(m_servers.size()));
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        ServerInfo &info = it->second.info;
        if (const ChannelServer *server = it->second.server) {
            info.accepted = server->acceptedCount();
            info.evicted = server->evictedCount();
            info.live = server->liveCount();
            info.acceptPaused = server->isAcceptPaused();
        }
        servers.append(info);
        // Stopped and failed servers are reported once, then forgotten (the UI keeps them).
        it = it->second.server ? std::next(it) : m_servers.erase(it);
    }
    servers += m_relays->serverInfos();
    emit serversUpdated(servers);
}

} // namespace acw
