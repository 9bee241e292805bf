// The greeting profile: its response bytes (pure), then its channel over real loopback
// sockets (the profile's channel on a plain QTcpServer, without the engine).
#include "channel/asyncchat.h"
#include "profiles/httprequest.h"
#include "profiles/httpresponse.h"
#include "profiles/profile.h"
#include "profileserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace acw;
using acwtest::ProfileServer;

namespace {

// Sends request (in pieces of chunk bytes when > 0: each one is read by the server's newest
// channel before the next goes), reads until the server closes. The server runs in this
// thread, so wait with qWaitFor (events run), never waitFor*().
QByteArray exchange(const ProfileServer &server, const QByteArray &request, int chunk = 0)
{
    const quint16 port = server.serverPort();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 3000))
        return "no connection";
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const int step = chunk > 0 ? chunk : qMax<int>(1, request.size());
    for (qsizetype i = 0; i < request.size(); i += step) {
        socket.write(request.mid(i, step));
        (void)QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 1000);
        if (chunk > 0 && i + step < request.size()) {
            const qsizetype read = i + step;
            (void)QTest::qWaitFor(
                [&] {
                    const QList<AsyncChat *> channels = server.findChildren<AsyncChat *>();
                    return !channels.isEmpty() && channels.last()->counters().bytesIn >= read;
                },
                1000);
        }
    }
    QByteArray reply;
    (void)QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    reply += socket.readAll();
    return reply;
}

QByteArray bodyOf(const QByteArray &reply)
{
    const qsizetype end = reply.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : reply.mid(end + 4);
}

QByteArray header(const QByteArray &reply, const QByteArray &name)
{
    for (const QByteArray &line : reply.left(reply.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ": "))
            return line.mid(name.size() + 2).trimmed();
    }
    return QByteArray();
}

} // namespace

class TestGreeting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exactResponse();
    void headHasNoBody();
    void escapesAllFive();
    void errorPages_data();
    void errorPages();
    void imfFixdate();
    void serves_data();
    void serves();
    void oneByteAtATime();
    void pipelinedOnlyFirst();
    void longLineFailsFast();
    void deadline408();
    void deadlineSilentWhenNothingSent();
    void configValidation_data();
    void configValidation();

private:
    std::unique_ptr<ProfileServer> m_server;
    quint16 m_port = 0;
};

void TestGreeting::initTestCase()
{
    ServerConfig config;
    config.headerTimeoutMs = 500;
    m_server = std::make_unique<ProfileServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_port = m_server->serverPort();
}

void TestGreeting::exactResponse()
{
    const QDateTime when(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    const QByteArray body = "<html>\r\n<body>\r\nHello kongxx!\r\n</body>\r\n</html>\r\n";
    const QByteArray expected = "HTTP/1.0 200 OK\r\n"
                                "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n"
                                "Content-Length: "
                                + QByteArray::number(body.size())
                                + "\r\n"
                                  "Connection: close\r\n"
                                  "X-Content-Type-Options: nosniff\r\n"
                                  "Content-Security-Policy: default-src 'none'\r\n"
                                  "\r\n"
                                + body;
    QCOMPARE(http::greeting(QStringLiteral("kongxx"), false, when), expected);
    QVERIFY(http::greeting(QString(), false, when).contains("Hello world!\r\n"));
}

void TestGreeting::headHasNoBody()
{
    const QByteArray get = http::greeting(QStringLiteral("kongxx"), false);
    const QByteArray head = http::greeting(QStringLiteral("kongxx"), true);
    QVERIFY(head.endsWith("\r\n\r\n"));
    QCOMPARE(head, get.left(get.indexOf("\r\n\r\n") + 4));
}

void TestGreeting::escapesAllFive()
{
    QCOMPARE(http::htmlEscape(QStringLiteral("<a href=\"x\" title='y'>&</a>")),
        QStringLiteral("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"));
    const QString name = QStringLiteral("'><img src=x onerror=alert(1)>");
    const QByteArray body = bodyOf(http::greeting(name, false));
    // Removing the escaped name leaves exactly the template: no element was injected.
    QByteArray rest = body;
    rest.replace(http::htmlEscape(name).toUtf8(), "NAME");
    QCOMPARE(rest, QByteArray("<html>\r\n<body>\r\nHello NAME!\r\n</body>\r\n</html>\r\n"));
    QCOMPARE(QByteArray(http::greeting(QStringLiteral(u"张三"), false)).count("张三"), 1);
}

void TestGreeting::errorPages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("statusLine");
    for (int s : { 400, 404, 405, 408, 414, 431, 505 }) {
        QTest::newRow(QByteArray::number(s).constData())
            << s << QByteArray("HTTP/1.0 " + QByteArray::number(s) + ' ' + http::reasonPhrase(s));
    }
}

void TestGreeting::errorPages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, statusLine);
    const QByteArray page = http::error(status, false);
    QVERIFY(page.startsWith(statusLine + "\r\n"));
    QCOMPARE(header(page, "Content-Length").toInt(), bodyOf(page).size());
    QCOMPARE(header(page, "Connection"), QByteArray("close"));
    QCOMPARE(header(page, "Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(header(page, "Allow"), status == 405 ? QByteArray("GET, HEAD") : QByteArray());
    QVERIFY(!header(page, "Date").isEmpty());
}

void TestGreeting::imfFixdate()
{
    const QDateTime t(QDate(2026, 2, 28), QTime(23, 5, 9), Qt::UTC);
    QCOMPARE(http::imfFixdate(t), QByteArray("Sat, 28 Feb 2026 23:05:09 GMT"));
    const QRegularExpression imf(QStringLiteral(
        "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
        "\\d{4} \\d\\d:\\d\\d:\\d\\d GMT$"));
    QVERIFY(imf.match(QString::fromLatin1(http::imfFixdate(QDateTime::currentDateTimeUtc())))
                .hasMatch());
}

void TestGreeting::serves_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("bodyPart");
    QTest::newRow("kongxx") << QByteArray("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n")
                            << QByteArray("HTTP/1.0 200 OK") << QByteArray("Hello kongxx!\r\n");
    QTest::newRow("no headers (S10)") << QByteArray("GET /x HTTP/1.0\r\n\r\n")
                                      << QByteArray("HTTP/1.0 200 OK") << QByteArray("Hello x!");
    QTest::newRow("UTF-8") << QByteArray("GET /%E5%BC%A0%E4%B8%89 HTTP/1.0\r\n\r\n")
                           << QByteArray("HTTP/1.0 200 OK") << QByteArray("Hello 张三!");
    QTest::newRow("XSS") << QByteArray("GET /<script>alert(1) HTTP/1.0\r\n\r\n")
                         << QByteArray("HTTP/1.0 200 OK")
                         << QByteArray("Hello &lt;script&gt;alert(1)!");
    QTest::newRow("short line (S2)")
        << QByteArray("GET /kongxx\r\n\r\n") << QByteArray("HTTP/1.0 400 Bad Request")
        << QByteArray("<h1>400");
    QTest::newRow("POST") << QByteArray("POST /x HTTP/1.0\r\n\r\n")
                          << QByteArray("HTTP/1.0 405 Method Not Allowed") << QByteArray("<h1>405");
    QTest::newRow("404 echoes nothing")
        << QByteArray("GET /a/<b>zz HTTP/1.0\r\n\r\n") << QByteArray("HTTP/1.0 404 Not Found")
        << QByteArray("<h1>404");
}

void TestGreeting::serves()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, bodyPart);
    const QByteArray reply = exchange(*m_server, request);
    QVERIFY2(reply.startsWith(statusLine + "\r\n"), reply.constData());
    QVERIFY2(bodyOf(reply).contains(bodyPart), reply.constData());
    QCOMPARE(header(reply, "Content-Length").toInt(), bodyOf(reply).size());
    QVERIFY(!reply.contains("zz"));
    QTRY_COMPARE(m_server->live, 0);
}

// S5: the seed lost a request that came one byte per read.
void TestGreeting::oneByteAtATime()
{
    const QByteArray reply = exchange(*m_server, "GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n", 1);
    QVERIFY2(reply.startsWith("HTTP/1.0 200 OK\r\n"), reply.constData());
    QVERIFY(reply.contains("Hello kongxx!"));
}

// S11: only the first of two pipelined requests is answered, then the connection closes.
void TestGreeting::pipelinedOnlyFirst()
{
    const QByteArray reply = exchange(*m_server, "GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.0\r\n\r\n");
    QCOMPARE(reply.count("HTTP/1.0 "), 1);
    QVERIFY(reply.contains("Hello a!"));
}

// 21: the 414 comes while the line is still unfinished.
void TestGreeting::longLineFailsFast()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /" + QByteArray(20000, 'a'));
    QByteArray reply;
    QTRY_VERIFY((reply += socket.readAll()).contains("</html>"));
    QVERIFY(reply.startsWith("HTTP/1.0 414 URI Too Long\r\n"));
    QVERIFY(!reply.contains("aaaa"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

// 23: a request head still unfinished at the deadline gets 408, then a close.
void TestGreeting::deadline408()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET / HTTP/1.0\r\nX: y\r\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("</html>"), 3000);
    QVERIFY(reply.startsWith("HTTP/1.0 408 Request Timeout\r\n"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestGreeting::deadlineSilentWhenNothingSent()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(socket.waitForConnected(3000));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    QCOMPARE(socket.readAll(), QByteArray());
}

void TestGreeting::configValidation_data()
{
    QTest::addColumn<QString>("profile"); // its key
    QTest::addColumn<QString>("terminator");
    QTest::addColumn<QVariant>("maxFrame"); // null: the profile's default
    QTest::addColumn<int>("error"); // ProfileError; None: valid
    QTest::addColumn<qint64>("amount"); // the numbers the window words it with
    QTest::addColumn<qint64>("limit");
    using E = ProfileError;
    QTest::newRow("greeting") << "greeting" << QString() << QVariant() << int(E::None) << 0ll
                              << 0ll;
    QTest::newRow("not a server profile")
        << "client" << QString() << QVariant() << int(E::NotServable) << 0ll << 0ll;
    QTest::newRow("greeting terminator") << "greeting"
                                         << "\\n"
                                         << QVariant() << int(E::FixedTerminator) << 0ll << 0ll;
    QTest::newRow("echo count ok") << "echo"
                                   << "count:65536" << QVariant() << int(E::None) << 0ll << 0ll;
    QTest::newRow("echo count too big")
        << "echo"
        << "count:65537" << QVariant() << int(E::CountAboveMaxFrame) << 65537ll << 65536ll;
    QTest::newRow("echo count vs max")
        << "echo"
        << "count:10" << QVariant(qint64(5)) << int(E::CountAboveMaxFrame) << 10ll << 5ll;
    QTest::newRow("echo unlimited")
        << "echo"
        << "count:1000000" << QVariant(qint64(-1)) << int(E::None) << 0ll << 0ll;
    QTest::newRow("chat count") << "chat"
                                << "count:4" << QVariant() << int(E::NotLineBased) << 0ll << 0ll;
    QTest::newRow("chat crlf") << "chat"
                               << "\\r\\n"
                               << QVariant() << int(E::None) << 0ll << 0ll;
    QTest::newRow("greeting max frame")
        << "greeting" << QString() << QVariant(qint64(100)) << int(E::FixedLimits)
        << qint64(HttpRequestParser::MaxRequestLine) << qint64(HttpRequestParser::MaxHeaderSection);
    QTest::newRow("chat max frame 0")
        << "chat" << QString() << QVariant(qint64(0)) << int(E::BadMaxFrame) << 0ll << 0ll;
    QTest::newRow("chat max frame -5")
        << "chat" << QString() << QVariant(qint64(-5)) << int(E::BadMaxFrame) << -5ll << 0ll;
    QTest::newRow("chat unlimited")
        << "chat" << QString() << QVariant(qint64(-1)) << int(E::None) << 0ll << 0ll;
}

void TestGreeting::configValidation()
{
    QFETCH(QString, profile);
    QFETCH(QString, terminator);
    QFETCH(QVariant, maxFrame);
    QFETCH(int, error);
    QFETCH(qint64, amount);
    QFETCH(qint64, limit);
    ServerConfig config;
    config.profile = profileFromKey(profile).value();
    if (!maxFrame.isNull())
        config.maxFrame = maxFrame.toLongLong();
    if (!terminator.isEmpty()) {
        config.hasTerminator = true;
        config.terminator = Terminator::parse(terminator);
    }
    ServerFault fault;
    const std::unique_ptr<Profile> p = Profile::create(config, &fault);
    QCOMPARE(bool(p), error == int(ProfileError::None));
    if (p) {
        QCOMPARE(p->id(), config.profile);
        QVERIFY(fault.isNone());
    } else {
        QCOMPARE(fault.error, ServerError::ProfileRejected);
        QCOMPARE(fault.cause, error);
        QCOMPARE(fault.amount, amount);
        QCOMPARE(fault.limit, limit);
    }
}

QTEST_MAIN(TestGreeting)
#include "tst_greeting.moc"
