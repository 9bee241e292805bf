// AsyncChat over real loopback sockets: CPython's test_asynchat T1-T11 re-expressed
// (spec section 7), and the output rules R40-R49 with the deliberate differences Q8, Q12.
#include "channeltestpeer.h"
#include "closedport.h"

#include "channel/channelobserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace acw;
using namespace acwtest;

namespace {

const QByteArray kHello = QByteArrayLiteral("hello world");
const QByteArray kNotDead = QByteArrayLiteral("I'm not dead yet!");

QList<QByteArray> framesOf(const QSignalSpy &spy)
{
    QList<QByteArray> frames;
    for (const auto &args : spy)
        frames.append(args.at(0).toByteArray());
    return frames;
}

QByteArray joined(const QSignalSpy &spy)
{
    QByteArray all;
    for (const auto &args : spy)
        all.append(args.at(0).toByteArray());
    return all;
}

// Echoes each frame back with a newline (the reply a request/response server gives).
class EchoChannel : public AsyncChat
{
public:
    QByteArray suffix = QByteArrayLiteral("\n");
    QByteArray reply; // when set, sent instead of the frame
protected:
    void foundTerminator() override
    {
        const QByteArray frame = takeIncoming();
        push(reply.isEmpty() ? frame + suffix : reply);
    }
};

struct Recorder : ChannelObserver
{
    QStringList events;
    QList<qint64> frameEnds, frameSizes;
    QList<Terminator> frameTerminators;
    qint64 chunkBytes = 0, sent = 0;
    void channelConnected(AsyncChat *) override { events << QStringLiteral("connected"); }
    void channelChunk(AsyncChat *, qint64 offset, const char *, qsizetype size) override
    {
        QCOMPARE(offset, chunkBytes); // chunks are contiguous in the stream
        chunkBytes += size;
    }
    void channelFrame(AsyncChat *, quint64 index, qint64 endOffset, qint64 frameSize,
        const Terminator &terminator) override
    {
        QCOMPARE(index, quint64(frameEnds.size()));
        frameEnds << endOffset;
        frameSizes << frameSize;
        frameTerminators << terminator;
    }
    void channelTerminatorChanged(AsyncChat *, const Terminator &t, TerminatorCause, bool) override
    {
        events << QStringLiteral("terminator ") + t.toSpec();
    }
    void channelPushed(AsyncChat *, const QByteArray &d) override
    {
        events << QStringLiteral("push %1").arg(d.size());
    }
    void channelSent(AsyncChat *, qint64 bytes) override { sent += bytes; }
    void channelError(AsyncChat *, const ChannelFault &fault) override
    {
        events << QStringLiteral("error %1").arg(int(fault.error));
    }
    void channelClosed(AsyncChat *, const ChannelFault &fault) override
    {
        events << QStringLiteral("closed %1").arg(int(fault.error));
    }
};

} // namespace

class TestAsyncChat : public QObject
{
    Q_OBJECT
private slots:
    void lineTerminator_data();
    void lineTerminator();
    void numericTerminator_data();
    void numericTerminator();
    void noneTerminatorStreams();
    void emptyLine();
    void terminatorChangedInCallback();
    void simpleProducerToChannel();
    void clientQueuesBeforeConnect();
    void clientCloseWhenDoneBeforeConnect();
    void pushOrderWithProducers();
    void pushCopiesData();
    void closeWhenDoneSendsQueuedOnly();
    void closeWhenDoneAfterProducer();
    void discardBuffersCancelsClose();
    void closeInsideFrameStopsFraming();
    void closeIsImmediate();
    void frameTooLongCloses();
    void frameTooLongDiscardPolicy();
    void countAboveMaxFrameRefused();
    void clientRefused();
    void halfCloseGetsReply_data();
    void halfCloseGetsReply();
    void peerCloseWithUnframedInput();
    void outputQueueSnapshot();
    void observerAndCounters();
    void observerCountTerminator();
    void clientConnectsByName_data();
    void clientConnectsByName();
    void peerAddressIsPlainIPv4();
};

// T1-T3: line terminators, the peer writing 1-, 2- and 3-byte pieces and the channel
// reading that many bytes per read, so terminators are split across reads (R23).
void TestAsyncChat::lineTerminator_data()
{
    QTest::addColumn<QByteArray>("terminator");
    QTest::addColumn<int>("piece");
    for (const char *t : { "\n", "\r\n", "qqq" }) {
        for (int piece : { 1, 2, 3 }) {
            QTest::addRow("%s/%d", Terminator::escape(t).toLatin1().constData(), piece)
                << QByteArray(t) << piece;
        }
    }
}

void TestAsyncChat::lineTerminator()
{
    QFETCH(QByteArray, terminator);
    QFETCH(int, piece);
    ChannelTestServer server;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes(terminator));
        c->setInBufferSize(piece);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QSignalSpy frames(server.channel(), &AsyncChat::frameReceived);
    const QByteArray data
        = "hello " + QByteArray("world") + terminator + kNotDead + terminator + "QUIT" + terminator;
    QVERIFY(peer.sendAll(data, piece));
    QTRY_COMPARE(frames.size(), 3);
    QCOMPARE(framesOf(frames), (QList<QByteArray> { kHello, kNotDead, "QUIT" }));
    QCOMPARE(server.channel()->counters().frames, quint64(3));
    QVERIFY(server.channel()->counters().reads >= data.size() / piece);
}

// T4, T5: a numeric terminator fires once and is not re-armed (R24, Q2).
void TestAsyncChat::numericTerminator_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("T4 count:1") << 1 << QByteArray("h");
    QTest::newRow("T5 count:6") << 6 << QByteArray("hello ");
}

void TestAsyncChat::numericTerminator()
{
    QFETCH(int, count);
    QFETCH(QByteArray, frame);
    ChannelTestServer server;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::count(count));
        c->setInBufferSize(1);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QSignalSpy frames(server.channel(), &AsyncChat::frameReceived);
    QSignalSpy stream(server.channel(), &AsyncChat::streamReceived);
    const QByteArray data = "hello world, I'm not dead yet!\nQUIT\n";
    QVERIFY(peer.sendAll(data, 1));
    // After the count the terminator is none: the rest arrives as a stream.
    QTRY_COMPARE(joined(stream), data.mid(count));
    QCOMPARE(framesOf(frames), QList<QByteArray> { frame });
    QVERIFY(server.channel()->terminator().isNone());
}

// T6: with no terminator everything is collected and no frame fires (R22). Ours emits
// the data as it arrives; it is also collected, as in asynchat, up to the maximum frame.
void TestAsyncChat::noneTerminatorStreams()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QVERIFY(c->terminator().isNone()); // Q1: a fresh channel's terminator is none
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    QSignalSpy stream(c, &AsyncChat::streamReceived);
    const QByteArray data = "hello world, I'm not dead yet!\n";
    QVERIFY(peer.sendAll(data, 3));
    QTRY_COMPARE(joined(stream), data);
    QCOMPARE(frames.size(), 0);
    // As in asynchat, what arrived under none is collected: a terminator set later frames
    // it (issue 8 item 3: the frame the inspector shows is the frame a profile gets).
    QCOMPARE(c->pendingInput(), data);
    QCOMPARE(c->collectedSize(), qint64(data.size()));
    QVERIFY(c->setTerminator(Terminator::count(3)));
    QVERIFY(peer.sendAll("abc", 1));
    QTRY_COMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toByteArray(), data + "abc");
    QVERIFY(c->terminator().isNone()); // R24: a reached count becomes none
    // Memory stays bounded: past the maximum frame the kept copy of a stream is dropped.
    c->setMaxFrame(100);
    QVERIFY(peer.sendAll(QByteArray(250, 'z'), 50));
    QTRY_COMPARE(c->counters().bytesIn, qint64(data.size() + 3 + 250));
    QVERIFY(c->collectedSize() <= 100);
    QCOMPARE(c->pendingInput().size(), c->collectedSize());
}

// T9: a terminator at the start of the buffer gives an empty frame (R26).
void TestAsyncChat::emptyLine()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QSignalSpy frames(server.channel(), &AsyncChat::frameReceived);
    QVERIFY(peer.sendAll(kHello + "\n\n" + kNotDead + "\n", 1));
    QTRY_COMPARE(frames.size(), 3);
    QCOMPARE(framesOf(frames), (QList<QByteArray> { kHello, QByteArray(), kNotDead }));
}

// R25 over a socket: a terminator set from the frame signal applies to the next byte of
// the same read.
void TestAsyncChat::terminatorChangedInCallback()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\r\n"));
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    QSignalSpy stream(c, &AsyncChat::streamReceived);
    connect(c, &AsyncChat::frameReceived, c, [c](const QByteArray &frame) {
        c->setTerminator(frame == "LINE1" ? Terminator::count(5) : Terminator::none());
    });
    QVERIFY(peer.sendAll("LINE1\r\n12345rest-of-data"));
    QTRY_COMPARE(joined(stream), QByteArray("rest-of-data"));
    QCOMPARE(framesOf(frames), (QList<QByteArray> { "LINE1", "12345" }));
}

// T7: a client channel sends through simple_producer(data, 8) (R48); the server frames.
void TestAsyncChat::simpleProducerToChannel()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        return c;
    };
    QVERIFY(server.start());
    auto *client = new AsyncChat(&server);
    QSignalSpy connected(client, &AsyncChat::connected);
    client->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QVERIFY(connected.wait(5000));
    QCOMPARE(client->state(), AsyncChat::State::Connected);
    client->pushWithProducer(
        std::make_unique<SimpleProducer>(kHello + "\n" + kNotDead + "\nQUIT\n", 8));
    QTRY_VERIFY(server.channel());
    QSignalSpy frames(server.channel(), &AsyncChat::frameReceived);
    QTRY_COMPARE(frames.size(), 3);
    QCOMPARE(framesOf(frames), (QList<QByteArray> { kHello, kNotDead, "QUIT" }));
}

// R49: pushes made before the connect completes are sent once it does.
void TestAsyncChat::clientQueuesBeforeConnect()
{
    ChannelTestServer server;
    QList<QByteArray> frames;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        connect(c, &AsyncChat::frameReceived, this, [&](const QByteArray &f) { frames << f; });
        return c;
    };
    QVERIFY(server.start());
    auto *client = new AsyncChat(&server);
    client->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QCOMPARE(client->state(), AsyncChat::State::Connecting);
    client->push("early\n");
    client->push("bird\n");
    QCOMPARE(client->outputQueue().size(), 1); // small pushes share a block
    QCOMPARE(client->outputQueue().first().preview, QByteArray("early\nbird\n"));
    QTRY_COMPARE(frames.size(), 2);
    QCOMPARE(frames, (QList<QByteArray> { "early", "bird" }));
    QVERIFY(client->outputQueue().isEmpty());
    QCOMPARE(client->peerAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(client->peerPort(), server.serverPort());
}

// R49 + R45: a client that queues a request and closeWhenDone() before the connect
// completes sends the request, then closes; the server sees the frame, then the close.
void TestAsyncChat::clientCloseWhenDoneBeforeConnect()
{
    ChannelTestServer server;
    QList<QByteArray> frames;
    int serverClosed = 0;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        connect(c, &AsyncChat::frameReceived, this, [&](const QByteArray &f) { frames << f; });
        connect(c, &AsyncChat::closed, this, [&] { ++serverClosed; });
        return c;
    };
    QVERIFY(server.start());
    QPointer<AsyncChat> client = new AsyncChat;
    QSignalSpy errors(client.data(), &AsyncChat::errorOccurred);
    QSignalSpy closed(client.data(), &AsyncChat::closed);
    client->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    client->push("request\n");
    client->closeWhenDone();
    client->push("never\n");
    QCOMPARE(client->state(), AsyncChat::State::Connecting);
    QTRY_COMPARE(closed.size(), 1);
    QTRY_COMPARE(serverClosed, 1);
    QCOMPARE(frames, QList<QByteArray> { "request" });
    QCOMPARE(errors.size(), 0);
    QTRY_VERIFY(client.isNull());
}

// R41-R43: byte order is queue order, producers drained in place; outBufferSize slicing
// does not change the bytes.
void TestAsyncChat::pushOrderWithProducers()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    c->setOutBufferSize(4);
    const QByteArray big = patternBytes(300 * 1024);
    c->push("abcdefghij");
    c->pushWithProducer(std::make_unique<SimpleProducer>("0123456789", 3));
    c->push("XY");
    c->pushWithProducer(std::make_unique<SimpleProducer>(big, 1000));
    c->push("end");
    const QByteArray expected = "abcdefghij0123456789XY" + big + "end";
    QTRY_COMPARE(peer.drain().size(), expected.size());
    QCOMPARE(peer.received(), expected);
    QTRY_COMPARE(c->counters().bytesOut, qint64(expected.size()));
    QCOMPARE(c->counters().pushes, qint64(5));
}

// Q14, deliberately different: push() copies, so a later change is not sent.
void TestAsyncChat::pushCopiesData()
{
    ChannelTestServer server;
    QList<QByteArray> frames;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        connect(c, &AsyncChat::frameReceived, this, [&](const QByteArray &f) { frames << f; });
        return c;
    };
    QVERIFY(server.start());
    auto *client = new AsyncChat(&server);
    client->connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
    QByteArray data("bytes\n");
    client->push(data); // queued: not connected yet
    data[0] = 'X';
    client->push(data);
    QTRY_COMPARE(frames.size(), 2);
    QCOMPARE(frames, (QList<QByteArray> { "bytes", "Xytes" }));
}

// R45, T10: what was queued before closeWhenDone() is sent, then the close; data pushed
// after it is never sent (Q11).
void TestAsyncChat::closeWhenDoneSendsQueuedOnly()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QPointer<AsyncChat> c = server.channel();
    QSignalSpy closed(c.data(), &AsyncChat::closed);
    QSignalSpy errors(c.data(), &AsyncChat::errorOccurred);
    c->push("one\n");
    c->push("two\n");
    c->closeWhenDone();
    QCOMPARE(c->state(), AsyncChat::State::Closing);
    c->push("three\n");
    QTRY_VERIFY(peer.atEnd());
    QCOMPARE(peer.received(), QByteArray("one\ntwo\n"));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(errors.size(), 0);
    QTRY_VERIFY(c.isNull()); // deleteLater after closed()
}

// The marker waits behind a producer's whole output (1 MiB, more than the watermark).
void TestAsyncChat::closeWhenDoneAfterProducer()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    c->setWriteWatermarks(128 * 1024, 32 * 1024);
    qint64 produced = 0;
    c->pushWithProducer(std::make_unique<PatternProducer>(1024 * 1024, &produced));
    c->closeWhenDone();
    c->push("never");
    QTRY_VERIFY_WITH_TIMEOUT(peer.atEnd(), 10000);
    QCOMPARE(peer.received().size(), 1024 * 1024);
    QCOMPARE(peer.received(), patternBytes(1024 * 1024));
}

// Q12: discardBuffers() cancels a pending closeWhenDone(); the channel lives on.
void TestAsyncChat::discardBuffersCancelsClose()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy closed(c, &AsyncChat::closed);
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    c->setOutBufferSize(2);
    c->closeWhenDone();
    c->discardBuffers();
    QCOMPARE(c->state(), AsyncChat::State::Connected);
    QVERIFY(c->outputQueue().isEmpty());
    c->push("after\n");
    QTRY_COMPARE(peer.drain(), QByteArray("after\n"));
    QVERIFY(peer.sendAll("still here\n"));
    QTRY_COMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toByteArray(), QByteArray("still here"));
    QCOMPARE(closed.size(), 0);
    QVERIFY(!peer.atEnd());
}

// Q8, deliberately different: after close() in a frame slot no more frames come, even
// from the same read.
void TestAsyncChat::closeInsideFrameStopsFraming()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        QObject::connect(c, &AsyncChat::frameReceived, c, &AsyncChat::close);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    QSignalSpy frames(server.channel(), &AsyncChat::frameReceived);
    QSignalSpy closed(server.channel(), &AsyncChat::closed);
    QVERIFY(peer.sendAll("a\nb\nc\n"));
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(framesOf(frames), QList<QByteArray> { "a" });
    QTRY_VERIFY(peer.atEnd());
}

// R64: close() is immediate and drops queued output.
void TestAsyncChat::closeIsImmediate()
{
    ChannelTestServer server;
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy closed(c, &AsyncChat::closed);
    QSignalSpy errors(c, &AsyncChat::errorOccurred);
    c->push(QByteArray(4 * 1024 * 1024, 'x'));
    c->close();
    QCOMPARE(closed.size(), 1); // synchronously
    QCOMPARE(c->state(), AsyncChat::State::Closed);
    QVERIFY(c->outputQueue().isEmpty());
    c->push("ignored");
    QCOMPARE(errors.size(), 0);
    QTRY_VERIFY(peer.atEnd());
    QVERIFY(peer.received().size() < 4 * 1024 * 1024);
}

// Q15: past maxFrame the channel reports a clear error, then closes.
void TestAsyncChat::frameTooLongCloses()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\r\n"));
        c->setMaxFrame(16);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QStringList order;
    connect(c, &AsyncChat::errorOccurred, this, [&](ChannelError e, const ChannelFault &fault) {
        QCOMPARE(e, ChannelError::FrameTooLong);
        order << QStringLiteral("frame longer than %1 bytes").arg(fault.limit);
    });
    connect(c, &AsyncChat::closed, this, [&] { order << QStringLiteral("closed"); });
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    // The channel closes mid-send, so the peer's later pieces may fail: not checked.
    peer.sendAll("short\r\n" + QByteArray(100, 'x'), 7, 2000);
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order,
        (QStringList { QStringLiteral("frame longer than 16 bytes"), QStringLiteral("closed") }));
    QCOMPARE(framesOf(frames), QList<QByteArray> { "short" });
    QTRY_VERIFY(peer.atEnd());
}

// The Lab's policy: report the oversize frame, skip it, go on with the next one.
void TestAsyncChat::frameTooLongDiscardPolicy()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        c->setMaxFrame(8);
        c->setOverflowPolicy(Framer::OverflowPolicy::DiscardFrame);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy errors(c, &AsyncChat::errorOccurred);
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    QVERIFY(peer.sendAll("0123456789ABCDEF\nok\n", 5));
    QTRY_COMPARE(frames.size(), 1);
    QCOMPARE(frames.at(0).at(0).toByteArray(), QByteArray("ok"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(0).value<ChannelError>(), ChannelError::FrameTooLong);
    QCOMPARE(c->state(), AsyncChat::State::Connected);
}

// A declared count is checked before buffering (Twisted's IntNStringReceiver rule).
void TestAsyncChat::countAboveMaxFrameRefused()
{
    AsyncChat c;
    c.setMaxFrame(10);
    QVERIFY(c.setTerminator(Terminator::bytes("\n")));
    QVERIFY(!c.setTerminator(Terminator::count(11)));
    QCOMPARE(c.terminator(), Terminator::bytes("\n"));
    QVERIFY(c.setTerminator(Terminator::count(10)));
}

// Client mode: a closed port is "connection refused", quickly, then closed().
void TestAsyncChat::clientRefused()
{
    const acwtest::ClosedPort closedPort; // bound, never listening: connects are refused
    const quint16 port = closedPort.port();
    QVERIFY(port != 0);
    QPointer<AsyncChat> client = new AsyncChat;
    QSignalSpy errors(client.data(), &AsyncChat::errorOccurred);
    QSignalSpy closed(client.data(), &AsyncChat::closed);
    client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(errors.wait(1000));
    QCOMPARE(errors.at(0).at(0).value<ChannelError>(), ChannelError::ConnectionRefused);
    QCOMPARE(errors.at(0).at(1).value<ChannelFault>(),
        ChannelFault::of(ChannelError::ConnectionRefused));
    QTRY_COMPARE(closed.size(), 1);
    QTRY_VERIFY(client.isNull());
}

// Q21, reliability B.13: a peer that shuts down its sending side right after its request
// still gets the whole reply, then the close.
void TestAsyncChat::halfCloseGetsReply_data()
{
    QTest::addColumn<int>("replySize");
    QTest::newRow("20 B") << 20;
    QTest::newRow("200 kB") << 200 * 1000;
}

void TestAsyncChat::halfCloseGetsReply()
{
    QFETCH(int, replySize);
    const QByteArray reply = patternBytes(replySize);
    ChannelTestServer server;
    int errors = 0;
    int closed = 0;
    server.factory = [&] {
        auto *c = new EchoChannel;
        c->setTerminator(Terminator::bytes("\r\n"));
        c->reply = reply;
        connect(c, &AsyncChat::errorOccurred, this, [&] { ++errors; });
        connect(c, &AsyncChat::closed, this, [&] { ++closed; });
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    QVERIFY(peer.sendAll("GET /kongxx HTTP/1.0\r\n"));
    peer.shutdownWrite();
    QTRY_VERIFY_WITH_TIMEOUT(peer.atEnd(), 10000);
    QCOMPARE(peer.received().size(), reply.size());
    QCOMPARE(peer.received(), reply);
    QTRY_COMPARE(closed, 1);
    QCOMPARE(errors, 0);
    QTRY_VERIFY(server.channel() == nullptr); // deleted after closed()
}

// Q7: an orderly peer close is not an error; unframed input is not turned into a frame
// but is still visible when closed() is emitted.
void TestAsyncChat::peerCloseWithUnframedInput()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\r\n"));
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    QSignalSpy errors(c, &AsyncChat::errorOccurred);
    QByteArray pending, held;
    bool closed = false;
    connect(c, &AsyncChat::closed, this, [&] {
        pending = c->pendingInput();
        held = c->heldBack();
        closed = true;
    });
    QVERIFY(peer.sendAll("line\r\npartial-no-terminator\r"));
    peer.close();
    QTRY_VERIFY(closed);
    QCOMPARE(framesOf(frames), QList<QByteArray> { "line" });
    QCOMPARE(pending, QByteArray("partial-no-terminator"));
    QCOMPARE(held, QByteArray("\r"));
    QCOMPARE(errors.size(), 0);
}

// The inspector's view of the queue: data previews, producers, the marker, and what
// follows it (queued, never sent). Unconnected, so nothing leaves (R49).
void TestAsyncChat::outputQueueSnapshot()
{
    AsyncChat c;
    c.push(QByteArray(100, 'a'));
    c.pushWithProducer(std::make_unique<SimpleProducer>("0123456789", 4));
    c.closeWhenDone();
    c.push("after");
    const QList<OutputEntry> q = c.outputQueue();
    QCOMPARE(q.size(), 4);
    QCOMPARE(q[0].kind, OutputEntry::Kind::Data);
    QCOMPARE(q[0].size, 100);
    QCOMPARE(q[0].preview, QByteArray(64, 'a'));
    QCOMPARE(q[1].kind, OutputEntry::Kind::Producer);
    QCOMPARE(q[1].size, 10);
    QCOMPARE(q[1].description, QStringLiteral("simple_producer"));
    QCOMPARE(q[2].kind, OutputEntry::Kind::CloseMarker);
    QCOMPARE(q[3].preview, QByteArray("after"));
    QCOMPARE(c.counters().queuedBytes, qint64(105));
    QCOMPARE(c.counters().pushes, qint64(3));
    c.discardBuffers();
    QVERIFY(c.outputQueue().isEmpty());
    QCOMPARE(c.counters().queuedBytes, qint64(0));
}

// Observer hooks: stream offsets, frame sizes and the terminator that matched, pushes,
// sends and the close, in order.
void TestAsyncChat::observerAndCounters()
{
    Recorder rec;
    ChannelTestServer server;
    server.factory = [&] {
        auto *c = new EchoChannel;
        c->setTerminator(Terminator::bytes("\r\n"));
        c->setInBufferSize(3);
        c->setObserver(&rec);
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QVERIFY(peer.sendAll("ab\r\n\r\nxyz\r\n"));
    QTRY_COMPARE(peer.drain(), QByteArray("ab\n\nxyz\n"));
    QCOMPARE(rec.frameEnds, (QList<qint64> { 4, 6, 11 }));
    QCOMPARE(rec.frameSizes, (QList<qint64> { 2, 0, 3 }));
    QCOMPARE(rec.frameTerminators.size(), 3);
    QCOMPARE(rec.frameTerminators.at(2), Terminator::bytes("\r\n"));
    QCOMPARE(rec.chunkBytes, qint64(11));
    QTRY_COMPARE(rec.sent, qint64(8));
    const AsyncChat::Counters k = c->counters();
    QCOMPARE(k.bytesIn, qint64(11));
    QCOMPARE(k.bytesOut, qint64(8));
    QCOMPARE(k.frames, quint64(3));
    QCOMPARE(k.pushes, qint64(3));
    QCOMPARE(k.reads, qint64(4));
    QCOMPARE(rec.events.first(), QStringLiteral("connected"));
    QCOMPARE(rec.events.count(QStringLiteral("push 3")), 1);
    c->close();
    QCOMPARE(rec.events.last(), QStringLiteral("closed 0")); // ChannelError::None: in order
}

// A count terminator re-armed per frame: the observer reports the count that matched,
// terminator() what is left of the current one (R13, R24).
void TestAsyncChat::observerCountTerminator()
{
    Recorder rec;
    ChannelTestServer server;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::count(3));
        c->setObserver(&rec);
        connect(c, &AsyncChat::frameReceived, c, [c] { c->setTerminator(Terminator::count(3)); });
        return c;
    };
    RawPeer peer;
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    QSignalSpy frames(c, &AsyncChat::frameReceived);
    QVERIFY(peer.sendAll("abcdefgh"));
    QTRY_COMPARE(c->counters().bytesIn, qint64(8));
    QCOMPARE(framesOf(frames), (QList<QByteArray> { "abc", "def" }));
    QCOMPARE(rec.frameEnds, (QList<qint64> { 3, 6 }));
    QCOMPARE(rec.frameSizes, (QList<qint64> { 3, 3 }));
    QCOMPARE(
        rec.frameTerminators, (QList<Terminator> { Terminator::count(3), Terminator::count(3) }));
    QCOMPARE(c->pendingInput(), QByteArray("gh"));
    QCOMPARE(c->terminator(), Terminator::count(1));
}

// Client mode by name and over IPv6 against a dual-stack listener (reliability F.41).
void TestAsyncChat::clientConnectsByName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("shownAs");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("::1") << QStringLiteral("::1") << QStringLiteral("::1");
    QTest::newRow("localhost") << QStringLiteral("localhost") << QString();
}

void TestAsyncChat::clientConnectsByName()
{
    QFETCH(QString, host);
    QFETCH(QString, shownAs);
    ChannelTestServer server;
    QList<QByteArray> frames;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        connect(c, &AsyncChat::frameReceived, this, [&](const QByteArray &f) { frames << f; });
        return c;
    };
    QVERIFY(server.listen(QHostAddress::Any, 0));
    auto *client = new AsyncChat(&server);
    QSignalSpy errors(client, &AsyncChat::errorOccurred);
    QSignalSpy connected(client, &AsyncChat::connected);
    client->connectToHost(host, server.serverPort());
    client->push("hello\n");
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(frames, QList<QByteArray> { "hello" });
    QCOMPARE(errors.size(), 0);
    if (!shownAs.isEmpty())
        QCOMPARE(client->peerAddress(), shownAs);
    else
        QVERIFY(client->peerAddress() == QLatin1String("::1")
                || client->peerAddress() == QLatin1String("127.0.0.1"));
}

// peerAddress(): a dual-stack listener sees ::ffff:127.0.0.1; shown as 127.0.0.1.
void TestAsyncChat::peerAddressIsPlainIPv4()
{
    ChannelTestServer server;
    if (!server.listen(QHostAddress::Any, 0))
        QFAIL("cannot listen on the dual-stack address");
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    QTRY_VERIFY(server.channel());
    AsyncChat *c = server.channel();
    QCOMPARE(c->socket()->peerAddress().protocol(), QAbstractSocket::IPv6Protocol);
    QCOMPARE(c->peerAddress(), QStringLiteral("127.0.0.1"));
    QVERIFY(c->peerPort() > 0);
}

QTEST_GUILESS_MAIN(TestAsyncChat)
#include "tst_asyncchat.moc"
