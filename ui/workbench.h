#pragma once

#include "engine/engineevents.h"
#include "engine/sendjob.h"
#include "models/bytesformat.h"
#include "models/capturestore.h"
#include "relay/relayconfig.h"

#include <QHash>
#include <QObject>

namespace acw {

class ConnectionModel;
class Engine;
class SendJobModel;
class ServerModel;
class TimelineModel;

// The window's state apart from any widget: the engine and the models it feeds. Panels get
// a pointer to it, read its models and give every command through it (the one door to the
// engine: tests/ui/onedoor checks that nothing else in ui/ reaches the engine).
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    // For tests and tools (batch interval, barriers); the window's code uses the commands.
    Engine *engine() const { return m_engine; }
    ServerModel *servers() const { return m_servers; }
    ConnectionModel *connections() const { return m_connections; }
    TimelineModel *timeline() const { return m_timeline; }
    CaptureStore *captures() const { return m_captures; }
    SendJobModel *sendJobs() const { return m_sendJobs; }

    // At most this many new server connections a second are recorded (listed, with their
    // events and bytes); past it the engine serves and counts them (docs/recording.md).
    static constexpr int DefaultRecordingBudget = 1000;
    void setRecordingBudget(int connectionsPerSecond); // > 0
    int recordingBudget() const { return m_recordingBudget; }
    void setRecordEveryConnection(bool on); // the budget lifted
    bool recordsEveryConnection() const { return m_recordAll; }

    // --- Commands that also update the models at once ---
    int startServer(const ServerConfig &config);
    quint64 openClient(const ClientConfig &config);
    int startRelay(const RelayConfig &config); // listed with the servers (profile "relay")
    // The config a client connection was opened with (null for server connections), and a
    // new connection with the same config (0 if id was no client connection).
    const ClientConfig *clientConfig(quint64 id) const;
    quint64 reconnect(quint64 id);
    // A capture reopened from a file (models/capturefile.h): listed as a closed connection
    // under a new id, with its row as it was saved; the inspector shows it as it did live.
    quint64 openCapture(
        const CaptureStore::Capture &capture, const ConnectionInfo &info, const QString &fileName);
    // The file a reopened capture came from (empty for a connection of the engine).
    QString captureFile(quint64 id) const { return m_captureFiles.value(id); }
    void clearClosed();
    void stopServer(int serverId); // a server or a relay

    // --- Commands to one connection (Engine's, in the order given) ---
    void setTerminator(quint64 connection, const Terminator &terminator, bool rearm);
    void push(quint64 connection, const QByteArray &data);
    void closeWhenDone(quint64 connection);
    void closeConnection(quint64 connection);
    void closeAll(); // every connection
    // STARTTLS on a plain client connection that allows it (ClientConfig::allowStartTls).
    void startTls(quint64 connection);
    // Send jobs, listed in sendJobs() at once: the job's id.
    quint64 startRepeat(
        quint64 connection, const QByteArray &message, qint64 count, int intervalMs);
    quint64 sendFile(quint64 connection, const QString &path);
    void stopSendJob(quint64 job);
    // Relay intercept (Engine::relayHold and the rest).
    void relayHold(quint64 pair, int direction, bool hold);
    void relayForward(quint64 pair, int direction, quint64 heldId);
    void relayEdit(quint64 pair, int direction, quint64 heldId, const QByteArray &bytes);
    void relayDrop(quint64 pair, int direction, quint64 heldId);
    void relayInject(quint64 pair, int direction, const QByteArray &bytes);
    // The inspector's feed: inspectionReady reports a subscribed connection at once and
    // after each change (Engine::subscribeInspection). Counted: one unsubscribe each.
    void subscribeInspection(quint64 connection);
    void unsubscribeInspection(quint64 connection);
    // The one text decoding every view uses (bytesformat::defaultEncoding()).
    void setEncoding(acw::bytesformat::Encoding encoding);

signals:
    // The engine's event batches, after the models above have taken them.
    void eventsReady(const QVector<acw::EngineEvent> &events);
    void inspectionReady(const acw::ConnectionInspection &inspection);
    void encodingChanged(acw::bytesformat::Encoding encoding);

private:
    Engine *m_engine;
    ServerModel *m_servers;
    ConnectionModel *m_connections;
    TimelineModel *m_timeline;
    CaptureStore *m_captures;
    SendJobModel *m_sendJobs;
    bool m_recordAll = false;
    int m_recordingBudget = DefaultRecordingBudget;
    QHash<quint64, ClientConfig> m_clientConfigs;
    QHash<quint64, QString> m_captureFiles; // reopened captures: their file names
};

} // namespace acw
