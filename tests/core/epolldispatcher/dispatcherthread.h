#pragma once

#include "engine/epolldispatcher.h"

#include <QHash>
#include <QObject>
#include <QThread>

// Lives in the test's main thread and records what the dispatcher thread reports, so the
// test reads plain values with QTRY_* instead of spying across threads.
class Probe : public QObject
{
    Q_OBJECT
public:
    int count(const QByteArray &tag) const { return m_counts.value(tag); }
    QByteArray data(const QByteArray &tag) const { return m_data.value(tag); }

    // Thread-safe: queued to the probe's thread, so reports keep their order.
    void note(const QByteArray &tag, const QByteArray &data = {})
    {
        QMetaObject::invokeMethod(
            this,
            [this, tag, data] {
                ++m_counts[tag];
                m_data[tag] += data;
            },
            Qt::QueuedConnection);
    }

private:
    QHash<QByteArray, int> m_counts;
    QHash<QByteArray, QByteArray> m_data;
};

// A QThread running acw::EpollEventDispatcher, and a context object living in it.
class DispatcherThread
{
public:
    DispatcherThread() : m_dispatcher(new acw::EpollEventDispatcher)
    {
        m_thread.setEventDispatcher(m_dispatcher); // the thread takes ownership
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }
    ~DispatcherThread()
    {
        if (m_thread.isFinished()) { // a test ended the thread itself
            delete m_context;
            return;
        }
        m_context->deleteLater(); // sent when the thread finishes
        m_thread.quit();
        m_thread.wait();
    }

    QThread &thread() { return m_thread; }
    QObject *context() const { return m_context; }
    acw::EpollEventDispatcher *dispatcher() const { return m_dispatcher; }

    // Runs f in the dispatcher thread and waits for it.
    template<typename F> auto call(F f)
    {
        using R = decltype(f());
        if constexpr (std::is_void_v<R>) {
            QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
        } else {
            R result {};
            QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection, &result);
            return result;
        }
    }
    // Runs f in the dispatcher thread later.
    template<typename F> void post(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    acw::EpollEventDispatcher *m_dispatcher;
    QObject *m_context;
};
