// Micro-benchmark: the cost of one event-loop pass as idle descriptors pile up, for Qt's
// glib and plain Unix dispatchers and for acw::EpollEventDispatcher.
//
// A thread runs the dispatcher under test with N idle socket notifiers registered, and
// two notifiers bounce one byte across a socket pair: every hop is one readiness wait plus
// one activation. Prints round trips per second and microseconds per round trip.
//
//   dispatcherbench [--idle 0,1000,10000] [--trips 20000] [--dispatchers glib,unix,epoll]

#include "engine/epolldispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QThread>

#include <cstdio>
#include <ctime>
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
class PingPong : public QObject
{
public:
    PingPong(int idleDescriptors, int trips)
        : m_trips(trips)
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
            m_fds.insert(m_fds.end(), {sv[0], sv[1]});
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
    ~PingPong() override
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
            m_result = {double(m_clock.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpuStart,
                        true};
            QThread::currentThread()->quit();
            return;
        }
        (void)!::write(m_pair[end], &byte, 1); // the other end becomes readable
    }

    std::vector<int> m_fds;
    int m_pair[2] = {-1, -1};
    int m_trips;
    int m_done = 0;
    bool m_failed = false;
    QElapsedTimer m_clock;
    double m_cpuStart = 0;
    Result m_result;
};

Result measure(const QString &dispatcher, int idle, int trips)
{
    QThread thread;
    if (dispatcher == QLatin1String("epoll")) {
        thread.setEventDispatcher(new acw::EpollEventDispatcher);
    } else if (dispatcher == QLatin1String("unix")) {
        qputenv("QT_NO_GLIB", "1"); // read when the thread makes its dispatcher
    } else {
        qunsetenv("QT_NO_GLIB");
    }
    Result result;
    QObject::connect(&thread, &QThread::started, &thread, [&] {
        auto *game = new PingPong(idle, trips);
        QObject::connect(&thread, &QThread::finished, game, [game, &result] {
            result = game->result();
            delete game;
        }, Qt::DirectConnection);
        game->start();
    }, Qt::DirectConnection);
    thread.start();
    thread.wait();
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
    parser.setApplicationDescription(QStringLiteral("Event-loop pass cost versus idle descriptors"));
    parser.addHelpOption();
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Idle descriptors to register."),
                                        QStringLiteral("N,N,..."), QStringLiteral("0,1000,10000"));
    const QCommandLineOption tripsOption(QStringLiteral("trips"),
                                         QStringLiteral("Round trips per measurement."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption dispatchersOption(
        QStringLiteral("dispatchers"), QStringLiteral("Dispatchers to compare."),
        QStringLiteral("glib,unix,epoll"), QStringLiteral("glib,unix,epoll"));
    parser.addOptions({idleOption, tripsOption, dispatchersOption});
    parser.process(app);

    rlimit limit = {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    const int trips = parser.value(tripsOption).toInt();
    std::printf("%-6s %8s %14s %12s %12s\n", "loop", "idle fds", "round trips/s", "us/trip",
                "cpu us/trip");
    for (const QString &dispatcher :
         parser.value(dispatchersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const int idle : parseInts(parser.value(idleOption))) {
            // Fewer trips when each pass is slow, so a run stays short.
            const int n = dispatcher == QLatin1String("epoll") || idle < 1000
                              ? trips
                              : std::max(100, trips / std::max(1, idle / 100));
            const Result r = measure(dispatcher, idle, n);
            if (!r.ok) {
                std::printf("%-6s %8d %14s\n", qPrintable(dispatcher), idle, "failed");
                continue;
            }
            std::printf("%-6s %8d %14.0f %12.2f %12.2f\n", qPrintable(dispatcher), idle,
                        n / r.seconds, r.seconds * 1e6 / n, r.cpuSeconds * 1e6 / n);
            std::fflush(stdout);
        }
    }
    return 0;
}
