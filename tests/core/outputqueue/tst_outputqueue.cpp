// The output queue charges memory, not payload (issue 14 item 1): small pushes are copied
// into shared blocks, every entry is charged its overhead and the whole allocation it
// pins, and backpressure and caps (the chat's slow-reader cap) read that figure.
#include "channeltestpeer.h"
#include "liveheap.h"

#include <QTest>

using namespace acw;
using namespace acwtest;

class TestOutputQueue : public QObject
{
    Q_OBJECT
private slots:
    void millionTinyPushesCostTheirPayload();
    void pushesAreCopies();
    void orderKeptThroughBlocksAndPartialSends();
    void backpressureCountsMemory();
};

// A million 2-byte pushes to a peer that takes nothing (unconnected, R49: only queued):
// they used to cost an entry and an allocation each, over 100 MB; now about their 2 MB.
void TestOutputQueue::millionTinyPushesCostTheirPayload()
{
    const qint64 before = liveHeapBytes();
    {
        AsyncChat c;
        const QByteArray line("a\n");
        for (int i = 0; i < 1000000; ++i)
            c.push(line);
        const qint64 payload = 2000000;
        QCOMPARE(c.counters().queuedBytes, payload);
        const qint64 charged = c.queuedMemory();
        const qint64 grown = liveHeapBytes() - before;
        qInfo("1,000,000 pushes of 2 bytes: %lld bytes charged, heap grew %lld bytes", charged,
            grown);
        QVERIFY2(charged >= payload && charged < payload + payload / 8,
            qPrintable(QString::number(charged)));
        QVERIFY2(grown < 2 * payload, qPrintable(QString::number(grown)));
        QVERIFY(c.outputQueue().size() < 200); // blocks of up to 16 KiB
        c.discardBuffers();
        QCOMPARE(c.queuedMemory(), 0);
    }
    QVERIFY(liveHeapBytes() - before < 64 * 1024);
}

// Q14: a push is a copy as far as the caller can tell, small (copied into a block) or
// large (implicitly shared).
void TestOutputQueue::pushesAreCopies()
{
    AsyncChat c;
    QByteArray small("abc");
    QByteArray big(10000, 'b');
    c.push(small);
    c.push(big);
    c.push(small);
    small[0] = 'X';
    big[0] = 'X';
    const QList<OutputEntry> q = c.outputQueue();
    QCOMPARE(q.size(), 3);
    QCOMPARE(q[0].preview, QByteArray("abc"));
    QCOMPARE(q[1].preview, QByteArray(64, 'b'));
    QCOMPARE(q[2].preview, QByteArray("abc"));
    QCOMPARE(c.counters().queuedBytes, qint64(10006));
    QVERIFY(c.queuedMemory() >= 10006);
}

// Tiny, large and produced pushes interleaved, sent through a real socket whose reader
// is slow at first: the peer gets every byte, in order.
void TestOutputQueue::orderKeptThroughBlocksAndPartialSends()
{
    ChannelTestServer server;
    RawPeer peer(16 * 1024);
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    c->setWriteWatermarks(128 * 1024, 32 * 1024);
    QByteArray expected;
    for (int i = 0; i < 60000; ++i) {
        QByteArray piece = QByteArray::number(i) + ',';
        if (i % 5000 == 0)
            piece += QByteArray(9000, char('a' + i / 5000));
        c->push(piece);
        expected += piece;
        if (i % 20000 == 1) {
            const QByteArray produced = QByteArray("produced-").repeated(1000);
            c->pushWithProducer(std::make_unique<acw::SimpleProducer>(produced, 3000));
            expected += produced;
        }
    }
    QVERIFY(c->outputQueue().size() > 1); // the reader has not kept up: it is queued
    QTRY_VERIFY_WITH_TIMEOUT(peer.drain().size() >= expected.size(), 20000);
    QCOMPARE(peer.received().size(), expected.size());
    QVERIFY(peer.received() == expected);
    QTRY_COMPARE(c->queuedMemory(), 0);
}

// Reading pauses on memory owed: tiny echoes of a peer that never reads stop the reading
// about the high watermark of memory, not of payload.
void TestOutputQueue::backpressureCountsMemory()
{
    ChannelTestServer server;
    server.factory = [] {
        auto *c = new AsyncChat;
        c->setWriteWatermarks(256 * 1024, 64 * 1024);
        return c;
    };
    RawPeer peer(4096);
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    qint64 pushed = 0;
    while (pushed < 64 * 1024 * 1024) {
        c->push("z\n");
        pushed += 2;
        if (c->isReadPaused())
            break; // look at it now, before the socket flushes
        if (pushed % 65536 == 0)
            QCoreApplication::processEvents();
    }
    QVERIFY(c->isReadPaused());
    QVERIFY2(c->queuedMemory() >= 256 * 1024, qPrintable(QString::number(c->queuedMemory())));
    QVERIFY2(c->queuedMemory() < 256 * 1024 + 16 * 1024 + 256,
        qPrintable(QString::number(c->queuedMemory())));
}

QTEST_GUILESS_MAIN(TestOutputQueue)
#include "tst_outputqueue.moc"
