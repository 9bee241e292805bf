#include "engine/engine.h"
#include "engine/recordingbudget.h"

#include "closedport.h"
#include "emfileclients.h"
#include "enginerecorder.h"
#include "socketreads.h"
#include "testprofile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <cerrno>
#include <memory>
#include <sys/resource.h>
#include <vector>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace acw;
using Type = EngineEvent::Type;
using Recorder = acwtest::EngineRecorder;
using acwtest::readAtLeast;

namespace {

std::unique_ptr<Engine> makeEngine()
{
    auto engine = std::make_unique<Engine>();
    engine->setProfileFactory([](const ServerConfig &, ServerFault *) {
        return std::make_unique<test::LineEchoProfile>();
    });
    return engine;
}

// Starts a test-profile server on 127.0.0.1, port 0; returns its port (0 on failure).
quint16 startServer(
    Engine &engine, Recorder &recorder, int *id = nullptr, ServerConfig config = ServerConfig())
{
    config.port = 0;
    const int serverId = engine.startServer(config);
    if (id)
        *id = serverId;
    return recorder.listeningPort(serverId);
}

// The id the engine gave the connection from this local port.
quint64 connectionFrom(const Recorder &recorder, quint16 localPort)
{
    const QString suffix = QStringLiteral(":%1").arg(localPort);
    for (const EngineEvent &event : recorder.events) {
        if (event.type == Type::ConnectionOpened && event.text.endsWith(suffix))
            return event.connection;
    }
    return 0;
}

// Connects client to the engine's server on port; the engine's id for it (0 on failure).
quint64 connectClient(QTcpSocket &client, quint16 port, const Recorder &recorder)
{
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000)
        || !QTest::qWaitFor(
            [&] { return connectionFrom(recorder, client.localPort()) != 0; }, 10000))
        return 0;
    return connectionFrom(recorder, client.localPort());
}

// An engine with the test profile, what it reports, and its server on 127.0.0.1, port 0.
struct EngineRig
{
    std::unique_ptr<Engine> engine = makeEngine();
    Recorder recorder { engine.get() };
    quint16 port = startServer(*engine, recorder);
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void serverStartsOnLoopback();
    void portInUseIsAServerError();
    void oneConnectionInOrder();
    void eventsAreBatched();
    void connectionsUpdatedReflectsCounters();
    void captureLimitTruncatesData();
    void connectionsDetailIsLifecycleOnly();
    void serversDetailReportsNoConnection();
    void detailCanChangeWhileRunning();
    void eventCapReportsDropped();
    void clientModeRoundTrip();
    void inspectionShowsBuffers();
    void inspectionIsPushedToSubscribersOnly();
    void inspectionRateIsBoundedUnderAFlood();
    void commandsReachTheConnection();
    void acceptPauseIsReported();
    void ipv6PeerIsBracketed();
    void evictionIsTheCloseReason();
    void realProfilesThroughTheDefaultFactory();
    void destructorWithLiveConnections();
    void recordingBudgetRule();
    void recordingBudgetCountsWhatItDoesNotRecord();
};

void TestEngine::serverStartsOnLoopback()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    int id = 0;
    const quint16 port = startServer(*engine, recorder, &id);
    QVERIFY(port != 0);
    const ServerInfo info = recorder.servers.value(id);
    QCOMPARE(info.state, ServerInfo::State::Listening);
    QCOMPARE(info.addresses, QStringList { QStringLiteral("127.0.0.1:%1").arg(port) });
    QTRY_VERIFY(recorder.first(Type::ServerStarted));
    QCOMPARE(recorder.first(Type::ServerStarted)->addresses,
        QStringList { QStringLiteral("127.0.0.1:%1").arg(port) });
    QCOMPARE(recorder.first(Type::ServerStarted)->server, id);

    // Stopping closes the server's connections too.
    QTcpSocket live;
    live.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(live.waitForConnected(5000));
    QTRY_COMPARE(recorder.servers.value(id).live, 1);
    engine->stopServer(id);
    QTRY_COMPARE(recorder.servers.value(id).state, ServerInfo::State::Stopped);
    QCOMPARE(recorder.servers.value(id).live, 0);
    QCOMPARE(recorder.servers.value(id).accepted, quint64(1));
    QVERIFY(recorder.first(Type::ServerStopped));
    QVERIFY(recorder.first(Type::ConnectionClosed));
    QTRY_COMPARE(live.state(), QAbstractSocket::UnconnectedState);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(client.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestEngine::portInUseIsAServerError()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    int firstId = 0;
    const quint16 port = startServer(*engine, recorder, &firstId);
    QVERIFY(port != 0);

    ServerConfig config;
    config.port = port;
    const int secondId = engine->startServer(config);
    QTRY_COMPARE(recorder.servers.value(secondId).state, ServerInfo::State::Failed);
    const ServerFault fault = recorder.servers.value(secondId).fault;
    QCOMPARE(fault.error, ServerError::ListenFailed);
    QCOMPARE(fault.status, int(QAbstractSocket::AddressInUseError));
    QCOMPARE(fault.address, QStringLiteral("127.0.0.1:%1").arg(port));
    QTRY_VERIFY(recorder.first(Type::ServerError));
    QCOMPARE(recorder.first(Type::ServerError)->server, secondId);
    QCOMPARE(recorder.first(Type::ServerError)->serverFault, fault);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("alive\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("alive\r\n"));
}

void TestEngine::oneConnectionInOrder()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    int serverId = 0;
    const quint16 port = startServer(*engine, recorder, &serverId);
    QVERIFY(port != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("hello\r\n"));
    const quint16 localPort = client.localPort();
    client.disconnectFromHost();
    QTRY_VERIFY(recorder.first(Type::ConnectionClosed));

    const quint64 id = recorder.first(Type::ConnectionOpened)->connection;
    QVERIFY(id != 0);
    QVector<Type> types;
    for (const EngineEvent &event : recorder.of(id)) {
        QCOMPARE(event.server, serverId);
        QVERIFY(event.timeUs > 1600000000LL * 1000000);
        if (event.type != Type::TerminatorChanged) // a profile may set it while it opens
            types += event.type;
    }
    QCOMPARE(types, (QVector<Type> { Type::ConnectionOpened, Type::Chunk, Type::Frame, Type::Pushed,
                        Type::Sent, Type::ConnectionClosed }));
    const auto events = recorder.of(id);
    auto find = [&](Type type) {
        return *std::find_if(
            events.begin(), events.end(), [type](const EngineEvent &e) { return e.type == type; });
    };
    QCOMPARE(find(Type::ConnectionOpened).text, QStringLiteral("127.0.0.1:%1").arg(localPort));
    QCOMPARE(find(Type::Chunk).data, QByteArray("hello\r\n"));
    QCOMPARE(find(Type::Chunk).offset, 0);
    QCOMPARE(find(Type::Chunk).size, 7);
    QCOMPARE(find(Type::Frame).index, quint64(0));
    QCOMPARE(find(Type::Frame).size, 5);
    QCOMPARE(find(Type::Frame).offset, 7);
    QCOMPARE(find(Type::Frame).text, QStringLiteral("\\r\\n"));
    QCOMPARE(find(Type::Pushed).data, QByteArray("hello\r\n"));
    QCOMPARE(find(Type::Sent).size, 7);
    QCOMPARE(find(Type::ConnectionClosed).text, QString());
    QCOMPARE(find(Type::ConnectionClosed).size, 0);
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events[i - 1].timeUs <= events[i].timeUs);

    // Closed and reported: the engine has forgotten it (the UI keeps the history).
    engine->requestInspection(id);
    QTRY_COMPARE(recorder.inspections.size(), 1);
    QVERIFY(!recorder.inspections.first().found);
}

void TestEngine::eventsAreBatched()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);

    constexpr int Lines = 500;
    QByteArray burst;
    for (int i = 0; i < Lines; ++i)
        burst += "line " + QByteArray::number(i) + "\r\n";
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(burst);
    QCOMPARE(readAtLeast(client, burst.size()), burst);
    QTRY_COMPARE(recorder.count(Type::Frame), Lines);
    QTRY_COMPARE(recorder.count(Type::Pushed), Lines);
    // One signal carries many events: a UI is never flooded with per-event signals.
    QVERIFY2(recorder.batches * 20 < recorder.events.size(),
        qPrintable(QStringLiteral("%1 batches for %2 events")
                       .arg(recorder.batches)
                       .arg(recorder.events.size())));

    // Idle: no timer-driven churn (several batch intervals pass without a signal).
    QSignalSpy batches(engine.get(), &Engine::eventsReady);
    QSignalSpy updates(engine.get(), &Engine::connectionsUpdated);
    QSignalSpy servers(engine.get(), &Engine::serversUpdated);
    QVERIFY(!batches.wait(300));
    QCOMPARE(updates.count(), 0);
    QCOMPARE(servers.count(), 0);
}

void TestEngine::connectionsUpdatedReflectsCounters()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    int serverId = 0;
    const quint16 port = startServer(*engine, recorder, &serverId);
    QVERIFY(port != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("one\r\ntwo\r\npart");
    QCOMPARE(readAtLeast(client, 10), QByteArray("one\r\ntwo\r\n"));
    QTRY_VERIFY(connectionFrom(recorder, client.localPort()) != 0);
    const quint64 id = connectionFrom(recorder, client.localPort());
    QTRY_COMPARE(recorder.connections.value(id).bytesOut, 10);
    ConnectionInfo info = recorder.connections.value(id);
    QCOMPARE(info.state, ConnectionInfo::State::Open);
    QCOMPARE(info.server, serverId);
    QCOMPARE(info.profile, ProfileId::Echo); // the test profile says it is echo
    QCOMPARE(info.peer, QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
    QCOMPARE(info.terminator, QStringLiteral("\\r\\n"));
    QCOMPARE(info.bytesIn, 14);
    QCOMPARE(info.frames, quint64(2));
    QCOMPARE(info.pendingBytes, 4); // "part"
    QVERIFY(info.openedUs > 0);
    QCOMPARE(info.closedUs, 0);
    QTRY_COMPARE(recorder.servers.value(serverId).live, 1);
    QCOMPARE(recorder.servers.value(serverId).accepted, quint64(1));

    client.disconnectFromHost();
    QTRY_COMPARE(recorder.connections.value(id).state, ConnectionInfo::State::Closed);
    info = recorder.connections.value(id);
    QVERIFY(info.closedUs >= info.openedUs);
    QCOMPARE(info.bytesIn, 14);
    QTRY_COMPARE(recorder.servers.value(serverId).live, 0);
    QCOMPARE(recorder.first(Type::ConnectionClosed, id)->size, 4); // Q7: unframed bytes left
}

void TestEngine::captureLimitTruncatesData()
{
    auto engine = makeEngine();
    engine->setCaptureLimit(4);
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("hello\r\n"));
    client.write("again\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("again\r\n"));
    QTRY_COMPARE(recorder.count(Type::Pushed), 2);
    QVector<QByteArray> chunks;
    QVector<qint64> sizes;
    for (const EngineEvent &event : recorder.events) {
        if (event.type == Type::Chunk) {
            chunks += event.data;
            sizes += event.size;
        }
    }
    QCOMPARE(chunks, (QVector<QByteArray> { "hell", QByteArray() }));
    QCOMPARE(sizes, (QVector<qint64> { 7, 7 }));
    QCOMPARE(recorder.first(Type::Pushed)->data, QByteArray("hell"));
    QCOMPARE(recorder.first(Type::Pushed)->size, 7);
}

void TestEngine::connectionsDetailIsLifecycleOnly()
{
    auto engine = makeEngine();
    engine->setDetail(Engine::Detail::Connections);
    Recorder recorder(engine.get());
    int serverId = 0;
    const quint16 port = startServer(*engine, recorder, &serverId);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("hello\r\n"));
    client.disconnectFromHost();
    QTRY_VERIFY(recorder.first(Type::ConnectionClosed));
    QTRY_COMPARE(recorder.servers.value(serverId).accepted, quint64(1));
    QTRY_COMPARE(recorder.servers.value(serverId).live, 0);

    QVector<Type> types;
    for (const EngineEvent &event : recorder.events)
        types += event.type;
    QCOMPARE(types,
        (QVector<Type> { Type::ServerStarted, Type::ConnectionOpened, Type::ConnectionClosed }));
    QCOMPARE(recorder.connectionUpdates, 0);
}

// serve --quiet: the connection is served and counted by the server, but no event names it.
void TestEngine::serversDetailReportsNoConnection()
{
    auto engine = makeEngine();
    engine->setDetail(Engine::Detail::Servers);
    Recorder recorder(engine.get());
    int serverId = 0;
    const quint16 port = startServer(*engine, recorder, &serverId);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE(recorder.servers.value(serverId).live, 1);
    client.write("hello\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("hello\r\n"));
    client.disconnectFromHost();
    QTRY_COMPARE(recorder.servers.value(serverId).accepted, quint64(1));
    QTRY_COMPARE(recorder.servers.value(serverId).live, 0);

    QVector<Type> types;
    for (const EngineEvent &event : recorder.events)
        types += event.type;
    QCOMPARE(types, (QVector<Type> { Type::ServerStarted }));
    QCOMPARE(recorder.connectionUpdates, 0);
}

void TestEngine::detailCanChangeWhileRunning()
{
    auto engine = makeEngine();
    engine->setDetail(Engine::Detail::Connections);
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);
    QTcpSocket client;
    const quint64 id = connectClient(client, port, recorder);
    QVERIFY(id != 0);
    client.write("quiet\r\n");
    QCOMPARE(readAtLeast(client, 7), QByteArray("quiet\r\n"));

    engine->setDetail(Engine::Detail::Full);
    engine->requestInspection(id); // commands run in order: once it answers, Full applies
    QTRY_COMPARE(recorder.inspections.size(), 1);
    client.write("loud\r\n");
    QCOMPARE(readAtLeast(client, 6), QByteArray("loud\r\n"));
    QTRY_VERIFY(recorder.first(Type::Frame, id));
    QCOMPARE(recorder.count(Type::Frame), 1); // only what came after the switch
    QCOMPARE(recorder.first(Type::Frame, id)->index, quint64(1));
    QTRY_COMPARE(recorder.connections.value(id).frames, quint64(2));
    QCOMPARE(recorder.connections.value(id).peer,
        QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
    QCOMPARE(recorder.connections.value(id).state, ConnectionInfo::State::Open);
}

void TestEngine::eventCapReportsDropped()
{
    auto engine = makeEngine();
    engine->setBatchInterval(3000); // the burst lands in a few batches of > 20,000 events
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);
    constexpr int Lines = 40000; // 40,000 frames + 40,000 pushes + chunks + sends
    const QByteArray burst = QByteArray("x\r\n").repeated(Lines);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write(burst);
    QCOMPARE(readAtLeast(client, burst.size()).size(), burst.size());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.first(Type::Dropped), 15000);
    QVERIFY(recorder.maxBatch <= 20001);
    qint64 dropped = 0;
    for (const EngineEvent &event : recorder.events) {
        if (event.type == Type::Dropped)
            dropped += event.size;
    }
    const qint64 kept = recorder.count(Type::Frame) + recorder.count(Type::Pushed);
    QCOMPARE(kept + dropped >= 2 * Lines, true);
}

void TestEngine::clientModeRoundTrip()
{
    // A plain Qt server in this thread answers "pong" to each line.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
    QTcpSocket *accepted = nullptr;
    connect(&peer, &QTcpServer::newConnection, this, [&] {
        accepted = peer.nextPendingConnection();
        connect(accepted, &QTcpSocket::readyRead, accepted, [accepted] {
            const QByteArray in = accepted->readAll();
            accepted->write(QByteArray("pong\r\n").repeated(in.count("\r\n")));
        });
    });

    auto engine = makeEngine();
    Recorder recorder(engine.get());
    ClientConfig config;
    config.port = peer.serverPort();
    const quint64 id = engine->openClient(config);
    QVERIFY(id != 0);
    QTRY_VERIFY(recorder.first(Type::ConnectionOpened, id));
    QCOMPARE(recorder.first(Type::ConnectionOpened, id)->server, 0);
    engine->push(id, "ping\r\n");
    QTRY_VERIFY(recorder.first(Type::Frame, id));
    QCOMPARE(recorder.first(Type::Frame, id)->size, 4);
    QCOMPARE(recorder.first(Type::Chunk, id)->data, QByteArray("pong\r\n"));
    QCOMPARE(recorder.first(Type::Pushed, id)->data, QByteArray("ping\r\n"));
    QTRY_COMPARE(recorder.connections.value(id).frames, quint64(1));
    QCOMPARE(recorder.connections.value(id).profile, ProfileId::Client);
    QCOMPARE(recorder.connections.value(id).server, 0);
    QCOMPARE(recorder.connections.value(id).state, ConnectionInfo::State::Open);

    engine->closeConnection(id);
    QTRY_VERIFY(recorder.first(Type::ConnectionClosed, id));
    QTRY_COMPARE(recorder.connections.value(id).state, ConnectionInfo::State::Closed);

    // A refused connect is an error, then a close.
    const acwtest::ClosedPort closed; // bound, never listening: connects are refused
    QVERIFY(closed.port() != 0);
    config.port = closed.port();
    const quint64 refused = engine->openClient(config);
    QTRY_VERIFY(recorder.first(Type::ConnectionClosed, refused));
    QVERIFY(recorder.first(Type::Error, refused));
    QCOMPARE(recorder.first(Type::Error, refused)->code, int(ChannelError::ConnectionRefused));
}

void TestEngine::inspectionShowsBuffers()
{
    EngineRig rig;
    QVERIFY(rig.port != 0);
    QTcpSocket client;
    client.setReadBufferSize(1); // do not drain the server
    const quint64 id = connectClient(client, rig.port, rig.recorder);
    QVERIFY(id != 0);
    client.write("unfinished");
    QTRY_COMPARE(rig.recorder.connections.value(id).pendingBytes, 10);

    const QByteArray big(32 * 1024 * 1024, 'z');
    rig.engine->push(id, big);
    rig.engine->requestInspection(id);
    QTRY_COMPARE(rig.recorder.inspections.size(), 1);
    const ConnectionInspection inspection = rig.recorder.inspections.first();
    QCOMPARE(inspection.id, id);
    QVERIFY(inspection.found);
    QCOMPARE(inspection.terminator, QStringLiteral("\\r\\n"));
    QCOMPARE(inspection.pendingInput, QByteArray("unfinished"));
    qint64 queued = inspection.socketBytesToWrite;
    for (const ConnectionInspection::Entry &entry : inspection.queue)
        queued += entry.size;
    // The peer reads nothing: most of the 32 MiB is still on our side.
    QVERIFY2(queued > 16 * 1024 * 1024, qPrintable(QString::number(queued)));
    QVERIFY(inspection.bytesOut < big.size());

    rig.engine->requestInspection(999999);
    QTRY_COMPARE(rig.recorder.inspections.size(), 2);
    QVERIFY(!rig.recorder.inspections.last().found);
}

// The inspector's feed: a subscribed connection is reported at once and after each change,
// an unsubscribed one never, and a close says the connection is gone.
void TestEngine::inspectionIsPushedToSubscribersOnly()
{
    EngineRig rig;
    QVERIFY(rig.port != 0);
    QTcpSocket a;
    QTcpSocket b;
    const quint64 idA = connectClient(a, rig.port, rig.recorder);
    const quint64 idB = connectClient(b, rig.port, rig.recorder);
    QVERIFY(idA != 0 && idB != 0);
    auto of = [&](quint64 id) {
        QVector<ConnectionInspection> list;
        for (const ConnectionInspection &inspection : rig.recorder.inspections) {
            if (inspection.id == id)
                list += inspection;
        }
        return list;
    };
    // Every snapshot the worker sent before this answer has arrived when it arrives (one
    // thread, one queue): what is missing then was never sent.
    const quint64 nowhere = 999999;
    auto barrier = [&] {
        const qsizetype before = of(nowhere).size();
        rig.engine->requestInspection(nowhere);
        QTRY_COMPARE(of(nowhere).size(), before + 1);
    };

    a.write("one");
    QTRY_COMPARE(rig.recorder.connections.value(idA).bytesIn, 3);
    barrier();
    QVERIFY(of(idA).isEmpty() && of(idB).isEmpty()); // nobody looks: nothing is sent

    rig.engine->subscribeInspection(idA);
    QTRY_COMPARE(of(idA).size(), 1); // at once, with what is there
    QCOMPARE(of(idA).first().pendingInput, QByteArray("one"));
    b.write("bee"); // b changes first, and is not subscribed...
    QTRY_COMPARE(rig.recorder.connections.value(idB).bytesIn, 3);
    a.write("two");
    QTRY_COMPARE(of(idA).last().pendingInput, QByteArray("onetwo"));
    barrier();
    QVERIFY(of(idB).isEmpty()); // ...so it is not reported with a

    rig.engine->unsubscribeInspection(idA);
    rig.engine->subscribeInspection(idB);
    QTRY_COMPARE(of(idB).size(), 1);
    QCOMPARE(of(idB).first().pendingInput, QByteArray("bee"));
    const qsizetype reportsOfA = of(idA).size();
    a.write("three");
    QTRY_COMPARE(rig.recorder.connections.value(idA).bytesIn, 11);
    b.write("!\r\n");
    QTRY_COMPARE(of(idB).last().frames, quint64(1));
    barrier();
    QCOMPARE(of(idA).size(), reportsOfA);

    b.disconnectFromHost();
    QTRY_VERIFY(!of(idB).last().found); // closed: nothing live left to show
    rig.engine->unsubscribeInspection(idB);
}

// A flood of reads is reported at most about 30 times a second, and all along the flood.
void TestEngine::inspectionRateIsBoundedUnderAFlood()
{
    EngineRig rig;
    QVERIFY(rig.port != 0);
    QTcpSocket client;
    connect(&client, &QTcpSocket::readyRead, &client, [&client] { client.readAll(); });
    const quint64 id = connectClient(client, rig.port, rig.recorder);
    QVERIFY(id != 0);

    QElapsedTimer clock;
    QVector<qint64> arrivals;
    connect(rig.engine.get(), &Engine::inspectionReady, this,
        [&](const ConnectionInspection &) { arrivals += clock.elapsed(); });
    clock.start();
    rig.engine->subscribeInspection(id);
    const QByteArray line("a line of the flood\r\n");
    qint64 sent = 0;
    while (clock.elapsed() < 800) {
        client.write(line);
        sent += line.size();
        if (client.bytesToWrite() > 64 * 1024)
            client.waitForBytesWritten(100);
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY(
        !rig.recorder.inspections.isEmpty() && rig.recorder.inspections.last().bytesIn == sent);
    const qint64 span = arrivals.last();
    int reads = 0;
    for (const EngineEvent &event : rig.recorder.of(id))
        reads += event.type == Type::Chunk;
    qInfo("%d reads, %d snapshots in %lld ms", reads, int(arrivals.size()), span);
    // Sent at least InspectionIntervalMs apart (a coarse timer may fire 5% early), the
    // first one at once.
    QVERIFY2(arrivals.size() <= span / (Engine::InspectionIntervalMs * 95 / 100) + 2,
        qPrintable(QString::number(arrivals.size())));
    QVERIFY2(arrivals.size() < reads, "snapshots are coalesced, not one per read");
    int duringFlood = 0;
    for (qint64 at : arrivals)
        duringFlood += at < 800;
    QVERIFY2(duringFlood >= 5, qPrintable(QString::number(duringFlood)));
}

void TestEngine::commandsReachTheConnection()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);
    QTcpSocket client;
    const quint64 id = connectClient(client, port, recorder);
    QVERIFY(id != 0);

    engine->setTerminator(id, Terminator::bytes("."));
    QTRY_VERIFY(recorder.first(Type::TerminatorChanged, id));
    QCOMPARE(recorder.first(Type::TerminatorChanged, id)->text, QStringLiteral("."));
    client.write("a.b.");
    QCOMPARE(readAtLeast(client, 6), QByteArray("a\r\nb\r\n"));

    engine->push(id, "bye");
    engine->closeWhenDone(id);
    QCOMPARE(readAtLeast(client, 3), QByteArray("bye"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(recorder.connections.value(id).state, ConnectionInfo::State::Closed);
}

// Out of descriptors: the user sees the pause and the recovery, and no client is lost.
void TestEngine::acceptPauseIsReported()
{
    auto engine = makeEngine();
    engine->setDetail(Engine::Detail::Connections);
    Recorder recorder(engine.get());
    int id = 0;
    const quint16 port = startServer(*engine, recorder, &id);
    QVERIFY(port != 0);
    QProcess clients;
    clients.start(QStringLiteral(ACW_PYTHON),
        { QStringLiteral("-c"), QString::fromLatin1(test::EmfileClientScript),
            QString::number(port) });
    QVERIFY(clients.waitForStarted());

    rlimit original;
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
    rlimit low = original;
    low.rlim_cur = rlim_t(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size()
        + 5);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &original); });
    clients.write("go\n");
    QTRY_VERIFY_WITH_TIMEOUT(recorder.first(Type::AcceptPaused), 10000);
    QCOMPARE(recorder.first(Type::AcceptPaused)->serverFault.error, ServerError::AcceptFailed);
    QCOMPARE(recorder.first(Type::AcceptPaused)->serverFault.status, EMFILE);
    QCOMPARE(recorder.first(Type::AcceptPaused)->server, id);
    QTRY_VERIFY(recorder.servers.value(id).acceptPaused);

    restore.dismiss();
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.first(Type::AcceptResumed), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(clients.state(), QProcess::NotRunning, 15000);
    QCOMPARE(clients.readAllStandardOutput().trimmed(), QByteArray("served 20"));
    QTRY_VERIFY(!recorder.servers.value(id).acceptPaused);
    QCOMPARE(recorder.count(Type::AcceptPaused), 1);
    QTRY_COMPARE(recorder.servers.value(id).accepted, quint64(20));
}

void TestEngine::ipv6PeerIsBracketed()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    ServerConfig config;
    config.bindAddress = QStringLiteral("localhost");
    int id = 0;
    const quint16 port = startServer(*engine, recorder, &id, config);
    QVERIFY(port != 0);
    QCOMPARE(recorder.servers.value(id).addresses,
        (QStringList {
            QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("[::1]:%1").arg(port) }));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHostIPv6, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(recorder.first(Type::ConnectionOpened));
    QCOMPARE(recorder.first(Type::ConnectionOpened)->text,
        QStringLiteral("[::1]:%1").arg(client.localPort()));
}

void TestEngine::evictionIsTheCloseReason()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    ServerConfig config;
    config.maxConnections = 1;
    int id = 0;
    const quint16 port = startServer(*engine, recorder, &id, config);
    QVERIFY(port != 0);
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(idle.waitForConnected(5000));
    QTRY_VERIFY(connectionFrom(recorder, idle.localPort()) != 0);
    const quint64 idleId = connectionFrom(recorder, idle.localPort());

    QTcpSocket fresh;
    fresh.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(fresh.waitForConnected(5000));
    fresh.write("served\r\n");
    QCOMPARE(readAtLeast(fresh, 8), QByteArray("served\r\n"));
    QTRY_VERIFY(recorder.first(Type::ConnectionClosed, idleId));
    const ChannelFault evicted
        = ChannelFault::of(ChannelError::Evicted, 0, int(EvictionCause::NoRequest));
    QCOMPARE(recorder.first(Type::ConnectionClosed, idleId)->fault, evicted);
    QTRY_COMPARE(recorder.connections.value(idleId).closeFault, evicted);
    QTRY_COMPARE(recorder.servers.value(id).evicted, quint64(1));
    QCOMPARE(recorder.servers.value(id).live, 1);
}

void TestEngine::realProfilesThroughTheDefaultFactory()
{
    Engine engine; // Profile::create
    Recorder recorder(&engine);
    ServerConfig bad;
    bad.profile = ProfileId::Client; // not a profile a server runs
    const int badId = engine.startServer(bad);
    QTRY_COMPARE(recorder.servers.value(badId).state, ServerInfo::State::Failed);
    QCOMPARE(recorder.servers.value(badId).fault.error, ServerError::ProfileRejected);
    QCOMPARE(recorder.servers.value(badId).fault.cause, int(ProfileError::NotServable));

    ServerConfig echo;
    echo.profile = ProfileId::Echo;
    echo.hasTerminator = true;
    echo.terminator = Terminator::bytes("\r\n");
    int echoId = 0;
    const quint16 port = startServer(engine, recorder, &echoId, echo);
    QVERIFY(port != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("real\r\n");
    QCOMPARE(readAtLeast(client, 6), QByteArray("real\r\n"));
    QTRY_VERIFY(connectionFrom(recorder, client.localPort()) != 0);
    const quint64 id = connectionFrom(recorder, client.localPort());
    QTRY_COMPARE(recorder.connections.value(id).frames, quint64(1));
    QCOMPARE(recorder.connections.value(id).profile, ProfileId::Echo);
}

void TestEngine::destructorWithLiveConnections()
{
    auto engine = makeEngine();
    Recorder recorder(engine.get());
    const quint16 port = startServer(*engine, recorder);
    QVERIFY(port != 0);
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 5; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTRY_COMPARE(recorder.count(Type::ConnectionOpened), 5);
    clients.front()->write("pending");
    engine.reset();
    for (auto &client : clients)
        QTRY_COMPARE(client->state(), QAbstractSocket::UnconnectedState);
}

// The rule of Engine::setRecordingBudget on its own, with the time given (docs/recording.md):
// a burst of up to `rate` at once, then `rate` a second; the first refusal starts a pause,
// during which nothing is recorded; it ends after a whole second with fewer than rate / 2
// new connections.
void TestEngine::recordingBudgetRule()
{
    RecordingBudget budget;
    QVERIFY(budget.admit(0)); // rate 0: everything
    budget.setRate(10);
    const qint64 t0 = 5000000;
    for (int i = 0; i < 10; ++i)
        QVERIFY2(budget.admit(t0), qPrintable(QString::number(i)));
    QVERIFY(!budget.isPaused());
    QVERIFY(!budget.admit(t0)); // the eleventh in the same instant
    QVERIFY(budget.isPaused());
    // Paused: even with tokens refilled, nothing is recorded until a quiet second.
    QVERIFY(!budget.admit(t0 + 500000));
    QVERIFY(!budget.resumeDue(t0 + 900000)); // not a whole second yet
    for (int i = 0; i < 5; ++i) // 1 + 1 + 5 = 7 in the first second: not below 10 / 2
        QVERIFY(!budget.admit(t0 + 950000));
    QVERIFY(!budget.resumeDue(t0 + 1000000));
    QVERIFY(budget.isPaused());
    QVERIFY(!budget.admit(t0 + 1500000)); // the next second: 4 arrivals, below 5
    for (int i = 0; i < 3; ++i)
        QVERIFY(!budget.admit(t0 + 1600000));
    QVERIFY(!budget.resumeDue(t0 + 1900000));
    QVERIFY(budget.resumeDue(t0 + 2000000));
    QVERIFY(!budget.isPaused());
    QVERIFY(!budget.resumeDue(t0 + 2000000)); // once
    // Resumed with a full bucket: a burst of 10 again, then 1 per 100 ms.
    for (int i = 0; i < 10; ++i)
        QVERIFY(budget.admit(t0 + 2000000));
    budget.setRate(10); // (a new rate starts full and unpaused)
    for (int i = 0; i < 10; ++i)
        QVERIFY(budget.admit(t0 + 3000000));
    QVERIFY(budget.admit(t0 + 3100000)); // one token refilled in 100 ms
    QVERIFY(!budget.admit(t0 + 3100000));
}

// A budget of 1 connection a second and 20 connections at once: each is served; the
// engine records some (as many as the budget allowed in the time it took) and counts the
// rest; what it reports adds up — rows + not recorded = accepted — and the pause's two
// events carry the budget and the count.
void TestEngine::recordingBudgetCountsWhatItDoesNotRecord()
{
    auto engine = makeEngine();
    engine->setRecordingBudget(1);
    Recorder recorder(engine.get());
    int serverId = 0;
    const quint16 port = startServer(*engine, recorder, &serverId);
    QVERIFY(port != 0);
    QElapsedTimer clock;
    clock.start();
    const int total = 20;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < total; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    for (int i = 0; i < total; ++i) {
        QTcpSocket &client = *clients[size_t(i)];
        QVERIFY(client.waitForConnected(5000));
        const QByteArray line = QByteArray("line ") + QByteArray::number(i) + "\r\n";
        client.write(line);
        QCOMPARE(readAtLeast(client, line.size()), line); // served, recorded or not
        client.disconnectFromHost();
    }
    QTRY_COMPARE(recorder.servers.value(serverId).accepted, quint64(total));
    QTRY_COMPARE(recorder.servers.value(serverId).live, 0);
    const qint64 elapsedMs = clock.elapsed();

    // Recording resumes after a quiet second.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.first(Type::RecordingResumed), 5000);
    const ServerInfo info = recorder.servers.value(serverId);
    QVERIFY(!info.recordingPaused);
    const int recorded = recorder.count(Type::ConnectionOpened);
    QCOMPARE(recorder.count(Type::ConnectionClosed), recorded);
    QCOMPARE(int(recorder.connections.size()), recorded);
    QCOMPARE(quint64(recorded) + info.unrecorded, quint64(total));
    // One at once, then one a second at most.
    QVERIFY2(recorded >= 1 && recorded <= 1 + int(elapsedMs / 1000) + 1,
        qPrintable(QStringLiteral("%1 recorded in %2 ms").arg(recorded).arg(elapsedMs)));
    QVERIFY(info.unrecorded > 0);
    QCOMPARE(recorder.count(Type::RecordingPaused), 1);
    QCOMPARE(recorder.count(Type::RecordingResumed), 1);
    const EngineEvent *paused = recorder.first(Type::RecordingPaused);
    QCOMPARE(paused->server, serverId);
    QCOMPARE(paused->size, qint64(1));
    QCOMPARE(quint64(recorder.first(Type::RecordingResumed)->size), info.unrecorded);
    // Every event names a recorded connection or none (server events).
    for (const EngineEvent &event : std::as_const(recorder.events))
        QVERIFY(event.connection == 0 || recorder.connections.contains(event.connection));

    // Lifted: every connection is recorded again, however fast. (Commands run in order:
    // once the inspection answers, the budget is lifted.)
    engine->setRecordingBudget(0);
    engine->requestInspection(0);
    QTRY_COMPARE(recorder.inspections.size(), 1);
    std::vector<std::unique_ptr<QTcpSocket>> more;
    for (int i = 0; i < 10; ++i) {
        more.push_back(std::make_unique<QTcpSocket>());
        more.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTRY_COMPARE(recorder.servers.value(serverId).live, 10);
    QTRY_COMPARE(recorder.count(Type::ConnectionOpened), recorded + 10);
    QCOMPARE(recorder.servers.value(serverId).unrecorded, info.unrecorded);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
