#pragma once

#include "channel/channelfault.h"

#include "framing/terminator.h"
#include "tls/tlsoptions.h"

#include <QObject>
#include <QStringList>

class QSocketNotifier;
class QTimer;

namespace acw {
class AsyncChat;
}

namespace acw::cli {

// The `connect` command's client: an async_chat channel in the main thread (a CLI needs no
// network thread), stdin read through a QSocketNotifier, each frame printed as it comes.
class LineClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString host;
        quint16 port = 0;
        Terminator terminator;
        qint64 maxFrame = 1024 * 1024;
        QStringList sends; // escaped text, the terminator is appended
        int graceMs = 1000; // after stdin ends: quit once the peer is quiet this long
        int connectTimeoutMs = 10000;
        bool readStdin = true;
        TlsClientOptions tls; // enabled: TLS from the start; else ":starttls" may upgrade
    };

    explicit LineClient(const Options &options, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void onConnected();
    void onFrame(const QByteArray &frame);
    void onError(const ChannelFault &fault);
    void onClosed();
    void onStdin();
    void handleLine(QByteArray line);
    void send(const QByteArray &data);
    void stdinEnded();
    void finish(int exitCode);

    Options m_options;
    AsyncChat *m_channel = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    QTimer *m_grace = nullptr;
    QTimer *m_connectTimer = nullptr;
    QByteArray m_stdinBuffer;
    QTimer *m_startTlsQuiet = nullptr; // ":starttls": the peer's reply has come and it is quiet
    QList<QByteArray> m_afterStartTls; // lines read while waiting for that: sent encrypted
    quint64 m_framesAtSend = 0;
    bool m_startTlsPending = false;
    quint64 m_frames = 0;
    bool m_connected = false;
    bool m_stdinEnded = false;
    bool m_done = false;
    int m_exitCode = 0;
};

} // namespace acw::cli
