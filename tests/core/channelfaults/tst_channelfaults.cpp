// AsyncChat against misbehaving peers (reliability.md 1.3 and 2.B): reset mid-push,
// a peer that never reads (backpressure, bounded memory, the write deadline), a paused
// channel that cannot see the peer's close, idle and connect deadlines, error closes.
#include "channeltestpeer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace acw;
using namespace acwtest;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

class EchoChannel : public AsyncChat
{
protected:
    void foundTerminator() override { push(takeIncoming() + '\n'); }
};

// Answers the first frame with an error response, then fails with flush (a profile's
// "400 and close").
class RejectingChannel : public AsyncChat
{
protected:
    void foundTerminator() override
    {
        push("400 bad request\n");
        fail(ChannelFault::of(ChannelError::ProtocolError), true);
    }
};

// Emits frames like the default channel, or (rejects) answers like RejectingChannel.
class ScenarioChannel : public AsyncChat
{
public:
    bool rejects = false;

protected:
    void foundTerminator() override
    {
        if (!rejects) {
            AsyncChat::foundTerminator();
            return;
        }
        push("400 bad request\n");
        fail(ChannelFault::of(ChannelError::ProtocolError), true);
    }
};

struct Outcome
{
    QList<ChannelError> errors;
    QList<ChannelFault> faults;
    int closed = 0;
    qint64 bytesInAtClose = -1;
    bool pausedAtClose = false;
    qint64 unsentAtClose = -1;

    void watch(AsyncChat *c, QObject *context)
    {
        QObject::connect(
            c, &AsyncChat::errorOccurred, context, [this](ChannelError e, const ChannelFault &f) {
                errors << e;
                faults << f;
            });
        QObject::connect(c, &AsyncChat::closed, context, [this, c] {
            ++closed;
            bytesInAtClose = c->counters().bytesIn;
            pausedAtClose = c->isReadPaused();
            unsentAtClose = c->unsentAtClose();
        });
    }
};

} // namespace

class TestChannelFaults : public QObject
{
    Q_OBJECT
private slots:
    void peerResetMidPush();
    void backpressureBoundsProducer();
    void backpressureResumesWhenPeerReads();
    void echoToNonReaderStaysBounded();
    void resetStorm();
    void deleteFromCloseSlots_data();
    void deleteFromCloseSlots();
    void idleTimeout();
    void errorResponseIsFlushedThenClosed();
    void lingeringCloseKeepsReply();
    void lingeringCloseIsBounded();
    void connectTimeout();
};

// B.11: the channel pushes 8 MiB, the peer reads 1 KiB and resets (SO_LINGER 0). The
// channel closes (an error "connection reset by peer", or an orderly close if the RST
// raced ahead of our output) and is deleted; 10 other echo clients, running meanwhile,
// each get their 1 MiB back byte-exact.
void TestChannelFaults::peerResetMidPush()
{
    ChannelTestServer server;
    QList<Outcome *> outcomes;
    server.factory = [&] {
        auto *c = new EchoChannel;
        c->setTerminator(Terminator::bytes("\n"));
        auto *o = new Outcome;
        o->watch(c, this);
        outcomes << o;
        return c;
    };
    QVERIFY(server.start());
    RawPeer victim;
    QVERIFY(victim.connectTo(server.serverPort()));
    QTRY_VERIFY(server.channel(0));
    QPointer<AsyncChat> pusher = server.channel(0);
    pusher->push(patternBytes(8 * kMiB));

    std::vector<std::unique_ptr<RawPeer>> others;
    QByteArray lines;
    for (int i = 0; lines.size() < kMiB; ++i)
        lines += QByteArray::number(i).repeated(1 + i % 40) + '\n';
    for (int i = 0; i < 10; ++i) {
        others.push_back(std::make_unique<RawPeer>());
        QVERIFY(others.back()->connectTo(server.serverPort()));
    }

    QTRY_COMPARE(victim.drain(1024).size(), 1024);
    victim.reset();
    // Pump the 10 echo clients: send what the kernel takes, read what came back.
    std::vector<qsizetype> sent(others.size(), 0);
    (void)QTest::qWaitFor(
        [&] {
            bool done = true;
            for (size_t i = 0; i < others.size(); ++i) {
                if (sent[i] < lines.size())
                    sent[i] += others[i]->sendSome(lines.mid(sent[i], 64 * 1024));
                if (others[i]->drain().size() < lines.size())
                    done = false;
            }
            return done;
        },
        15000);
    for (const auto &peer : others)
        QCOMPARE(peer->received(), lines);

    QTRY_COMPARE(outcomes.at(0)->closed, 1);
    QVERIFY(outcomes.at(0)->errors.size() <= 1);
    if (!outcomes.at(0)->errors.isEmpty()) {
        QCOMPARE(outcomes.at(0)->errors.first(), ChannelError::PeerReset);
        QCOMPARE(outcomes.at(0)->faults.first(), ChannelFault::of(ChannelError::PeerReset));
        QVERIFY(outcomes.at(0)->unsentAtClose > 0);
    }
    QTRY_VERIFY(pusher.isNull());
    for (int i = 1; i < outcomes.size(); ++i)
        QCOMPARE(outcomes.at(i)->errors.size(), 0);
    qDeleteAll(outcomes);
}

// B.16/B.17: a producer of 100 MiB to a peer that never reads. Only about highWatermark
// bytes are ever materialised; reading is paused, so 4 MiB the peer sends and its close
// go unseen, and the write deadline closes the channel.
void TestChannelFaults::backpressureBoundsProducer()
{
    ChannelTestServer server;
    Outcome outcome;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        c->setWriteTimeout(400);
        outcome.watch(c, this);
        return c;
    };
    RawPeer peer(64 * 1024);
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    const qint64 high = 1 * kMiB, out = 64 * 1024, chunk = 64 * 1024;
    c->setWriteWatermarks(high, 256 * 1024);
    c->setOutBufferSize(out);
    qint64 produced = 0;
    c->pushWithProducer(std::make_unique<PatternProducer>(100 * kMiB, &produced, chunk));
    QVERIFY(c->isReadPaused());

    // The peer sends 4 MiB (what the kernel takes) and closes: hidden from a paused channel.
    const qint64 burstSent = peer.sendSome(QByteArray(4 * kMiB, 'y')); // what the kernel takes
    QVERIFY(burstSent > 0);
    peer.shutdownWrite();

    qint64 maxSocketBuffer = 0, maxOwed = 0, maxAhead = 0;
    bool everResumed = false;
    (void)QTest::qWaitFor(
        [&] {
            if (QPointer<AsyncChat> p = server.channel()) {
                maxSocketBuffer = qMax(maxSocketBuffer, p->socket()->bytesToWrite());
                maxOwed = qMax(maxOwed, p->counters().queuedBytes);
                maxAhead = qMax(maxAhead, produced - p->counters().bytesOut);
                everResumed = everResumed || !p->isReadPaused();
            }
            return outcome.closed != 0;
        },
        10000);
    QVERIFY2(maxAhead <= high + out + chunk, qPrintable(QString::number(maxAhead)));
    QVERIFY(!everResumed);
    QVERIFY2(maxSocketBuffer <= high + out, qPrintable(QString::number(maxSocketBuffer)));
    QVERIFY2(maxOwed <= high + out + chunk, qPrintable(QString::number(maxOwed)));
    QVERIFY(produced < 20 * kMiB);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::WriteTimeout });
    QCOMPARE(outcome.faults.first(), ChannelFault::of(ChannelError::WriteTimeout, 400));
    QCOMPARE(outcome.bytesInAtClose, 0); // nothing of the 4 MiB was read
    QVERIFY(outcome.pausedAtClose);
}

// Below the low watermark reading resumes; input held back meanwhile is then framed and
// the output arrives byte-exact.
void TestChannelFaults::backpressureResumesWhenPeerReads()
{
    ChannelTestServer server;
    QList<QByteArray> frames;
    QList<bool> pausedAtFrame;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setTerminator(Terminator::bytes("\n"));
        c->setWriteWatermarks(256 * 1024, 64 * 1024);
        connect(c, &AsyncChat::frameReceived, this, [&, c](const QByteArray &f) {
            frames << f;
            pausedAtFrame << c->isReadPaused();
        });
        return c;
    };
    RawPeer peer(64 * 1024);
    QVERIFY(server.connectPeer(peer));
    AsyncChat *c = server.channel();
    const qint64 total = 8 * kMiB;
    c->pushWithProducer(std::make_unique<PatternProducer>(total, nullptr));
    QVERIFY(c->isReadPaused());
    QVERIFY(peer.sendAll("ping\n"));
    QCOMPARE(frames.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(peer.drain().size() == total, 15000);
    QCOMPARE(peer.received(), patternBytes(total));
    QTRY_COMPARE(frames, QList<QByteArray> { "ping" });
    QCOMPARE(pausedAtFrame, QList<bool> { false });
    QVERIFY(!c->isReadPaused());
}

// B.16 with an echo server: the peer floods lines and never reads. The channel stops
// reading once about highWatermark bytes are owed, so its queue stays bounded, and the
// write deadline closes it.
void TestChannelFaults::echoToNonReaderStaysBounded()
{
    ChannelTestServer server;
    Outcome outcome;
    server.factory = [&] {
        auto *c = new EchoChannel;
        c->setTerminator(Terminator::bytes("\n"));
        c->setWriteTimeout(400);
        outcome.watch(c, this);
        return c;
    };
    RawPeer peer(64 * 1024);
    QVERIFY(server.connectPeer(peer));
    QPointer<AsyncChat> c = server.channel();
    const QByteArray lines = QByteArray("x\n").repeated(256 * 1024);
    qint64 flooded = 0, maxOwed = 0;
    (void)QTest::qWaitFor(
        [&] {
            flooded += peer.sendSome(lines);
            if (c)
                maxOwed = qMax(maxOwed, c->counters().queuedBytes);
            return outcome.closed != 0 || flooded >= 100 * kMiB;
        },
        10000);
    QTRY_COMPARE(outcome.closed, 1);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::WriteTimeout });
    // One read (64 KiB) is framed whole after the pause starts: its echoes may overshoot.
    QVERIFY2(maxOwed <= 1 * kMiB + 2 * 64 * 1024, qPrintable(QString::number(maxOwed)));
    QVERIFY(outcome.bytesInAtClose < 16 * kMiB);
    QVERIFY(flooded < 100 * kMiB);
}

// B.18 and B.15: 300 peers each send a request and reset at once, while the channels
// answer (writing to dead peers). Every channel closes and is deleted; no SIGPIPE, no
// crash, no socket left behind (the sanitizer pass runs this too).
void TestChannelFaults::resetStorm()
{
    ChannelTestServer server;
    server.setListenBacklogSize(1024);
    int closed = 0;
    QList<ChannelError> errors;
    server.factory = [&] {
        auto *c = new EchoChannel;
        c->setTerminator(Terminator::bytes("\n"));
        connect(c, &AsyncChat::closed, this, [&] { ++closed; });
        connect(c, &AsyncChat::errorOccurred, this, [&](ChannelError e) { errors << e; });
        return c;
    };
    QVERIFY(server.start());
    const int n = 300;
    for (int i = 0; i < n; ++i) {
        RawPeer peer;
        QVERIFY(peer.connectTo(server.serverPort()));
        peer.sendSome(QByteArray("request ").repeated(1 + i % 50) + '\n');
        peer.reset();
        if (i % 50 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.channels.size(), n, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(closed, n, 10000);
    for (ChannelError e : std::as_const(errors))
        QCOMPARE(e, ChannelError::PeerReset);
    QTRY_VERIFY(server.findChildren<AsyncChat *>().isEmpty());
    QVERIFY(server.findChildren<QTcpSocket *>().isEmpty());
}

// A slot may delete the channel outright from closed() or errorOccurred(), whichever
// path closed it: from inside the socket's own signals, from inside the framer, from the
// watchdog. (The sanitizer pass turns any use after free here into a failure.)
void TestChannelFaults::deleteFromCloseSlots_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("onError");
    for (const char *name : { "peer close", "close in frame", "close when done", "peer reset" })
        QTest::addRow("%s/closed", name) << QString::fromLatin1(name) << false;
    for (const char *name : { "frame too long", "write timeout", "error response" }) {
        QTest::addRow("%s/closed", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s/error", name) << QString::fromLatin1(name) << true;
    }
}

void TestChannelFaults::deleteFromCloseSlots()
{
    QFETCH(QString, scenario);
    QFETCH(bool, onError);
    ChannelTestServer server;
    bool deleted = false;
    server.factory = [&] {
        auto *c = new ScenarioChannel;
        c->rejects = scenario == QLatin1String("error response");
        c->setTerminator(Terminator::bytes("\n"));
        c->setMaxFrame(16);
        c->setWriteTimeout(300);
        auto kill = [&deleted, c] {
            deleted = true;
            delete c;
        };
        if (onError)
            connect(c, &AsyncChat::errorOccurred, this, kill);
        else
            connect(c, &AsyncChat::closed, this, kill);
        connect(c, &AsyncChat::frameReceived, c, [c, scenario] {
            if (scenario == QLatin1String("close in frame")) {
                c->close();
            } else if (scenario == QLatin1String("close when done")) {
                c->push("bye\n");
                c->closeWhenDone();
            } else if (scenario == QLatin1String("peer reset")
                       || scenario == QLatin1String("write timeout")) {
                c->push(QByteArray(8 * kMiB, 'z'));
            }
        });
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer(64 * 1024);
    QVERIFY(peer.connectTo(server.serverPort()));
    if (scenario == QLatin1String("frame too long"))
        peer.sendSome(QByteArray(100, 'x'));
    else
        QVERIFY(peer.sendAll("go\nmore\n"));
    if (scenario == QLatin1String("peer close")) {
        peer.close();
    } else if (scenario == QLatin1String("peer reset")) {
        QTRY_VERIFY(peer.drain(1024).size() == 1024);
        peer.reset();
    }
    QTRY_VERIFY(deleted);
    QTRY_VERIFY(server.findChildren<AsyncChat *>().isEmpty());
    if (scenario == QLatin1String("close when done"))
        QTRY_COMPARE(peer.drain(), QByteArray("bye\n"));
    // The deferred deletions (the socket's) run now, under the sanitizer.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Nothing received for idleTimeout: IdleTimeout, then closed; never early.
void TestChannelFaults::idleTimeout()
{
    ChannelTestServer server;
    Outcome outcome;
    QElapsedTimer clock;
    qint64 elapsedAtError = -1;
    server.factory = [&] {
        auto *c = new AsyncChat;
        c->setIdleTimeout(200);
        outcome.watch(c, this);
        connect(c, &AsyncChat::errorOccurred, this, [&] { elapsedAtError = clock.elapsed(); });
        clock.start();
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.closed, 1, 5000);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::IdleTimeout });
    QCOMPARE(outcome.faults.first(),
        ChannelFault::of(ChannelError::IdleTimeout, 200, int(TimeoutCause::Idle)));
    QVERIFY(elapsedAtError >= 200);
    QTRY_VERIFY(peer.atEnd());
}

// fail(..., flush = true): the error response reaches the peer, then the close; no more
// frames after the failure (the pipelined second request is not answered).
void TestChannelFaults::errorResponseIsFlushedThenClosed()
{
    ChannelTestServer server;
    Outcome outcome;
    QList<QByteArray> frames;
    server.factory = [&] {
        auto *c = new RejectingChannel;
        c->setTerminator(Terminator::bytes("\n"));
        outcome.watch(c, this);
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    QVERIFY(peer.sendAll("garbage\nsecond\n"));
    QTRY_VERIFY(peer.atEnd());
    QCOMPARE(peer.received(), QByteArray("400 bad request\n"));
    QTRY_COMPARE(outcome.closed, 1);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::ProtocolError });
    QCOMPARE(outcome.faults, QList<ChannelFault> { ChannelFault::of(ChannelError::ProtocolError) });
}

// A client still sending when the error response goes out: the channel sends its FIN
// and discards input (lingering close), so the client reads the reply and a clean end
// of stream, not a reset; once the client closes, the channel closes.
void TestChannelFaults::lingeringCloseKeepsReply()
{
    ChannelTestServer server;
    Outcome outcome;
    server.factory = [&] {
        auto *c = new RejectingChannel;
        c->setTerminator(Terminator::bytes("\n"));
        outcome.watch(c, this);
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    // The request and 512 KiB behind it, in one go: still unread when the reply is sent.
    const qint64 junkSent = peer.sendSome("garbage\n" + QByteArray(512 * 1024, 'j'));
    QTRY_VERIFY_WITH_TIMEOUT(peer.atEnd(), 10000);
    QCOMPARE(peer.error(), 0); // end of stream, not ECONNRESET
    QCOMPARE(peer.received(), QByteArray("400 bad request\n"));
    QVERIFY(junkSent > 64 * 1024);
    QCOMPARE(outcome.closed, 0); // lingering until the client is done
    peer.close();
    QTRY_COMPARE(outcome.closed, 1);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::ProtocolError });
}

// A client that never stops sending is not read forever: at most about 1 MiB or 2 s.
void TestChannelFaults::lingeringCloseIsBounded()
{
    ChannelTestServer server;
    Outcome outcome;
    server.factory = [&] {
        auto *c = new RejectingChannel;
        c->setTerminator(Terminator::bytes("\n"));
        outcome.watch(c, this);
        return c;
    };
    QVERIFY(server.start());
    RawPeer peer;
    QVERIFY(peer.connectTo(server.serverPort()));
    QVERIFY(peer.sendAll("garbage\n"));
    const QByteArray junk(64 * 1024, 'j');
    QElapsedTimer clock;
    clock.start();
    (void)QTest::qWaitFor(
        [&] {
            peer.sendSome(junk);
            peer.drain();
            return outcome.closed != 0;
        },
        8000);
    QCOMPARE(outcome.closed, 1);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY2(outcome.bytesInAtClose <= 1024 * 1024 + 256 * 1024,
        qPrintable(QString::number(outcome.bytesInAtClose)));
    QVERIFY(peer.received().startsWith("400 bad request\n"));
}

// Client mode: a server whose accept queue is full drops our SYN; the connect deadline
// reports ConnectTimeout.
void TestChannelFaults::connectTimeout()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
    QCOMPARE(::listen(listener, 0), 0);
    socklen_t len = sizeof a;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&a), &len);
    const quint16 port = ntohs(a.sin_port);
    // Fill the accept queue (backlog 0 holds one connection) and never accept.
    std::vector<int> fillers;
    for (int i = 0; i < 2; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        fillers.push_back(fd);
    }
    QPointer<AsyncChat> client = new AsyncChat;
    client->setConnectTimeout(300);
    Outcome outcome;
    outcome.watch(client, this);
    QElapsedTimer clock;
    clock.start();
    client->connectToHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE_WITH_TIMEOUT(outcome.closed, 1, 5000);
    QCOMPARE(outcome.errors, QList<ChannelError> { ChannelError::ConnectTimeout });
    QCOMPARE(outcome.faults.first(), ChannelFault::of(ChannelError::ConnectTimeout, 300));
    QVERIFY(clock.elapsed() >= 300);
    QTRY_VERIFY(client.isNull());
    for (int fd : fillers)
        ::close(fd);
    ::close(listener);
}

QTEST_GUILESS_MAIN(TestChannelFaults)
#include "tst_channelfaults.moc"
