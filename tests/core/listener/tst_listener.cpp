// Listener: one listening socket with our own accept loop. Every connection reaches
// onAccepted as a usable descriptor; switched off, it accepts nothing until switched on
// again; out of descriptors (EMFILE) it stops at once and says so, instead of spinning.
#include "channeltestpeer.h"
#include "server/listener.h"

#include <QDir>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <cerrno>
#include <memory>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace acw;
using acwtest::RawPeer;

namespace {

// Collects the accepted descriptors and closes them at the end.
struct Accepted
{
    std::vector<int> fds;
    QList<int> resourceErrors;
    ~Accepted()
    {
        for (int fd : fds)
            ::close(fd);
    }
    void attach(Listener &listener)
    {
        listener.onAccepted = [this](qintptr fd) { fds.push_back(int(fd)); };
        listener.onResourceError = [this](int error) { resourceErrors.append(error); };
    }
};

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

} // namespace

class TestListener : public QObject
{
    Q_OBJECT

private slots:
    void acceptsUsableDescriptors();
    void burstIsAcceptedInFull();
    void burstLeavesTheKernelQueueFirst();
    void stoppedListenerClosesWhatItHeld();
    void switchedOffAcceptsNothing();
    void portInUseIsAnError();
    void descriptorExhaustionStopsAndReports();
};

void TestListener::acceptsUsableDescriptors()
{
    Listener listener;
    Accepted accepted;
    accepted.attach(listener);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0, 16));
    QVERIFY(listener.serverPort() != 0);

    RawPeer peer;
    QVERIFY(peer.connectTo(listener.serverPort()));
    QTRY_COMPARE(int(accepted.fds.size()), 1);
    // The descriptor is a connected, non-blocking socket: a QTcpSocket can adopt it.
    QTcpSocket socket;
    QVERIFY(socket.setSocketDescriptor(accepted.fds.front()));
    accepted.fds.clear(); // the socket owns it now
    QVERIFY(peer.sendAll("hello"));
    QByteArray got; // QTRY_COMPARE evaluates its expression once more at the end
    QTRY_COMPARE(got += socket.readAll(), QByteArray("hello"));
    socket.write("world");
    QVERIFY(socket.waitForBytesWritten(5000));
    QTRY_COMPARE(peer.drain(), QByteArray("world"));
}

void TestListener::burstIsAcceptedInFull()
{
    Listener listener;
    Accepted accepted;
    accepted.attach(listener);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0, 1024));
    std::vector<std::unique_ptr<RawPeer>> peers;
    for (int i = 0; i < 300; ++i) {
        peers.push_back(std::make_unique<RawPeer>());
        QVERIFY(peers.back()->connectTo(listener.serverPort()));
    }
    QTRY_COMPARE(int(accepted.fds.size()), 300);
    QVERIFY(accepted.resourceErrors.isEmpty());
}

// A burst already in the kernel's queue is taken from it in one pass (the first hand-over
// sees all the others held), then handed over a bounded number per pass, in order.
void TestListener::burstLeavesTheKernelQueueFirst()
{
    Listener listener;
    Accepted accepted;
    accepted.attach(listener);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0, 1024));
    listener.setAccepting(false);
    const int burst = 300;
    std::vector<std::unique_ptr<RawPeer>> peers;
    for (int i = 0; i < burst; ++i) {
        peers.push_back(std::make_unique<RawPeer>());
        QVERIFY(peers.back()->connectTo(listener.serverPort()));
    }
    QList<int> heldAtEachHandOver;
    listener.onAccepted = [&](qintptr fd) {
        accepted.fds.push_back(int(fd));
        heldAtEachHandOver.append(listener.heldCount());
    };
    listener.setAccepting(true);
    QTRY_COMPARE(int(accepted.fds.size()), burst);
    QCOMPARE(listener.heldCount(), 0);
    for (int i = 0; i < burst; ++i)
        QCOMPARE(heldAtEachHandOver.at(i), burst - 1 - i);
    // In order: the n-th descriptor handed over is the n-th peer's connection.
    for (int i = 0; i < burst; i += 37) {
        sockaddr_in local {};
        socklen_t length = sizeof local;
        QCOMPARE(::getsockname(
                     peers[size_t(i)]->descriptor(), reinterpret_cast<sockaddr *>(&local), &length),
            0);
        sockaddr_in remote {};
        length = sizeof remote;
        QCOMPARE(
            ::getpeername(accepted.fds[size_t(i)], reinterpret_cast<sockaddr *>(&remote), &length),
            0);
        QCOMPARE(remote.sin_port, local.sin_port);
    }
    QVERIFY(accepted.resourceErrors.isEmpty());
}

// A handler that stops the listener (the server stopping) while connections are held: they
// are closed, not leaked, and their peers see the end of the connection.
void TestListener::stoppedListenerClosesWhatItHeld()
{
    auto listener = std::make_unique<Listener>();
    QVERIFY(listener->start(QHostAddress::LocalHost, 0, 1024));
    listener->setAccepting(false);
    const int burst = 50;
    std::vector<std::unique_ptr<RawPeer>> peers;
    for (int i = 0; i < burst; ++i) {
        peers.push_back(std::make_unique<RawPeer>());
        QVERIFY(peers.back()->connectTo(listener->serverPort()));
    }
    const int before = openDescriptors();
    Accepted accepted;
    int heldWhenStopped = -1;
    listener->onAccepted = [&accepted, &listener, &heldWhenStopped](qintptr fd) {
        accepted.fds.push_back(int(fd));
        heldWhenStopped = listener->heldCount();
        std::unique_ptr<Listener> dying = std::move(listener);
        dying.reset(); // nothing of this handler is touched after this line
    };
    listener->setAccepting(true);
    QTRY_VERIFY(!listener);
    QCOMPARE(heldWhenStopped, burst - 1);
    QCOMPARE(int(accepted.fds.size()), 1);
    // The listening socket is gone (-1), one connection was handed over (+1), none leaked.
    QCOMPARE(openDescriptors(), before);
    for (int i = 1; i < burst; ++i)
        QTRY_VERIFY2(peers[size_t(i)]->atEnd(), qPrintable(QString::number(i)));
    QVERIFY(!peers.front()->atEnd());
}

// Off: connections wait in the kernel's backlog; on again: they are all accepted.
void TestListener::switchedOffAcceptsNothing()
{
    Listener off;
    Accepted acceptedOff;
    acceptedOff.attach(off);
    QVERIFY(off.start(QHostAddress::LocalHost, 0, 16));
    off.setAccepting(false);
    RawPeer waiting;
    QVERIFY(waiting.connectTo(off.serverPort()));

    // A second listener, on: once its connection is accepted the event loop has had the
    // chance to accept the first one too, had it been on.
    Listener on;
    Accepted acceptedOn;
    acceptedOn.attach(on);
    QVERIFY(on.start(QHostAddress::LocalHost, 0, 16));
    RawPeer probe;
    QVERIFY(probe.connectTo(on.serverPort()));
    QTRY_COMPARE(int(acceptedOn.fds.size()), 1);
    QCOMPARE(int(acceptedOff.fds.size()), 0);

    off.setAccepting(true);
    QTRY_COMPARE(int(acceptedOff.fds.size()), 1);
}

void TestListener::portInUseIsAnError()
{
    Listener first;
    QVERIFY(first.start(QHostAddress::LocalHost, 0, 16));
    Listener second;
    QVERIFY(!second.start(QHostAddress::LocalHost, first.serverPort(), 16));
    QCOMPARE(second.serverError(), QAbstractSocket::AddressInUseError);
    QVERIFY(!second.errorString().isEmpty());
    second.setAccepting(true); // harmless when not listening
    QVERIFY(!second.isListening());
}

// With the descriptor limit a few above what is open, a burst of 10 is accepted up to the
// limit, then EMFILE is reported once and accepting stops (no spinning on accept()); with
// the limit restored and accepting switched on again, the rest are accepted.
void TestListener::descriptorExhaustionStopsAndReports()
{
    Listener listener;
    Accepted accepted;
    accepted.attach(listener);
    QVERIFY(listener.start(QHostAddress::LocalHost, 0, 64));
    listener.setAccepting(false);
    std::vector<std::unique_ptr<RawPeer>> peers;
    for (int i = 0; i < 10; ++i) {
        peers.push_back(std::make_unique<RawPeer>());
        QVERIFY(peers.back()->connectTo(listener.serverPort()));
    }

    rlimit original;
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
    rlimit low = original;
    low.rlim_cur = rlim_t(openDescriptors() + 3);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &original); });

    listener.setAccepting(true);
    QTRY_COMPARE(accepted.resourceErrors.size(), 1);
    QCOMPARE(accepted.resourceErrors.first(), EMFILE);
    const int before = int(accepted.fds.size());
    QVERIFY2(before < 10, qPrintable(QString::number(before)));

    restore.dismiss();
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
    // Still off: it was switched off by the error, and only its owner switches it on.
    RawPeer probe;
    Listener other;
    Accepted otherAccepted;
    otherAccepted.attach(other);
    QVERIFY(other.start(QHostAddress::LocalHost, 0, 16));
    QVERIFY(probe.connectTo(other.serverPort()));
    QTRY_COMPARE(int(otherAccepted.fds.size()), 1);
    QCOMPARE(int(accepted.fds.size()), before);
    QCOMPARE(accepted.resourceErrors.size(), 1);

    listener.setAccepting(true);
    QTRY_COMPARE(int(accepted.fds.size()), 10);
    QCOMPARE(accepted.resourceErrors.size(), 1);
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
