// `asynchat-workbench connect` against our own servers and against a third-party line
// server Debian ships (redis-server on a free loopback port, started and killed here).
#include "closedport.h"
#include "redisserver.h"
#include "servehelper.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <sys/socket.h>

using namespace acwtest;

class TestConnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendsAndStdin();
    void terminatorChangeFromStdin();
    void peerCloseEnds();
    void serverResetFails();
    void ipv6();
    void countTerminator();
    void redisPing();
    void refused();
    void usage_data();
    void usage();

private:
    QByteArray connectRun(
        const QStringList &args, const QByteArray &stdinData, int *code, QByteArray *err = nullptr);
    ServeProcess m_echo;
    RedisServer m_redis;
};

void TestConnect::initTestCase()
{
    QVERIFY(m_echo.start(
        { QStringLiteral("--profile"), QStringLiteral("echo"), QStringLiteral("--quiet") }));
}

void TestConnect::cleanupTestCase()
{
    m_redis.stop();
}

QByteArray TestConnect::connectRun(
    const QStringList &args, const QByteArray &stdinData, int *code, QByteArray *err)
{
    return run(QStringLiteral(ACW_APP_PATH), QStringList { QStringLiteral("connect") } + args,
        15000, code, err, stdinData);
}

void TestConnect::sendsAndStdin()
{
    int code = -1;
    const QByteArray out = connectRun(
        { QStringLiteral("127.0.0.1:%1").arg(m_echo.port), QStringLiteral("--send"),
            QStringLiteral("hello"), QStringLiteral("--send"), QStringLiteral("tab\\there\\x01") },
        "line one\nline two\r\nno newline at the end", &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] hello\n[2] tab\\there\\x01\n[3] line one\n[4] line two\n"
                             "[5] no newline at the end\n"));
}

// ":terminator SPEC" on stdin changes both directions from that line on.
void TestConnect::terminatorChangeFromStdin()
{
    ServeProcess stream; // echoes bytes as they come: the client alone does the framing
    QVERIFY(stream.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--terminator"), QStringLiteral("none"), QStringLiteral("--quiet") }));
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH),
        { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(stream.port) });
    QVERIFY(p.waitForStarted(5000));
    p.write("a\nb\n");
    QByteArray out;
    QTRY_VERIFY((out += p.readAllStandardOutput()).contains("[2] b\n"));
    p.write(":terminator ;\nc\nd\n");
    QTRY_VERIFY((out += p.readAllStandardOutput()).contains("[4] d\n"));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    QCOMPARE(out, QByteArray("[1] a\n[2] b\n[3] c\n[4] d\n"));
    QVERIFY(p.readAllStandardError().contains("terminator is now ;"));
    QCOMPARE(p.exitCode(), 0);
}

// Against the greeting server: the peer closes after its answer, and connect exits at once
// although stdin stays open.
void TestConnect::peerCloseEnds()
{
    ServeProcess greeting;
    QVERIFY(greeting.start({ QStringLiteral("--quiet") }));
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH),
        { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(greeting.port),
            QStringLiteral("--send"), QStringLiteral("GET /kongxx HTTP/1.0"),
            QStringLiteral("--send"), QString() });
    QVERIFY(p.waitForStarted(5000));
    QVERIFY(p.waitForFinished(10000)); // stdin is still open
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.startsWith("[1] HTTP/1.0 200 OK\n"), out.constData());
    QVERIFY(out.contains("] Hello kongxx!\n"));
}

// Issue 14 item 7: a server that resets the connection (an RST) is a failure: the reason
// on stderr and exit status 1 (it used to exit 0 without a word).
void TestConnect::serverResetFails()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> peers;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = server.nextPendingConnection();
        peers << peer;
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            if (!peer->readAll().contains('\n'))
                return;
            linger off { 1, 0 }; // close with an RST
            ::setsockopt(int(peer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &off, sizeof off);
            peer->abort();
        });
    });
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH),
        { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
            QStringLiteral("--send"), QStringLiteral("hello") });
    QVERIFY(p.waitForStarted(5000));
    p.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains("connection reset by peer"), err.constData());
    qDeleteAll(peers);
}

void TestConnect::ipv6()
{
    ServeProcess v6;
    QVERIFY(v6.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--bind"), QStringLiteral("::1"), QStringLiteral("--quiet") }));
    int code = -1;
    const QByteArray out = connectRun({ QStringLiteral("[::1]:%1").arg(v6.port),
                                          QStringLiteral("--send"), QStringLiteral("over v6") },
        QByteArray(), &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] over v6\n"));
}

// A count terminator is re-armed after each frame, on both sides: fixed-size records.
void TestConnect::countTerminator()
{
    ServeProcess records;
    QVERIFY(records.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--terminator"), QStringLiteral("count:4"), QStringLiteral("--quiet") }));
    int code = -1;
    const QByteArray out
        = connectRun({ QStringLiteral("127.0.0.1:%1").arg(records.port),
                         QStringLiteral("--terminator"), QStringLiteral("count:4"),
                         QStringLiteral("--send"), QStringLiteral("abcdefgh\\x00\\x01\\x02\\x03") },
            QByteArray(), &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] abcd\n[2] efgh\n[3] \\0\\x01\\x02\\x03\n"));
}

void TestConnect::redisPing()
{
    QVERIFY2(
        !RedisServer::program().isEmpty(), "redis-server is missing: run scripts/deps.sh test");
    QVERIFY2(m_redis.start(), m_redis.log().constData());
    const quint16 port = m_redis.port();
    int code = -1;
    const QByteArray out = connectRun({ QStringLiteral("127.0.0.1:%1").arg(port),
                                          QStringLiteral("--send"), QStringLiteral("PING") },
        "SET workbench kongxx\nGET workbench\n", &code);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] +PONG\n[2] +OK\n[3] $6\n[4] kongxx\n"));
}

void TestConnect::refused()
{
    const acwtest::ClosedPort closed; // bound, never listening: connects are refused
    const quint16 port = closed.port();
    QVERIFY(port != 0);
    int code = -1;
    QByteArray err;
    connectRun(
        { QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send"), QStringLiteral("x") },
        QByteArray(), &code, &err);
    QCOMPARE(code, 1);
    QVERIFY2(
        err.contains("cannot connect to 127.0.0.1:") && err.contains("refused"), err.constData());
}

void TestConnect::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                          << QByteArray("Usage: asynchat-workbench connect");
    QTest::newRow("no target") << QStringList() << 2 << QByteArray("expected one HOST:PORT");
    QTest::newRow("no port") << QStringList { QStringLiteral("localhost") } << 2
                             << QByteArray("is not HOST:PORT");
    QTest::newRow("bare v6") << QStringList { QStringLiteral("::1:80") } << 2
                             << QByteArray("[::1]:PORT");
    QTest::newRow("bad terminator") << QStringList { QStringLiteral("127.0.0.1:1"),
        QStringLiteral("--terminator"), QStringLiteral("count:x") }
                                    << 2 << QByteArray("--terminator");
}

void TestConnect::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    int got = -1;
    QByteArray err;
    const QByteArray out = connectRun(args, QByteArray(), &got, &err);
    QCOMPARE(got, code);
    QVERIFY2((out + err).contains(message), (out + err).constData());
}

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
