#pragma once

#include <QTcpServer>
#include <functional>
#include <vector>

class QSocketNotifier;

namespace acw {

// One listening socket. QTcpServer binds and listens (its error texts, SO_REUSEADDR, the
// backlog); the accept loop is ours, for two reasons:
//  - each descriptor goes straight to onAccepted: no QTcpSocket, no pending queue;
//  - Qt 6.4 hides EMFILE: a socket engine keeps the first error it records, and every
//    accept loop ends with EAGAIN (TemporaryError), so a later EMFILE also reads as
//    "temporary", acceptError() never comes and the listener spins on accept() at 100% CPU
//    (seen with strace). Here EMFILE/ENFILE stop accepting and are reported at once.
//
// Accepting is split in two (docs/hostile-input.md, case 32): each pass first empties the kernel's
// queue into a list of held descriptors (accept4 costs ~2 µs; setting a channel up ~25 µs),
// then hands at most HandOverPerPass of them to onAccepted and comes back for the rest
// through the event loop, after the other sockets' events. A burst of connects therefore
// waits in our list instead of overflowing the kernel's listen queue (an overflow drops the
// client's handshake, which the kernel retries only after a second).
class Listener : public QTcpServer
{
public:
    explicit Listener(QObject *parent = nullptr);
    ~Listener() override;

    bool start(const QHostAddress &address, quint16 port, int backlog);
    // Watching the socket for connections; off while paused after a resource error.
    void setAccepting(bool on);

    // Taken from the kernel's queue, not yet handed to onAccepted.
    int heldCount() const { return int(m_held.size() - m_heldHead); }

    static constexpr int MaxHeld = 4096; // then the kernel's queue holds the rest
    static constexpr int HandOverPerPass = 64;

    std::function<void(qintptr descriptor)> onAccepted;
    std::function<void(int errorNumber)> onResourceError; // accepting is already off

protected:
    void incomingConnection(qintptr descriptor) override; // not reached: Qt's loop is off

private:
    void acceptReady();
    void takeFromKernel();
    void handOver();

    QSocketNotifier *m_notifier = nullptr;
    std::vector<int> m_held; // a queue: front at m_heldHead, compacted when emptied
    size_t m_heldHead = 0;
    bool m_handOverPosted = false;
};

} // namespace acw
