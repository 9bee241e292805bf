#include "engine/epolldispatcher.h"

#include "dispatcherthread.h"
#include "socketrigs.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using acw::EpollEventDispatcher;

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void installed();
    void timers_data();
    void timers();
    void timerBookkeeping();
    void timerKilledOrRestartedDuringActivation();
    void nestedLoopInTimerDoesNotRecurse();
    void zeroTimerAndQueuedCalls();
    void echo_data();
    void echo();
    void deleteLater_data();
    void deleteLater();
    void readAndWriteNotifiersOnOneSocket();
    void hangUpActivatesReadNotifier();
    void exceptionNotifierOnUrgentData();
    void notifierDeletedDuringActivation();
    void reusedDescriptorGetsNoStaleActivation();
    void closeAfterDisableMakesNoEpollCall();
    void disabledOpenSocketIsRemovedOnItsFirstEvent_data();
    void disabledOpenSocketIsRemovedOnItsFirstEvent();
    void duplicatedFileGetsNoStaleActivation();
    void nestedLoopInNotifier();
    void wakeUpFromAnotherThread_data();
    void wakeUpFromAnotherThread();
    void quitExitsLoop_data();
    void quitExitsLoop();
    void manyIdleSockets();
};

void TestEpollDispatcher::initTestCase()
{
    // manyIdleSockets needs ~4,100 descriptors; the default soft limit is often 1,024.
    rlimit limit = {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_cur < 8192) {
        limit.rlim_cur = std::min<rlim_t>(8192, limit.rlim_max);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
    }
}

void TestEpollDispatcher::installed()
{
    DispatcherThread t;
    QCOMPARE(QAbstractEventDispatcher::instance(&t.thread()), t.dispatcher());
    const bool inThread = t.call([] {
        return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance())
               != nullptr;
    });
    QVERIFY(inThread);
}

void TestEpollDispatcher::timers_data()
{
    QTest::addColumn<Qt::TimerType>("type");
    QTest::addColumn<bool>("singleShot");
    QTest::addColumn<int>("interval");
    QTest::newRow("precise single-shot") << Qt::PreciseTimer << true << 15;
    QTest::newRow("coarse single-shot") << Qt::CoarseTimer << true << 30;
    QTest::newRow("very coarse single-shot") << Qt::VeryCoarseTimer << true << 40;
    QTest::newRow("precise repeating") << Qt::PreciseTimer << false << 5;
    QTest::newRow("coarse repeating") << Qt::CoarseTimer << false << 20;
}

void TestEpollDispatcher::timers()
{
    QFETCH(Qt::TimerType, type);
    QFETCH(bool, singleShot);
    QFETCH(int, interval);
    Probe probe;
    int fired = 0; // touched in the dispatcher thread only
    DispatcherThread t;
    QTimer *timer = t.call([&] {
        auto *made = new QTimer(t.context());
        made->setTimerType(type);
        made->setSingleShot(singleShot);
        made->setInterval(interval);
        auto *clock = new QElapsedTimer;
        connect(made, &QTimer::timeout, made, [&probe, &fired, clock] {
            ++fired;
            probe.note("timeout", QByteArray::number(clock->restart()) + ' ');
        });
        connect(made, &QObject::destroyed, [clock] { delete clock; });
        clock->start();
        made->start();
        return made;
    });

    QTRY_VERIFY(probe.count("timeout") >= (singleShot ? 1 : 5));
    const int firedAtStop = t.call([&] {
        timer->stop();
        QTimer::singleShot(4 * interval + 20, t.context(), [&probe] { probe.note("sentinel"); });
        return fired;
    });
    QTRY_COMPARE(probe.count("sentinel"), 1);
    QCOMPARE(probe.count("timeout"), singleShot ? 1 : firedAtStop);
    // Never early: the first interval is measured from start(), the next ones between calls.
    const QList<QByteArray> elapsed = probe.data("timeout").trimmed().split(' ');
    QCOMPARE(elapsed.size(), probe.count("timeout"));
    QVERIFY2(elapsed.first().toInt() >= interval, elapsed.first().constData());
    t.call([&] { delete timer; });
}

void TestEpollDispatcher::timerBookkeeping()
{
    DispatcherThread t;
    struct Result
    {
        int registered = 0, interval = 0, remaining = 0, afterKill = 0, baseline = 0, left = 0;
        Qt::TimerType type = Qt::PreciseTimer;
        bool killedAgain = true;
    };
    const Result r = t.call([&] {
        Result result;
        EpollEventDispatcher *d = t.dispatcher();
        result.baseline = d->timerCount();
        QObject object;
        const int id = object.startTimer(10000, Qt::CoarseTimer);
        object.startTimer(500);
        const QList<QAbstractEventDispatcher::TimerInfo> infos = d->registeredTimers(&object);
        result.registered = infos.size();
        for (const auto &info : infos) {
            if (info.timerId == id) {
                result.interval = info.interval;
                result.type = info.timerType;
            }
        }
        result.remaining = d->remainingTime(id);
        object.killTimer(id);
        result.afterKill = d->remainingTime(id);
        result.killedAgain = d->unregisterTimer(id);
        d->unregisterTimers(&object);
        result.left = d->timerCount() - result.baseline;
        return result;
    });
    QCOMPARE(r.registered, 2);
    QCOMPARE(r.interval, 10000);
    QCOMPARE(r.type, Qt::CoarseTimer);
    QVERIFY2(
        r.remaining > 9000 && r.remaining <= 10000, QByteArray::number(r.remaining).constData());
    QCOMPARE(r.afterKill, -1);
    QVERIFY(!r.killedAgain);
    QCOMPARE(r.left, 0);
}

void TestEpollDispatcher::timerKilledOrRestartedDuringActivation()
{
    Probe probe;
    DispatcherThread t;
    t.call([&] {
        // Both zero-interval timers are due in the same pass; the first deletes the second.
        auto *first = new QTimer(t.context());
        auto *second = new QTimer(t.context());
        for (QTimer *timer : { first, second }) {
            timer->setSingleShot(true);
            timer->setInterval(0);
        }
        connect(first, &QTimer::timeout, first, [&probe, second] {
            probe.note("first");
            delete second;
        });
        connect(second, &QTimer::timeout, second, [&probe] { probe.note("second"); });
        first->start();
        second->start();

        // A timer restarted from its own timeout (killed and registered again, maybe
        // under the same id) keeps firing.
        auto *restarting = new QTimer(t.context());
        connect(restarting, &QTimer::timeout, restarting, [&probe, restarting, n = 0]() mutable {
            probe.note("restarting");
            if (++n < 5) {
                restarting->start(3);
            } else {
                restarting->stop();
            }
        });
        restarting->start(3);
    });
    QTRY_COMPARE(probe.count("restarting"), 5);
    t.call([&] { QTimer::singleShot(20, t.context(), [&probe] { probe.note("sentinel"); }); });
    QTRY_COMPARE(probe.count("sentinel"), 1);
    QCOMPARE(probe.count("restarting"), 5);
    QCOMPARE(probe.count("first"), 1);
    QCOMPARE(probe.count("second"), 0);
    t.call([&] { qDeleteAll(t.context()->findChildren<QTimer *>()); });
}

void TestEpollDispatcher::nestedLoopInTimerDoesNotRecurse()
{
    Probe probe;
    DispatcherThread t;
    t.call([&] {
        auto *timer = new QTimer(t.context());
        auto *depth = new int(0);
        connect(timer, &QObject::destroyed, [depth] { delete depth; });
        connect(timer, &QTimer::timeout, timer, [&probe, timer, depth] {
            probe.note("depth", QByteArray::number(++*depth));
            if (*depth == 1) {
                // Like a modal dialog opened from a timer: the timer keeps being due.
                QEventLoop loop;
                QTimer::singleShot(60, &loop, &QEventLoop::quit);
                loop.exec();
                probe.note("nested-done");
                timer->stop();
            }
            --*depth;
        });
        timer->start(2);
    });
    QTRY_COMPARE(probe.count("nested-done"), 1);
    QCOMPARE(probe.data("depth"), QByteArray("1"));
}

void TestEpollDispatcher::zeroTimerAndQueuedCalls()
{
    Probe probe;
    DispatcherThread t;
    t.call([&] { QTimer::singleShot(0, t.context(), [&probe] { probe.note("zero"); }); });
    t.post([&probe] { probe.note("queued-from-main"); });
    t.call([&] {
        QMetaObject::invokeMethod(
            t.context(), [&probe] { probe.note("queued-in-thread"); }, Qt::QueuedConnection);
    });
    QTRY_COMPARE(probe.count("zero"), 1);
    QTRY_COMPARE(probe.count("queued-from-main"), 1);
    QTRY_COMPARE(probe.count("queued-in-thread"), 1);
}

void TestEpollDispatcher::echo_data()
{
    QTest::addColumn<bool>("busyZeroTimer");
    QTest::addColumn<int>("size");
    QTest::newRow("small") << false << 6;
    QTest::newRow("1 MiB") << false << (1 << 20);
    QTest::newRow("1 MiB beside a busy zero timer") << true << (1 << 20);
}

void TestEpollDispatcher::echo()
{
    QFETCH(bool, busyZeroTimer);
    QFETCH(int, size);
    Probe probe;
    int spins = 0; // touched in the dispatcher thread only
    DispatcherThread t;
    const QByteArray payload = patternBytes(size);
    EchoRig *rig = t.call([&] {
        auto *made = new EchoRig(&probe, payload);
        if (busyZeroTimer) {
            auto *busy = new QTimer(made);
            connect(busy, &QTimer::timeout, busy, [&spins] { ++spins; });
            busy->start(0);
        }
        return made;
    });
    QVERIFY(rig->isListening());
    QTRY_COMPARE(probe.count("accepted"), 1);
    QTRY_COMPARE(probe.count("all-written"), 1);
    QTRY_COMPARE(probe.count("echo"), 1);
    QCOMPARE(probe.data("echo"), payload);
    QTRY_COMPARE(probe.count("server-disconnected"), 1);
    QTRY_COMPARE(probe.count("server-socket-destroyed"), 1);
    QTRY_COMPARE(probe.count("client-disconnected"), 1);
    const int spun = t.call([&] {
        delete rig;
        return spins;
    });
    QCOMPARE(spun > 0, busyZeroTimer);
}

void TestEpollDispatcher::deleteLater_data()
{
    QTest::addColumn<bool>("fromMainThread");
    QTest::newRow("from its thread") << false;
    QTest::newRow("from another thread") << true;
}

void TestEpollDispatcher::deleteLater()
{
    QFETCH(bool, fromMainThread);
    Probe probe;
    DispatcherThread t;
    QObject *object = t.call([&] {
        auto *made = new QObject;
        connect(made, &QObject::destroyed, [&probe] { probe.note("destroyed"); });
        if (!fromMainThread) {
            made->deleteLater();
        }
        return made;
    });
    if (fromMainThread) {
        object->deleteLater();
    }
    QTRY_COMPARE(probe.count("destroyed"), 1);
}

void TestEpollDispatcher::readAndWriteNotifiersOnOneSocket()
{
    Probe probe;
    SocketPair pair;
    DispatcherThread t;
    QVERIFY(pair.isValid());
    QSocketNotifier *writer = nullptr;
    const int registered = t.call([&] {
        auto *reader = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
        writer = new QSocketNotifier(pair.fd[0], QSocketNotifier::Write, t.context());
        connect(reader, &QSocketNotifier::activated, reader,
            [&probe, &pair] { probe.note("read", pair.readAll(0)); });
        connect(writer, &QSocketNotifier::activated, writer, [&probe, &writer] {
            probe.note("write");
            writer->setEnabled(false); // always writable: once is enough
        });
        return t.dispatcher()->socketNotifierCount();
    });
    QCOMPARE(registered, 2);
    QTRY_COMPARE(probe.count("write"), 1);
    QCOMPARE(probe.count("read"), 0);
    const int watched = t.call([&] {
        pair.writeTo(1, "ping");
        return t.dispatcher()->watchedDescriptorCount();
    });
    QCOMPARE(watched, 1);
    QTRY_COMPARE(probe.data("read"), QByteArray("ping"));
    t.call([&] { writer->setEnabled(true); });
    QTRY_COMPARE(probe.count("write"), 2);
    const int left = t.call([&] {
        qDeleteAll(t.context()->findChildren<QSocketNotifier *>());
        return t.dispatcher()->watchedDescriptorCount() + t.dispatcher()->socketNotifierCount();
    });
    QCOMPARE(left, 0);
}

void TestEpollDispatcher::hangUpActivatesReadNotifier()
{
    Probe probe;
    SocketPair pair;
    DispatcherThread t;
    QVERIFY(pair.isValid());
    t.call([&] {
        auto *reader = new QSocketNotifier(pair.fd[0], QSocketNotifier::Read, t.context());
        connect(reader, &QSocketNotifier::activated, reader, [&probe, &pair, reader] {
            char byte;
            if (::read(pair.fd[0], &byte, 1) == 0) {
                probe.note("end-of-stream");
                reader->setEnabled(false);
            }
        });
    });
    pair.closeEnd(1);
    QTRY_COMPARE(probe.count("end-of-stream"), 1);
    t.call([&] { qDeleteAll(t.context()->findChildren<QSocketNotifier *>()); });
}

void TestEpollDispatcher::exceptionNotifierOnUrgentData()
{
    Probe probe;
    TcpPair pair;
    DispatcherThread t;
    QVERIFY2(pair.isValid(), "cannot make a loopback TCP pair");
    t.call([&] {
        auto *notifier = new QSocketNotifier(pair.server, QSocketNotifier::Exception, t.context());
        connect(notifier, &QSocketNotifier::activated, notifier, [&probe, &pair, notifier] {
            char byte = 0;
            if (::recv(pair.server, &byte, 1, MSG_OOB) == 1) {
                probe.note("urgent", QByteArray(1, byte));
            }
            notifier->setEnabled(false);
        });
    });
    QCOMPARE(::send(pair.client, "!", 1, MSG_OOB), ssize_t(1));
    QTRY_COMPARE(probe.data("urgent"), QByteArray("!"));
    t.call([&] { qDeleteAll(t.context()->findChildren<QSocketNotifier *>()); });
}

void TestEpollDispatcher::notifierDeletedDuringActivation()
{
    Probe probe;
    SocketPair a, b;
    DispatcherThread t;
    QVERIFY(a.isValid() && b.isValid());
    CrossDeletingNotifiers *rig = t.call([&] {
        // Both are readable in the same pass; whichever comes first deletes the other and
        // puts a replacement on its socket, which deletes itself when it fires.
        auto *made = new CrossDeletingNotifiers(&probe, a.fd[0], b.fd[0]);
        a.writeTo(1, "a");
        b.writeTo(1, "b");
        return made;
    });
    QTRY_COMPARE(probe.count("replacement"), 1);
    const int left = t.call([&] {
        QTimer::singleShot(30, t.context(), [&probe] { probe.note("sentinel"); });
        return t.dispatcher()->socketNotifierCount();
    });
    QTRY_COMPARE(probe.count("sentinel"), 1);
    QCOMPARE(probe.count("first"), 1);
    QCOMPARE(probe.count("replacement"), 1);
    QCOMPARE(left, 1); // the first notifier; the others are gone
    t.call([&] { delete rig; });
}

void TestEpollDispatcher::reusedDescriptorGetsNoStaleActivation()
{
    Probe probe;
    SocketPair a, b;
    DispatcherThread t;
    QVERIFY(a.isValid() && b.isValid());
    DescriptorReuse *rig = t.call([&] {
        auto *made = new DescriptorReuse(&probe, a.fd[0], b.fd[0]);
        a.writeTo(1, "a");
        b.writeTo(1, "b");
        return made;
    });
    QTRY_COMPARE(probe.count("first"), 1);
    t.call([&] { rig->writeToNewSocket("new"); });
    QTRY_COMPARE(probe.data("new-socket-read"), QByteArray("new"));
    QCOMPARE(probe.count("setup-failed"), 0);
    QCOMPARE(probe.count("spurious"), 0);
    QCOMPARE(probe.count("first"), 1);
    t.call([&] { delete rig; });
}

// Qt disables a socket's notifiers just before it closes the descriptor, and close()
// drops it from epoll by itself: no EPOLL_CTL_DEL. The number, reused by a new socket, is
// registered afresh and works.
void TestEpollDispatcher::closeAfterDisableMakesNoEpollCall()
{
    Probe probe;
    SocketPair a;
    DispatcherThread t;
    QVERIFY(a.isValid());
    const int fd = a.fd[0];
    int peer = -1;
    const QList<quint64> calls = t.call([&] {
        QList<quint64> counts;
        auto *n = new QSocketNotifier(fd, QSocketNotifier::Read, t.context());
        counts << t.dispatcher()->epollControlCalls(); // the ADD
        n->setEnabled(false);
        a.closeEnd(0);
        delete n;
        counts << t.dispatcher()->epollControlCalls()
               << quint64(t.dispatcher()->watchedDescriptorCount());
        // A new socket under the same number (dup2: the number is certain).
        int sv[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0
            || ::dup2(sv[0], fd) != fd) {
            probe.note("setup-failed");
            return counts;
        }
        if (sv[0] != fd) // the freed number may have been given to sv[0] itself
            ::close(sv[0]);
        peer = sv[1];
        auto *fresh = new QSocketNotifier(fd, QSocketNotifier::Read, t.context());
        connect(fresh, &QSocketNotifier::activated, fresh, [&probe, fd] {
            const QByteArray data = drain(fd);
            probe.note(data.isEmpty() ? "spurious" : "read", data);
        });
        counts << t.dispatcher()->epollControlCalls();
        return counts;
    });
    QCOMPARE(probe.count("setup-failed"), 0);
    QCOMPARE(calls.value(0), 1u);
    QCOMPARE(calls.value(1), 1u); // disabled and closed: no call
    QCOMPARE(calls.value(2), 0u); // nothing watched
    QCOMPARE(calls.value(3), 2u); // the new socket: one ADD
    QCOMPARE(::write(peer, "new", 3), ssize_t(3));
    QTRY_COMPARE(probe.data("read"), QByteArray("new"));
    QCOMPARE(probe.count("spurious"), 0);
    t.call([&] { qDeleteAll(t.context()->findChildren<QSocketNotifier *>()); });
    ::close(fd);
    ::close(peer);
}

void TestEpollDispatcher::disabledOpenSocketIsRemovedOnItsFirstEvent_data()
{
    QTest::addColumn<bool>("reenableAtOnce");
    QTest::newRow("re-enabled after the removal (ADD)") << false;
    QTest::newRow("re-enabled before any wait (ADD, EEXIST, MOD)") << true;
}

// A notifier disabled on a socket that stays open and readable (a paused reader): the
// registration left in epoll reports once, is removed then, and the loop does not spin;
// enabled again, the notifier is activated for the data still waiting.
void TestEpollDispatcher::disabledOpenSocketIsRemovedOnItsFirstEvent()
{
    QFETCH(bool, reenableAtOnce);
    Probe probe;
    SocketPair a;
    DispatcherThread t;
    QVERIFY(a.isValid());
    const int fd = a.fd[0];
    int passes = 0; // dispatcher thread only
    QSocketNotifier *n = t.call([&] {
        auto *made = new QSocketNotifier(fd, QSocketNotifier::Read, t.context());
        connect(made, &QSocketNotifier::activated, made, [&probe, fd] {
            const QByteArray data = drain(fd);
            probe.note(data.isEmpty() ? "spurious" : "read", data);
        });
        a.writeTo(1, "x");
        made->setEnabled(false); // readable, not read
        if (reenableAtOnce) {
            made->setEnabled(true);
            return made;
        }
        connect(
            t.dispatcher(), &QAbstractEventDispatcher::awake, t.context(), [&passes] { ++passes; });
        QTimer::singleShot(100, t.context(),
            [&probe, &passes] { probe.note("passes", QByteArray::number(passes)); });
        return made;
    });
    if (!reenableAtOnce) {
        QTRY_COMPARE(probe.count("passes"), 1);
        // A registration left behind would wake the loop on every pass for 100 ms.
        QVERIFY2(probe.data("passes").toInt() < 20, probe.data("passes").constData());
        QCOMPARE(probe.count("read"), 0);
        t.call([&] { n->setEnabled(true); });
    }
    QTRY_COMPARE(probe.data("read"), QByteArray("x"));
    QCOMPARE(probe.count("spurious"), 0);
    t.call([&] { delete n; });
}

// The file of a disabled descriptor lives on in a duplicate, so closing the number does not
// drop its epoll registration; a new socket under the number must not be activated by what
// that old registration reports.
void TestEpollDispatcher::duplicatedFileGetsNoStaleActivation()
{
    Probe probe;
    SocketPair a;
    DispatcherThread t;
    QVERIFY(a.isValid());
    const int fd = a.fd[0];
    const int duplicate = ::dup(fd);
    QVERIFY(duplicate >= 0);
    int peer = -1;
    t.call([&] {
        auto *old = new QSocketNotifier(fd, QSocketNotifier::Read, t.context());
        delete old; // disabled: its registration stays (it is about to be closed)
        int sv[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0
            || ::dup2(sv[0], fd) != fd) { // closes the number; the file lives in `duplicate`
            probe.note("setup-failed");
            return;
        }
        ::close(sv[0]);
        peer = sv[1];
        auto *fresh = new QSocketNotifier(fd, QSocketNotifier::Read, t.context());
        connect(fresh, &QSocketNotifier::activated, fresh, [&probe, fd] {
            const QByteArray data = drain(fd);
            probe.note(data.isEmpty() ? "spurious" : "read", data);
        });
        a.writeTo(1, "old"); // the old file is readable: its registration reports
    });
    QCOMPARE(probe.count("setup-failed"), 0);
    QCOMPARE(::write(peer, "new", 3), ssize_t(3));
    QTRY_COMPARE(probe.data("read"), QByteArray("new"));
    QCOMPARE(probe.count("spurious"), 0);
    ::close(duplicate); // the old file goes, and with it its registration
    t.call([&] { qDeleteAll(t.context()->findChildren<QSocketNotifier *>()); });
    ::close(peer);
}

void TestEpollDispatcher::nestedLoopInNotifier()
{
    Probe probe;
    SocketPair a, b;
    DispatcherThread t;
    QVERIFY(a.isValid() && b.isValid());
    t.call([&] {
        for (SocketPair *pair : { &a, &b }) {
            auto *n = new QSocketNotifier(pair->fd[0], QSocketNotifier::Read, t.context());
            connect(n, &QSocketNotifier::activated, n, [&probe, pair] {
                probe.note("read", pair->readAll(0));
                // Like a modal dialog: the other notifier is delivered in here, once.
                QEventLoop loop;
                QTimer::singleShot(20, &loop, &QEventLoop::quit);
                loop.exec();
            });
        }
        a.writeTo(1, "a");
        b.writeTo(1, "b");
    });
    QTRY_COMPARE(probe.count("read"), 2);
    t.call([&] { QTimer::singleShot(40, t.context(), [&probe] { probe.note("sentinel"); }); });
    QTRY_COMPARE(probe.count("sentinel"), 1);
    QCOMPARE(probe.count("read"), 2);
    QByteArray both = probe.data("read");
    std::sort(both.begin(), both.end());
    QCOMPARE(both, QByteArray("ab"));
    t.call([&] { qDeleteAll(t.context()->findChildren<QSocketNotifier *>()); });
}

void TestEpollDispatcher::wakeUpFromAnotherThread_data()
{
    QTest::addColumn<bool>("interrupt");
    QTest::newRow("wakeUp") << false;
    QTest::newRow("interrupt") << true;
}

void TestEpollDispatcher::wakeUpFromAnotherThread()
{
    QFETCH(bool, interrupt);
    DispatcherThread t;
    std::atomic<int> stage { 0 };
    t.post([&] {
        EpollEventDispatcher *d = t.dispatcher();
        while (d->processEvents(QEventLoop::AllEvents)) { }
        stage = 1;
        // Nothing is due and no timer runs: only the other thread can end this wait.
        d->processEvents(QEventLoop::WaitForMoreEvents);
        stage = 2;
    });
    QTRY_COMPARE(stage.load(), 1);
    if (interrupt) {
        t.dispatcher()->interrupt();
    } else {
        t.dispatcher()->wakeUp();
    }
    QTRY_COMPARE(stage.load(), 2);
}

void TestEpollDispatcher::quitExitsLoop_data()
{
    QTest::addColumn<bool>("fromInside");
    QTest::newRow("quit from another thread") << false;
    QTest::newRow("quit from the thread") << true;
}

void TestEpollDispatcher::quitExitsLoop()
{
    QFETCH(bool, fromInside);
    Probe probe;
    DispatcherThread t;
    t.call([&] {
        // A nested QEventLoop exits with its code too.
        QEventLoop loop;
        QTimer::singleShot(5, &loop, [&loop] { loop.exit(7); });
        probe.note("nested-exit", QByteArray::number(loop.exec()));
    });
    QTRY_COMPARE(probe.data("nested-exit"), QByteArray("7"));
    if (fromInside) {
        t.call([&] { QTimer::singleShot(0, [] { QThread::currentThread()->quit(); }); });
    } else {
        t.thread().quit();
    }
    QVERIFY(t.thread().wait(10000));
    QVERIFY(t.thread().isFinished());
}

void TestEpollDispatcher::manyIdleSockets()
{
    Probe probe;
    DispatcherThread t;
    constexpr int Pairs = 2000;
    const QByteArray payload = patternBytes(64 * 1024);
    struct Counts
    {
        int notifiers = 0, watched = 0;
    };
    IdlePairs *idle = nullptr;
    const Counts loaded = t.call([&] {
        idle = new IdlePairs(Pairs, &probe);
        return Counts { t.dispatcher()->socketNotifierCount(),
            t.dispatcher()->watchedDescriptorCount() };
    });
    QVERIFY2(idle->isValid(), "cannot create the socket pairs (descriptor limit?)");
    QCOMPARE(loaded.notifiers, 2 * Pairs);
    QCOMPARE(loaded.watched, 2 * Pairs);

    EchoRig *rig = t.call([&] { return new EchoRig(&probe, payload); });
    QTRY_COMPARE(probe.count("echo"), 1);
    QCOMPARE(probe.data("echo"), payload);

    // One idle socket wakes: exactly its own notifier fires.
    t.call([&] { idle->writeTo(1234, 0, "x"); });
    QTRY_COMPARE(probe.count("idle-activated"), 1);
    QCOMPARE(probe.data("idle-activated"), QByteArray("1234:1"));

    const Counts after = t.call([&] {
        delete rig;
        delete idle;
        return Counts { t.dispatcher()->socketNotifierCount(),
            t.dispatcher()->watchedDescriptorCount() };
    });
    QCOMPARE(after.notifiers, 0);
    QCOMPARE(after.watched, 0);
}

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
