#pragma once

#include "engine/engineevents.h"

#include <QObject>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace acw {

class EngineWorker;
class Profile;

// The network engine: servers and channels live in its own thread, which runs an
// epoll-based event dispatcher. Every public function may be called from any thread and
// returns at once (commands are queued). Events come back batched about every 50 ms.
class Engine : public QObject
{
    Q_OBJECT
public:
    // How much the engine reports. Headless servers use Connections; the workbench Full.
    enum class Detail { Connections, Full };

    // Makes a server's profile; the default is Profile::create. Tests install their own.
    using ProfileFactory =
        std::function<std::unique_ptr<Profile>(const ServerConfig &config, QString *error)>;

    explicit Engine(QObject *parent = nullptr);
    ~Engine() override; // stops every server and joins the thread

    // Applies to servers started after it (called in the network thread).
    void setProfileFactory(ProfileFactory factory);

    // --- Servers ---
    int startServer(const ServerConfig &config); // id at once; ServerStarted/ServerError follows
    void stopServer(int serverId); // stops listening and closes its connections

    // --- Client mode ---
    quint64 openClient(const ClientConfig &config); // connection id at once

    // --- Connections ---
    // rearm (counts): the channel sets the same count again after every frame.
    void setTerminator(quint64 connection, const Terminator &terminator, bool rearm = false);
    void push(quint64 connection, const QByteArray &data);
    void closeWhenDone(quint64 connection);
    void closeConnection(quint64 connection);
    void closeAll(int serverId = -1); // -1: every connection; 0: the client connections
    void requestInspection(quint64 connection);

    // --- Reporting ---
    // Full (default): every chunk, frame, push and send is an event and connectionsUpdated
    // reports changed connections. Connections: only server events and connection
    // open/close/error events; no connectionsUpdated (the cheap headless mode).
    void setDetail(Detail detail);
    // Bytes of data carried in Chunk/Pushed events per connection; past it, sizes only.
    void setCaptureLimit(qint64 bytesPerConnection);
    void setBatchInterval(int ms); // default 50

signals:
    void eventsReady(const QVector<acw::EngineEvent> &events);
    void connectionsUpdated(const QVector<acw::ConnectionInfo> &changed);
    void serversUpdated(const QVector<acw::ServerInfo> &servers);
    void inspectionReady(const acw::ConnectionInspection &inspection);

private:
    QThread *m_thread = nullptr;
    EngineWorker *m_worker = nullptr;
    std::atomic<int> m_nextServerId{1};
    std::atomic<quint64> m_nextConnectionId{1};
};

} // namespace acw
