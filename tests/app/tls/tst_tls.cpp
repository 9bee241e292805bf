// TLS with real peers on loopback: openssl s_server <-> `connect --tls`, openssl s_client
// <-> `serve --tls-cert`, a Python ssl server upgraded by ":starttls", the relay with TLS
// on both sides, and certificates refused with a clear reason unless accepted by
// fingerprint. Certificates are made here with openssl (none is committed).
#include "servehelper.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace acwtest;

namespace {

// Waits until a process's standard output contains text; returns all of it.
QByteArray waitOutput(QProcess &p, const QByteArray &text, int timeoutMs = 10000)
{
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains(text) && t.elapsed() < timeoutMs && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    return out + p.readAllStandardOutput();
}

void stop(QProcess &p)
{
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clientToOpensslServer();
    void selfSignedRefusedUnlessAccepted();
    void wrongNameRefused();
    void opensslClientToOurServer();
    void startTls();
    void relayTlsBothSides();
    void relayRefusesUpstream();
    void badFiles_data();
    void badFiles();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    bool makePair(const char *stem, const QString &cn, const QString &san);
    QByteArray app(const QStringList &args, const QByteArray &input, int *code, QByteArray *err);
    bool startSServer(QProcess &p, quint16 *port, const char *stem, const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_fingerprint; // of localhost.pem, hex without colons
    QString m_otherFingerprint;
};

bool TestTls::makePair(const char *stem, const QString &cn, const QString &san)
{
    int code = -1;
    QByteArray err;
    QStringList args { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
        QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
        QStringLiteral("-keyout"), file(stem) + QStringLiteral(".key"), QStringLiteral("-out"),
        file(stem) + QStringLiteral(".pem") };
    if (!san.isEmpty())
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + san;
    run(m_openssl, args, 30000, &code, &err);
    if (code != 0)
        qWarning("openssl req failed: %s", err.constData());
    return code == 0;
}

void TestTls::initTestCase()
{
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "openssl is missing: run scripts/deps.sh test");
    QVERIFY(m_dir.isValid());
    QVERIFY(makePair(
        "localhost", QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1")));
    QVERIFY(
        makePair("other", QStringLiteral("other.example"), QStringLiteral("DNS:other.example")));
    int code = -1;
    const QByteArray out = run(m_openssl,
        { QStringLiteral("x509"), QStringLiteral("-in"), file("localhost.pem"),
            QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256") },
        10000, &code);
    QCOMPARE(code, 0);
    m_fingerprint = QString::fromLatin1(out.mid(out.indexOf('=') + 1).trimmed())
                        .remove(QLatin1Char(':'))
                        .toLower();
    QCOMPARE(m_fingerprint.size(), 64);
    const QByteArray other = run(m_openssl,
        { QStringLiteral("x509"), QStringLiteral("-in"), file("other.pem"),
            QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256") },
        10000, &code);
    m_otherFingerprint = QString::fromLatin1(other.mid(other.indexOf('=') + 1).trimmed());
    QCOMPARE(m_otherFingerprint.size(), 95); // colons allowed, as openssl prints it
}

QByteArray TestTls::app(
    const QStringList &args, const QByteArray &input, int *code, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH), args);
    if (!p.waitForStarted(5000))
        return "<did not start>";
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return "<timeout>";
    }
    *code = p.exitCode();
    *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

// openssl s_server with a certificate, on port 0; ready once it says where it accepts.
bool TestTls::startSServer(QProcess &p, quint16 *port, const char *stem, const QStringList &extra)
{
    p.start(m_openssl, QStringList { QStringLiteral("s_server"), QStringLiteral("-accept"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("-cert"),
                           file(stem) + QStringLiteral(".pem"), QStringLiteral("-key"),
                           file(stem) + QStringLiteral(".key") }
                           + extra);
    if (!p.waitForStarted(5000))
        return false;
    // It says "ACCEPT 127.0.0.1:PORT" once it listens.
    static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)\\r?\\n"));
    QByteArray out;
    QRegularExpressionMatch m;
    QElapsedTimer t;
    t.start();
    while (!(m = accept.match(QString::fromLatin1(out))).hasMatch() && t.elapsed() < 10000
           && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    *port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    return *port != 0;
}

void TestTls::clientToOpensslServer()
{
    QProcess server;
    quint16 port = 0;
    QVERIFY(
        startSServer(server, &port, "localhost", { QStringLiteral("-rev") })); // answers reversed
    int code = -1;
    QByteArray err;
    const QByteArray out
        = app({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("--tls"), QStringLiteral("--ca"), file("localhost.pem"),
                  QStringLiteral("--terminator"), QStringLiteral("\\n"), QStringLiteral("--wait"),
                  QStringLiteral("500") },
            "hello tls\n", &code, &err);
    stop(server);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] slt olleh\n"));
    QVERIFY2(err.contains("TLS started: TLSv1.3, TLS_"), err.constData());
    QVERIFY2(err.contains(", CN=localhost"), err.constData());
}

void TestTls::selfSignedRefusedUnlessAccepted()
{
    QProcess server;
    quint16 port = 0;
    QVERIFY(startSServer(server, &port, "localhost", { QStringLiteral("-rev") }));
    const QStringList base { QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--tls"), QStringLiteral("--terminator"), QStringLiteral("\\n"),
        QStringLiteral("--wait"), QStringLiteral("500") };
    int code = -1;
    QByteArray err;
    // No CA: the system's do not know it. Refused, with the fingerprint to accept it by.
    QByteArray out = app(base, "abc\n", &code, &err);
    QCOMPARE(code, 1);
    QCOMPARE(out, QByteArray());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains("certificate refused: The certificate is self-signed, and untrusted"),
        err.constData());
    QVERIFY2(err.contains("--accept-fingerprint " + m_fingerprint.toLatin1()), err.constData());
    stop(server);
    QVERIFY(startSServer(server, &port, "localhost", { QStringLiteral("-rev") }));
    QStringList accepted = base;
    accepted[1] = QStringLiteral("127.0.0.1:%1").arg(port);
    out = app(accepted + QStringList { QStringLiteral("--accept-fingerprint"), m_fingerprint },
        "abc\n", &code, &err);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] cba\n"));
    stop(server);
    // Another certificate's fingerprint does not open the door.
    QVERIFY(startSServer(server, &port, "localhost", { QStringLiteral("-rev") }));
    accepted[1] = QStringLiteral("127.0.0.1:%1").arg(port);
    out = app(
        accepted
            + QStringList { QStringLiteral("--accept-fingerprint"), QString(64, QLatin1Char('a')) },
        "abc\n", &code, &err);
    stop(server);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("is not the accepted"), err.constData());
}

void TestTls::wrongNameRefused()
{
    QProcess server;
    quint16 port = 0;
    QVERIFY(startSServer(server, &port, "other", { QStringLiteral("-rev") }));
    int code = -1;
    QByteArray err;
    // Trusted (its own CA), but issued to other.example, not 127.0.0.1.
    app({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--tls"), QStringLiteral("--ca"), file("other.pem"),
            QStringLiteral("--wait"), QStringLiteral("300") },
        "abc\n", &code, &err);
    stop(server);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("certificate refused: The host name did not match"), err.constData());
}

void TestTls::opensslClientToOurServer()
{
    ServeProcess serve;
    QVERIFY(serve.start(
        { QStringLiteral("--profile"), QStringLiteral("echo"), QStringLiteral("--tls-cert"),
            file("localhost.pem"), QStringLiteral("--tls-key"), file("localhost.key") }));
    QProcess client;
    client.start(
        m_openssl, { QStringLiteral("s_client"), QStringLiteral("-connect"),
                       QStringLiteral("127.0.0.1:%1").arg(serve.port), QStringLiteral("-CAfile"),
                       file("localhost.pem"), QStringLiteral("-verify_return_error"),
                       QStringLiteral("-crlf"), QStringLiteral("-quiet") });
    QVERIFY(client.waitForStarted(5000));
    client.write("echo over tls\n");
    const QByteArray out = waitOutput(client, "echo over tls\r\n");
    stop(client);
    QVERIFY2(out.contains("echo over tls\r\n"), out.constData());
}

void TestTls::startTls()
{
    QProcess server;
    server.start(
        QStringLiteral(ACW_PYTHON), { QStringLiteral(ACW_SOURCE_DIR "/tests/app/tls/starttls.py"),
                                        file("localhost.pem"), file("localhost.key") });
    QVERIFY(server.waitForStarted(5000));
    const QByteArray port = waitOutput(server, "\n").trimmed();
    QVERIFY(!port.isEmpty());
    int code = -1;
    QByteArray err;
    const QByteArray out
        = app({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:") + QString::fromLatin1(port),
                  QStringLiteral("--ca"), file("localhost.pem"), QStringLiteral("--wait"),
                  QStringLiteral("500") },
            "PLAIN\nSTARTTLS\n:starttls\nSECRET\n", &code, &err);
    server.waitForFinished(5000);
    QCOMPARE(code, 0);
    // Framing goes on over the decrypted bytes: the lines after the upgrade as before it.
    QCOMPARE(out, QByteArray("[1] 220 ready\n[2] 250 echo PLAIN\n[3] 220 go ahead\n"
                             "[4] 250 secure TLSv1.3\n[5] 250 echo SECRET\n"));
    QVERIFY2(err.contains("TLS started: TLSv1.3"), err.constData());
}

// `relay` with TLS on both sides; returns the relay's port (0 on failure).
static quint16 startRelay(QProcess &relay, const QStringList &args)
{
    relay.start(QStringLiteral(ACW_APP_PATH),
        QStringList {
            QStringLiteral("relay"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") }
            + args);
    if (!relay.waitForStarted(5000))
        return 0;
    const QByteArray first = waitOutput(relay, "\n");
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Relaying on 127\\.0\\.0\\.1:(\\d+) "))
              .match(QString::fromUtf8(first));
    return m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
}

void TestTls::relayTlsBothSides()
{
    ServeProcess serve; // a TLS echo server with the localhost certificate
    QVERIFY(serve.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--quiet"), QStringLiteral("--tls-cert"), file("localhost.pem"),
        QStringLiteral("--tls-key"), file("localhost.key") }));
    QProcess relay; // presents other.example to its clients, verifies the server by --ca
    const quint16 port = startRelay(
        relay, { QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(serve.port),
                   QStringLiteral("--tls"), QStringLiteral("--ca"), file("localhost.pem"),
                   QStringLiteral("--tls-cert"), file("other.pem"), QStringLiteral("--tls-key"),
                   file("other.key") });
    QVERIFY(port != 0);
    int code = -1;
    QByteArray err;
    const QByteArray out
        = app({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("--tls"), QStringLiteral("--accept-fingerprint"),
                  m_otherFingerprint, QStringLiteral("--wait"), QStringLiteral("500") },
            "secret one\nsecret two\n", &code, &err);
    QCOMPARE(code, 0);
    QCOMPARE(out, QByteArray("[1] secret one\n[2] secret two\n"));
    QVERIFY2(err.contains(", CN=other.example"), err.constData()); // the relay's
    // The relay frames the decrypted conversation.
    const QByteArray relayOut = waitOutput(relay, "< #1 secret two\n");
    stop(relay);
    QVERIFY2(relayOut.contains("> #1 secret one\n"), relayOut.constData());
    QVERIFY2(relayOut.contains("< #1 secret two\n"), relayOut.constData());
    QVERIFY2(relayOut.contains("(TLS: TLSv1.3, "), relayOut.constData());
}

void TestTls::relayRefusesUpstream()
{
    ServeProcess serve;
    QVERIFY(serve.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--quiet"), QStringLiteral("--tls-cert"), file("localhost.pem"),
        QStringLiteral("--tls-key"), file("localhost.key") }));
    QProcess relay; // no --ca: the self-signed server is refused
    const quint16 port = startRelay(
        relay, { QStringLiteral("--to"), QStringLiteral("127.0.0.1:%1").arg(serve.port),
                   QStringLiteral("--tls") });
    QVERIFY(port != 0);
    int code = -1;
    QByteArray err;
    app({ QStringLiteral("connect"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--wait"), QStringLiteral("300") },
        "hello\n", &code, &err);
    const QByteArray relayOut = waitOutput(relay, "closed (");
    stop(relay);
    QVERIFY2(relayOut.contains(
                 "#1 closed (cannot connect to the server: certificate refused: The certificate is "
                 "self-signed, and untrusted"),
        relayOut.constData());
    QVERIFY2(relayOut.contains("--accept-fingerprint " + m_fingerprint.toLatin1()),
        relayOut.constData());
}

void TestTls::badFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("serve: missing cert")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
               QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem") }
        << QStringLiteral("asynchat-workbench serve: cannot read certificate "
                          "/nonexistent/cert.pem: No such file or directory");
    QTest::newRow("serve: key without cert")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--tls-key"), QStringLiteral("KEY") }
        << QStringLiteral("asynchat-workbench serve: TLS needs both --tls-cert and --tls-key");
    QTest::newRow("serve: mismatched key")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--tls-cert"), QStringLiteral("CERT"), QStringLiteral("--tls-key"),
               QStringLiteral("OTHERKEY") }
        << QStringLiteral("asynchat-workbench serve: the key in OTHERKEY does not match the "
                          "certificate in CERT");
    QTest::newRow("serve: a certificate as the key")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
               QStringLiteral("--tls-cert"), QStringLiteral("CERT"), QStringLiteral("--tls-key"),
               QStringLiteral("CERT") }
        << QStringLiteral("asynchat-workbench serve: CERT holds no unencrypted PEM private key");
    QTest::newRow("connect: missing CA")
        << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1:1"),
               QStringLiteral("--tls"), QStringLiteral("--ca"),
               QStringLiteral("/nonexistent/ca.pem") }
        << QStringLiteral("asynchat-workbench connect: cannot read CA file /nonexistent/ca.pem: No "
                          "such file or directory");
    QTest::newRow("connect: bad fingerprint")
        << QStringList { QStringLiteral("connect"), QStringLiteral("127.0.0.1:1"),
               QStringLiteral("--tls"), QStringLiteral("--accept-fingerprint"),
               QStringLiteral("xyz") }
        << QStringLiteral(
               "asynchat-workbench connect: 'xyz' is not a SHA-256 fingerprint (64 hex digits)");
    QTest::newRow("relay: mismatched key")
        << QStringList { QStringLiteral("relay"), QStringLiteral("--to"),
               QStringLiteral("127.0.0.1:1"), QStringLiteral("--tls-cert"), QStringLiteral("CERT"),
               QStringLiteral("--tls-key"), QStringLiteral("OTHERKEY") }
        << QStringLiteral("asynchat-workbench relay: the key in OTHERKEY does not match the "
                          "certificate in CERT");
}

void TestTls::badFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString &a : args) {
        if (a == QLatin1String("CERT"))
            a = file("localhost.pem");
        else if (a == QLatin1String("KEY"))
            a = file("localhost.key");
        else if (a == QLatin1String("OTHERKEY"))
            a = file("other.key");
    }
    message.replace(QLatin1String("OTHERKEY"), file("other.key"))
        .replace(QLatin1String("CERT"), file("localhost.pem"));
    int code = -1;
    QByteArray err;
    app(args, QByteArray(), &code, &err);
    QCOMPARE(code, 1);
    QCOMPARE(QString::fromUtf8(err), message + QLatin1Char('\n')); // one clear line
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
