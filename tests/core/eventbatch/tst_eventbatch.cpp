// EventBatch: what the engine collects between two flushes. No sockets: the channels are
// unconnected AsyncChat objects with ids, reported to the batch as the ChannelTap would.
#include "channel/asyncchat.h"
#include "channel/channelobserver.h"
#include "engine/eventbatch.h"

#include <QTest>

using namespace acw;
using Type = EngineEvent::Type;

class TestEventBatch : public QObject
{
    Q_OBJECT

private slots:
    void eventsInOrderThenEmpty();
    void captureLimitKeepsSizes();
    void pushedCapturedUpToLimit();
    void connectionEventsCappedServerEventsNot();
    void changedOncePerFlush();
    void closeSnapshotAndReason();
    void connectionsDetailKeepsNoRecords();
};

namespace {

std::unique_ptr<AsyncChat> channel(quint64 id)
{
    auto c = std::make_unique<AsyncChat>();
    c->setId(id);
    return c;
}

const ChannelOrigin echo { 3, ProfileId::Echo };

} // namespace

void TestEventBatch::eventsInOrderThenEmpty()
{
    EventBatch batch;
    auto c = channel(7);
    batch.chunk(c.get(), echo, 0, "ab\r\n", 4);
    batch.frame(c.get(), echo, 1, 4, 2, Terminator::bytes("\r\n"));
    batch.terminatorChanged(c.get(), echo, Terminator::count(5), TerminatorCause::Profile, true);
    batch.sent(c.get(), echo, 9);
    QVERIFY(batch.hasEvents());

    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).type, Type::Chunk);
    QCOMPARE(events.at(0).server, 3);
    QCOMPARE(events.at(0).connection, quint64(7));
    QCOMPARE(events.at(0).data, QByteArray("ab\r\n"));
    QCOMPARE(events.at(1).type, Type::Frame);
    QCOMPARE(events.at(1).index, quint64(1));
    QCOMPARE(events.at(1).offset, qint64(4));
    QCOMPARE(events.at(1).size, qint64(2));
    QCOMPARE(events.at(1).text, QStringLiteral("\\r\\n")); // the spec form the user types
    QCOMPARE(events.at(2).type, Type::TerminatorChanged);
    QCOMPARE(events.at(2).text, QStringLiteral("count:5"));
    QCOMPARE(events.at(2).terminator, Terminator::count(5));
    QCOMPARE(events.at(2).code, int(TerminatorCause::Profile));
    QVERIFY(events.at(2).rearm);
    QCOMPARE(events.at(3).type, Type::Sent);
    QCOMPARE(events.at(3).size, qint64(9));
    for (const EngineEvent &e : events)
        QVERIFY(e.timeUs > 0);
    QVERIFY(events.at(0).timeUs <= events.at(3).timeUs);

    QVERIFY(!batch.hasEvents());
    QVERIFY(batch.takeEvents().isEmpty());
}

// Received bytes are captured up to the limit per connection; the sizes stay true, so the
// window can say how much it did not keep.
void TestEventBatch::captureLimitKeepsSizes()
{
    EventBatch batch;
    batch.setCaptureLimit(6);
    auto c = channel(1);
    batch.chunk(c.get(), echo, 0, "abcd", 4);
    batch.chunk(c.get(), echo, 4, "efgh", 4);
    batch.chunk(c.get(), echo, 8, "ijkl", 4);
    auto other = channel(2); // its own budget
    batch.chunk(other.get(), echo, 0, "wxyz", 4);
    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).data, QByteArray("abcd"));
    QCOMPARE(events.at(1).data, QByteArray("ef"));
    QCOMPARE(events.at(1).size, qint64(4));
    QCOMPARE(events.at(2).data, QByteArray());
    QCOMPARE(events.at(2).size, qint64(4));
    QCOMPARE(events.at(2).offset, qint64(8));
    QCOMPARE(events.at(3).data, QByteArray("wxyz"));
}

void TestEventBatch::pushedCapturedUpToLimit()
{
    EventBatch batch;
    batch.setCaptureLimit(5);
    auto c = channel(1);
    batch.pushed(c.get(), echo, QByteArray("abc"));
    batch.pushed(c.get(), echo, QByteArray("defg"));
    batch.pushed(c.get(), echo, QByteArray("h"));
    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).type, Type::Pushed);
    QCOMPARE(events.at(0).data, QByteArray("abc"));
    QCOMPARE(events.at(1).data, QByteArray("de"));
    QCOMPARE(events.at(1).size, qint64(4));
    QCOMPARE(events.at(2).data, QByteArray());
    QCOMPARE(events.at(2).size, qint64(1));

    EventBatch unlimited;
    unlimited.setCaptureLimit(-1);
    const QByteArray big(100000, 'x');
    unlimited.pushed(c.get(), echo, big);
    QCOMPARE(unlimited.takeEvents().at(0).data, big);
}

// Past MaxEvents a connection's events are counted, not kept, and one Dropped event says
// how many; server events always get through.
void TestEventBatch::connectionEventsCappedServerEventsNot()
{
    EventBatch batch;
    auto c = channel(1);
    for (int i = 0; i < EventBatch::MaxEvents + 25; ++i)
        batch.sent(c.get(), echo, 1);
    batch.serverEvent(3, Type::ServerStopped);
    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.size(), EventBatch::MaxEvents + 2);
    QCOMPARE(events.at(EventBatch::MaxEvents).type, Type::ServerStopped);
    QCOMPARE(events.last().type, Type::Dropped);
    QCOMPARE(events.last().size, qint64(25));

    // The count starts again after a take.
    batch.sent(c.get(), echo, 1);
    const QVector<EngineEvent> next = batch.takeEvents();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().type, Type::Sent);
}

void TestEventBatch::changedOncePerFlush()
{
    EventBatch batch;
    auto a = channel(1);
    auto b = channel(2);
    batch.chunk(a.get(), echo, 0, "x", 1);
    batch.sent(b.get(), echo, 1);
    batch.chunk(a.get(), echo, 1, "y", 1);
    a->setTerminator(Terminator::bytes("\n"));
    QVERIFY(batch.hasChanges());
    const QVector<ConnectionInfo> changed = batch.takeChanged();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).id, quint64(1));
    QCOMPARE(changed.at(0).server, 3);
    QCOMPARE(changed.at(0).profile, ProfileId::Echo);
    QCOMPARE(changed.at(0).terminator, QStringLiteral("\\n"));
    QCOMPARE(changed.at(0).state, ConnectionInfo::State::Connecting); // never connected
    QCOMPARE(changed.at(1).id, quint64(2));
    QVERIFY(!batch.hasChanges());
    QVERIFY(batch.takeChanged().isEmpty());

    batch.sent(a.get(), echo, 1);
    QCOMPARE(batch.takeChanged().size(), 1);
}

// A close takes the connection's last snapshot; a reason set beforehand (eviction) wins
// over the channel's own; after the flush the batch forgets the connection.
void TestEventBatch::closeSnapshotAndReason()
{
    EventBatch batch;
    auto c = channel(9);
    batch.chunk(c.get(), echo, 0, "abc", 3);
    const ChannelFault evicted = ChannelFault::of(ChannelError::Evicted);
    const ChannelFault idle = ChannelFault::of(ChannelError::IdleTimeout, 100);
    batch.setCloseReason(9, evicted);
    batch.closed(c.get(), echo, idle);
    c.reset(); // the channel is gone; its snapshot is not

    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.last().type, Type::ConnectionClosed);
    QCOMPARE(events.last().fault, evicted);
    const QVector<ConnectionInfo> changed = batch.takeChanged();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().state, ConnectionInfo::State::Closed);
    QCOMPARE(changed.first().closeFault, evicted);
    QVERIFY(changed.first().closedUs >= changed.first().openedUs);

    // The reason was used once: the next connection with that id closes with its own.
    auto again = channel(9);
    batch.closed(again.get(), echo, idle);
    QCOMPARE(batch.takeEvents().last().fault, idle);
}

// The headless mode: lifecycle events only, no per-connection records to send.
void TestEventBatch::connectionsDetailKeepsNoRecords()
{
    EventBatch batch;
    auto c = channel(4);
    batch.chunk(c.get(), echo, 0, "abc", 3); // a Full record...
    batch.setDetail(Engine::Detail::Connections);
    QVERIFY(!batch.isFullDetail());
    QVERIFY(!batch.hasChanges()); // ...forgotten with the detail
    batch.opened(c.get(), echo);
    batch.error(c.get(), echo, ChannelFault::of(ChannelError::PeerReset));
    batch.closed(c.get(), echo, ChannelFault());
    QVERIFY(!batch.hasChanges());
    const QVector<EngineEvent> events = batch.takeEvents();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(1).type, Type::ConnectionOpened);
    QCOMPARE(events.at(2).type, Type::Error);
    QCOMPARE(events.at(2).code, int(ChannelError::PeerReset));
    QCOMPARE(events.at(2).fault, ChannelFault::of(ChannelError::PeerReset));
    QCOMPARE(events.at(3).type, Type::ConnectionClosed);

    batch.setDetail(Engine::Detail::Full);
    QVERIFY(batch.isFullDetail());
    batch.sent(c.get(), echo, 1);
    QCOMPARE(batch.takeChanged().size(), 1);
}

QTEST_GUILESS_MAIN(TestEventBatch)
#include "tst_eventbatch.moc"
