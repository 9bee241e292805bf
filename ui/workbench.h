#pragma once

#include "engine/engine.h"
#include "models/bytesformat.h"
#include "models/capturestore.h"

#include <QHash>
#include <QObject>

namespace acw {

class ConnectionModel;
class ServerModel;
class TimelineModel;

// The window's state apart from any widget: the engine and the models it feeds. Panels get
// a pointer to it, read its models and send commands to its engine.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    Engine *engine() const { return m_engine; }
    ServerModel *servers() const { return m_servers; }
    ConnectionModel *connections() const { return m_connections; }
    TimelineModel *timeline() const { return m_timeline; }
    CaptureStore *captures() const { return m_captures; }

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
    // The one text decoding every view uses (bytesformat::defaultEncoding()).
    void setEncoding(acw::bytesformat::Encoding encoding);

signals:
    void inspectionReady(const acw::ConnectionInspection &inspection);
    void encodingChanged(acw::bytesformat::Encoding encoding);

private:
    Engine *m_engine;
    ServerModel *m_servers;
    ConnectionModel *m_connections;
    TimelineModel *m_timeline;
    CaptureStore *m_captures;
    QHash<quint64, ClientConfig> m_clientConfigs;
    QHash<quint64, QString> m_captureFiles; // reopened captures: their file names
};

} // namespace acw
