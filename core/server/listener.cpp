#include "server/listener.h"

#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

namespace acw {

Listener::Listener(QObject *parent) : QTcpServer(parent) { }

Listener::~Listener()
{
    delete m_notifier; // before QTcpServer closes the descriptor it watches
    // Held connections were never handed over: the peers see them closed, as if the
    // listening socket had been closed with them in its queue.
    for (size_t i = m_heldHead; i < m_held.size(); ++i)
        ::close(m_held[i]);
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
    takeFromKernel();
    handOver();
}

void Listener::takeFromKernel()
{
    if (m_heldHead > 0 && m_heldHead * 2 >= m_held.size()) { // amortised O(1) per connection
        m_held.erase(m_held.begin(), m_held.begin() + qsizetype(m_heldHead));
        m_heldHead = 0;
    }
    const int listening = int(socketDescriptor());
    while (heldCount() < MaxHeld) {
        const int fd = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            m_held.push_back(fd);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the peer gave up while queued; try the next one
        case EPROTO: continue;
        case EAGAIN: return;
        default:
            // EMFILE, ENFILE, ENOBUFS, ENOMEM (or worse): retrying now would spin. What is
            // held is still handed over.
            const int error = errno;
            setAccepting(false);
            if (onResourceError)
                onResourceError(error);
            return;
        }
    }
}

void Listener::handOver()
{
    QPointer<Listener> guard(this); // a handler may stop the server
    for (int i = 0; i < HandOverPerPass && m_heldHead < m_held.size(); ++i) {
        const int fd = m_held[m_heldHead++];
        onAccepted(fd);
        if (!guard)
            return;
    }
    if (m_heldHead < m_held.size() && !m_handOverPosted) {
        // The rest after the events already waiting (the open connections' reads).
        m_handOverPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_handOverPosted = false;
                if (m_notifier && m_notifier->isEnabled())
                    takeFromKernel();
                handOver();
            },
            Qt::QueuedConnection);
    }
}

} // namespace acw
