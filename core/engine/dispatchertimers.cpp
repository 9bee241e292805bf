#include "engine/dispatchertimers.h"

#include <QCoreApplication>
#include <QTimerEvent>

#include <algorithm>
#include <climits>
#include <ctime>
#include <vector>

namespace acw {

namespace {

constexpr qint64 NsPerMs = 1000 * 1000;
// About 146 years: keeps deadline arithmetic in nanoseconds from overflowing.
constexpr qint64 MaxIntervalMs = (qint64(1) << 62) / NsPerMs;

// Rounded up: waking a little early would only spin until the deadline.
int ceilMs(qint64 ns)
{
    return ns <= 0 ? 0 : int(std::min<qint64>((ns + NsPerMs - 1) / NsPerMs, INT_MAX));
}

} // namespace

qint64 DispatcherTimers::nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 * NsPerMs + ts.tv_nsec;
}

void DispatcherTimers::registerTimer(
    int timerId, qint64 intervalMs, Qt::TimerType type, QObject *object)
{
    if (m_timers.count(timerId)) {
        unregisterTimer(timerId); // a stale id: never keep two entries for one id
    }
    Timer timer;
    timer.object = object;
    timer.intervalMs = std::clamp<qint64>(intervalMs, 0, MaxIntervalMs);
    timer.deadlineNs = nowNs() + timer.intervalMs * NsPerMs;
    timer.serial = m_nextSerial++;
    timer.type = type;
    m_timers.emplace(timerId, timer);
    m_queue.emplace(timer.deadlineNs, timerId);
    m_objectTimers.emplace(object, timerId);
}

bool DispatcherTimers::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end()) {
        return false;
    }
    m_queue.erase({ it->second.deadlineNs, timerId });
    removeObjectTimer(it->second.object, timerId);
    m_timers.erase(it);
    return true;
}

bool DispatcherTimers::unregisterTimers(QObject *object)
{
    const auto range = m_objectTimers.equal_range(object);
    if (range.first == range.second) {
        return false;
    }
    for (auto it = range.first; it != range.second; ++it) {
        const auto timer = m_timers.find(it->second);
        if (timer != m_timers.end()) {
            m_queue.erase({ timer->second.deadlineNs, it->second });
            m_timers.erase(timer);
        }
    }
    m_objectTimers.erase(range.first, range.second);
    return true;
}

void DispatcherTimers::removeObjectTimer(QObject *object, int timerId)
{
    const auto range = m_objectTimers.equal_range(object);
    for (auto it = range.first; it != range.second; ++it) {
        if (it->second == timerId) {
            m_objectTimers.erase(it);
            return;
        }
    }
}

QList<QAbstractEventDispatcher::TimerInfo> DispatcherTimers::registeredTimers(QObject *object) const
{
    QList<QAbstractEventDispatcher::TimerInfo> list;
    const auto range = m_objectTimers.equal_range(object);
    for (auto it = range.first; it != range.second; ++it) {
        const Timer &timer = m_timers.at(it->second);
        const int interval = int(std::min<qint64>(timer.intervalMs, INT_MAX));
        list.append(QAbstractEventDispatcher::TimerInfo(it->second, interval, timer.type));
    }
    return list;
}

int DispatcherTimers::remainingTime(int timerId) const
{
    const auto it = m_timers.find(timerId);
    return it == m_timers.end() ? -1 : ceilMs(it->second.deadlineNs - nowNs());
}

int DispatcherTimers::waitMs() const
{
    return m_queue.empty() ? -1 : ceilMs(m_queue.begin()->first - nowNs());
}

int DispatcherTimers::activateDue()
{
    const qint64 now = nowNs();
    if (m_queue.empty() || m_queue.begin()->first > now) {
        return 0;
    }
    // Fire only what was due when the pass began, each at most once: a zero-interval
    // timer is due again at once and must not keep the loop from polling sockets.
    std::vector<std::pair<int, quint64>> due; // (id, serial)
    for (auto it = m_queue.begin(); it != m_queue.end() && it->first <= now; ++it) {
        due.emplace_back(it->second, m_timers.at(it->second).serial);
    }
    int activated = 0;
    for (const auto &[timerId, serial] : due) {
        auto it = m_timers.find(timerId);
        // Killed, or killed and its id reused, or already fired by a nested loop.
        if (it == m_timers.end() || it->second.serial != serial || it->second.deadlineNs > now) {
            continue;
        }
        Timer &timer = it->second;
        m_queue.erase({ timer.deadlineNs, timerId });
        timer.deadlineNs += timer.intervalMs * NsPerMs;
        if (timer.deadlineNs < now) {
            timer.deadlineNs = now + timer.intervalMs * NsPerMs; // late: skip, don't burst
        }
        m_queue.emplace(timer.deadlineNs, timerId);
        if (timer.firing) {
            continue; // a nested loop inside this timer's own event
        }
        timer.firing = true;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer.object, &event); // may kill or restart any timer
        ++activated;
        it = m_timers.find(timerId);
        if (it != m_timers.end() && it->second.serial == serial) {
            it->second.firing = false;
        }
    }
    return activated;
}

} // namespace acw
