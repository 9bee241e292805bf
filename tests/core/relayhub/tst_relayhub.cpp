// Relays through the Engine (network thread): a relayed pair is one connection in the
// events and the connections table; both directions' frames come as RelayFrame events;
// the intercept commands reach the far side exactly.
#include "engine/engine.h"
#include "engine/relayhub.h"

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

namespace {
struct Recorder
{
    QVector<EngineEvent> events;
    QVector<ConnectionInfo> infos;
    QVector<ServerInfo> servers;
    QVector<EngineEvent> of(EngineEvent::Type type) const
    {
        QVector<EngineEvent> out;
        for (const EngineEvent &e : events)
            if (e.type == type)
                out.append(e);
        return out;
    }
};

QByteArray readAt(QTcpSocket *socket, qsizetype size)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (got.size() < size && t.elapsed() < 10000) {
        if (socket->bytesAvailable() == 0) {
            QSignalSpy ready(socket, &QTcpSocket::readyRead);
            ready.wait(100);
        }
        got += socket->readAll();
    }
    return got;
}
} // namespace

void TestRelayHub::pairEventsAndIntercept()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    engine.setBatchInterval(10);
    Recorder r;
    connect(&engine, &Engine::eventsReady, this,
        [&r](const QVector<EngineEvent> &e) { r.events += e; });
    connect(&engine, &Engine::connectionsUpdated, this,
        [&r](const QVector<ConnectionInfo> &c) { r.infos += c; });
    connect(&engine, &Engine::serversUpdated, this,
        [&r](const QVector<ServerInfo> &s) { r.servers += s; });
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = upstream.serverPort();
    const int relayId = engine.startRelay(config);
    QTRY_COMPARE(r.of(EngineEvent::Type::ServerStarted).size(), 1);
    QTRY_VERIFY(!r.servers.isEmpty());
    const ServerInfo info = r.servers.last();
    QCOMPARE(info.id, relayId);
    QCOMPARE(info.config.profile, ProfileId::Relay);
    QVERIFY(info.port != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, info.port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(upstream.hasPendingConnections());
    QTcpSocket *server = upstream.nextPendingConnection();
    QTRY_COMPARE(r.of(EngineEvent::Type::ConnectionOpened).size(), 1);
    const quint64 pair = r.of(EngineEvent::Type::ConnectionOpened).first().connection;
    QCOMPARE(r.of(EngineEvent::Type::ConnectionOpened).first().server, relayId);

    client.write("PING\r\n");
    QCOMPARE(readAt(server, 6), QByteArray("PING\r\n"));
    server->write("+PONG\r\n");
    QCOMPARE(readAt(&client, 7), QByteArray("+PONG\r\n"));
    QTRY_COMPARE(r.of(EngineEvent::Type::RelayFrame).size(), 2);
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame)[0].code, 0);
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame)[0].data, QByteArray("PING"));
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame)[1].code, 1);
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame)[1].data, QByteArray("+PONG"));
    QTRY_VERIFY(!r.infos.isEmpty() && r.infos.last().frames == 2);
    QCOMPARE(r.infos.last().profile, ProfileId::Relay);
    QCOMPARE(r.infos.last().state, ConnectionInfo::State::Open);

    // Intercept from the engine's API: hold, edit one, drop one, inject, release.
    engine.relayHold(pair, 0, true);
    QTRY_VERIFY(!r.of(EngineEvent::Type::RelayHeld).isEmpty());
    client.write("SET a 1\r\nSET b 2\r\n");
    QTRY_VERIFY(r.of(EngineEvent::Type::RelayHeld).last().size == 2);
    const QList<HeldFrame> held = decodeHeldFrames(r.of(EngineEvent::Type::RelayHeld).last().data);
    QCOMPARE(held.size(), 2);
    QCOMPARE(held[1].bytes, QByteArray("SET b 2\r\n"));
    engine.relayEdit(pair, 0, held[0].id, "SET a 42\r\n");
    engine.relayDrop(pair, 0, held[1].id);
    engine.relayInject(pair, 0, "GET a\r\n");
    engine.relayHold(pair, 0, false);
    QCOMPARE(readAt(server, 17), QByteArray("SET a 42\r\nGET a\r\n"));

    engine.relaySetTerminator(pair, 1, Terminator::bytes("\n"));
    QTRY_VERIFY(!r.of(EngineEvent::Type::RelayNote).isEmpty()
                && r.of(EngineEvent::Type::RelayNote).last().index
                       == quint64(RelayStep::TerminatorChanged));
    QCOMPARE(r.of(EngineEvent::Type::RelayNote).last().code, 1); // server to client
    QCOMPARE(r.of(EngineEvent::Type::RelayNote).last().terminator, Terminator::bytes("\n"));
    server->write("x\ny\n");
    QCOMPARE(readAt(&client, 4), QByteArray("x\ny\n"));
    QTRY_COMPARE(r.of(EngineEvent::Type::RelayFrame).last().data, QByteArray("y"));

    engine.closeConnection(pair);
    QTRY_COMPARE(r.of(EngineEvent::Type::ConnectionClosed).size(), 1);
    QCOMPARE(r.of(EngineEvent::Type::ConnectionClosed).first().fault,
        ChannelFault::of(ChannelError::ClosedByUser));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    engine.stopServer(relayId);
    QTRY_COMPARE(r.of(EngineEvent::Type::ServerStopped).size(), 1);
}

void TestRelayHub::listenError()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    engine.setBatchInterval(10);
    Recorder r;
    connect(&engine, &Engine::eventsReady, this,
        [&r](const QVector<EngineEvent> &e) { r.events += e; });
    RelayConfig config;
    config.listenPort = taken.serverPort();
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = 1;
    engine.startRelay(config);
    QTRY_COMPARE(r.of(EngineEvent::Type::ServerError).size(), 1);
    const ServerFault fault = r.of(EngineEvent::Type::ServerError).first().serverFault;
    QCOMPARE(fault.error, ServerError::ListenFailed);
    QCOMPARE(fault.status, int(QAbstractSocket::AddressInUseError));
}

void TestRelayHub::frameFloodIsCapped()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    engine.setBatchInterval(2000); // many frames fall in one batch
    Recorder r;
    QVector<int> framesPerBatch;
    connect(&engine, &Engine::eventsReady, this, [&](const QVector<EngineEvent> &events) {
        r.events += events;
        int n = 0;
        for (const EngineEvent &e : events)
            n += e.type == EngineEvent::Type::RelayFrame;
        framesPerBatch.append(n);
    });
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = upstream.serverPort();
    engine.startRelay(config);
    QTRY_COMPARE_WITH_TIMEOUT(r.of(EngineEvent::Type::ServerStarted).size(), 1, 10000);
    const quint16 port = quint16(r.of(EngineEvent::Type::ServerStarted)
                                     .first()
                                     .addresses.value(0)
                                     .section(QLatin1Char(':'), -1)
                                     .toUInt());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(upstream.hasPendingConnections());
    QTcpSocket *server = upstream.nextPendingConnection();
    QByteArray lines;
    for (int i = 0; i < 20000; ++i)
        lines += "x\r\n";
    client.write(lines);
    QCOMPARE(readAt(server, lines.size()), lines); // every byte passes
    QTRY_VERIFY_WITH_TIMEOUT(!r.of(EngineEvent::Type::Dropped).isEmpty(), 10000);
    qint64 dropped = 0;
    for (const EngineEvent &e : r.of(EngineEvent::Type::Dropped))
        dropped += e.size;
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame).size() + dropped, 20000);
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
    Recorder r;
    connect(&engine, &Engine::eventsReady, this,
        [&r](const QVector<EngineEvent> &e) { r.events += e; });
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = stuckPort;
    config.connectTimeoutMs = 400;
    engine.startRelay(config);
    QTRY_COMPARE_WITH_TIMEOUT(r.of(EngineEvent::Type::ServerStarted).size(), 1, 10000);
    const quint16 port = quint16(r.of(EngineEvent::Type::ServerStarted)
                                     .first()
                                     .addresses.value(0)
                                     .section(QLatin1Char(':'), -1)
                                     .toUInt());
    QTcpSocket client;
    QSignalSpy gone(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(r.of(EngineEvent::Type::ConnectionClosed).size(), 1, 10000);
    const qint64 elapsed = t.elapsed();
    const EngineEvent closed = r.of(EngineEvent::Type::ConnectionClosed).first();
    QCOMPARE(closed.fault.error, ChannelError::ConnectTimeout);
    QCOMPARE(closed.fault.limit, 400); // the deadline, in ms
    QVERIFY2(elapsed >= 300 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000); // the client is closed too
    QCOMPARE(r.of(EngineEvent::Type::RelayFrame).size(), 0);
    ::close(fd);
}

// Each RelayFrame names the terminator that ended it (the conversation view shows it); a
// frame cut by the end of the stream has none.
void TestRelayHub::framesCarryTheirTerminator()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    Engine engine;
    engine.setBatchInterval(10);
    Recorder r;
    connect(&engine, &Engine::eventsReady, this,
        [&r](const QVector<EngineEvent> &e) { r.events += e; });
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = upstream.serverPort();
    config.clientTerminator = Terminator::bytes(QByteArrayLiteral("\n"));
    config.serverTerminator = Terminator::count(3);
    engine.startRelay(config);
    QTRY_COMPARE_WITH_TIMEOUT(r.of(EngineEvent::Type::ServerStarted).size(), 1, 10000);
    const quint16 port = quint16(r.of(EngineEvent::Type::ServerStarted)
                                     .first()
                                     .addresses.value(0)
                                     .section(QLatin1Char(':'), -1)
                                     .toUInt());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(upstream.hasPendingConnections());
    QTcpSocket *server = upstream.nextPendingConnection();
    client.write("ab\nrest");
    QCOMPARE(readAt(server, 7), QByteArray("ab\nrest"));
    server->write("xyz");
    QCOMPARE(readAt(&client, 3), QByteArray("xyz"));
    client.disconnectFromHost(); // "rest" ends inside a frame
    QTRY_COMPARE(r.of(EngineEvent::Type::RelayFrame).size(), 3);
    const auto frames = r.of(EngineEvent::Type::RelayFrame);
    QCOMPARE(r.of(EngineEvent::Type::ConnectionOpened).first().code, 1); // a relayed pair
    for (const EngineEvent &e : frames) {
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
