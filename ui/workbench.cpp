#include "workbench.h"

#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"

namespace acw {

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_engine(new Engine(this))
    , m_servers(new ServerModel(this))
    , m_connections(new ConnectionModel(this))
    , m_timeline(new TimelineModel(this))
    , m_captures(new CaptureStore(this))
{
    m_engine->setDetail(Engine::Detail::Full);
    // The engine stops sending bytes past this; the store keeps the newest 256 KiB.
    m_engine->setCaptureLimit(1024 * 1024);
    connect(m_engine, &Engine::serversUpdated, m_servers, &ServerModel::applyUpdates);
    connect(m_engine, &Engine::connectionsUpdated, m_connections, &ConnectionModel::applyUpdates);
    connect(m_engine, &Engine::eventsReady, m_captures, &CaptureStore::applyEvents);
    connect(m_engine, &Engine::eventsReady, m_timeline, &TimelineModel::appendEvents);
    connect(m_engine, &Engine::inspectionReady, this, &Workbench::inspectionReady);
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

} // namespace acw
