#pragma once

#include "engine/dispatchertimers.h"

#include <QAbstractEventDispatcher>

#include <atomic>
#include <vector>

struct epoll_event;

namespace acw {

// A Linux event dispatcher built on epoll, for the engine's network thread.
//
// Qt's own Unix dispatchers (glib and plain poll) hand every registered descriptor to the
// kernel on every pass, so 10,000 idle connections make each pass cost milliseconds. Here
// each descriptor is registered once with epoll (level-triggered, one registration
// combining its Read/Write/Exception notifiers) and a pass costs only what is ready.
//
// Install it before the thread starts:
//     thread->setEventDispatcher(new acw::EpollEventDispatcher);
// The thread owns and deletes it. Like every dispatcher, all functions except wakeUp()
// and interrupt() must be called from the thread it serves.
class EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    // --- QAbstractEventDispatcher ---
    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(
        int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override; // thread-safe
    void interrupt() override; // thread-safe

    // --- Diagnostics (dispatcher thread only) ---
    int socketNotifierCount() const { return m_notifierCount; }
    int watchedDescriptorCount() const { return m_watchedCount; }
    int timerCount() const { return m_timers.count(); }
    // epoll_ctl() calls made for socket notifiers so far.
    quint64 epollControlCalls() const { return m_controlCalls; }

private:
    enum { SlotCount = 3 }; // QSocketNotifier::Read, Write, Exception

    struct Slot
    {
        QSocketNotifier *notifier = nullptr;
        quint64 serial = 0; // identifies this registration; stale activations are dropped
        bool pending = false; // already queued for activation in this pass
    };
    struct Descriptor
    {
        Slot registrations[SlotCount];
        quint32 events = 0; // the epoll mask currently registered (0: not registered)
        // Tags this descriptor's registration in epoll_event.data (with the fd): an event
        // carrying an older tag comes from a registration the kernel kept for an earlier
        // file with the same number, and is dropped.
        quint32 tag = 0;
        bool alwaysReady = false; // epoll refuses it (regular file): ready on every pass
        bool dirty = false; // a mask change waits in m_dirty for the next epoll_wait
        // No notifier left, but the registration was not removed: a socket's notifiers are
        // disabled just before its close, and close() drops it from epoll anyway. Removed
        // when it reports an event while still open; re-registered with ADD (the number may
        // name a new file by then).
        bool lingering = false;
    };
    struct PendingActivation
    {
        int fd;
        int type;
        quint64 serial;
    };

    // sockets
    Descriptor *descriptor(int fd);
    void updateRegistration(int fd, Descriptor &d);
    void applyRegistration(int fd, Descriptor &d);
    void flushRegistrations();
    int control(int op, int fd, quint32 events, quint32 tag);
    void dropLingering(int fd, Descriptor &d);
    void markPending(int fd, Descriptor &d, quint32 ready);
    void markAlwaysReady();
    int activateSocketNotifiers();

    // wake-ups
    void consumeWakeUps();
    int waitForEvents(int timeoutMs, bool includeNotifiers, epoll_event *events, int maxEvents);

    int m_epollFd = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakeUpPending { false };
    // The thread running the loop, and a wake-up it asked for itself (a postEvent from an
    // event handler): that one needs no eventfd round trip, only a pass that does not block.
    std::atomic<Qt::HANDLE> m_loopThread { nullptr };
    bool m_selfWake = false;
    // Descriptors whose epoll mask changes between two non-empty masks: applied once, just
    // before the next wait (a request toggles write interest and closes in one pass).
    std::vector<int> m_dirty;
    std::atomic<bool> m_interrupt { false };

    std::vector<Descriptor> m_descriptors; // indexed by fd
    std::vector<int> m_alwaysReady; // fds epoll refused
    std::vector<PendingActivation> m_pending;
    size_t m_pendingHead = 0;
    quint64 m_nextSerial = 1;
    int m_notifierCount = 0;
    int m_watchedCount = 0;
    quint64 m_controlCalls = 0;

    DispatcherTimers m_timers;
};

} // namespace acw
