// `asynchat-workbench relay` between real programs: redis-cli and redis-server, curl and
// headless Chromium and the greeting server, and a Python peer pair moving 100 MiB each
// way with slow readers (byte-exact, the relay's memory bounded).
#include "closedport.h"
#include "redisserver.h"
#include "servehelper.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace acwtest;

namespace {

// `asynchat-workbench relay --listen 127.0.0.1:0 ARGS`.
class RelayProcess : public AppProcess
{
public:
    bool start(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Under ASan freed memory is quarantined (256 MB by default): RSS would measure it.
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=1"));
        process.setProcessEnvironment(env);
        static const QRegularExpression portPattern(
            QStringLiteral("^Relaying on 127\\.0\\.0\\.1:(\\d+) "));
        return AppProcess::start(QStringList { QStringLiteral("relay"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:0") }
                                     + args,
            portPattern);
    }

    // Resident memory of the relay process, in KiB (0 if it cannot be read).
    qint64 rssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }
};

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void redis();
    void greetingCurl();
    void greetingChromium();
    void bulkBothWays_data();
    void bulkBothWays();
    void upstreamRefused();
    void connectionCap();
    void stopsOnSigterm();
    void usage_data();
    void usage();
    void usageInChinese();

private:
    QByteArray redisCli(
        quint16 port, const QStringList &args, const QByteArray &input = QByteArray());
    ServeProcess m_greeting;
    RedisServer m_redis;
};

void TestRelay::initTestCase()
{
    QVERIFY(m_greeting.start({ QStringLiteral("--quiet") }));
    QVERIFY2(
        !RedisServer::program().isEmpty(), "redis-server is missing: run scripts/deps.sh test");
    QVERIFY2(!tool("redis-cli").isEmpty(), "redis-cli is missing: run scripts/deps.sh test");
    QVERIFY2(m_redis.start(), m_redis.log().constData());
}

void TestRelay::cleanupTestCase()
{
    m_redis.stop();
}

QByteArray TestRelay::redisCli(quint16 port, const QStringList &args, const QByteArray &input)
{
    return run(tool("redis-cli"),
        QStringList { QStringLiteral("-p"), QString::number(port) } + args, 20000, nullptr, nullptr,
        input);
}

void TestRelay::redis()
{
    RelayProcess relay;
    QVERIFY(relay.start(
        { QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(m_redis.port()) }));
    QCOMPARE(redisCli(relay.port,
                 { QStringLiteral("SET"), QStringLiteral("workbench"), QStringLiteral("kongxx") }),
        QByteArray("OK\n"));
    QCOMPARE(redisCli(relay.port, { QStringLiteral("GET"), QStringLiteral("workbench") }),
        QByteArray("kongxx\n"));
    QByteArray big(1024 * 1024, 'v');
    for (int i = 0; i < big.size(); i += 4096)
        big[i] = char('a' + (i / 4096) % 26);
    QCOMPARE(redisCli(relay.port,
                 { QStringLiteral("-x"), QStringLiteral("SET"), QStringLiteral("big") }, big),
        QByteArray("OK\n"));
    QCOMPARE(redisCli(relay.port, { QStringLiteral("GET"), QStringLiteral("big") }), big + '\n');
    // Both directions framed on \r\n: the RESP lines as they went by.
    QTRY_VERIFY(relay.readOutput().contains("< #4 $1048576\n"));
    const QByteArray out = relay.readOutput();
    QVERIFY2(out.contains("> #1 SET\n> #1 $9\n> #1 workbench\n> #1 $6\n> #1 kongxx\n< #1 +OK\n"),
        out.constData());
    QVERIFY2(out.contains("< #2 $6\n< #2 kongxx\n"), out.constData());
    QVERIFY2(out.contains("> #3 $1048576\n> #3 " + big.left(200) + " ... (1048576 bytes)\n"),
        out.constData());
    QVERIFY2(out.contains("#1 client ended its stream"), out.constData());
}

void TestRelay::greetingCurl()
{
    QVERIFY2(!tool("curl").isEmpty(), "curl is missing: run scripts/deps.sh test");
    RelayProcess relay;
    QVERIFY(relay.start(
        { QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(m_greeting.port) }));
    const QStringList flags { QStringLiteral("-s"), QStringLiteral("-i"),
        QStringLiteral("--max-time"), QStringLiteral("10") };
    const QByteArray direct = run(tool("curl"),
        flags + QStringList { QStringLiteral("http://127.0.0.1:%1/kongxx").arg(m_greeting.port) });
    const QByteArray relayed = run(tool("curl"),
        flags + QStringList { QStringLiteral("http://127.0.0.1:%1/kongxx").arg(relay.port) });
    QVERIFY2(bodyOf(direct).contains("Hello kongxx!"), direct.constData());
    QCOMPARE(bodyOf(relayed), bodyOf(direct));
    QCOMPARE(headerValue(relayed, "Content-Length"), headerValue(direct, "Content-Length"));
    QTRY_VERIFY(relay.readOutput().contains("> #1 GET /kongxx HTTP/1.1\n"));
    QVERIFY2(relay.readOutput().contains("< #1 HTTP/1.0 200 OK\n"), relay.output.constData());
}

void TestRelay::greetingChromium()
{
    QString chromium = tool("chromium");
    if (chromium.isEmpty())
        chromium = tool("chromium-browser");
    QVERIFY2(!chromium.isEmpty(), "chromium is missing: run scripts/deps.sh test");
    RelayProcess relay;
    QVERIFY(relay.start({ QStringLiteral("--to"),
        QStringLiteral("127.0.0.1:%1").arg(m_greeting.port), QStringLiteral("--quiet") }));
    QTemporaryDir profile;
    const QByteArray dom = run(chromium,
        { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
            QStringLiteral("http://127.0.0.1:%1/kongxx").arg(relay.port) },
        60000);
    QVERIFY2(dom.contains("Hello kongxx!"), dom.constData());
}

void TestRelay::bulkBothWays_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("slow");
    // Half-close: the server answers only after the client's end of stream has reached
    // it; 4 MiB is far more than the socket buffers, so nothing may be cut.
    QTest::newRow("half-close, 4 MiB answer") << qint64(4) << qint64(4);
    // 100 MiB each way; the first 20 MiB of each are read slowly on the receiving side.
    QTest::newRow("100 MiB each way, slow readers") << qint64(100) << qint64(20);
}

void TestRelay::bulkBothWays()
{
    QFETCH(qint64, size);
    QFETCH(qint64, slow);
    QProcess peers;
    peers.start(QStringLiteral(ACW_PYTHON),
        { QStringLiteral(ACW_SOURCE_DIR "/tests/app/relay/peers.py"), QStringLiteral("bulk"),
            QString::number(size << 20), QString::number(slow << 20) });
    QVERIFY(peers.waitForStarted(5000));
    QByteArray peerOut;
    while (!peerOut.contains('\n')) {
        QVERIFY(peers.waitForReadyRead(10000));
        peerOut += peers.readAllStandardOutput();
    }
    QVERIFY2(peerOut.startsWith("PORT "), peerOut.constData());
    const QByteArray upstreamPort = peerOut.mid(5, peerOut.indexOf('\n') - 5);
    RelayProcess relay;
    QVERIFY(relay.start(
        { QStringLiteral("--to"), QStringLiteral("127.0.0.1:") + QString::fromLatin1(upstreamPort),
            QStringLiteral("--quiet") }));
    const qint64 baseline = relay.rssKiB();
    QVERIFY(baseline > 0);
    qint64 peak = baseline;
    peers.write(QByteArray::number(relay.port) + '\n');
    QElapsedTimer timer;
    timer.start();
    while (peers.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
        peers.waitForFinished(100); // and sample the relay's memory meanwhile
        peak = qMax(peak, relay.rssKiB());
    }
    peerOut += peers.readAllStandardOutput();
    QVERIFY2(peerOut.endsWith("OK\n"), (peerOut + peers.readAllStandardError()).constData());
    QVERIFY2(peerOut.contains(QByteArray::number(size << 20) + "\nDOWN"), peerOut.constData());
    // Watermarks of 1 MiB per direction: the transfer itself must not show in memory.
    QVERIFY2(peak - baseline < 16 * 1024,
        qPrintable(QStringLiteral("RSS grew from %1 to %2 KiB").arg(baseline).arg(peak)));
    QCOMPARE(relay.process.readAllStandardError(), QByteArray()); // no error was reported
}

void TestRelay::upstreamRefused()
{
    const ClosedPort closed; // bound, never listening: connects are refused
    QVERIFY(closed.port() != 0);
    RelayProcess relay;
    QVERIFY(
        relay.start({ QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(closed.port()) }));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, relay.port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_VERIFY(relay.readOutput().contains(
        "#1 closed (cannot connect to the server: connection refused)"));
}

void TestRelay::connectionCap()
{
    RelayProcess relay;
    QVERIFY(
        relay.start({ QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(m_redis.port()),
            QStringLiteral("--max-connections"), QStringLiteral("1") }));
    QTcpSocket first, second;
    first.connectToHost(QHostAddress::LocalHost, relay.port);
    QVERIFY(first.waitForConnected(5000));
    first.write("PING\r\n");
    QTRY_VERIFY(first.bytesAvailable() > 0);
    QCOMPARE(first.readAll(), QByteArray("+PONG\r\n"));
    second.connectToHost(QHostAddress::LocalHost, relay.port);
    QVERIFY(second.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QAbstractSocket::UnconnectedState, 10000);
    QByteArray err;
    QTRY_VERIFY((err += relay.process.readAllStandardError())
                    .contains("refused: connection cap (1) reached"));
    first.write("PING\r\n"); // the first is untouched
    QTRY_VERIFY(first.bytesAvailable() > 0);
    QCOMPARE(first.readAll(), QByteArray("+PONG\r\n"));
}

void TestRelay::stopsOnSigterm()
{
    RelayProcess relay;
    QVERIFY(relay.start(
        { QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(m_redis.port()) }));
    relay.process.terminate();
    QVERIFY(relay.process.waitForFinished(5000));
    QCOMPARE(relay.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(relay.process.exitCode(), 0);
    QVERIFY(relay.readOutput().contains("Stopping (SIGTERM)."));
}

void TestRelay::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --to") << QStringList {} << 2 << QStringLiteral("--to HOST:PORT is required");
    QTest::newRow("bad --to") << QStringList { QStringLiteral("--to"), QStringLiteral("nowhere") }
                              << 2 << QStringLiteral("--to: 'nowhere' is not HOST:PORT");
    QTest::newRow("bad terminator") << QStringList { QStringLiteral("--to"),
        QStringLiteral("127.0.0.1:1"), QStringLiteral("--terminator"), QStringLiteral("\\q") }
                                    << 2 << QStringLiteral("--terminator:");
    QTest::newRow("missing key") << QStringList { QStringLiteral("--to"),
        QStringLiteral("127.0.0.1:1"), QStringLiteral("--tls-cert"),
        QStringLiteral("/nonexistent.pem") }
                                 << 1 << QStringLiteral("TLS needs both --tls-cert and --tls-key");
    QTest::newRow("missing cert") << QStringList {
        QStringLiteral("--to"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--tls-cert"),
        QStringLiteral("/nonexistent.pem"), QStringLiteral("--tls-key"),
        QStringLiteral("/nonexistent.key")
    } << 1 << QStringLiteral("cannot read certificate /nonexistent.pem");
}

void TestRelay::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    int exitCode = -1;
    QByteArray err;
    run(QStringLiteral(ACW_APP_PATH), QStringList { QStringLiteral("relay") } + args, 10000,
        &exitCode, &err);
    QCOMPARE(exitCode, code);
    QVERIFY2(err.startsWith("asynchat-workbench relay: " + message.toUtf8()), err.constData());
    if (code == 1)
        QCOMPARE(err.count('\n'), 1); // one clear line
}

// In a Chinese locale the relay speaks Chinese like the other subcommands: its words are
// looked up in the catalogue under the context lupdate wrote them in (they were looked up
// under another one, so the relay stayed English).
void TestRelay::usageInChinese()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACW_APP_PATH), { QStringLiteral("relay") });
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("asynchat-workbench relay: 必须指定 --to 主机:端口")),
        qPrintable(err));
}

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
