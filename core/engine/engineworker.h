#pragma once

#include "engine/engine.h"
#include "engine/eventbatch.h"
#include "engine/recordingbudget.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <map>
#include <memory>

namespace acw {

class AsyncChat;
class ChannelServer;
class ChannelTap;
class QuietTap;
class RelayHub;
struct RelayConfig;
class SendJobs;

// The engine's half that lives in the network thread: owns the servers and the client
// channels, runs the commands the Engine queues, and records what the channels report
// (through ChannelTap) into an EventBatch flushed every batch interval.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit EngineWorker(std::atomic<quint64> *connectionIds, QObject *parent = nullptr);
    ~EngineWorker() override;
    void shutdown(); // stops servers and closes and deletes every channel

    // --- Commands (called in the network thread) ---
    void setProfileFactory(Engine::ProfileFactory factory)
    {
        m_profileFactory = std::move(factory);
    }
    void startServer(int id, const ServerConfig &config);
    void stopServer(int id);
    void openClient(quint64 id, const ClientConfig &config);
    void setTerminator(quint64 connection, const Terminator &terminator, bool rearm = false);
    void push(quint64 connection, const QByteArray &data);
    void closeWhenDone(quint64 connection);
    void closeConnection(quint64 connection);
    void closeAll(int serverId);
    void subscribeInspection(quint64 connection); // reports it at once
    void unsubscribeInspection(quint64 connection);
    void requestInspection(quint64 connection);
    RelayHub *relays() const { return m_relays; } // startRelay, intercept commands
    void startRelay(int id, const RelayConfig &config);
    void startTls(quint64 connection); // STARTTLS on a client channel
    SendJobs *sendJobs() const { return m_sendJobs; } // repeat and file sends
    void setDetail(Engine::Detail detail) { m_batch.setDetail(detail); }
    void setCaptureLimit(qint64 bytes) { m_batch.setCaptureLimit(bytes); }
    void setBatchInterval(int ms) { m_flushTimer.setInterval(ms > 0 ? ms : 50); }
    void setRecordingBudget(int perSecond);
    // A new connection of this server: true to record it (ChannelTap::channelConnected).
    bool admitRecording(int server);

    // --- From the taps (hot path) ---
    EventBatch &batch() { return m_batch; }
    void scheduleFlush()
    {
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    void markServersDirty(); // the server table is sent again at the next flush
    // A channel's state changed: if someone inspects it, a report follows at the next
    // inspection tick. One test of an empty hash when nobody inspects anything.
    bool hasInspections() const { return !m_inspected.isEmpty(); }
    void touched(const AsyncChat *channel);

signals:
    void eventsReady(const QVector<acw::EngineEvent> &events);
    void connectionsUpdated(const QVector<acw::ConnectionInfo> &changed);
    void serversUpdated(const QVector<acw::ServerInfo> &servers);
    void inspectionReady(const acw::ConnectionInspection &inspection);

private:
    struct ServerEntry
    {
        ServerInfo info;
        ChannelServer *server = nullptr;
        std::unique_ptr<ChannelTap> tap;
        std::unique_ptr<QuietTap> quietTap; // the connections not recorded
        quint64 pausedUnrecorded = 0; // during the current pause
    };

    AsyncChat *findChannel(quint64 id, const ChannelOrigin **origin = nullptr) const;
    void reportTls(AsyncChat *channel, int server); // TlsStarted/TlsRefused events
    void serverEvent(int server, EngineEvent::Type type, const ServerFault &fault = {});
    void shutDownServer(ServerEntry &entry);
    void flush();
    void markInspectionChanged(quint64 connection);
    void publishInspections(); // the inspection tick
    ConnectionInspection inspect(quint64 connection) const;

    std::atomic<quint64> *m_connectionIds;
    Engine::ProfileFactory m_profileFactory;
    std::map<int, ServerEntry> m_servers;
    QHash<quint64, AsyncChat *> m_clients;
    std::unique_ptr<ChannelTap> m_clientTap;
    EventBatch m_batch;
    QTimer m_flushTimer; // a child: it moves to the network thread with the worker
    bool m_serversDirty = false;
    RelayHub *m_relays = nullptr; // a child
    SendJobs *m_sendJobs; // a child, like the timer
    struct Inspected
    {
        int subscribers = 0;
        bool changed = false;
    };
    QHash<quint64, Inspected> m_inspected; // the subscribed connections
    QTimer m_inspectionTimer; // a child; single shot, Engine::InspectionIntervalMs
    RecordingBudget m_recording;
    QTimer m_recordingTimer; // a child; while recording is paused, checks for its end
    void checkRecordingResumed();
    void checkRecordingResumed(qint64 nowUs);
};

} // namespace acw
