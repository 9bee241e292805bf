// The chat profile over loopback: three clients, join/leave notices, /nick, /who, /quit,
// order preserved, and a client that never reads is dropped without stalling the room.
#include "channel/asyncchat.h"
#include "profiles/chat.h"
#include "profiles/chattext.h"
#include <algorithm>

#include "liveheap.h"
#include "stuckwriter.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace acw;
using acwtest::liveHeapBytes;
using acwtest::StuckWriter;

namespace {

class ChatServer : public QTcpServer
{
public:
    explicit ChatServer(const ServerConfig &config) : profile(config) { }
    ChatProfile profile;
    int live = 0;
    QList<ChannelFault> closeReasons;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        AsyncChat *channel = profile.createChannel();
        channel->setParent(this);
        ++live;
        connect(channel, &AsyncChat::errorOccurred, this,
            [this](ChannelError, const ChannelFault &fault) { closeReasons << fault; });
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

// Counts the lines it receives without keeping them.
struct LineCounter
{
    explicit LineCounter(quint16 port) { socket.connectToHost(QHostAddress::LocalHost, port); }
    qint64 count()
    {
        const QByteArray data = socket.readAll();
        lines += data.count('\n');
        return lines;
    }
    QTcpSocket socket;
    qint64 lines = 0;
};

ServerConfig chatConfig()
{
    ServerConfig config;
    config.profile = ProfileId::Chat;
    return config;
}

} // namespace

class TestChat : public QObject
{
    Q_OBJECT
private slots:
    void threeClients();
    void nonReaderIsDropped();
    void slowReaderCostsMemoryNotPayload();
    void messagesAreTextNotControl();
    void sanitizeMessage_data();
    void sanitizeMessage();
    void nickRules_data();
    void nickRules();
    void nicksUniqueAndNotLookAlikes();
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
    QVERIFY(std::any_of(server.closeReasons.cbegin(), server.closeReasons.cend(),
        [](const ChannelFault &f) { return f.error == ChannelError::SlowReader && f.amount > 0; }));
}

// Issue 14 item 1: the slow-reader cap counts memory, not payload. A member that never
// reads is sent 2-byte lines: each used to cost a queue entry and its own allocation
// (about ten times the payload: 141 MiB for an "8 MiB" cap). Now small pushes share blocks
// and the heap grows by about the payload, and the member goes once its memory passes
// the cap.
void TestChat::slowReaderCostsMemoryNotPayload()
{
    ChatServer server(chatConfig());
    const qint64 cap = 16 * 1024 * 1024;
    server.profile.room()->setSlowReaderCap(cap);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Client sender(server.serverPort());
    QTRY_VERIFY(sender.saw("* welcome, you are guest1; /nick NAME to change it, /who, /quit"));
    LineCounter reader(server.serverPort());
    QTRY_VERIFY(sender.saw("* guest2 joined"));
    StuckWriter stalled(server.serverPort()); // a member that never reads
    QVERIFY(stalled.connected());
    QTRY_VERIFY(sender.saw("* guest3 joined"));
    QTRY_COMPARE(reader.count(), qint64(2)); // its welcome and guest3's join
    const qint64 before = liveHeapBytes();

    // "guest1: a\r\n": 6.6 MB of payload, under the cap; the kernel takes about 2 MB.
    const int lines = 600000;
    sender.socket.write(QByteArray("a\n").repeated(lines));
    QTRY_VERIFY_WITH_TIMEOUT(reader.count() == 2 + lines, 30000);
    QCOMPARE(server.live, 3); // the stalled member is still in the room
    const qint64 grown = liveHeapBytes() - before;
    const qint64 payload = qint64(lines) * 11;
    qInfo("heap growth with %d lines owed to a non-reader: %lld bytes (payload %lld)", lines, grown,
        payload);
    // About the payload plus the socket's 1 MiB write buffer; was about 10 x the payload.
    QVERIFY2(grown < payload + payload / 4 + 2 * 1024 * 1024,
        qPrintable(QStringLiteral("%1 bytes").arg(grown)));

    // Past the cap the member is dropped, and what it held is given back.
    server.profile.room()->setSlowReaderCap(1024 * 1024);
    const int more = 1000;
    sender.socket.write(QByteArray("a\n").repeated(more));
    QTRY_VERIFY_WITH_TIMEOUT(server.live == 2, 30000);
    QVERIFY(std::any_of(server.closeReasons.cbegin(), server.closeReasons.cend(),
        [](const ChannelFault &f) { return f.error == ChannelError::SlowReader && f.amount > 0; }));
    QTRY_VERIFY_WITH_TIMEOUT(reader.count() == 2 + lines + more + 1, 30000); // + "guest3 left"
    QTRY_VERIFY(liveHeapBytes() - before < 1024 * 1024);
    stalled.close();
}

// Issue 14 item 3: "x\r* alice left" must not overwrite the sender's name on a terminal,
// and no ESC/OSC, BEL or NUL reaches the other members.
void TestChat::messagesAreTextNotControl()
{
    ChatServer server(chatConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Client a(server.serverPort());
    QTRY_VERIFY(a.saw("* welcome, you are guest1; /nick NAME to change it, /who, /quit"));
    Client b(server.serverPort());
    QTRY_VERIFY(a.saw("* guest2 joined"));
    b.socket.write(QByteArray("x\r* alice left\n"));
    b.socket.write(QByteArray("\x1b]0;pwned\x07title\x1b[2J\0end\n", 24));
    QTRY_VERIFY(a.saw("guest2: x^M* alice left"));
    QTRY_VERIFY(a.saw("guest2: ^[]0;pwned^Gtitle^[[2J^@end"));
    const QByteArray all = a.lines().join('\n');
    for (char c : { '\x1b', '\x07', '\0', '\r' })
        QVERIFY(!all.contains(c));
}

void TestChat::sanitizeMessage_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("hello, world") << QByteArray("hello, world");
    QTest::newRow("CR") << QByteArray("x\r* alice left") << QByteArray("x^M* alice left");
    QTest::newRow("ESC CSI") << QByteArray("\x1b[31mred") << QByteArray("^[[31mred");
    QTest::newRow("BEL NUL") << QByteArray("a\x07\0b", 4) << QByteArray("a^G^@b");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QByteArray("a^?");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a b");
    QTest::newRow("raw 0x9B") << QByteArray("a\x9b"
                                            "31m")
                              << QByteArray("a\xef\xbf\xbd"
                                            "31m");
    QTest::newRow("C1 NEL") << QByteArray("a\xc2\x85"
                                          "b")
                            << QByteArray("a\xef\xbf\xbd"
                                          "b");
    QTest::newRow("U+202E") << QByteArray("a\xe2\x80\xae"
                                          "b")
                            << QByteArray("a\xef\xbf\xbd"
                                          "b");
    QTest::newRow("UTF-8 kept") << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89 \xf0\x9f\x98\x80")
                                << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89 \xf0\x9f\x98\x80");
    QTest::newRow("bad UTF-8") << QByteArray("a\xff") << QByteArray("a\xef\xbf\xbd");
}

void TestChat::sanitizeMessage()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(chattext::sanitizeMessage(in), out);
}

void TestChat::nickRules_data()
{
    using P = chattext::NickProblem;
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("problem");
    QTest::newRow("ascii") << QByteArray("alice") << int(P::None);
    QTest::newRow("chinese") << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89") << int(P::None);
    QTest::newRow("empty") << QByteArray() << int(P::Empty);
    QTest::newRow("33 chars") << QByteArray(33, 'a') << int(P::TooLong);
    QTest::newRow("32 CJK") << QByteArray("\xe5\xbc\xa0").repeated(32) << int(P::None);
    QTest::newRow("raw 0x9B") << QByteArray("a\x9b"
                                            "b")
                              << int(P::BadUtf8);
    QTest::newRow("bad UTF-8") << QByteArray("a\xc3") << int(P::BadUtf8);
    QTest::newRow("C1 U+009B") << QByteArray("a\xc2\x9b") << int(P::NotPrintable);
    QTest::newRow("U+202E") << QByteArray("\xe2\x80\xae"
                                          "ecila")
                            << int(P::NotPrintable);
    QTest::newRow("U+2066") << QByteArray("a\xe2\x81\xa6") << int(P::NotPrintable);
    QTest::newRow("ZWSP") << QByteArray("al\xe2\x80\x8bice") << int(P::NotPrintable);
    QTest::newRow("ZWJ") << QByteArray("al\xe2\x80\x8dice") << int(P::NotPrintable);
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf"
                                       "alice")
                         << int(P::NotPrintable);
    QTest::newRow("NBSP") << QByteArray("a\xc2\xa0"
                                        "b")
                          << int(P::NotPrintable);
    QTest::newRow("hangul filler") << QByteArray("\xe3\x85\xa4") << int(P::NotPrintable);
    QTest::newRow("ESC") << QByteArray("a\x1b") << int(P::NotPrintable);
    QTest::newRow("space") << QByteArray("a b") << int(P::NotPrintable);
    QTest::newRow("colon") << QByteArray("a:b") << int(P::NotPrintable);
    QTest::newRow("star") << QByteArray("*alice") << int(P::Reserved);
}

void TestChat::nickRules()
{
    QFETCH(QByteArray, name);
    QFETCH(int, problem);
    QCOMPARE(int(chattext::checkNick(name)), problem);
}

// Unique under case folding (and NFKC); simple look-alikes of a present member refused.
void TestChat::nicksUniqueAndNotLookAlikes()
{
    ChatServer server(chatConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Client a(server.serverPort());
    QTRY_VERIFY(a.saw("* welcome, you are guest1; /nick NAME to change it, /who, /quit"));
    a.say("/nick Alice");
    QTRY_VERIFY(a.saw("* you are now Alice"));
    Client b(server.serverPort());
    QTRY_VERIFY(a.saw("* guest2 joined"));
    const QList<QByteArray> taken = { "alice", "ALICE", "\xef\xbd\x81lice" /* fullwidth a */ };
    for (const QByteArray &name : taken) {
        b.say("/nick " + name);
        QTRY_VERIFY2(b.saw("* the name " + name + " is taken"), name.constData());
    }
    const QList<QByteArray> lookAlikes
        = { "\xd0\x90lice" /* Cyrillic A */, "A1ice", "AIice" /* capital i */,
              "Al\xd1\x96"
              "ce",
              "\xce\x91lice" /* Greek Alpha */ };
    for (const QByteArray &name : lookAlikes) {
        b.say("/nick " + name);
        QTRY_VERIFY2(b.saw("* the name " + name + " looks like a member's name"), name.constData());
    }
    b.say("/nick \xe2\x80\xae"
          "ecilA");
    QTRY_VERIFY(b.saw("* a name is 1-32 printable characters without spaces, ':', controls, "
                      "bidi or zero-width characters"));
    b.say(QByteArray("/nick a\x9b"));
    QTRY_VERIFY(b.saw("* a name must be valid UTF-8"));
    b.say("/nick bob");
    QTRY_VERIFY(b.saw("* you are now bob"));
    a.say("/nick ALICE"); // a member may change the case of its own name
    QTRY_VERIFY(a.saw("* you are now ALICE"));
    QTRY_VERIFY(b.saw("* Alice is now ALICE"));
}

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
