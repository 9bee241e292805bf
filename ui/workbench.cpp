#include "workbench.h"

#include "engine/engine.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/sendjobmodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"

#include <QFileInfo>

namespace acw {

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_engine(new Engine(this))
    , m_servers(new ServerModel(this))
    , m_connections(new ConnectionModel(this))
    , m_timeline(new TimelineModel(this))
    , m_captures(new CaptureStore(this))
    , m_sendJobs(new SendJobModel(this))
{
    m_engine->setDetail(Engine::Detail::Full);
    m_engine->setRecordingBudget(m_recordingBudget);
    // The engine stops sending bytes past this; the store keeps the newest 256 KiB.
    m_engine->setCaptureLimit(1024 * 1024);
    connect(m_engine, &Engine::serversUpdated, m_servers, &ServerModel::applyUpdates);
    connect(m_engine, &Engine::connectionsUpdated, m_connections, &ConnectionModel::applyUpdates);
    connect(m_engine, &Engine::eventsReady, m_captures, &CaptureStore::applyEvents);
    connect(m_engine, &Engine::eventsReady, m_timeline, &TimelineModel::appendEvents);
    connect(m_engine, &Engine::eventsReady, this, &Workbench::eventsReady);
    connect(m_engine, &Engine::inspectionReady, this, &Workbench::inspectionReady);
    connect(m_engine, &Engine::sendJobUpdated, m_sendJobs, &SendJobModel::update);
    connect(m_connections, &ConnectionModel::connectionsRemoved, m_captures, &CaptureStore::remove);
    connect(m_connections, &ConnectionModel::connectionsRemoved, this,
        [this](const QVector<quint64> &ids) {
            for (quint64 id : ids) {
                m_clientConfigs.remove(id);
                m_captureFiles.remove(id);
            }
        });
}

Workbench::~Workbench()
{
    // The engine joins its thread before the models it reports to go away.
    delete m_engine;
    m_engine = nullptr;
}

int Workbench::startServer(const ServerConfig &config)
{
    const int id = m_engine->startServer(config);
    m_servers->addPending(id, config);
    return id;
}

quint64 Workbench::openClient(const ClientConfig &config)
{
    const quint64 id = m_engine->openClient(config);
    m_clientConfigs.insert(id, config);
    return id;
}

const ClientConfig *Workbench::clientConfig(quint64 id) const
{
    auto it = m_clientConfigs.constFind(id);
    return it == m_clientConfigs.cend() ? nullptr : &*it;
}

quint64 Workbench::reconnect(quint64 id)
{
    const ClientConfig *config = clientConfig(id);
    return config ? openClient(*config) : 0;
}

quint64 Workbench::openCapture(
    const CaptureStore::Capture &capture, const ConnectionInfo &saved, const QString &fileName)
{
    const quint64 id = m_engine->reserveConnectionId();
    ConnectionInfo info = saved;
    info.id = id;
    info.state = ConnectionInfo::State::Closed; // a recording: nothing can be sent on it
    if (info.closedUs <= 0)
        info.closedUs = capture.chunkTimes.isEmpty() ? info.openedUs : capture.chunkTimes.last();
    m_captureFiles.insert(id, fileName);
    CaptureStore::Capture c = capture;
    c.closed = true;
    // The store first: the row's views read the capture as soon as the row appears.
    m_captures->insert(id, c);
    m_connections->applyUpdates({ info });
    return id;
}

void Workbench::setEncoding(bytesformat::Encoding encoding)
{
    if (encoding == bytesformat::defaultEncoding())
        return;
    bytesformat::setDefaultEncoding(encoding);
    m_timeline->refreshTexts();
    emit encodingChanged(encoding);
}

int Workbench::startRelay(const RelayConfig &config)
{
    const int id = m_engine->startRelay(config);
    ServerConfig shown;
    shown.profile = ProfileId::Relay;
    shown.bindAddress = config.listenAddress.toString();
    shown.port = config.listenPort;
    shown.maxConnections = config.maxConnections;
    m_servers->addPending(id, shown);
    return id;
}

void Workbench::clearClosed()
{
    m_connections->clearClosed();
}

void Workbench::stopServer(int serverId)
{
    m_engine->stopServer(serverId);
}

void Workbench::setTerminator(quint64 connection, const Terminator &terminator, bool rearm)
{
    m_engine->setTerminator(connection, terminator, rearm);
}

void Workbench::push(quint64 connection, const QByteArray &data)
{
    m_engine->push(connection, data);
}

void Workbench::closeWhenDone(quint64 connection)
{
    m_engine->closeWhenDone(connection);
}

void Workbench::startTls(quint64 connection)
{
    m_engine->startTls(connection);
}

void Workbench::closeConnection(quint64 connection)
{
    m_engine->closeConnection(connection);
}

void Workbench::closeAll()
{
    m_engine->closeAll();
}

quint64 Workbench::startRepeat(
    quint64 connection, const QByteArray &message, qint64 count, int intervalMs)
{
    const quint64 job = m_engine->startRepeat(connection, message, count, intervalMs);
    m_sendJobs->started(job, connection, SendJobInfo::Kind::Repeat, count > 0 ? count : -1, {});
    return job;
}

quint64 Workbench::sendFile(quint64 connection, const QString &path)
{
    const quint64 job = m_engine->sendFile(connection, path);
    m_sendJobs->started(job, connection, SendJobInfo::Kind::File, QFileInfo(path).size(), path);
    return job;
}

void Workbench::stopSendJob(quint64 job)
{
    m_engine->stopSendJob(job);
}

void Workbench::relayHold(quint64 pair, int direction, bool hold)
{
    m_engine->relayHold(pair, direction, hold);
}

void Workbench::relayForward(quint64 pair, int direction, quint64 heldId)
{
    m_engine->relayForward(pair, direction, heldId);
}

void Workbench::relayEdit(quint64 pair, int direction, quint64 heldId, const QByteArray &bytes)
{
    m_engine->relayEdit(pair, direction, heldId, bytes);
}

void Workbench::relayDrop(quint64 pair, int direction, quint64 heldId)
{
    m_engine->relayDrop(pair, direction, heldId);
}

void Workbench::relayInject(quint64 pair, int direction, const QByteArray &bytes)
{
    m_engine->relayInject(pair, direction, bytes);
}

void Workbench::subscribeInspection(quint64 connection)
{
    m_engine->subscribeInspection(connection);
}

void Workbench::unsubscribeInspection(quint64 connection)
{
    m_engine->unsubscribeInspection(connection);
}

void Workbench::setRecordEveryConnection(bool on)
{
    m_recordAll = on;
    m_engine->setRecordingBudget(on ? 0 : m_recordingBudget);
}

void Workbench::setRecordingBudget(int connectionsPerSecond)
{
    m_recordingBudget = qMax(1, connectionsPerSecond);
    if (!m_recordAll)
        m_engine->setRecordingBudget(m_recordingBudget);
}

} // namespace acw
