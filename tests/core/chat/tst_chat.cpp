// The chat profile over loopback: three clients, join/leave notices, /nick, /who, /quit,
// order preserved, and a client that never reads is dropped without stalling the room.
#include "channel/asyncchat.h"
#include "profiles/chat.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace acw;

namespace {

class ChatServer : public QTcpServer
{
public:
    explicit ChatServer(const ServerConfig &config) : profile(config) {}
    ChatProfile profile;
    int live = 0;
    QStringList closeReasons;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        AsyncChat *channel = profile.createChannel();
        channel->setParent(this);
        ++live;
        connect(channel, &AsyncChat::errorOccurred, this,
                [this](ChannelError, const QString &reason) { closeReasons << reason; });
        connect(channel, &AsyncChat::closed, this, [this] { --live; });
        channel->setSocketDescriptor(descriptor);
    }
};

// A line client that collects what it receives.
class Client
{
public:
    explicit Client(quint16 port, qint64 readBuffer = 0)
    {
        socket.setReadBufferSize(readBuffer);
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    QList<QByteArray> lines()
    {
        m_data += socket.readAll();
        QList<QByteArray> out = m_data.split('\n');
        out.removeLast(); // the unfinished rest
        for (QByteArray &l : out)
            l.chop(l.endsWith('\r') ? 1 : 0);
        return out;
    }
    bool saw(const QByteArray &line) { return lines().contains(line); }
    void say(const QByteArray &line) { socket.write(line + "\r\n"); }
    QTcpSocket socket;

private:
    QByteArray m_data;
};

ServerConfig chatConfig()
{
    ServerConfig config;
    config.profile = QStringLiteral("chat");
    return config;
}

} // namespace

class TestChat : public QObject
{
    Q_OBJECT
private slots:
    void threeClients();
    void nonReaderIsDropped();
};

void TestChat::threeClients()
{
    ChatServer server(chatConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Client a(server.serverPort());
    QTRY_VERIFY(a.saw("* welcome, you are guest1; /nick NAME to change it, /who, /quit"));
    a.say("/nick alice");
    QTRY_VERIFY(a.saw("* you are now alice"));
    Client b(server.serverPort());
    QTRY_VERIFY(a.saw("* guest2 joined"));
    b.socket.write("/nick bob\n"); // a bare LF works too
    QTRY_VERIFY(a.saw("* guest2 is now bob"));
    Client c(server.serverPort());
    QTRY_VERIFY(b.saw("* guest3 joined"));
    c.say("/nick carol");
    QTRY_VERIFY(b.saw("* guest3 is now carol"));
    b.say("/nick alice");
    QTRY_VERIFY(b.saw("* the name alice is taken"));

    for (int i = 0; i < 50; ++i)
        a.say("message " + QByteArray::number(i));
    c.say("hi from carol");
    QList<QByteArray> expected;
    for (int i = 0; i < 50; ++i)
        expected << "alice: message " + QByteArray::number(i);
    for (Client *reader : { &b, &c }) {
        QTRY_VERIFY(reader->lines().contains(expected.last()));
        QList<QByteArray> got;
        for (const QByteArray &l : reader->lines()) {
            if (l.startsWith("alice: "))
                got << l;
        }
        QCOMPARE(got, expected); // all of them, in order
    }
    QTRY_VERIFY(a.saw("carol: hi from carol"));
    QVERIFY(!c.saw("carol: hi from carol")); // not echoed to the sender
    a.say("/who");
    QTRY_VERIFY(a.saw("* in the room: alice, bob, carol"));
    c.say("/quit");
    QTRY_VERIFY(c.saw("* bye"));
    QTRY_COMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(a.saw("* carol left"));
    b.socket.abort();
    QTRY_VERIFY(a.saw("* bob left"));
    a.say("/help");
    QTRY_VERIFY(a.saw("* commands: /nick NAME, /who, /quit"));
}

void TestChat::nonReaderIsDropped()
{
    ChatServer server(chatConfig());
    server.profile.room()->setSlowReaderCap(256 * 1024);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Client writer(server.serverPort());
    Client reader(server.serverPort());
    Client stalled(server.serverPort(), 1024); // Qt stops reading it once 1 KiB is buffered
    QTRY_VERIFY(writer.saw("* guest3 joined"));
    const QByteArray filler(1000, 'z');
    const int count = 12000; // 12 MB: more than the kernel buffers plus the cap
    for (int i = 0; i < count; ++i)
        writer.say(QByteArray::number(i) + ' ' + filler);
    const QByteArray last = "guest1: " + QByteArray::number(count - 1) + ' ' + filler;
    QTRY_VERIFY_WITH_TIMEOUT(reader.lines().contains(last), 15000);
    int next = 0;
    for (const QByteArray &l : reader.lines()) {
        if (l.startsWith("guest1: ")) {
            QCOMPARE(l, "guest1: " + QByteArray::number(next) + ' ' + filler);
            ++next;
        }
    }
    QCOMPARE(next, count);
    QTRY_VERIFY(reader.saw("* guest3 left"));
    QVERIFY2(server.closeReasons.join(QLatin1Char('\n')).contains(QLatin1String("slow reader")),
             qPrintable(server.closeReasons.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
