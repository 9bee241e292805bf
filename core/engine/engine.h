#pragma once

#include "engine/engineevents.h"
#include "engine/sendjob.h"
#include "relay/relayconfig.h"

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
    // Servers: server events only, nothing per connection (`serve --quiet`).
    enum class Detail { Servers, Connections, Full };

    // Makes a server's profile; the default is Profile::create. Tests install their own.
    using ProfileFactory
        = std::function<std::unique_ptr<Profile>(const ServerConfig &config, ServerFault *fault)>;

    explicit Engine(QObject *parent = nullptr);
    ~Engine() override; // stops every server and joins the thread

    // Applies to servers started after it (called in the network thread).
    void setProfileFactory(ProfileFactory factory);

    // --- Servers ---
    int startServer(const ServerConfig &config); // id at once; ServerStarted/ServerError follows
    void stopServer(int serverId); // stops listening and closes its connections

    // --- Relays: reported like servers (ServerInfo profile "relay"); each relayed pair is
    // one connection; stopServer(), closeConnection() and closeAll() apply to them too ---
    int startRelay(const RelayConfig &config); // id at once; ServerStarted/ServerError follows
    // Intercept. direction: 0 client->server, 1 server->client. hold false releases: what
    // is queued goes on in order. heldId: from RelayFrame (offset) or RelayHeld events.
    void relayHold(quint64 connection, int direction, bool hold);
    void relayForward(quint64 connection, int direction, quint64 heldId);
    void relayEdit(quint64 connection, int direction, quint64 heldId, const QByteArray &bytes);
    void relayDrop(quint64 connection, int direction, quint64 heldId);
    void relayInject(quint64 connection, int direction, const QByteArray &bytes);
    void relaySetTerminator(quint64 connection, int direction, const Terminator &terminator);

    // --- Client mode ---
    quint64 openClient(const ClientConfig &config); // connection id at once
    // An id no connection of this engine will ever have: a capture reopened from a file
    // is listed beside the live connections under it.
    quint64 reserveConnectionId() { return m_nextConnectionId.fetch_add(1); }
    // STARTTLS on a client connection (after the protocol's own upgrade command): a
    // TlsStarted event marks where TLS began; an Error event if it cannot start.
    void startTls(quint64 connection);

    // --- Connections ---
    // rearm (counts): the channel sets the same count again after every frame.
    void setTerminator(quint64 connection, const Terminator &terminator, bool rearm = false);
    void push(quint64 connection, const QByteArray &data);
    void closeWhenDone(quint64 connection);
    void closeConnection(quint64 connection);
    void closeAll(int serverId = -1); // -1: every connection; 0: the client connections

    // --- Inspection (inspectionReady) ---
    // A subscribed connection is reported once at once, then after each change of its state
    // (bytes read or framed, terminator, queue, close), at most once per InspectionIntervalMs;
    // the last report after a close says found = false. Subscriptions are counted (each
    // subscribe wants its unsubscribe); connections nobody subscribed to cost nothing.
    static constexpr int InspectionIntervalMs = 33; // about 30 reports a second at most
    void subscribeInspection(quint64 connection);
    void unsubscribeInspection(quint64 connection);
    // One report now, subscribed or not (commands run in order: it also marks that every
    // command given before it has run).
    void requestInspection(quint64 connection);

    // --- Send jobs (engine/sendjobs.h): job id at once; sendJobUpdated reports progress ---
    // The message count times (count <= 0: until stopped), back to back at socket speed
    // (intervalMs 0) or one every intervalMs while the socket keeps up.
    quint64 startRepeat(
        quint64 connection, const QByteArray &message, qint64 count, int intervalMs);
    quint64 sendFile(quint64 connection, const QString &path); // read piece by piece
    void stopSendJob(quint64 job);

    // --- Reporting ---
    // Full (default): every chunk, frame, push and send is an event and connectionsUpdated
    // reports changed connections. Connections: only server events and connection
    // open/close/error events; no connectionsUpdated (the cheap headless mode). Servers:
    // server events only (a headless server nobody watches per connection).
    void setDetail(Detail detail);
    // Bytes of data carried in Chunk/Pushed events per connection; past it, sizes only.
    void setCaptureLimit(qint64 bytesPerConnection);
    void setBatchInterval(int ms); // default 50
    // At most this many new server connections a second are recorded (events, rows,
    // bytes); past it, recording pauses and new connections are only counted
    // (ServerInfo::unrecorded, RecordingPaused/RecordingResumed events) until a second sees
    // fewer than half as many. 0 (the default): every connection is recorded. Client-mode
    // and relayed connections are always recorded. See docs/recording.md.
    void setRecordingBudget(int connectionsPerSecond);

signals:
    void eventsReady(const QVector<acw::EngineEvent> &events);
    void connectionsUpdated(const QVector<acw::ConnectionInfo> &changed);
    void serversUpdated(const QVector<acw::ServerInfo> &servers);
    void inspectionReady(const acw::ConnectionInspection &inspection);
    void sendJobUpdated(const acw::SendJobInfo &info);

private:
    QThread *m_thread = nullptr;
    EngineWorker *m_worker = nullptr;
    std::atomic<int> m_nextServerId { 1 };
    std::atomic<quint64> m_nextConnectionId { 1 };
    std::atomic<quint64> m_nextJobId { 1 };
};

} // namespace acw
