#pragma once

#include <QTcpServer>
#include <functional>

class QSocketNotifier;

namespace acw {

// One listening socket. QTcpServer binds and listens (its error texts, SO_REUSEADDR, the
// backlog); the accept loop is ours, for two reasons:
//  - each descriptor goes straight to onAccepted: no QTcpSocket, no pending queue;
//  - Qt 6.4 hides EMFILE: a socket engine keeps the first error it records, and every
//    accept loop ends with EAGAIN (TemporaryError), so a later EMFILE also reads as
//    "temporary", acceptError() never comes and the listener spins on accept() at 100% CPU
//    (seen with strace). Here EMFILE/ENFILE stop accepting and are reported at once.
class Listener : public QTcpServer
{
public:
    explicit Listener(QObject *parent = nullptr);
    ~Listener() override;

    bool start(const QHostAddress &address, quint16 port, int backlog);
    // Watching the socket for connections; off while paused after a resource error.
    void setAccepting(bool on);

    std::function<void(qintptr descriptor)> onAccepted;
    std::function<void(int errorNumber)> onResourceError; // accepting is already off

protected:
    void incomingConnection(qintptr descriptor) override; // not reached: Qt's loop is off

private:
    void acceptReady();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace acw
