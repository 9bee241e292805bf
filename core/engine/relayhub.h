#pragma once

#include "engine/engineevents.h"
#include "relay/relayconfig.h"
#include "relay/relaypair.h"

#include <QHash>
#include <QObject>
#include <atomic>
#include <map>

namespace acw {

class EngineWorker;
class RelayServer;

// The relays of the engine, in its network thread: each relayed pair is reported as one
// connection (ConnectionOpened/ConnectionClosed, connectionsUpdated with profile "relay")
// with RelayFrame events for both directions, RelayHeld for the intercept queue and
// RelayNote/TlsStarted for what happens on the way. Merged into the worker's batches.
class RelayHub : public QObject
{
    Q_OBJECT
public:
    RelayHub(EngineWorker *worker, std::atomic<quint64> *connectionIds);
    ~RelayHub() override;

    void start(int id, const RelayConfig &config);
    bool stop(int id); // false: not a relay
    bool has(quint64 connection) const { return m_pairs.contains(connection); }
    void close(quint64 connection);
    void closeAll(int relayId); // -1: all
    void shutdown();

    void hold(quint64 connection, int direction, bool on);
    void forward(quint64 connection, int direction, quint64 heldId);
    void edit(quint64 connection, int direction, quint64 heldId, const QByteArray &bytes);
    void drop(quint64 connection, int direction, quint64 heldId);
    void inject(quint64 connection, int direction, const QByteArray &bytes);
    void setTerminator(quint64 connection, int direction, const Terminator &terminator);

    // An event of the engine's own (TLS started on a channel), sent with the relays'.
    EngineEvent &add(EngineEvent::Type type, int server, quint64 connection);

    QVector<EngineEvent> takeEvents();
    QVector<ConnectionInfo> takeChanged();
    QVector<ServerInfo> serverInfos(); // stopped/failed ones once, then forgotten

private:
    struct Relay
    {
        ServerInfo info;
        RelayServer *server = nullptr;
    };
    void opened(int relayId, RelayPair *pair, const QString &peer);
    void changed(quint64 connection);
    void heldChanged(quint64 connection, int direction);

    EngineWorker *m_worker;
    std::atomic<quint64> *m_ids;
    std::map<int, Relay> m_relays;
    QHash<quint64, RelayPair *> m_pairs;
    QHash<quint64, ConnectionInfo> m_infos;
    QHash<quint64, bool> m_changed;
    QVector<EngineEvent> m_events;
    qint64 m_captureLimit = 4096;
    qint64 m_droppedFrames = 0;
    int m_framesInBatch = 0;
};

QByteArray encodeHeldFrames(const QList<HeldFrame> &frames);
QList<HeldFrame> decodeHeldFrames(const QByteArray &data);

} // namespace acw
