#pragma once

#include <QObject>
#include <QString>

class QProcess;
class QTcpSocket;

namespace acw {

class MainWindow;

// The documentation's pictures (tools/screenshots, not part of the product): starts a
// greeting and an echo server on free ports, sends them a request and some lines from this
// process, selects the greeting connection, saves the window as FILE (and FILE-echo,
// -terminator, -lab variants, and lab-step-<lang> for FILE main-<lang>: the Framing Lab's
// stepping view), then quits. scripts/screenshots.sh runs it once per language.
class ScreenshotDemo : public QObject
{
    Q_OBJECT
public:
    ScreenshotDemo(MainWindow *window, const QString &fileName, QObject *parent = nullptr);
    void start();

private:
    void serversChanged();
    void sendTraffic();
    void capture();
    void captureMore();
    // FILE-relay: redis-server and redis-cli through the relay, client -> server held with
    // frames queued, the pair's conversation in the inspector (when redis is installed);
    // FILE-relay-1024: the same at 1024x700.
    void captureRelay();
    void relayReady(quint16 relayPort);
    void captureTerminatorAndLab();
    void captureReopened(); // FILE-capture: a saved capture reopened, at 1024x700
    QString variant(const QString &name) const;
    quint64 findConnection(const QString &profile) const;

    MainWindow *m_window;
    QString m_fileName;
    int m_greeting = 0;
    int m_echo = 0;
    bool m_sent = false;
    QTcpSocket *m_http = nullptr;
    QTcpSocket *m_line = nullptr;
    QProcess *m_redisCli = nullptr;
    QProcess *m_redis = nullptr;
};

} // namespace acw
