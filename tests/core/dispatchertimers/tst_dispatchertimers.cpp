// DispatcherTimers: the epoll dispatcher's timer list, driven by hand (no event loop of
// its own): registration, deadlines that never fire early, re-arming, killing a timer
// from inside its own event. Waits poll the clock (QTest::qWaitFor), never sleep.
#include "engine/dispatchertimers.h"

#include <QTest>
#include <QTimerEvent>
#include <functional>

using namespace acw;

namespace {

// Records the timer events it receives, and when (ns on the timers' clock).
class Target : public QObject
{
public:
    QVector<int> fired;
    QVector<qint64> firedAtNs;
    std::function<void(int)> onTimer;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        fired.append(event->timerId());
        firedAtNs.append(DispatcherTimers::nowNs());
        if (onTimer)
            onTimer(event->timerId());
    }
};

// Runs activateDue() until `done` holds (or 5 s pass).
bool pump(DispatcherTimers &timers, const std::function<bool()> &done)
{
    return QTest::qWaitFor(
        [&] {
            timers.activateDue();
            return done();
        },
        5000);
}

} // namespace

class TestDispatcherTimers : public QObject
{
    Q_OBJECT

private slots:
    void emptyWaitsForever();
    void registrationIsListedAndRemoved();
    void neverFiresEarlyAndRearms();
    void nearestDeadlineFirst();
    void zeroIntervalFiresOncePerPass();
    void killedInsideItsOwnEvent();
    void reregisteringAnIdReplacesIt();
};

void TestDispatcherTimers::emptyWaitsForever()
{
    DispatcherTimers timers;
    QCOMPARE(timers.count(), 0);
    QCOMPARE(timers.waitMs(), -1);
    QCOMPARE(timers.activateDue(), 0);
    QCOMPARE(timers.remainingTime(42), -1);
    QVERIFY(!timers.unregisterTimer(42));
}

void TestDispatcherTimers::registrationIsListedAndRemoved()
{
    DispatcherTimers timers;
    Target a;
    Target b;
    timers.registerTimer(1, 60000, Qt::CoarseTimer, &a);
    timers.registerTimer(2, 30000, Qt::PreciseTimer, &a);
    timers.registerTimer(3, 45000, Qt::VeryCoarseTimer, &b);
    QCOMPARE(timers.count(), 3);

    QList<QAbstractEventDispatcher::TimerInfo> listed = timers.registeredTimers(&a);
    QCOMPARE(listed.size(), 2);
    std::sort(listed.begin(), listed.end(),
        [](const auto &x, const auto &y) { return x.timerId < y.timerId; });
    QCOMPARE(listed.at(0).interval, 60000);
    QCOMPARE(listed.at(0).timerType, Qt::CoarseTimer);
    QCOMPARE(listed.at(1).interval, 30000);
    QCOMPARE(listed.at(1).timerType, Qt::PreciseTimer);

    const int remaining = timers.remainingTime(2);
    QVERIFY2(remaining > 29000 && remaining <= 30000, qPrintable(QString::number(remaining)));
    const int wait = timers.waitMs(); // the nearest: timer 2
    QVERIFY(wait > 29000 && wait <= 30000);

    QVERIFY(timers.unregisterTimer(2));
    QVERIFY(!timers.unregisterTimer(2));
    QCOMPARE(timers.registeredTimers(&a).size(), 1);
    QVERIFY(timers.waitMs() > 44000); // now timer 3

    QVERIFY(timers.unregisterTimers(&a));
    QVERIFY(!timers.unregisterTimers(&a));
    QCOMPARE(timers.count(), 1);
    QVERIFY(timers.registeredTimers(&a).isEmpty());
    QCOMPARE(timers.registeredTimers(&b).size(), 1);
    QCOMPARE(timers.activateDue(), 0);
    QVERIFY(a.fired.isEmpty());
}

void TestDispatcherTimers::neverFiresEarlyAndRearms()
{
    DispatcherTimers timers;
    Target t;
    const qint64 startNs = DispatcherTimers::nowNs();
    timers.registerTimer(5, 30, Qt::PreciseTimer, &t);
    QCOMPARE(timers.activateDue(), 0); // not due yet
    QVERIFY(pump(timers, [&] { return t.fired.size() >= 2; }));
    QCOMPARE(t.fired.at(0), 5);
    QVERIFY(t.firedAtNs.at(0) - startNs >= 30 * 1000 * 1000);
    // Re-armed from its deadline, not from when it fired (no drift): the second firing is
    // at least two intervals after the registration.
    QVERIFY(t.firedAtNs.at(1) - startNs >= 60 * 1000 * 1000);
    QCOMPARE(timers.count(), 1);
    const int wait = timers.waitMs();
    QVERIFY(wait >= 0 && wait <= 30);
}

void TestDispatcherTimers::nearestDeadlineFirst()
{
    DispatcherTimers timers;
    Target t;
    timers.registerTimer(1, 40, Qt::PreciseTimer, &t);
    timers.registerTimer(2, 10, Qt::PreciseTimer, &t);
    timers.registerTimer(3, 25, Qt::PreciseTimer, &t);
    QVERIFY(pump(timers, [&] { return t.fired.contains(1); }));
    QCOMPARE(t.fired.first(), 2);
    QVERIFY(t.fired.indexOf(3) < t.fired.indexOf(1));
}

// A zero-interval timer is due again at once; one pass fires it once, so the loop can
// still poll its sockets between two activations.
void TestDispatcherTimers::zeroIntervalFiresOncePerPass()
{
    DispatcherTimers timers;
    Target t;
    timers.registerTimer(7, 0, Qt::CoarseTimer, &t);
    QCOMPARE(timers.waitMs(), 0);
    QCOMPARE(timers.activateDue(), 1);
    QCOMPARE(timers.activateDue(), 1);
    QCOMPARE(t.fired, (QVector<int> { 7, 7 }));
}

void TestDispatcherTimers::killedInsideItsOwnEvent()
{
    DispatcherTimers timers;
    Target t;
    timers.registerTimer(1, 0, Qt::CoarseTimer, &t);
    timers.registerTimer(2, 0, Qt::CoarseTimer, &t);
    // Whichever fires first kills both: the other must not fire in the same pass.
    t.onTimer = [&](int) { timers.unregisterTimers(&t); };
    QCOMPARE(timers.activateDue(), 1);
    QCOMPARE(t.fired.size(), 1);
    QCOMPARE(timers.count(), 0);
    QCOMPARE(timers.waitMs(), -1);
}

// Qt reuses a killed timer's id at once: a new registration under that id is a new timer.
void TestDispatcherTimers::reregisteringAnIdReplacesIt()
{
    DispatcherTimers timers;
    Target first;
    Target second;
    timers.registerTimer(4, 0, Qt::CoarseTimer, &first);
    timers.registerTimer(4, 60000, Qt::CoarseTimer, &second);
    QCOMPARE(timers.count(), 1);
    QVERIFY(timers.registeredTimers(&first).isEmpty());
    QCOMPARE(timers.registeredTimers(&second).size(), 1);
    QCOMPARE(timers.activateDue(), 0);
    QVERIFY(first.fired.isEmpty());
}

QTEST_GUILESS_MAIN(TestDispatcherTimers)
#include "tst_dispatchertimers.moc"
