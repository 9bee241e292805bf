#include "engine/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace acw {

namespace {

// Ready events fetched per pass; more stay queued in the kernel for the next pass.
constexpr int MaxEventsPerPass = 256;

// Which readiness activates which notifier type (QSocketNotifier::Read, Write, Exception).
// A hang-up or error activates them all, as Qt's poll dispatcher does: epoll reports them
// whether asked or not, so someone must be told or the level-triggered wait would spin.
constexpr quint32 ActivatingEvents[] = {
    EPOLLIN | EPOLLHUP | EPOLLERR,
    EPOLLOUT | EPOLLHUP | EPOLLERR,
    EPOLLPRI | EPOLLHUP | EPOLLERR,
};
constexpr quint32 RequestedEvents[] = { EPOLLIN, EPOLLOUT, EPOLLPRI };

const char *typeName(int type)
{
    static const char *const names[] = { "Read", "Write", "Exception" };
    return names[type];
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epollFd = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epollFd == -1 || m_wakeFd == -1) {
        qFatal(
            "EpollEventDispatcher: cannot create epoll or eventfd descriptors (errno %d)", errno);
    }
    epoll_event ev = {};
    ev.events = EPOLLIN;
    ev.data.u64 = quint32(m_wakeFd); // tag 0
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_wakeFd, &ev) == -1) {
        qFatal("EpollEventDispatcher: cannot watch the wake-up eventfd (errno %d)", errno);
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epollFd);
}

// --- Event loop pass -------------------------------------------------------------------

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    // Same shape as QEventDispatcherUNIX::processEvents, so QEventLoop behaves as usual.
    m_interrupt.store(false);
    m_loopThread.store(QThread::currentThreadId(), std::memory_order_relaxed);
    m_selfWake = false; // the posted events it stood for are sent just below
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.load();
    if (canWait) {
        emit aboutToBlock();
    }
    if (m_interrupt.load()) {
        return false;
    }

    int timeoutMs = 0;
    if (canWait && !m_selfWake && !(includeNotifiers && !m_alwaysReady.empty())) {
        timeoutMs = includeTimers ? m_timers.waitMs() : -1;
    }

    flushRegistrations();
    epoll_event events[MaxEventsPerPass];
    const int ready = waitForEvents(timeoutMs, includeNotifiers, events, MaxEventsPerPass);
    int activated = 0;
    for (int i = 0; i < ready; ++i) {
        const quint64 key = events[i].data.u64;
        const int fd = int(quint32(key));
        if (fd == m_wakeFd) {
            consumeWakeUps();
            ++activated;
        } else if (fd >= 0 && size_t(fd) < m_descriptors.size()) {
            Descriptor &d = m_descriptors[size_t(fd)];
            if (quint32(key >> 32) != d.tag) {
                continue; // an earlier file's registration (see Descriptor::tag)
            }
            if (d.lingering) {
                dropLingering(fd, d); // still open after all: remove it now
                continue;
            }
            markPending(fd, d, events[i].events);
        }
    }
    if (includeNotifiers) {
        markAlwaysReady();
        activated += activateSocketNotifiers();
    }
    if (includeTimers) {
        activated += m_timers.activateDue();
    }
    return activated > 0;
}

int EpollEventDispatcher::waitForEvents(
    int timeoutMs, bool includeNotifiers, epoll_event *events, int maxEvents)
{
    int ready = 0;
    if (includeNotifiers) {
        ready = epoll_wait(m_epollFd, events, maxEvents, timeoutMs);
    } else {
        // Sockets excluded: wait for a wake-up (or the timer) only.
        pollfd wake = { m_wakeFd, POLLIN, 0 };
        ready = ::poll(&wake, 1, timeoutMs);
        if (ready > 0) {
            events[0].events = EPOLLIN;
            events[0].data.fd = m_wakeFd;
            ready = 1;
        }
    }
    if (ready < 0) {
        if (errno != EINTR) {
            qErrnoWarning("EpollEventDispatcher: waiting for events failed");
        }
        ready = 0;
    }
    return ready;
}

// --- Wake-ups --------------------------------------------------------------------------

void EpollEventDispatcher::wakeUp()
{
    // From the loop's own thread (an event handler posting an event, deleteLater()) the loop
    // is running, not blocked: it only must not block before it sends posted events again.
    // That saves an eventfd write and read per request on the server path.
    if (QThread::currentThreadId() == m_loopThread.load(std::memory_order_relaxed)) {
        m_selfWake = true;
        return;
    }
    // One eventfd write per batch of wake-ups: postEvent() calls this for every event.
    bool expected = false;
    if (m_wakeUpPending.compare_exchange_strong(expected, true)) {
        eventfd_write(m_wakeFd, 1);
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.store(true);
    wakeUp();
}

void EpollEventDispatcher::consumeWakeUps()
{
    // Read first, then reopen the flag: a wake-up in between is seen by the next pass,
    // which always sends the posted events before it waits.
    eventfd_t value = 0;
    eventfd_read(m_wakeFd, &value);
    m_wakeUpPending.store(false);
}

// --- Socket notifiers ------------------------------------------------------------------

EpollEventDispatcher::Descriptor *EpollEventDispatcher::descriptor(int fd)
{
    return size_t(fd) < m_descriptors.size() ? &m_descriptors[size_t(fd)] : nullptr;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr socket = notifier->socket();
    const int type = int(notifier->type());
    if (socket < 0 || socket > INT_MAX || type < 0 || type >= SlotCount) {
        qWarning("EpollEventDispatcher: invalid socket notifier (socket %lld)",
            static_cast<long long>(socket));
        return;
    }
    if (notifier->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("QSocketNotifier: socket notifiers cannot be enabled from another thread");
        return;
    }
    const int fd = int(socket);
    if (size_t(fd) >= m_descriptors.size()) {
        m_descriptors.resize(std::max(size_t(fd) + 1, m_descriptors.size() * 2));
    }
    Descriptor &d = m_descriptors[size_t(fd)];
    Slot &slot = d.registrations[type];
    if (!slot.notifier) {
        ++m_notifierCount;
    } else if (slot.notifier != notifier) {
        qWarning("QSocketNotifier: Multiple socket notifiers for same socket %d and type %s", fd,
            typeName(type));
    }
    // A fresh serial: an activation queued for an earlier registration is dropped.
    slot = Slot { notifier, m_nextSerial++, false };
    updateRegistration(fd, d);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const qintptr socket = notifier->socket();
    const int type = int(notifier->type());
    if (socket < 0 || socket > INT_MAX || type < 0 || type >= SlotCount) {
        return;
    }
    if (notifier->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("QSocketNotifier: socket notifiers cannot be disabled from another thread");
        return;
    }
    Descriptor *d = descriptor(int(socket));
    if (!d || d->registrations[type].notifier != notifier) {
        return;
    }
    d->registrations[type] = Slot {};
    --m_notifierCount;
    updateRegistration(int(socket), *d);
}

void EpollEventDispatcher::updateRegistration(int fd, Descriptor &d)
{
    // Adding goes to the kernel at once; removing is left to close() (see
    // Descriptor::lingering). Changes between two non-empty masks wait for
    // flushRegistrations(): a connection that enables write interest, drops read interest
    // and closes in one pass costs no MOD at all.
    if (!d.alwaysReady && !d.lingering && d.events) {
        quint32 wanted = 0;
        for (int type = 0; type < SlotCount; ++type) {
            if (d.registrations[type].notifier) {
                wanted |= RequestedEvents[type];
            }
        }
        if (wanted && wanted != d.events) {
            if (!d.dirty) {
                d.dirty = true;
                m_dirty.push_back(fd);
            }
            return;
        }
    }
    applyRegistration(fd, d);
}

void EpollEventDispatcher::flushRegistrations()
{
    for (const int fd : m_dirty) {
        Descriptor *d = descriptor(fd);
        if (d && d->dirty) {
            applyRegistration(fd, *d);
        }
    }
    m_dirty.clear();
}

int EpollEventDispatcher::control(int op, int fd, quint32 events, quint32 tag)
{
    ++m_controlCalls;
    epoll_event ev = {};
    ev.events = events;
    ev.data.u64 = quint64(tag) << 32 | quint32(fd);
    return epoll_ctl(m_epollFd, op, fd, &ev);
}

void EpollEventDispatcher::applyRegistration(int fd, Descriptor &d)
{
    d.dirty = false;
    quint32 wanted = 0;
    for (int type = 0; type < SlotCount; ++type) {
        if (d.registrations[type].notifier) {
            wanted |= RequestedEvents[type];
        }
    }
    if (d.alwaysReady) {
        if (!wanted) {
            d.alwaysReady = false;
            m_alwaysReady.erase(std::find(m_alwaysReady.begin(), m_alwaysReady.end(), fd));
            --m_watchedCount;
        }
        return;
    }
    if (d.lingering) {
        if (!wanted) {
            return;
        }
        // Registered again: the number may name a new file (the old one was closed and the
        // kernel forgot it: ADD), or the same one, still registered (EEXIST: MOD). A new
        // tag either way, so that nothing the old registration reports is taken for it.
        d.lingering = false;
        d.events = 0;
        ++d.tag;
    }
    if (wanted == d.events) {
        return;
    }
    if (!wanted) {
        // The notifiers are disabled, most often just before the descriptor is closed, which
        // removes it from epoll by itself: no EPOLL_CTL_DEL now. If it stays open and
        // reports an event, processEvents() removes it then (dropLingering).
        d.lingering = true;
        --m_watchedCount;
        return;
    }
    const int op = !d.events ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (op == EPOLL_CTL_ADD && d.events == 0 && d.tag == 0) {
        d.tag = 1; // 0 is the wake-up eventfd's
    }
    int rc = control(op, fd, wanted, d.tag);
    if (rc == -1) {
        // Our view and the kernel's can differ when a descriptor was closed (and its number
        // reused) before its notifiers were disabled: the kernel forgets closed descriptors.
        if (op == EPOLL_CTL_ADD && errno == EEXIST) {
            rc = control(EPOLL_CTL_MOD, fd, wanted, d.tag);
        } else if (op == EPOLL_CTL_MOD && errno == ENOENT) {
            rc = control(EPOLL_CTL_ADD, fd, wanted, d.tag);
        } else if (op == EPOLL_CTL_MOD && errno == EBADF) {
            rc = 0; // closed while a deferred change waited: the kernel dropped it already
        }
    }
    if (rc == -1 && errno == EPERM) {
        // Regular files cannot be watched by epoll; poll() calls them always ready.
        d.alwaysReady = true;
        m_alwaysReady.push_back(fd);
        if (!d.events) {
            ++m_watchedCount;
        }
        d.events = 0;
        return;
    }
    if (rc == -1) {
        qErrnoWarning("EpollEventDispatcher: cannot watch socket %d", fd);
        wanted = d.events;
    }
    if (!d.events && wanted) {
        ++m_watchedCount;
    }
    d.events = wanted;
}

// A descriptor whose notifiers were disabled reported an event: it was not closed (or its
// file lives on in another descriptor). Level-triggered, it would report again on every
// pass: remove it now. EBADF/ENOENT: closed meanwhile, nothing left to remove here.
void EpollEventDispatcher::dropLingering(int fd, Descriptor &d)
{
    d.lingering = false;
    d.events = 0;
    control(EPOLL_CTL_DEL, fd, 0, d.tag);
    ++d.tag; // whatever is still queued for the old registration is stale
}

void EpollEventDispatcher::markPending(int fd, Descriptor &d, quint32 ready)
{
    for (int type = 0; type < SlotCount; ++type) {
        Slot &slot = d.registrations[type];
        if (slot.notifier && !slot.pending && (ready & ActivatingEvents[type])) {
            slot.pending = true;
            m_pending.push_back(PendingActivation { fd, type, slot.serial });
        }
    }
}

void EpollEventDispatcher::markAlwaysReady()
{
    for (const int fd : m_alwaysReady) {
        markPending(fd, m_descriptors[size_t(fd)], EPOLLIN | EPOLLOUT);
    }
}

int EpollEventDispatcher::activateSocketNotifiers()
{
    // The queue is a member so that a nested event loop started from a notifier drains
    // what is left of it instead of delivering it twice. Every activation re-checks the
    // registration: its notifier may have been disabled or deleted by an earlier one.
    int activated = 0;
    QEvent event(QEvent::SockAct);
    while (m_pendingHead < m_pending.size()) {
        const PendingActivation p = m_pending[m_pendingHead++];
        Descriptor *d = descriptor(p.fd);
        if (!d) {
            continue;
        }
        Slot &slot = d->registrations[p.type];
        if (!slot.notifier || slot.serial != p.serial) {
            continue;
        }
        slot.pending = false;
        QCoreApplication::sendEvent(slot.notifier, &event); // may invalidate `slot` and `d`
        ++activated;
    }
    m_pending.clear();
    m_pendingHead = 0;
    return activated;
}

// --- Timers --------------------------------------------------------------------------

void EpollEventDispatcher::registerTimer(
    int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    if (timerId < 1 || interval < 0 || !object) {
        qWarning("EpollEventDispatcher::registerTimer: invalid arguments");
        return;
    }
    if (object->thread() != thread() || thread() != QThread::currentThread()) {
        qWarning("QObject::startTimer: timers cannot be started from another thread");
        return;
    }
    m_timers.registerTimer(timerId, interval, timerType, object);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    if (thread() != QThread::currentThread()) {
        qWarning("QObject::killTimer: timers cannot be stopped from another thread");
        return false;
    }
    return m_timers.unregisterTimer(timerId);
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    if (thread() != QThread::currentThread()) {
        qWarning("QObject::killTimers: timers cannot be stopped from another thread");
        return false;
    }
    return m_timers.unregisterTimers(object);
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(
    QObject *object) const
{
    return m_timers.registeredTimers(object);
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    return m_timers.remainingTime(timerId);
}

} // namespace acw
