#include "engine/engine.h"

#include "engine/engineworker.h"

#include <QThread>

#if __has_include("engine/epolldispatcher.h")
#include "engine/epolldispatcher.h"
#define ACW_HAVE_EPOLL_DISPATCHER 1
#endif

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
#ifdef ACW_HAVE_EPOLL_DISPATCHER
    // Qt's own dispatchers re-poll every descriptor on every pass (spec: issue 2).
    // ACW_EVENT_DISPATCHER=qt keeps Qt's, to compare in benchmarks and to rule ours out.
    if (qgetenv("ACW_EVENT_DISPATCHER") != "qt")
        m_thread->setEventDispatcher(new EpollEventDispatcher);
#endif
    m_worker = new EngineWorker(&m_nextConnectionId);
    m_worker->moveToThread(m_thread);
    // Signal to signal: queued into this object's thread, one emission per batch.
    connect(m_worker, &EngineWorker::eventsReady, this, &Engine::eventsReady);
    connect(m_worker, &EngineWorker::connectionsUpdated, this, &Engine::connectionsUpdated);
    connect(m_worker, &EngineWorker::serversUpdated, this, &Engine::serversUpdated);
    connect(m_worker, &EngineWorker::inspectionReady, this, &Engine::inspectionReady);
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
template<class F>
static void post(EngineWorker *worker, F &&call)
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

void Engine::setTerminator(quint64 connection, const Terminator &terminator, bool rearm)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection, terminator, rearm] { w->setTerminator(connection, terminator, rearm); });
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

void Engine::requestInspection(quint64 connection)
{
    EngineWorker *w = m_worker;
    post(w, [w, connection] { w->requestInspection(connection); });
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

void Engine::setBatchInterval(int ms)
{
    EngineWorker *w = m_worker;
    post(w, [w, ms] { w->setBatchInterval(ms); });
}

} // namespace acw
