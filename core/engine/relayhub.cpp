#include "engine/relayhub.h"

#include "engine/engineworker.h"
#include "relay/relayserver.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>

namespace acw {

namespace {
qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}
// Frame events kept per batch (about 50 ms): a bulk transfer of small frames must not
// grow the window's memory; past it frames are counted in one Dropped event.
constexpr int kMaxFramesPerBatch = 5000;
} // namespace

QByteArray encodeHeldFrames(const QList<HeldFrame> &frames)
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << qint32(frames.size());
    for (const HeldFrame &f : frames)
        out << f.id << f.bytes << f.edited << f.injected;
    return data;
}

QList<HeldFrame> decodeHeldFrames(const QByteArray &data)
{
    QList<HeldFrame> frames;
    QDataStream in(data);
    qint32 n = 0;
    in >> n;
    for (qint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        HeldFrame f;
        in >> f.id >> f.bytes >> f.edited >> f.injected;
        frames.append(f);
    }
    return frames;
}

RelayHub::RelayHub(EngineWorker *worker, std::atomic<quint64> *connectionIds)
    : QObject(worker), m_worker(worker), m_ids(connectionIds)
{
}

RelayHub::~RelayHub()
{
    shutdown();
}

EngineEvent &RelayHub::add(EngineEvent::Type type, int server, quint64 connection)
{
    EngineEvent e;
    e.type = type;
    e.server = server;
    e.connection = connection;
    e.timeUs = nowUs();
    m_events.append(e);
    m_worker->scheduleFlush();
    return m_events.last();
}

void RelayHub::start(int id, const RelayConfig &config)
{
    Relay &relay = m_relays[id];
    relay.info.id = id;
    relay.info.config.profile = ProfileId::Relay;
    relay.info.config.bindAddress = config.listenAddress.toString();
    relay.info.config.port = config.listenPort;
    relay.info.config.maxConnections = config.maxConnections;
    relay.info.config.tls = config.listenTls;
    relay.server = new RelayServer(config, this);
    m_worker->markServersDirty();
    if (!relay.server->start()) {
        relay.info.state = ServerInfo::State::Failed;
        relay.info.fault = relay.server->fault();
        delete relay.server;
        relay.server = nullptr;
        add(EngineEvent::Type::ServerError, id, 0).serverFault = relay.info.fault;
        return;
    }
    relay.info.state = ServerInfo::State::Listening;
    relay.info.port = relay.server->port();
    relay.info.addresses = QStringList { relay.server->listenText() };
    EngineEvent &started = add(EngineEvent::Type::ServerStarted, id, 0);
    started.addresses = relay.info.addresses;
    started.text = QStringLiteral("%1:%2").arg(config.upstreamHost).arg(config.upstreamPort);
    connect(relay.server, &RelayServer::pairOpened, this,
        [this, id](RelayPair *pair, const QString &peer) { opened(id, pair, peer); });
    connect(relay.server, &RelayServer::refused, this,
        [this, id](const QString &peer, const ChannelFault &why) {
            EngineEvent &e = add(EngineEvent::Type::RelayNote, id, 0);
            e.index = quint64(RelayStep::Refused);
            e.text = peer;
            e.fault = why;
        });
    connect(relay.server, &RelayServer::acceptPaused, this, [this, id](const ServerFault &why) {
        add(EngineEvent::Type::AcceptPaused, id, 0).serverFault = why;
    });
}

void RelayHub::opened(int relayId, RelayPair *pair, const QString &peer)
{
    const quint64 id = m_ids->fetch_add(1, std::memory_order_relaxed);
    const RelayConfig &config = m_relays[relayId].server->config();
    m_pairs.insert(id, pair);
    ConnectionInfo &info = m_infos[id];
    info.id = id;
    info.server = relayId;
    info.profile = ProfileId::Relay;
    info.peer
        = QStringLiteral("%1 -> %2:%3").arg(peer, config.upstreamHost).arg(config.upstreamPort);
    info.state = ConnectionInfo::State::Connecting;
    info.terminator = QStringLiteral("%1 / %2").arg(
        config.clientTerminator.toSpec(), config.serverTerminator.toSpec());
    info.openedUs = nowUs();
    changed(id);
    m_worker->markServersDirty();
    EngineEvent &openedEvent = add(EngineEvent::Type::ConnectionOpened, relayId, id);
    openedEvent.text = info.peer;
    openedEvent.code = 1; // a relayed pair

    connect(pair, &RelayPair::upstreamConnected, this, [this, id, relayId, pair] {
        m_infos[id].state = ConnectionInfo::State::Open;
        changed(id);
        EngineEvent &note = add(EngineEvent::Type::RelayNote, relayId, id);
        note.index = quint64(RelayStep::UpstreamConnected);
        note.text = pair->upstream()->peer();
        for (int side = 0; side < 2; ++side) {
            RelayEndpoint *e = side == 0 ? pair->client() : pair->upstream();
            if (!e->tlsSummary().isEmpty()) {
                EngineEvent &t = add(EngineEvent::Type::TlsStarted, relayId, id);
                t.code = side;
                t.text = e->tlsSummary();
            }
        }
    });
    connect(pair, &RelayPair::frame, this, [this, id, relayId](const RelayFrame &f) {
        changed(id);
        if (m_framesInBatch >= kMaxFramesPerBatch && f.heldId == 0) {
            ++m_droppedFrames;
            return;
        }
        ++m_framesInBatch;
        EngineEvent &e = add(EngineEvent::Type::RelayFrame, relayId, id);
        e.code = f.direction;
        e.index = f.index;
        e.size = f.size;
        e.data = f.data.left(m_captureLimit);
        e.offset = qint64(f.heldId);
        e.terminator = f.terminator;
        e.partial = f.partial;
    });
    connect(pair, &RelayPair::holdChanged, this,
        [this, id](int direction) { heldChanged(id, direction); });
    connect(pair, &RelayPair::step, this,
        [this, id, relayId](RelayStep step, int direction, qint64 bytes) {
            EngineEvent &e = add(EngineEvent::Type::RelayNote, relayId, id);
            e.index = quint64(step);
            e.code = direction;
            e.size = bytes;
        });
    connect(pair, &RelayPair::closed, this, [this, id, relayId](const ChannelFault &fault) {
        m_pairs.remove(id);
        ConnectionInfo &closedInfo = m_infos[id];
        closedInfo.state = ConnectionInfo::State::Closed;
        closedInfo.closedUs = nowUs();
        closedInfo.closeFault = fault;
        changed(id);
        m_worker->markServersDirty();
        EngineEvent &e = add(EngineEvent::Type::ConnectionClosed, relayId, id);
        e.code = int(fault.error);
        e.fault = fault;
    });
}

void RelayHub::changed(quint64 connection)
{
    m_changed.insert(connection, true);
    m_worker->scheduleFlush();
}

void RelayHub::heldChanged(quint64 connection, int direction)
{
    RelayPair *pair = m_pairs.value(connection);
    if (!pair)
        return;
    const auto d = RelayPair::Direction(direction);
    EngineEvent &e
        = add(EngineEvent::Type::RelayHeld, m_infos.value(connection).server, connection);
    e.code = direction;
    e.index = pair->isHeld(d) ? 1 : 0;
    const QList<HeldFrame> frames = pair->heldFrames(d);
    e.size = frames.size();
    e.data = encodeHeldFrames(frames);
    changed(connection);
}

bool RelayHub::stop(int id)
{
    auto it = m_relays.find(id);
    if (it == m_relays.end())
        return false;
    if (it->second.server) {
        it->second.server->stop();
        it->second.server->deleteLater();
        it->second.server = nullptr;
        it->second.info.state = ServerInfo::State::Stopped;
        add(EngineEvent::Type::ServerStopped, id, 0);
        m_worker->markServersDirty();
    }
    return true;
}

void RelayHub::close(quint64 connection)
{
    if (RelayPair *pair = m_pairs.value(connection))
        pair->close(ChannelFault::of(ChannelError::ClosedByUser));
}

void RelayHub::closeAll(int relayId)
{
    const QList<quint64> ids = m_pairs.keys();
    for (quint64 id : ids) {
        if (relayId < 0 || m_infos.value(id).server == relayId)
            close(id);
    }
}

void RelayHub::shutdown()
{
    for (auto &entry : m_relays) {
        if (entry.second.server) {
            entry.second.server->disconnect(this);
            entry.second.server->stop();
            delete entry.second.server;
            entry.second.server = nullptr;
        }
    }
    m_pairs.clear();
}

void RelayHub::hold(quint64 connection, int direction, bool on)
{
    if (RelayPair *pair = m_pairs.value(connection)) {
        if (on)
            pair->hold(RelayPair::Direction(direction & 1));
        else
            pair->release(RelayPair::Direction(direction & 1));
    }
}

void RelayHub::forward(quint64 connection, int direction, quint64 heldId)
{
    if (RelayPair *pair = m_pairs.value(connection))
        pair->forward(RelayPair::Direction(direction & 1), heldId);
}

void RelayHub::edit(quint64 connection, int direction, quint64 heldId, const QByteArray &bytes)
{
    if (RelayPair *pair = m_pairs.value(connection))
        pair->edit(RelayPair::Direction(direction & 1), heldId, bytes);
}

void RelayHub::drop(quint64 connection, int direction, quint64 heldId)
{
    if (RelayPair *pair = m_pairs.value(connection))
        pair->drop(RelayPair::Direction(direction & 1), heldId);
}

void RelayHub::inject(quint64 connection, int direction, const QByteArray &bytes)
{
    if (RelayPair *pair = m_pairs.value(connection))
        pair->inject(RelayPair::Direction(direction & 1), bytes);
}

void RelayHub::setTerminator(quint64 connection, int direction, const Terminator &terminator)
{
    if (RelayPair *pair = m_pairs.value(connection)) {
        pair->setTerminator(RelayPair::Direction(direction & 1), terminator);
        ConnectionInfo &info = m_infos[connection];
        info.terminator
            = QStringLiteral("%1 / %2").arg(pair->terminator(RelayPair::ClientToServer).toSpec(),
                pair->terminator(RelayPair::ServerToClient).toSpec());
        changed(connection);
        EngineEvent &e = add(EngineEvent::Type::RelayNote, info.server, connection);
        e.index = quint64(RelayStep::TerminatorChanged);
        e.code = direction;
        e.terminator = terminator;
        e.text = terminator.toSpec();
    }
}

QVector<EngineEvent> RelayHub::takeEvents()
{
    if (m_droppedFrames > 0) {
        EngineEvent &e = add(EngineEvent::Type::Dropped, 0, 0);
        e.size = m_droppedFrames;
        e.code = 1; // relayed frames (not shown: too many in one batch)
    }
    m_droppedFrames = 0;
    m_framesInBatch = 0;
    return std::exchange(m_events, {});
}

QVector<ConnectionInfo> RelayHub::takeChanged()
{
    QVector<ConnectionInfo> out;
    for (auto it = m_changed.begin(); it != m_changed.end(); ++it) {
        ConnectionInfo info = m_infos.value(it.key());
        if (RelayPair *pair = m_pairs.value(it.key())) {
            const RelayPair::Stats up = pair->stats(RelayPair::ClientToServer);
            const RelayPair::Stats down = pair->stats(RelayPair::ServerToClient);
            info.bytesIn = up.bytes;
            info.bytesOut = down.bytes;
            info.frames = up.frames + down.frames;
            info.queuedBytes = up.queued + down.queued;
            info.pendingBytes = up.heldBytes + down.heldBytes;
            info.readPaused = up.paused || down.paused;
        }
        out.append(info);
        if (info.state == ConnectionInfo::State::Closed)
            m_infos.remove(it.key());
    }
    m_changed.clear();
    return out;
}

QVector<ServerInfo> RelayHub::serverInfos()
{
    QVector<ServerInfo> out;
    for (auto it = m_relays.begin(); it != m_relays.end();) {
        ServerInfo &info = it->second.info;
        if (it->second.server) {
            int live = 0;
            for (const ConnectionInfo &c : std::as_const(m_infos))
                live += c.server == it->first && c.state != ConnectionInfo::State::Closed;
            info.live = live;
        }
        out.append(info);
        it = it->second.server ? std::next(it) : m_relays.erase(it);
    }
    return out;
}

} // namespace acw
