// The closing half of AsyncChat: socket errors, fail(), the orderly and the lingering
// close, and the deadlines the thread's watchdog checks.
#include "channel/asyncchat.h"

#include "channel/asyncchat_p.h"
#include "channel/channelobserver.h"
#include "channel/channelwatchdog.h"

#include <QPointer>
#include <QTcpSocket>

#include <cerrno>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

namespace acw {

namespace {
// Qt reports a peer's FIN and RST alike (RemoteHostClosedError). The kernel knows, while
// the descriptor is open: after an RST the connection is CLOSED, after a FIN it waits in
// CLOSE_WAIT for our close.
bool connectionWasReset(qintptr descriptor)
{
#ifdef Q_OS_LINUX
    if (descriptor < 0)
        return false;
    tcp_info info {};
    socklen_t size = sizeof info;
    return ::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &size) == 0
           && info.tcpi_state == TCP_CLOSE;
#else
    Q_UNUSED(descriptor)
    return false;
#endif
}

// A close that waits for the socket to flush gives up after this long when no
// writeTimeout is set (a peer that never reads must not hold the connection forever).
constexpr int kCloseDeadlineMs = 30000;
// Lingering close (nginx's lingering_close, reliability section 0): after our last byte,
// read and discard what the peer still sends for at most this long / this much.
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = 1024 * 1024;
} // namespace

// --- Errors and closing ---

void AsyncChat::onSocketError(QAbstractSocket::SocketError error)
{
    // Qt 6.4 folds a read's ECONNRESET into end-of-stream and closes the descriptor before
    // this signal: the errno of that read is all that is left to tell an RST from a FIN.
    const int lastErrno = errno;
    errno = 0; // not to be mistaken for the next connection's
    if (m_state == State::Closed)
        return;
    if (m_socketError == QAbstractSocket::UnknownSocketError)
        m_socketError = error;
    if (error == QAbstractSocket::RemoteHostClosedError && !m_peerClosed) {
        // Qt reports a FIN and an RST alike; output still waiting tells them apart well
        // enough. Qt clears its write buffer right after this signal, so count it now.
        m_peerClosed = true;
        m_unsentAtPeerClose = m_socket->bytesToWrite();
        m_peerReset = lastErrno == ECONNRESET || connectionWasReset(m_socket->socketDescriptor());
    }
    if (m_state == State::Connecting) {
        // Not from inside the socket's own signal (Qt docs): handle it from the loop.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (m_state == State::Closed)
                    return;
                switch (error) {
                case QAbstractSocket::ConnectionRefusedError:
                    fail(ChannelFault::of(ChannelError::ConnectionRefused));
                    break;
                case QAbstractSocket::HostNotFoundError:
                    fail(ChannelFault::of(ChannelError::HostNotFound));
                    break;
                case QAbstractSocket::SocketTimeoutError:
                    fail(ChannelFault::of(ChannelError::ConnectTimeout));
                    break;
                default: fail(socketFault(error)); break;
                }
            },
            Qt::QueuedConnection);
    }
    // While connected, Qt follows every error with disconnected(): handled there.
}

void AsyncChat::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    // Everything the peer sent is framed before the close (Q21); callbacks may push, but
    // the socket is gone, so that output is counted as unsent.
    QPointer<AsyncChat> guard(this);
    readAvailable(true);
    if (!guard || m_state == State::Closed)
        return;
    if (m_closeStarted) {
        finishClose(m_closeFault); // our own close finished flushing
        return;
    }
    bool producerLeft = false;
    m_unsentAtClose = m_unsentAtPeerClose + owedBytes(&producerLeft);
    if (m_socketError == QAbstractSocket::RemoteHostClosedError
        || m_socketError == QAbstractSocket::UnknownSocketError) {
        if (m_unsentAtClose > 0 || producerLeft || m_peerReset) {
            fail(ChannelFault::of(ChannelError::PeerReset));
        } else {
            finishClose(ChannelFault()); // orderly: the peer closed and we owed it nothing
        }
        return;
    }
    fail(socketFault(m_socketError));
}

ChannelFault AsyncChat::socketFault(QAbstractSocket::SocketError error) const
{
    ChannelFault fault = ChannelFault::of(ChannelError::SocketError);
    fault.status = int(error);
    fault.detail = m_socket ? m_socket->errorString() : QString(); // Qt's words: a fallback
    return fault;
}

void AsyncChat::fail(const ChannelFault &fault, bool flush)
{
    if (m_state == State::Closed)
        return;
    if (flush && m_state != State::Connecting && m_socket
        && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_inRead) { // told once the framer has returned (a slot may delete us)
            m_deferredFault = fault;
        } else {
            QPointer<AsyncChat> guard(this);
            reportError(fault);
            if (!guard)
                return;
        }
        m_closeFault = fault;
        m_failing = true;
        m_framer.stop();
        if (!m_closeRequested)
            closeWhenDone();
        scheduleSend();
        return;
    }
    if (m_inRead) {
        // Inside the framer: the error and the close are told once it has returned.
        m_deferredFault = fault;
        finishClose(fault);
        return;
    }
    QPointer<AsyncChat> guard(this);
    reportError(fault);
    if (guard)
        finishClose(fault);
}

void AsyncChat::reportError(const ChannelFault &fault)
{
    if (m_observer)
        m_observer->channelError(this, fault);
    emit errorOccurred(fault.error, fault);
}

void AsyncChat::close()
{
    finishClose(ChannelFault());
}

void AsyncChat::finishClose(const ChannelFault &fault)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_framer.stop(); // Q8
    m_closeRequested = true;
    ChannelWatchdog::unwatch(this);
    if (m_unsentAtClose == 0)
        m_unsentAtClose = owedBytes() + (m_socket ? m_socket->bytesToWrite() : 0);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // R64: queued output is dropped
        // We may be inside one of the socket's signals, and a closed() slot may delete
        // this channel: the socket must not go down with it synchronously.
        m_socket->setParent(nullptr);
        m_socket->deleteLater();
    }
    clearQueue();
    m_closedFault = fault;
    if (!m_inRead)
        announceClose();
    // else readAvailable() announces it once the framer has returned.
}

// The last thing a close does: slots may delete the channel (deleteLater() is better).
void AsyncChat::announceClose()
{
    QPointer<AsyncChat> guard(this);
    if (!reportDeferredError())
        return;
    if (m_observer)
        m_observer->channelClosed(this, m_closedFault);
    handleClose();
    runCloseHook();
    emit closed();
    if (guard && m_autoDelete)
        deleteLater();
}

void AsyncChat::runCloseHook()
{
    if (CloseHook hook = std::exchange(m_closeHook, nullptr))
        hook(m_closeHookContext, m_id);
}

// An error raised inside the framer, reported now that it has returned. False if a slot
// deleted the channel.
bool AsyncChat::reportDeferredError()
{
    if (m_deferredFault.isNone())
        return true;
    QPointer<AsyncChat> guard(this);
    const ChannelFault fault = std::exchange(m_deferredFault, ChannelFault());
    reportError(fault);
    return !guard.isNull();
}

// Everything owed is in the kernel (the close marker was reached and flushed).
void AsyncChat::endOutput()
{
    if (m_outputEnded || m_state == State::Closed)
        return;
    m_outputEnded = true;
    if (!hasUnreadInput()) {
        // Nothing unread, so no RST: Qt closes now and disconnected() finishes.
        m_socket->disconnectFromHost();
        return;
    }
#ifdef Q_OS_UNIX
    // Closing with unread input makes the kernel send an RST, which can destroy the reply
    // still in flight (an error response to a client that is still sending). Send our
    // FIN instead and read and discard until the peer closes, or the linger limits.
    m_lingering = true;
    m_lingerFromBytes = m_counters.bytesIn;
    m_lingerStarted.start();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    updateTimer();
    readAvailable(true); // the framer is stopped: bytes are only counted
#else
    m_socket->disconnectFromHost();
#endif
}

bool AsyncChat::hasUnreadInput() const
{
    if (m_socket->bytesAvailable() > 0)
        return true;
#ifdef Q_OS_UNIX
    int queued = 0;
    return ::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &queued) == 0 && queued > 0;
#else
    return false;
#endif
}

// Called after each read while lingering: past the byte limit, stop being polite.
void AsyncChat::checkLinger()
{
    if (m_lingering && m_counters.bytesIn - m_lingerFromBytes > kLingerBytes)
        finishClose(m_closeFault);
}

// --- Timeouts: the thread's watchdog calls onTick() while a deadline applies ---

void AsyncChat::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = qMax(0, ms);
    m_lastRead.start();
    updateTimer();
}

void AsyncChat::setWriteTimeout(int ms)
{
    m_writeTimeoutMs = qMax(0, ms);
    updateTimer();
}

void AsyncChat::setDeadline(int ms)
{
    m_deadlineMs = qMax(0, ms);
    m_deadlineStarted.start();
    updateTimer();
}

void AsyncChat::deadlineExpired()
{
    fail(ChannelFault::of(ChannelError::IdleTimeout, m_deadlineMs, int(TimeoutCause::Deadline)));
}

void AsyncChat::updateTimer()
{
    int shortest = 0;
    auto consider = [&shortest](int ms) {
        if (ms > 0 && (shortest == 0 || ms < shortest))
            shortest = ms;
    };
    if (m_state == State::Connecting)
        consider(m_connectTimeoutMs);
    if (m_state == State::Connected || m_state == State::Closing) {
        consider(m_idleTimeoutMs);
        consider(m_writeTimeoutMs);
        if (!m_closeStarted)
            consider(m_deadlineMs);
        if (m_closeStarted)
            consider(m_lingering ? kLingerMs : kCloseDeadlineMs);
    }
    // Only with a socket: by then the channel is in the thread it will live in.
    if (shortest == 0 || !m_socket || m_state == State::Closed) {
        ChannelWatchdog::unwatch(this);
        return;
    }
    // A deadline fires at most a quarter late; never tick faster than 10 ms.
    m_tickMs = qBound(10, shortest / 4, 1000);
    ChannelWatchdog::watch(this, m_tickMs);
}

void AsyncChat::onTick()
{
    if (m_state == State::Connecting) {
        if (m_connectTimeoutMs > 0 && m_connectStarted.elapsed() > m_connectTimeoutMs) {
            fail(ChannelFault::of(ChannelError::ConnectTimeout, m_connectTimeoutMs));
        }
        return;
    }
    if (m_state != State::Connected && m_state != State::Closing)
        return;
    if (m_lingering) {
        if (m_lingerStarted.elapsed() > kLingerMs)
            finishClose(m_closeFault);
        return;
    }
    if (m_deadlineMs > 0 && !m_closeStarted && m_deadlineStarted.elapsed() > m_deadlineMs) {
        m_deadlineMs = 0; // once
        updateTimer();
        deadlineExpired();
        return;
    }
    const bool waiting = hasPendingOutput();
    const qint64 stalled = m_lastWriteProgress.elapsed();
    // A paused channel reads nothing, so it cannot see the peer's FIN or RST either
    // (reliability 1.3): the write deadline is what frees it.
    if (waiting && m_writeTimeoutMs > 0 && stalled > m_writeTimeoutMs) {
        fail(ChannelFault::of(ChannelError::WriteTimeout, m_writeTimeoutMs));
        return;
    }
    if (waiting && m_closeStarted && m_writeTimeoutMs == 0 && stalled > kCloseDeadlineMs) {
        fail(ChannelFault::of(ChannelError::WriteTimeout, kCloseDeadlineMs));
        return;
    }
    if (!waiting && m_idleTimeoutMs > 0 && m_lastRead.elapsed() > m_idleTimeoutMs) {
        fail(ChannelFault::of(ChannelError::IdleTimeout, m_idleTimeoutMs, int(TimeoutCause::Idle)));
    }
}

} // namespace acw
