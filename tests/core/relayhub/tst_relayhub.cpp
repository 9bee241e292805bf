// Relays through the Engine (network thread): a relayed pair is one connection in the
// events and the connections table; both directions' frames come as RelayFrame events;
// the intercept commands reach the far side exactly.
#include "engine/engine.h"
#include "engine/relayhub.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace acw;

class TestRelayHub : public QObject
{
    Q_OBJECT
private slots:
    void pairEventsAndIntercept();
    void listenError();
    void frameFloodIsCapped();
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
                                     .text.section(QLatin1Char(':'), 1, 1)
                                     .section(QLatin1Char(' '), 0, 0)
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

QTEST_GUILESS_MAIN(TestRelayHub)
#include "tst_relayhub.moc"
