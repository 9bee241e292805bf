// Issue 14 at the level of the built binary: what a hostile peer can do to `serve` (write
// to its stderr, lock it out with writers that never read) and the headless fallback.
#include "servehelper.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace acwtest;

namespace {

// A raw client with a 4 KiB receive buffer that sends echo requests and never reads.
class StuckWriter
{
public:
    explicit StuckWriter(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int size = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    }
    ~StuckWriter() { close(); }
    bool connected() const { return m_connected; }
    // Sends until the kernel takes no more: the server stopped reading (paused above its
    // high watermark) or the connection is gone. True when it is blocked.
    bool floodUntilBlocked(int timeoutMs = 15000)
    {
        static const QByteArray lines = QByteArray(1000, 'x').append("\r\n").repeated(64);
        QElapsedTimer clock;
        clock.start();
        int blockedRounds = 0;
        while (clock.elapsed() < timeoutMs) {
            const ssize_t n = ::send(m_fd, lines.constData(), size_t(lines.size()), MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                return false;
            if (n > 0) {
                blockedRounds = 0;
                continue; // the kernel takes megabytes at first: no pause while it does
            }
            // Waits until the kernel takes more; blocked: 10 waits of 20 ms in vain.
            pollfd p { m_fd, POLLOUT, 0 };
            if (::poll(&p, 1, 20) == 0 && ++blockedRounds >= 10)
                return true;
        }
        return false;
    }
    void reset()
    {
        const linger l { 1, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        close();
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

bool echoes(quint16 port, const QByteArray &line, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray got;
    socket.write(line + "\r\n");
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.endsWith("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return got == line + "\r\n";
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private slots:
    void resetsWithOutputPendingKeepStderrClean();
    void stuckWritersAtTheCapDoNotLockOut();
    void serveChatWithoutDisplay();
};

// Item 6: each reset while output was pending printed "QIODevice::read (QTcpSocket):
// device not open" on the server's stderr: a peer could write there at will.
void TestHardening::resetsWithOutputPendingKeepStderrClean()
{
    ServeProcess serve;
    QVERIFY(serve.start(
        { QStringLiteral("--profile"), QStringLiteral("echo"), QStringLiteral("--quiet") }));
    for (int round = 0; round < 5; ++round) {
        StuckWriter writer(serve.port);
        QVERIFY(writer.connected());
        QVERIFY(writer.floodUntilBlocked());
        writer.reset();
    }
    QVERIFY(echoes(serve.port, "still here", 10000));
    const QByteArray err = serve.process.readAllStandardError();
    QVERIFY2(!err.contains("device not open"), err.constData());
    QVERIFY2(err.isEmpty(), err.constData());
}

// Item 2: ten writers that never read at --max-connections 10 used to lock every new
// client out for as long as they liked. Now the newcomer is served at once (the one stuck
// longest is evicted), and each stuck writer goes by the write timeout anyway.
void TestHardening::stuckWritersAtTheCapDoNotLockOut()
{
    ServeProcess serve;
    QVERIFY(serve.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--max-connections"), QStringLiteral("10"), QStringLiteral("--quiet") }));
    std::vector<std::unique_ptr<StuckWriter>> writers;
    for (int i = 0; i < 10; ++i) {
        writers.push_back(std::make_unique<StuckWriter>(serve.port));
        QVERIFY(writers.back()->connected());
        QVERIFY(writers.back()->floodUntilBlocked());
    }
    QElapsedTimer clock;
    clock.start();
    QVERIFY(echoes(serve.port, "let me in", 5000));
    const qint64 recovered = clock.elapsed();
    qInfo("10 stuck writers at --max-connections 10: a new client was served after %lld ms",
        recovered);
    QVERIFY2(recovered < 2000, qPrintable(QString::number(recovered)));
    QVERIFY(echoes(serve.port, "and again", 5000));
}

// Item 7: with no display, "--serve chat" serves chat and says so (it said greeting).
void TestHardening::serveChatWithoutDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACW_APP_PATH), { QStringLiteral("--serve"), QStringLiteral("chat"),
                                              QStringLiteral("--port"), QStringLiteral("0") });
    QVERIFY(p.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 2, 10000);
    p.terminate();
    p.waitForFinished(5000);
    QVERIFY2(out.startsWith("asynchat-workbench: no display found; running the chat server "
                            "headless (same as 'asynchat-workbench serve --profile chat')."),
        out.constData());
    QVERIFY2(out.contains("\nServing chat on 127.0.0.1:"), out.constData());
    QVERIFY(!out.contains("greeting"));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
