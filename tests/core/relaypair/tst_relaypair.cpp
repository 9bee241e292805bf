// RelayPair in process: the intercept (hold, edit, drop, inject, release) as the far side
// sees it, held frames across a terminator change, and a frame split by the hold.
#include "relay/relaypair.h"
#include "relay/relayserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace acw;

class TestRelayPair : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesBytesAndFrames();
    void holdEditDropInject();
    void heldFramesSurviveTerminatorChange();
    void holdSplitsAFrame();
    void serverDirectionHeld();
    void heldStreamEndWaitsForRelease();
    void backpressureBoundsHold();

private:
    // Connects a client through the relay; m_server/m_client are the far ends.
    bool connectPair();
    QByteArray readAtServer(qsizetype size);

    std::unique_ptr<QTcpServer> m_upstream;
    std::unique_ptr<RelayServer> m_relay;
    RelayPair *m_pair = nullptr;
    QTcpSocket *m_server = nullptr; // the upstream's accepted socket
    std::unique_ptr<QTcpSocket> m_client;
    QList<RelayFrame> m_frames;
};

void TestRelayPair::init()
{
    m_upstream = std::make_unique<QTcpServer>();
    QVERIFY(m_upstream->listen(QHostAddress::LocalHost, 0));
    RelayConfig config;
    config.upstreamHost = QStringLiteral("127.0.0.1");
    config.upstreamPort = m_upstream->serverPort();
    m_relay = std::make_unique<RelayServer>(config);
    QVERIFY(m_relay->start());
    m_frames.clear();
    m_pair = nullptr;
    m_server = nullptr;
}

void TestRelayPair::cleanup()
{
    m_client.reset();
    m_relay.reset();
    m_upstream.reset();
}

// Nothing reaches the server for a while (the relay, in this thread, keeps running).
static bool staysQuiet(QTcpSocket *socket)
{
    QSignalSpy ready(socket, &QTcpSocket::readyRead);
    return !ready.wait(200) && socket->bytesAvailable() == 0;
}

bool TestRelayPair::connectPair()
{
    connect(m_relay.get(), &RelayServer::pairOpened, this, [this](RelayPair *pair) {
        m_pair = pair;
        connect(pair, &RelayPair::frame, this, [this](const RelayFrame &f) { m_frames << f; });
    });
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_relay->port());
    if (!m_client->waitForConnected(5000))
        return false;
    QSignalSpy accepted(m_upstream.get(), &QTcpServer::newConnection);
    if (!accepted.wait(5000))
        return false;
    m_server = m_upstream->nextPendingConnection();
    return m_pair != nullptr && m_server != nullptr;
}

QByteArray TestRelayPair::readAtServer(qsizetype size)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (got.size() < size && t.elapsed() < 20000) {
        if (m_server->bytesAvailable() == 0) {
            QSignalSpy ready(m_server, &QTcpSocket::readyRead); // the relay runs meanwhile
            ready.wait(100);
        }
        got += m_server->readAll();
    }
    return got;
}

void TestRelayPair::passesBytesAndFrames()
{
    QVERIFY(connectPair());
    m_client->write("PING\r\nhalf");
    QCOMPARE(readAtServer(10), QByteArray("PING\r\nhalf")); // unterminated bytes go on too
    QCOMPARE(m_frames.size(), 1);
    QCOMPARE(m_frames[0].data, QByteArray("PING"));
    QCOMPARE(m_frames[0].direction, int(RelayPair::ClientToServer));
    m_server->write("+PONG\r\n");
    QTRY_COMPARE(m_client->bytesAvailable(), qint64(7));
    QCOMPARE(m_client->readAll(), QByteArray("+PONG\r\n"));
    QCOMPARE(m_frames.size(), 2);
    QCOMPARE(m_frames[1].direction, int(RelayPair::ServerToClient));
    QCOMPARE(m_frames[1].data, QByteArray("+PONG"));
}

void TestRelayPair::holdEditDropInject()
{
    QVERIFY(connectPair());
    m_pair->hold(RelayPair::ClientToServer);
    m_client->write("SET a 1\r\nSET b 2\r\nSET c 3\r\n");
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 3);
    QCOMPARE(m_server->bytesAvailable(), qint64(0));
    QVERIFY(staysQuiet(m_server)); // nothing reached the server while held
    const QList<HeldFrame> held = m_pair->heldFrames(RelayPair::ClientToServer);
    QCOMPARE(held[0].bytes, QByteArray("SET a 1\r\n"));
    QVERIFY(m_frames[0].held);
    QCOMPARE(m_frames[0].heldId, held[0].id);
    QVERIFY(m_pair->edit(RelayPair::ClientToServer, held[0].id, "SET a 100\r\n"));
    QVERIFY(m_pair->drop(RelayPair::ClientToServer, held[1].id));
    QVERIFY(m_pair->inject(RelayPair::ClientToServer, "GET a\r\n") != 0);
    QVERIFY(m_pair->forward(RelayPair::ClientToServer, held[2].id)); // out of order, at once
    QCOMPARE(readAtServer(9), QByteArray("SET c 3\r\n"));
    m_pair->release(RelayPair::ClientToServer);
    QCOMPARE(readAtServer(18), QByteArray("SET a 100\r\nGET a\r\n"));
    m_client->write("PING\r\n"); // passes straight on again
    QCOMPARE(readAtServer(6), QByteArray("PING\r\n"));
    QVERIFY(!m_pair->isHeld(RelayPair::ClientToServer));
}

void TestRelayPair::heldFramesSurviveTerminatorChange()
{
    QVERIFY(connectPair());
    m_pair->hold(RelayPair::ClientToServer);
    m_client->write("one\r\ntwo\r\nthree;fo");
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 2);
    m_pair->setTerminator(RelayPair::ClientToServer, Terminator::bytes(";"));
    QCOMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 2); // still queued
    // As asynchat's set_terminator(): bytes already collected ("three;fo") are not scanned
    // again; the new terminator ends the frame at the next ";".
    m_client->write("ur;five;");
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 4);
    const QList<HeldFrame> held = m_pair->heldFrames(RelayPair::ClientToServer);
    QCOMPARE(held[0].bytes, QByteArray("one\r\n"));
    QCOMPARE(held[1].bytes, QByteArray("two\r\n"));
    QCOMPARE(held[2].bytes, QByteArray("three;four;"));
    QCOMPARE(held[3].bytes, QByteArray("five;"));
    m_pair->release(RelayPair::ClientToServer);
    QCOMPARE(readAtServer(26), QByteArray("one\r\ntwo\r\nthree;four;five;"));
}

void TestRelayPair::holdSplitsAFrame()
{
    QVERIFY(connectPair());
    m_client->write("GET /index.ht");
    QCOMPARE(readAtServer(13), QByteArray("GET /index.ht")); // passed on before the hold
    m_pair->hold(RelayPair::ClientToServer);
    m_client->write("ml\r\nHost: x\r"); // "\r" may be a terminator's start: held back
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 1);
    QCOMPARE(m_pair->heldFrames(RelayPair::ClientToServer)[0].bytes, QByteArray("ml\r\n"));
    QCOMPARE(m_frames.last().data, QByteArray("GET /index.html")); // the view has it whole
    m_pair->release(RelayPair::ClientToServer); // the unterminated rest goes on too
    QCOMPARE(readAtServer(12), QByteArray("ml\r\nHost: x\r"));
    m_client->write("\n");
    QCOMPARE(readAtServer(1), QByteArray("\n"));
    QTRY_COMPARE(m_frames.last().data, QByteArray("Host: x"));
}

void TestRelayPair::serverDirectionHeld()
{
    QVERIFY(connectPair());
    m_pair->setTerminator(RelayPair::ServerToClient, Terminator::count(4));
    m_pair->hold(RelayPair::ServerToClient);
    m_server->write("AAAABBBBCC");
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ServerToClient).size(), 2);
    QCOMPARE(m_client->bytesAvailable(), qint64(0));
    QVERIFY(m_pair->drop(
        RelayPair::ServerToClient, m_pair->heldFrames(RelayPair::ServerToClient)[0].id));
    m_pair->release(RelayPair::ServerToClient);
    QTRY_COMPARE(m_client->bytesAvailable(), qint64(6));
    QCOMPARE(m_client->readAll(), QByteArray("BBBBCC"));
}

void TestRelayPair::heldStreamEndWaitsForRelease()
{
    QVERIFY(connectPair());
    QSignalSpy closed(m_pair, &RelayPair::closed);
    m_pair->hold(RelayPair::ClientToServer);
    m_client->write("QUIT\r\ntail");
    m_client->disconnectFromHost();
    QTRY_COMPARE(m_pair->heldFrames(RelayPair::ClientToServer).size(), 2);
    QCOMPARE(m_pair->heldFrames(RelayPair::ClientToServer)[1].bytes, QByteArray("tail"));
    QVERIFY(staysQuiet(m_server));
    QCOMPARE(m_server->state(), QAbstractSocket::ConnectedState); // the end is held too
    m_pair->release(RelayPair::ClientToServer);
    QCOMPARE(readAtServer(10), QByteArray("QUIT\r\ntail"));
    QTRY_COMPARE(m_server->state(), QAbstractSocket::UnconnectedState); // then the end
    m_server->close();
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed[0][0].toString(), QString());
}

void TestRelayPair::backpressureBoundsHold()
{
    QVERIFY(connectPair());
    m_pair->setWatermarks(64 * 1024, 16 * 1024);
    m_pair->hold(RelayPair::ClientToServer);
    const QByteArray line = QByteArray(1023, 'x') + '\n';
    m_pair->setTerminator(RelayPair::ClientToServer, Terminator::bytes("\n"));
    for (int i = 0; i < 4096; ++i) // 4 MiB while held: the relay stops reading
        m_client->write(line);
    QTRY_VERIFY(m_pair->stats(RelayPair::ClientToServer).paused);
    const RelayPair::Stats s = m_pair->stats(RelayPair::ClientToServer);
    QVERIFY2(s.heldBytes <= 64 * 1024 + 64 * 1024, QByteArray::number(s.heldBytes).constData());
    QVERIFY(m_client->bytesToWrite() > 0); // the rest waits in the client and the kernel
    m_pair->release(RelayPair::ClientToServer);
    QCOMPARE(readAtServer(4096 * 1024).size(), 4096 * 1024);
}

QTEST_GUILESS_MAIN(TestRelayPair)
#include "tst_relaypair.moc"
