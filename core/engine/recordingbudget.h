#pragma once

#include <QtGlobal>

namespace acw {

// How many new server connections a second the engine records in full (docs/recording.md).
// A window that lists every connection, its events and its bytes costs ~25 µs of CPU per
// connection; a flood of short connections (a load test) would spend the server's core on
// rows nobody can read. Up to `rate` a second (a burst of `rate` at once) are recorded;
// past that, recording pauses: new connections are served and counted, not recorded. It
// resumes once a whole second saw fewer than rate / 2 new connections. Rate 0: record all.
// Time comes from the caller (µs), so the rule is testable without a clock.
class RecordingBudget
{
public:
    void setRate(int perSecond)
    {
        m_rate = perSecond > 0 ? perSecond : 0;
        m_tokens = m_rate;
        m_lastUs = 0;
        m_paused = false;
    }
    int rate() const { return m_rate; }
    bool isPaused() const { return m_paused; }

    // A new connection: true to record it. The first false starts a pause.
    bool admit(qint64 nowUs)
    {
        if (m_rate == 0)
            return true;
        if (m_paused) {
            ++m_slotArrivals;
            return false;
        }
        refill(nowUs);
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            return true;
        }
        m_paused = true;
        m_slotStartUs = nowUs;
        m_slotArrivals = 1;
        return false;
    }

    // Asked on each new connection and by the worker's timer (every 250 ms) during a pause:
    // true once, when the pause ends.
    bool resumeDue(qint64 nowUs)
    {
        if (!m_paused || nowUs - m_slotStartUs < 1000000)
            return false;
        if (m_slotArrivals * 2 < m_rate) {
            m_paused = false;
            m_tokens = m_rate;
            m_lastUs = nowUs;
            return true;
        }
        m_slotStartUs = nowUs; // still flooded: watch the next second
        m_slotArrivals = 0;
        return false;
    }

private:
    void refill(qint64 nowUs)
    {
        if (m_lastUs != 0 && nowUs > m_lastUs)
            m_tokens = qMin<double>(m_rate, m_tokens + double(nowUs - m_lastUs) * m_rate / 1e6);
        m_lastUs = nowUs;
    }

    int m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastUs = 0;
    bool m_paused = false;
    qint64 m_slotStartUs = 0;
    int m_slotArrivals = 0;
};

} // namespace acw
