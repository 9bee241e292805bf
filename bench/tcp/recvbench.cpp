// recvbench: framed receive over TCP loopback, our channel against a plain socket reader.
//
// A sender thread writes 64-byte "\r\n"-terminated records in 64 KiB writes to 127.0.0.1.
// Three receivers read the same stream, each in its own run:
//   raw      read() into a 64 KiB buffer, nothing else (what loopback itself can carry);
//   plain    the same reads plus memchr framing (the frame count), written as anyone would
//            write it by hand in C++: the peer the issue compares with;
//   channel  acw::AsyncChat on a QTcpSocket, in an event loop on the engine's epoll
//            dispatcher, with a sink that only counts (collectIncomingData/foundTerminator).
// Each reports MB/s (10^6 bytes per second) from the first byte to the sender's close.
//
// Usage: recvbench [--mib N] [--runs N] [--modes raw,plain,channel] [--json FILE]
#include "channel/asyncchat.h"
#include "engine/epolldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr int RecordSize = 64;
constexpr int WriteSize = 64 * 1024;

std::vector<char> makeChunk()
{
    std::vector<char> chunk(WriteSize);
    for (int i = 0; i < WriteSize; i += RecordSize) {
        std::memset(&chunk[i], 'a' + (i / RecordSize) % 26, RecordSize - 2);
        chunk[i + RecordSize - 2] = '\r';
        chunk[i + RecordSize - 1] = '\n';
    }
    return chunk;
}

// Blocking writer on its own thread: connects, writes `total` bytes, closes.
void sendAll(quint16 port, qint64 total)
{
    const std::vector<char> chunk = makeChunk();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        std::perror("recvbench: connect");
        ::close(fd);
        return;
    }
    for (qint64 sent = 0; sent < total;) {
        const ssize_t n
            = ::write(fd, chunk.data(), size_t(std::min<qint64>(WriteSize, total - sent)));
        if (n <= 0)
            break;
        sent += n;
    }
    ::close(fd);
}

struct Result
{
    double mbps = 0;
    quint64 frames = 0;
    qint64 bytes = 0;
};

int listenLoopback(quint16 *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(fd, 1) != 0)
        return -1;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    *port = ntohs(addr.sin_port);
    return fd;
}

// The plain reader: blocking reads, memchr for '\r', a '\r' at the end of a read carried over.
Result plainRun(qint64 total, bool frame)
{
    quint16 port = 0;
    const int lfd = listenLoopback(&port);
    std::thread sender(sendAll, port, total);
    const int fd = ::accept(lfd, nullptr, nullptr);
    std::vector<char> buf(WriteSize);
    Result r;
    bool pendingCr = false; // the previous read ended in '\r'
    QElapsedTimer timer;
    for (;;) {
        const ssize_t n = ::read(fd, buf.data(), buf.size());
        if (n <= 0)
            break;
        if (!timer.isValid())
            timer.start();
        r.bytes += n;
        if (!frame)
            continue;
        const char *p = buf.data();
        const char *end = p + n;
        if (pendingCr) {
            pendingCr = false;
            if (*p == '\n') {
                ++r.frames;
                ++p;
            }
        }
        while (p < end) {
            const char *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
            if (!cr)
                break;
            if (cr + 1 == end) {
                pendingCr = true;
                break;
            }
            if (cr[1] == '\n') {
                ++r.frames;
                p = cr + 2;
            } else {
                p = cr + 1;
            }
        }
    }
    const qint64 ns = timer.isValid() ? timer.nsecsElapsed() : 1;
    sender.join();
    ::close(fd);
    ::close(lfd);
    r.mbps = double(r.bytes) * 1e3 / double(ns);
    return r;
}

// The sink channel: counts, keeps nothing.
class SinkChat : public acw::AsyncChat
{
public:
    qint64 bytes = 0;
    quint64 frames = 0;

protected:
    void collectIncomingData(const char *, qsizetype size) override { bytes += size; }
    void foundTerminator() override { ++frames; }
};

class SinkServer : public QTcpServer
{
public:
    SinkChat *chat = nullptr;
    QElapsedTimer timer;
    qint64 ns = 0;
    Result result;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        chat = new SinkChat;
        chat->setTerminator(acw::Terminator::bytes(QByteArrayLiteral("\r\n")));
        connect(chat, &acw::AsyncChat::closed, this, [this] {
            ns = timer.nsecsElapsed();
            result.frames = chat->frames;
            result.bytes = chat->counters().bytesIn;
            QCoreApplication::quit();
        });
        timer.start(); // the connection is accepted when its first bytes are already queued
        chat->setSocketDescriptor(descriptor);
    }
};

Result channelRun(qint64 total)
{
    SinkServer server;
    server.listen(QHostAddress::LocalHost, 0);
    std::thread sender(sendAll, server.serverPort(), total);
    QCoreApplication::exec();
    sender.join();
    Result r = server.result;
    r.mbps = server.ns ? double(r.bytes) * 1e3 / double(server.ns) : 0;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    // The engine's dispatcher, as `serve` runs its channels.
    QCoreApplication::setEventDispatcher(new acw::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 mib = 512;
    int runs = 3;
    QString jsonPath;
    QStringList modes
        = { QStringLiteral("raw"), QStringLiteral("plain"), QStringLiteral("channel") };
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mib") && i + 1 < args.size())
            mib = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            jsonPath = args[++i];
        else if (args[i] == QLatin1String("--modes") && i + 1 < args.size())
            modes = args[++i].split(QLatin1Char(','));
        else {
            std::fprintf(stderr, "usage: recvbench [--mib N] [--runs N] [--modes "
                                 "raw,plain,channel] [--json FILE]\n");
            return 2;
        }
    }
    const qint64 total = mib * 1024 * 1024;
    const quint64 expected = quint64(total / RecordSize);
    QJsonObject out;
    bool ok = true;
    for (const char *mode : { "raw", "plain", "channel" }) {
        if (!modes.contains(QLatin1String(mode)))
            continue;
        QJsonArray mbps;
        quint64 frames = 0;
        for (int i = 0; i < runs; ++i) {
            const QLatin1String m(mode);
            const Result r = m == QLatin1String("channel")
                                 ? channelRun(total)
                                 : plainRun(total, m == QLatin1String("plain"));
            if (r.bytes != total || (m != QLatin1String("raw") && r.frames != expected)) {
                std::fprintf(stderr,
                    "recvbench: %s run %d got %lld bytes, %llu frames "
                    "(expected %lld, %llu)\n",
                    mode, i + 1, static_cast<long long>(r.bytes),
                    static_cast<unsigned long long>(r.frames), static_cast<long long>(total),
                    static_cast<unsigned long long>(expected));
                ok = false;
            }
            mbps.append(r.mbps);
            frames = r.frames;
            std::printf("%-8s run %d: %8.0f MB/s  %llu frames\n", mode, i + 1, r.mbps,
                static_cast<unsigned long long>(r.frames));
            std::fflush(stdout);
        }
        out[QLatin1String(mode)] = QJsonObject { { QStringLiteral("mbps"), mbps },
            { QStringLiteral("frames"), double(frames) } };
    }
    out[QStringLiteral("bytes")] = double(total);
    out[QStringLiteral("record")] = RecordSize;
    out[QStringLiteral("write")] = WriteSize;
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(out).toJson());
    }
    return ok ? 0 : 1;
}
