#include "server/listener.h"

#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace acw {

namespace {
// Bounded so one burst cannot starve the connections already open; the socket stays
// readable (level-triggered) and the rest come on the next pass.
constexpr int MaxAcceptsPerPass = 512;
} // namespace

Listener::Listener(QObject *parent) : QTcpServer(parent) { }

Listener::~Listener()
{
    delete m_notifier; // before QTcpServer closes the descriptor it watches
}

bool Listener::start(const QHostAddress &address, quint16 port, int backlog)
{
    setListenBacklogSize(backlog);
    if (!listen(address, port))
        return false;
    pauseAccepting(); // Qt's notifier off for good; ours below takes over
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { acceptReady(); });
    return true;
}

void Listener::setAccepting(bool on)
{
    if (m_notifier)
        m_notifier->setEnabled(on);
}

void Listener::incomingConnection(qintptr descriptor)
{
    if (onAccepted)
        onAccepted(descriptor);
}

void Listener::acceptReady()
{
    const int listening = int(socketDescriptor());
    QPointer<Listener> guard(this); // a handler may stop the server
    for (int i = 0; i < MaxAcceptsPerPass; ++i) {
        const int fd = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            onAccepted(fd);
            if (!guard)
                return;
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the peer gave up while queued; try the next one
        case EPROTO: continue;
        case EAGAIN: return;
        default:
            // EMFILE, ENFILE, ENOBUFS, ENOMEM (or worse): retrying now would spin.
            const int error = errno;
            setAccepting(false);
            if (onResourceError)
                onResourceError(error);
            return;
        }
    }
}

} // namespace acw
