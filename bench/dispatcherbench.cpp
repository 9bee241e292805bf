// Micro-benchmark: the cost of one event-loop pass as idle descriptors pile up, for Qt's
// glib and plain Unix dispatchers and for acw::EpollEventDispatcher.
//
// A thread runs the dispatcher under test with N idle descriptors registered and bounces
// one byte back and forth; prints round trips per second and microseconds per round trip.
//   pairs: N idle socket notifiers; two notifiers bounce the byte across a socket pair
//          (every hop is one readiness wait plus one activation: the bare pass cost).
//   tcp:   N idle accepted QTcpSockets on a QTcpServer; a QTcpSocket client and its
//          accepted peer echo the byte (the engine's situation, issue 2).
//
//   dispatcherbench [--mode pairs,tcp] [--idle 0,1000,10000] [--trips 20000]
//                   [--dispatchers glib,unix,epoll]

#include "engine/epolldispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

struct Result
{
    double seconds = 0;
    double cpuSeconds = 0;
    bool ok = false;
};

double threadCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Lives in the measured thread: registers the idle notifiers, then runs the ping-pong.
class PairPingPong : public QObject
{
public:
    PairPingPong(int idleDescriptors, int trips) : m_trips(trips)
    {
        for (int i = 0; i < idleDescriptors; i += 2) {
            int sv[2];
            if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0) {
                m_failed = true;
                return;
            }
            for (int end = 0; end < 2 && i + end < idleDescriptors; ++end) {
                new QSocketNotifier(sv[end], QSocketNotifier::Read, this);
            }
            m_fds.insert(m_fds.end(), { sv[0], sv[1] });
        }
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, m_pair) != 0) {
            m_failed = true;
            return;
        }
        for (int end = 0; end < 2; ++end) {
            auto *n = new QSocketNotifier(m_pair[end], QSocketNotifier::Read, this);
            connect(n, &QSocketNotifier::activated, this, [this, end] { hop(end); });
        }
    }
    ~PairPingPong() override
    {
        qDeleteAll(findChildren<QSocketNotifier *>());
        for (const int fd : m_fds) {
            ::close(fd);
        }
        ::close(m_pair[0]);
        ::close(m_pair[1]);
    }

    void start()
    {
        if (m_failed) {
            QThread::currentThread()->quit();
            return;
        }
        m_clock.start();
        m_cpuStart = threadCpuSeconds();
        (void)!::write(m_pair[0], "x", 1);
    }
    Result result() const { return m_result; }

private:
    void hop(int end)
    {
        char byte;
        if (::read(m_pair[end], &byte, 1) != 1) {
            return;
        }
        if (end == 0 && ++m_done == m_trips) {
            m_result
                = { double(m_clock.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpuStart, true };
            QThread::currentThread()->quit();
            return;
        }
        (void)!::write(m_pair[end], &byte, 1); // the other end becomes readable
    }

    std::vector<int> m_fds;
    int m_pair[2] = { -1, -1 };
    int m_trips;
    int m_done = 0;
    bool m_failed = false;
    QElapsedTimer m_clock;
    double m_cpuStart = 0;
    Result m_result;
};

// Lives in the measured thread: a server whose accepted sockets echo, and one client.
class TcpPingPong : public QObject
{
public:
    TcpPingPong(int trips, std::atomic<int> *accepted) : m_trips(trips)
    {
        m_server.setListenBacklogSize(1024);
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this, accepted] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                accepted->fetch_add(1);
                connect(socket, &QTcpSocket::readyRead, socket,
                    [socket] { socket->write(socket->readAll()); });
            }
        });
        connect(&m_client, &QTcpSocket::connected, this, [this] {
            m_clock.start();
            m_cpuStart = threadCpuSeconds();
            m_client.write("x", 1);
        });
        connect(&m_client, &QTcpSocket::readyRead, this, [this] {
            m_client.readAll();
            if (++m_done == m_trips) {
                m_result = { double(m_clock.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpuStart,
                    true };
                QThread::currentThread()->quit();
                return;
            }
            m_client.write("x", 1);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void start() { m_client.connectToHost(QHostAddress::LocalHost, port()); }
    Result result() const { return m_result; }

private:
    QTcpServer m_server;
    QTcpSocket m_client;
    int m_trips;
    int m_done = 0;
    QElapsedTimer m_clock;
    double m_cpuStart = 0;
    Result m_result;
};

void prepareThread(QThread &thread, const QString &dispatcher)
{
    if (dispatcher == QLatin1String("epoll")) {
        thread.setEventDispatcher(new acw::EpollEventDispatcher);
    } else if (dispatcher == QLatin1String("unix")) {
        qputenv("QT_NO_GLIB", "1"); // read when the thread makes its dispatcher
    } else {
        qunsetenv("QT_NO_GLIB");
    }
}

Result measurePairs(const QString &dispatcher, int idle, int trips)
{
    QThread thread;
    prepareThread(thread, dispatcher);
    Result result;
    QObject::connect(
        &thread, &QThread::started, &thread,
        [&] {
            auto *game = new PairPingPong(idle, trips);
            QObject::connect(
                &thread, &QThread::finished, game,
                [game, &result] {
                    result = game->result();
                    delete game;
                },
                Qt::DirectConnection);
            game->start();
        },
        Qt::DirectConnection);
    thread.start();
    thread.wait();
    return result;
}

Result measureTcp(const QString &dispatcher, int idle, int trips)
{
    QThread thread;
    prepareThread(thread, dispatcher);
    Result result;
    std::atomic<int> accepted { 0 };
    std::atomic<TcpPingPong *> made { nullptr };
    QObject::connect(
        &thread, &QThread::started, &thread,
        [&] {
            auto *game = new TcpPingPong(trips, &accepted);
            QObject::connect(
                &thread, &QThread::finished, game,
                [&result, game] {
                    result = game->result();
                    delete game;
                },
                Qt::DirectConnection);
            made = game;
        },
        Qt::DirectConnection);
    thread.start();
    while (!made.load()) {
        QThread::usleep(1000);
    }
    TcpPingPong *game = made.load();
    // The idle peers are plain blocking sockets of this thread; only their accepted
    // QTcpSockets load the measured loop.
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(game->port());
    std::vector<int> peers;
    for (int i = 0; i < idle; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            break;
        }
        peers.push_back(fd);
    }
    while (accepted.load() < int(peers.size())) {
        QThread::usleep(1000);
    }
    if (int(peers.size()) == idle) {
        QMetaObject::invokeMethod(
            game, [game] { game->start(); }, Qt::QueuedConnection);
    } else {
        thread.quit();
    }
    thread.wait();
    for (const int fd : peers) {
        ::close(fd);
    }
    return result;
}

QList<int> parseInts(const QString &text)
{
    QList<int> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        values.append(part.toInt());
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Event-loop pass cost versus idle descriptors"));
    parser.addHelpOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"),
        QStringLiteral("pairs (bare notifiers), tcp (QTcpSocket)."), QStringLiteral("pairs,tcp"),
        QStringLiteral("pairs,tcp"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
        QStringLiteral("Idle descriptors (pairs) or connections (tcp; two descriptors each). "
                       "Default: 0,1000,10000 for pairs, 0,1000,5000 for tcp."),
        QStringLiteral("N,N,..."));
    const QCommandLineOption tripsOption(QStringLiteral("trips"),
        QStringLiteral("Round trips per measurement."), QStringLiteral("N"),
        QStringLiteral("20000"));
    const QCommandLineOption dispatchersOption(QStringLiteral("dispatchers"),
        QStringLiteral("Dispatchers to compare."), QStringLiteral("glib,unix,epoll"),
        QStringLiteral("glib,unix,epoll"));
    parser.addOptions({ modeOption, idleOption, tripsOption, dispatchersOption });
    parser.process(app);

    rlimit limit = {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    const int trips = parser.value(tripsOption).toInt();
    std::printf("%-5s %-6s %8s %14s %12s %12s\n", "mode", "loop", "idle", "round trips/s",
        "us/trip", "cpu us/trip");
    for (const QString &mode :
        parser.value(modeOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool tcp = mode == QLatin1String("tcp");
        const QList<int> idles = parseInts(
            parser.isSet(idleOption) ? parser.value(idleOption)
                                     : QLatin1String(tcp ? "0,1000,5000" : "0,1000,10000"));
        for (const QString &dispatcher :
            parser.value(dispatchersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            for (const int idle : idles) {
                // Fewer trips when each pass is slow, so a run stays short.
                const int n = dispatcher == QLatin1String("epoll") || idle < 1000
                                  ? trips
                                  : std::max(100, trips / std::max(1, idle / 100));
                const Result r
                    = tcp ? measureTcp(dispatcher, idle, n) : measurePairs(dispatcher, idle, n);
                if (!r.ok) {
                    std::printf("%-5s %-6s %8d %14s\n", qPrintable(mode), qPrintable(dispatcher),
                        idle, "failed");
                    continue;
                }
                std::printf("%-5s %-6s %8d %14.0f %12.2f %12.2f\n", qPrintable(mode),
                    qPrintable(dispatcher), idle, n / r.seconds, r.seconds * 1e6 / n,
                    r.cpuSeconds * 1e6 / n);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
