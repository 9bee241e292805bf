#include "engine/engine.h"

#include "engine/engineworker.h"
#include "engine/epolldispatcher.h"
#include "engine/relayhub.h"
#include "engine/sendjobs.h"

#include <QThread>

namespace acw {

namespace {

void registerTypes()
{
    qRegisterMetaType<EngineEvent>();
    qRegisterMetaType<ConnectionInfo>();
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<ConnectionInspection>();
    qRegisterMetaType<ServerConfig>();
    qRegisterMetaType<ClientConfig>();
    qRegisterMetaType<SendJobInfo>();
    qRegisterMetaType<QVector<EngineEvent>>();
    qRegisterMetaType<QVector<ConnectionInfo>>();
    qRegisterMetaType<QVector<ServerInfo>>();
}

} // namespace

Engine::Engine(QObject *parent) : QObject(parent)
{
    registerTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("acw-network"));
    // Qt's own dispatchers re-poll every descriptor on every pass.
    // ACW_EVENT_DISPATCHER=qt keeps Qt's, to compare in benchmarks and to rule ours out.
    if (qgetenv("ACW_EVENT_DISPATCHER") != "qt")
        m_thread->setEventDispatcher(new EpollEventDispatcher);
    m_worker = new EngineWorker(&m_nextConnectionId);
    m_worker->moveToThread(m_thread);
    // Signal to signal: queued into this object's thread, one emission per batch.
    connect(m_worker, &EngineWorker::eventsReady, this, &Engine::eventsReady);
    connect(m_worker, &EngineWorker::connectionsUpdated, this, &Engine::connectionsUpdated);
    connect(m_worker, &EngineWorker::serversUpdated, this, &Engine::serversUpdated);
    connect(m_worker, &EngineWorker::inspectionReady, this, &Engine::inspectionReady);
    connect(m_worker->sendJobs(), &SendJobs::updated, this, &Engine::sendJobUpdated);
    // Deferred deletes run as the thread finishes, in the thread: the worker dies there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

Engine::~Engine()
{
    // Servers and channels are closed and deleted in their own thread; then the thread
    // ends and deletes the worker on its way out.
    EngineWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

// Every command runs in the network thread, in the order it was given.
template<class F> static void post(EngineWorker *worker, F &&call)
{
    QMetaObject::invokeMethod(worker, std::forward<F>(call), Qt::QueuedConnection);
}

void Engine::setProfileFactory(ProfileFactory factory)
{
    EngineWorker *w = m_worker;
    post(w, [w, factory = std::move(factory)] { w->setProfileFactory(factory); });
}

int Engine::startServer(const ServerConfig &config)
{
    const int id = m_nextServerId.fetch_add(1);
    EngineWorker *w = m_worker;
    post(w, [w, id, config] { w->startServer(id, config); });
    return id;
}

int Engine::startRelay(const RelayConfig &config)
{
    const int id = m_nextServerId.fetch_add(1);
    EngineWorker *w = m_worker;
    post(w, [w, id, config] { w->startRelay(id, config); });
    return id;
}

void Engine::relayHold(quint64 connection, int direction, bool hold)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, direction, hold] { w->relays()->hold(connection, direction, hold); });
}

void Engine::relayForward(quint64 connection, int direction, quint64 heldId)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, direction, heldId] {
        w->relays()->forward(connection, direction, heldId);
    });
}

void Engine::relayEdit(quint64 connection, int direction, quint64 heldId, const QByteArray &bytes)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, direction, heldId, bytes] {
        w->relays()->edit(connection, direction, heldId, bytes);
    });
}

void Engine::relayDrop(quint64 connection, int direction, quint64 heldId)
{
    EngineWorker *w = m_worker;
    post(w,
        [w, connection, direction, heldId] { w->relays()->drop(connection, direction, heldId); });
}

void Engine::relayInject(quint64 connection, int direction, const QByteArray &bytes)
{
    EngineWorker *w = m_worker;
    post(w,
        [w, connection, direction, bytes] { w->relays()->inject(connection, direction, bytes); });
}

void Engine::relaySetTerminator(quint64 connection, int direction, const Terminator &terminator)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, direction, terminator] {
        w->relays()->setTerminator(connection, direction, terminator);
    });
}

void Engine::stopServer(int serverId)
{
    EngineWorker *w = m_worker;
    post(w, [w, serverId] { w->stopServer(serverId); });
}

quint64 Engine::openClient(const ClientConfig &config)
{
    const quint64 id = m_nextConnectionId.fetch_add(1);
    EngineWorker *w = m_worker;
    post(w, [w, id, config] { w->openClient(id, config); });
    return id;
}

void Engine::startTls(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->startTls(connection); });
}

void Engine::setTerminator(quint64 connection, const Terminator &terminator, bool rearm)
{
    EngineWorker *w = m_worker;
    post(
        w, [w, connection, terminator, rearm] { w->setTerminator(connection, terminator, rearm); });
}

void Engine::push(quint64 connection, const QByteArray &data)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, data] { w->push(connection, data); });
}

void Engine::closeWhenDone(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->closeWhenDone(connection); });
}

void Engine::closeConnection(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->closeConnection(connection); });
}

void Engine::closeAll(int serverId)
{
    EngineWorker *w = m_worker;
    post(w, [w, serverId] { w->closeAll(serverId); });
}

void Engine::subscribeInspection(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->subscribeInspection(connection); });
}

void Engine::unsubscribeInspection(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->unsubscribeInspection(connection); });
}

void Engine::requestInspection(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->requestInspection(connection); });
}

quint64 Engine::startRepeat(
    quint64 connection, const QByteArray &message, qint64 count, int intervalMs)
{
    const quint64 job = m_nextJobId.fetch_add(1);
    EngineWorker *w = m_worker;
    post(w, [w, job, connection, message, count, intervalMs] {
        w->sendJobs()->startRepeat(job, connection, message, count, intervalMs);
    });
    return job;
}

quint64 Engine::sendFile(quint64 connection, const QString &path)
{
    const quint64 job = m_nextJobId.fetch_add(1);
    EngineWorker *w = m_worker;
    post(w, [w, job, connection, path] { w->sendJobs()->startFile(job, connection, path); });
    return job;
}

void Engine::stopSendJob(quint64 job)
{
    EngineWorker *w = m_worker;
    post(w, [w, job] { w->sendJobs()->stop(job); });
}

void Engine::setDetail(Detail detail)
{
    EngineWorker *w = m_worker;
    post(w, [w, detail] { w->setDetail(detail); });
}

void Engine::setCaptureLimit(qint64 bytesPerConnection)
{
    EngineWorker *w = m_worker;
    post(w, [w, bytesPerConnection] { w->setCaptureLimit(bytesPerConnection); });
}

void Engine::setRecordingBudget(int connectionsPerSecond)
{
    EngineWorker *w = m_worker;
    post(w, [w, connectionsPerSecond] { w->setRecordingBudget(connectionsPerSecond); });
}

void Engine::setBatchInterval(int ms)
{
    EngineWorker *w = m_worker;
    post(w, [w, ms] { w->setBatchInterval(ms); });
}

} // namespace acw
