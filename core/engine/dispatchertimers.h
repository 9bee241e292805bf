#pragma once

#include <QAbstractEventDispatcher>

#include <set>
#include <unordered_map>
#include <utility>

namespace acw {

// The timers of one event dispatcher (acw::EpollEventDispatcher), ordered by deadline:
// what Qt keeps in its private QTimerInfoList. Every timer type is kept to the
// millisecond and never fires early. Used from the dispatcher's thread only.
class DispatcherTimers
{
public:
    // --- Registration (QAbstractEventDispatcher's timer API) ---
    void registerTimer(int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object);
    bool unregisterTimer(int timerId);
    bool unregisterTimers(QObject *object);
    QList<QAbstractEventDispatcher::TimerInfo> registeredTimers(QObject *object) const;
    int remainingTime(int timerId) const; // ms, 0 when due, -1 when unknown
    int count() const { return int(m_timers.size()); }

    // --- Event loop ---
    int waitMs() const; // until the nearest deadline: 0 when one is due, -1 without timers
    int activateDue(); // sends a QTimerEvent for each due timer; returns how many

    static qint64 nowNs(); // CLOCK_MONOTONIC

private:
    struct Timer
    {
        QObject *object = nullptr;
        qint64 intervalMs = 0;
        qint64 deadlineNs = 0;
        quint64 serial = 0; // identifies this registration, as ids are reused at once
        Qt::TimerType type = Qt::CoarseTimer;
        bool firing = false; // in its own timer event: a nested loop must not fire it again
    };

    void removeObjectTimer(QObject *object, int timerId);

    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_queue; // (deadline ns, timer id)
    std::unordered_multimap<QObject *, int> m_objectTimers;
    quint64 m_nextSerial = 1;
};

} // namespace acw
