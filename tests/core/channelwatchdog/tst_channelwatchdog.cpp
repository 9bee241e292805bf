// ChannelWatchdog: one coarse timer per thread polices every channel's deadlines. Seen
// from the channels (the watchdog is private to them): every deadline fires, never early,
// at the pace of the fastest channel; channels that close or are deleted during a tick,
// or between ticks, are never touched again (ASan would see it); the watchdog comes back
// after the last channel left.
#include "channel/asyncchat.h"
#include "channeltestpeer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace acw;
using acwtest::ChannelTestServer;
using acwtest::RawPeer;

namespace {

// Accepts `count` peers, each channel with the given idle timeout; records when each
// reported its error, in ms since it was created.
struct Fleet
{
    ChannelTestServer server;
    std::vector<std::unique_ptr<RawPeer>> peers;
    QElapsedTimer clock;
    QHash<AsyncChat *, qint64> createdMs;
    QHash<AsyncChat *, qint64> errorAfterMs;
    QList<ChannelError> errors;
    int closed = 0;

    bool start(int count, const std::function<int(int)> &idleMsOf)
    {
        clock.start();
        server.factory = [this, idleMsOf] {
            auto *c = new AsyncChat;
            c->setIdleTimeout(idleMsOf(int(createdMs.size())));
            createdMs.insert(c, clock.elapsed());
            QObject::connect(c, &AsyncChat::errorOccurred, c, [this, c](ChannelError e) {
                errors.append(e);
                errorAfterMs.insert(c, clock.elapsed() - createdMs.value(c));
            });
            QObject::connect(c, &AsyncChat::closed, c, [this] { ++closed; });
            return c;
        };
        if (!server.start())
            return false;
        for (int i = 0; i < count; ++i) {
            peers.push_back(std::make_unique<RawPeer>());
            if (!peers.back()->connectTo(server.serverPort()))
                return false;
        }
        return QTest::qWaitFor([&] { return server.channels.size() == count; }, 5000);
    }
};

} // namespace

class TestChannelWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void everyDeadlineFiresNeverEarly();
    void fastestChannelSetsThePace();
    void deletedChannelIsForgotten();
    void closingOthersDuringATick();
    void comesBackAfterTheLastChannel();
};

void TestChannelWatchdog::everyDeadlineFiresNeverEarly()
{
    Fleet fleet;
    QVERIFY(fleet.start(40, [](int) { return 150; })); // within the test server's backlog
    QTRY_COMPARE_WITH_TIMEOUT(fleet.closed, 40, 5000);
    QCOMPARE(fleet.errors.size(), 40);
    QVERIFY(std::all_of(fleet.errors.cbegin(), fleet.errors.cend(),
        [](ChannelError e) { return e == ChannelError::IdleTimeout; }));
    for (const qint64 ms : std::as_const(fleet.errorAfterMs))
        QVERIFY2(ms >= 150, qPrintable(QString::number(ms)));
    for (auto &peer : fleet.peers)
        QTRY_VERIFY(peer->atEnd());
}

// A slow channel first, then a fast one: the tick shortens for the fast one (it does not
// wait for the slow one's pace), and the slow one still waits for its full deadline.
void TestChannelWatchdog::fastestChannelSetsThePace()
{
    Fleet fleet;
    QVERIFY(fleet.start(2, [](int i) { return i == 0 ? 900 : 60; }));
    AsyncChat *slow = fleet.server.channel(0);
    AsyncChat *fast = fleet.server.channel(1);
    QTRY_VERIFY_WITH_TIMEOUT(fleet.errorAfterMs.contains(fast), 5000);
    QVERIFY(!fleet.errorAfterMs.contains(slow));
    const qint64 fastMs = fleet.errorAfterMs.value(fast);
    QVERIFY2(fastMs >= 60 && fastMs < 600, qPrintable(QString::number(fastMs)));
    QTRY_VERIFY_WITH_TIMEOUT(fleet.errorAfterMs.contains(slow), 5000);
    QVERIFY(fleet.errorAfterMs.value(slow) >= 900);
}

void TestChannelWatchdog::deletedChannelIsForgotten()
{
    Fleet fleet;
    QVERIFY(fleet.start(3, [](int) { return 100; }));
    AsyncChat *doomed = fleet.server.channel(1);
    delete doomed; // while watched, between two ticks
    QTRY_COMPARE_WITH_TIMEOUT(fleet.closed, 2, 5000);
    QCOMPARE(fleet.errors.size(), 2);
    QVERIFY(!fleet.errorAfterMs.contains(doomed));
    QTRY_VERIFY(fleet.peers.at(1)->atEnd()); // its socket went with it
}

// The first channel to time out deletes every other one from its error slot, inside the
// watchdog's tick: the tick must not visit them afterwards.
void TestChannelWatchdog::closingOthersDuringATick()
{
    Fleet fleet;
    QVERIFY(fleet.start(20, [](int) { return 80; }));
    bool first = true;
    for (const QPointer<AsyncChat> &c : std::as_const(fleet.server.channels)) {
        connect(c, &AsyncChat::errorOccurred, this, [&, self = c.data()] {
            if (!first)
                return;
            first = false;
            for (const QPointer<AsyncChat> &other : std::as_const(fleet.server.channels)) {
                if (other && other != self)
                    delete other.data();
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(fleet.closed, 1, 5000);
    QCOMPARE(fleet.errors.size(), 1);
    for (auto &peer : fleet.peers)
        QTRY_VERIFY(peer->atEnd());
}

void TestChannelWatchdog::comesBackAfterTheLastChannel()
{
    {
        Fleet fleet;
        QVERIFY(fleet.start(1, [](int) { return 50; }));
        QTRY_COMPARE_WITH_TIMEOUT(fleet.closed, 1, 5000);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Fleet again;
    QVERIFY(again.start(2, [](int) { return 50; }));
    QTRY_COMPARE_WITH_TIMEOUT(again.closed, 2, 5000);
    QCOMPARE(again.errors.size(), 2);
}

QTEST_GUILESS_MAIN(TestChannelWatchdog)
#include "tst_channelwatchdog.moc"
