// Relays through the Engine (network thread): a relayed pair is one connection in the
// events and the connections table; both directions' frames come as RelayFrame events;
// the intercept commands reach the far side exactly.
#include "engine/engine.h"
#include "engine/relayhub.h"

#include "enginerecorder.h"
#include "relayrig.h"
#include "socketreads.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace acw;
using acwtest::EngineRecorder;
using acwtest::readAtLeast;
using acwtest::RelayRig;
using Type = EngineEvent::Type;

class TestRelayHub : public QObject
{
    Q_OBJECT
private slots:
    void pairEventsAndIntercept();
    void listenError();
    void frameFloodIsCapped();
    void upstreamConnectDeadline();
    void framesCarryTheirTerminator();
};

void TestRelayHub::pairEventsAndIntercept()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    Engine engine;
    engine.setBatchInterval(10);
    EngineRecorder r(&engine);
    const int relayId = engine.startRelay(rig.config());
    const quint16 port = r.listeningPort(relayId);
    QVERIFY(port != 0);
    QTRY_COMPARE(r.count(Type::ServerStarted), 1);
    const ServerInfo info = r.servers.value(relayId);
    QCOMPARE(info.id, relayId);
    QCOMPARE(info.config.profile, ProfileId::Relay);

    QVERIFY(rig.connectThrough(port));
    QTcpSocket *server = rig.server;
    QTcpSocket &client = rig.client;
    QTRY_COMPARE(r.count(Type::ConnectionOpened), 1);
    const quint64 pair = r.first(Type::ConnectionOpened)->connection;
    QCOMPARE(r.first(Type::ConnectionOpened)->server, relayId);

    client.write("PING\r\n");
    QCOMPARE(readAtLeast(*server, 6), QByteArray("PING\r\n"));
    server->write("+PONG\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("+PONG\r\n"));
    QTRY_COMPARE(r.count(Type::RelayFrame), 2);
    QCOMPARE(r.all(Type::RelayFrame)[0].code, 0);
    QCOMPARE(r.all(Type::RelayFrame)[0].data, QByteArray("PING"));
    QCOMPARE(r.all(Type::RelayFrame)[1].code, 1);
    QCOMPARE(r.all(Type::RelayFrame)[1].data, QByteArray("+PONG"));
    QTRY_COMPARE(r.connections.value(pair).frames, quint64(2));
    QCOMPARE(r.connections.value(pair).profile, ProfileId::Relay);
    QCOMPARE(r.connections.value(pair).state, ConnectionInfo::State::Open);

    // Intercept from the engine's API: hold, edit one, drop one, inject, release.
    engine.relayHold(pair, 0, true);
    QTRY_VERIFY(r.last(Type::RelayHeld));
    client.write("SET a 1\r\nSET b 2\r\n");
    QTRY_COMPARE(r.last(Type::RelayHeld)->size, qint64(2));
    const QList<HeldFrame> held = decodeHeldFrames(r.last(Type::RelayHeld)->data);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held[1].bytes, QByteArray("SET b 2\r\n"));
    engine.relayEdit(pair, 0, held[0].id, "SET a 42\r\n");
    engine.relayDrop(pair, 0, held[1].id);
    engine.relayInject(pair, 0, "GET a\r\n");
    engine.relayHold(pair, 0, false);
    QCOMPARE(readAtLeast(*server, 17), QByteArray("SET a 42\r\nGET a\r\n"));

    engine.relaySetTerminator(pair, 1, Terminator::bytes("\n"));
    QTRY_VERIFY(r.last(Type::RelayNote)
                && r.last(Type::RelayNote)->index == quint64(RelayStep::TerminatorChanged));
    QCOMPARE(r.last(Type::RelayNote)->code, 1); // server to client
    QCOMPARE(r.last(Type::RelayNote)->terminator, Terminator::bytes("\n"));
    server->write("x\ny\n");
    QCOMPARE(readAtLeast(client, 4), QByteArray("x\ny\n"));
    QTRY_COMPARE(r.last(Type::RelayFrame)->data, QByteArray("y"));

    engine.closeConnection(pair);
    QTRY_COMPARE(r.count(Type::ConnectionClosed), 1);
    QCOMPARE(r.first(Type::ConnectionClosed)->fault, ChannelFault::of(ChannelError::ClosedByUser));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    engine.stopServer(relayId);
    QTRY_COMPARE(r.count(Type::ServerStopped), 1);
}

void TestRelayHub::listenError()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    engine.setBatchInterval(10);
    EngineRecorder r(&engine);
    RelayConfig config;
    config.listenPort = taken.serverPort();
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = 1;
    engine.startRelay(config);
    QTRY_COMPARE(r.count(Type::ServerError), 1);
    const ServerFault fault = r.first(Type::ServerError)->serverFault;
    QCOMPARE(fault.error, ServerError::ListenFailed);
    QCOMPARE(fault.status, int(QAbstractSocket::AddressInUseError));
}

void TestRelayHub::frameFloodIsCapped()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    Engine engine;
    engine.setBatchInterval(2000); // many frames fall in one batch
    EngineRecorder r(&engine);
    QVector<int> framesPerBatch;
    connect(&engine, &Engine::eventsReady, this, [&](const QVector<EngineEvent> &events) {
        int n = 0;
        for (const EngineEvent &e : events)
            n += e.type == Type::RelayFrame;
        framesPerBatch.append(n);
    });
    const quint16 port = r.listeningPort(engine.startRelay(rig.config()));
    QVERIFY(port != 0);
    QVERIFY(rig.connectThrough(port));
    QByteArray lines;
    for (int i = 0; i < 20000; ++i)
        lines += "x\r\n";
    rig.client.write(lines);
    QCOMPARE(readAtLeast(*rig.server, lines.size()), lines); // every byte passes
    QTRY_VERIFY_WITH_TIMEOUT(r.count(Type::Dropped) > 0, 10000);
    qint64 dropped = 0;
    for (const EngineEvent &e : r.all(Type::Dropped))
        dropped += e.size;
    QCOMPARE(r.count(Type::RelayFrame) + dropped, 20000);
    for (int n : framesPerBatch)
        QVERIFY(n <= 5000);
}

// The relay's upstream connect has a deadline: a server whose accept queue is full never
// completes the handshake (Linux drops the SYNs), so only the deadline ends the wait; the
// client is closed with the reason. Loopback only: a listening socket of our own with
// backlog 0 that never accepts, filled by connections of our own.
void TestRelayHub::upstreamConnectDeadline()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0);
    QVERIFY(::listen(fd, 0) == 0);
    QVERIFY(::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &length) == 0);
    const quint16 stuckPort = ntohs(a.sin_port);
    // Fill the accept queue until a connect no longer completes.
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    bool full = false;
    for (int i = 0; i < 16 && !full; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, stuckPort);
        full = !s->waitForConnected(500);
        if (full)
            s->abort();
        else
            fillers.push_back(std::move(s));
    }
    QVERIFY2(full, "the accept queue of a backlog-0 socket never filled");

    Engine engine;
    engine.setBatchInterval(10);
    EngineRecorder r(&engine);
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = stuckPort;
    config.connectTimeoutMs = 400;
    const quint16 port = r.listeningPort(engine.startRelay(config));
    QVERIFY(port != 0);
    QTcpSocket client;
    QSignalSpy gone(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(r.count(Type::ConnectionClosed), 1, 10000);
    const qint64 elapsed = t.elapsed();
    const EngineEvent closed = *r.first(Type::ConnectionClosed);
    QCOMPARE(closed.fault.error, ChannelError::ConnectTimeout);
    QCOMPARE(closed.fault.limit, 400); // the deadline, in ms
    QVERIFY2(elapsed >= 300 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000); // the client is closed too
    QCOMPARE(r.count(Type::RelayFrame), 0);
    ::close(fd);
}

// Each RelayFrame names the terminator that ended it (the conversation view shows it); a
// frame cut by the end of the stream has none.
void TestRelayHub::framesCarryTheirTerminator()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    Engine engine;
    engine.setBatchInterval(10);
    EngineRecorder r(&engine);
    RelayConfig config = rig.config();
    config.clientTerminator = Terminator::bytes(QByteArrayLiteral("\n"));
    config.serverTerminator = Terminator::count(3);
    const quint16 port = r.listeningPort(engine.startRelay(config));
    QVERIFY(port != 0);
    QVERIFY(rig.connectThrough(port));
    rig.client.write("ab\nrest");
    QCOMPARE(readAtLeast(*rig.server, 7), QByteArray("ab\nrest"));
    rig.server->write("xyz");
    QCOMPARE(readAtLeast(rig.client, 3), QByteArray("xyz"));
    rig.client.disconnectFromHost(); // "rest" ends inside a frame
    QTRY_COMPARE(r.count(Type::RelayFrame), 3);
    QCOMPARE(r.first(Type::ConnectionOpened)->code, 1); // a relayed pair
    for (const EngineEvent &e : r.all(Type::RelayFrame)) {
        if (e.code == 0 && e.data == "ab")
            QCOMPARE(e.terminator.toSpec(), QStringLiteral("\\n"));
        else if (e.code == 0)
            QVERIFY(e.partial && e.terminator.isNone());
        else
            QCOMPARE(e.terminator.toSpec(), QStringLiteral("count:3"));
    }
}

QTEST_GUILESS_MAIN(TestRelayHub)
#include "tst_relayhub.moc"
