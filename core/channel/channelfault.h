#pragma once

#include "tls/tlsoptions.h"

#include <QMetaType>
#include <QString>

namespace acw {

// Why a channel reported an error or closed: values, never sentences. The window and the
// command line word them (messages/messages.h), each in its user's language. The
// numbers travel as EngineEvent::code, so new kinds are only ever appended.
enum class ChannelError {
    None,
    PeerReset, // connection reset by peer
    FrameTooLong, // maxFrame exceeded (Q15); limit: the maximum frame
    IdleTimeout, // cause: TimeoutCause; limit: the deadline in ms
    WriteTimeout, // queued output made no progress; limit: ms
    ConnectionRefused,
    HostNotFound,
    ConnectTimeout, // limit: ms (0: the system gave up)
    ProtocolError, // a profile rejected the input; status: HTTP status, cause: HttpRejection
    SocketError, // anything else; status: QAbstractSocket::SocketError, detail: Qt's words
    SlowReader, // the chat dropped a member that does not read; amount: bytes unsent
    Evicted, // closed to make room under the connection cap; cause: EvictionCause
    TerminatorTooLarge, // a count above the maximum frame; amount: count, limit: max frame
    TlsRefused, // the peer's certificate was refused: cause TlsRefusalCause, amount the failed
                // checks (TlsRefusal::checks), detail its SHA-256 fingerprint (data)
    StartTlsRefused, // cause: StartTlsRefusal
    TlsHandshakeFailed, // limit: the handshake timeout passed (ms), or 0: closed during it
    ClosedByUser, // closed from the workbench
    RelayStopped, // its relay was stopped
    RelayAtCapacity, // a relay refused a client; limit: its connection cap
};

// Which side of a relayed pair a fault comes from (ChannelFault::side).
enum class RelaySide {
    None, // not a relay, or the pair as a whole
    Client,
    Server,
    Connecting, // connecting to the server
};

// IdleTimeout's cause.
enum class TimeoutCause {
    Idle, // nothing received for idleTimeout()
    Deadline, // a profile's total deadline (setDeadline()) passed
    HeaderSilent, // greeting: no complete request head in time, nothing was sent: closed
    HeaderAnswered, // greeting: a partial request head in time: answered 408, then closed
};

// Evicted's cause.
enum class EvictionCause {
    NoRequest, // it never completed a request
    NotReading, // it does not read its output
};

// StartTlsRefused's cause.
enum class StartTlsRefusal {
    NotAllowed, // not opened with STARTTLS allowed
    AlreadyStarted,
    NotConnected,
    NotClient, // no such client connection
};

struct ChannelFault
{
    ChannelError error = ChannelError::None;
    int cause = 0; // a refinement of error (see the enum's comments)
    int status = 0; // HTTP status, QAbstractSocket::SocketError, or -1 (detail: the OS's)
    RelaySide side = RelaySide::None;
    qint64 amount = 0; // bytes, a count
    qint64 limit = 0; // the limit that was passed: bytes or ms
    QString detail; // data, not wording: Qt's or OpenSSL's own text, when that is all there is

    bool isNone() const { return error == ChannelError::None; }
    static ChannelFault of(ChannelError error, qint64 limit = 0, int cause = 0)
    {
        ChannelFault f;
        f.error = error;
        f.limit = limit;
        f.cause = cause;
        return f;
    }
    static ChannelFault of(const TlsRefusal &refusal)
    {
        ChannelFault f = of(ChannelError::TlsRefused, 0, int(refusal.cause));
        f.amount = qint64(refusal.checks);
        f.detail = refusal.fingerprint;
        return f;
    }
    TlsRefusal tlsRefusal() const // for TlsRefused
    {
        return { TlsRefusalCause(cause), quint64(amount), detail };
    }
    friend bool operator==(const ChannelFault &a, const ChannelFault &b)
    {
        return a.error == b.error && a.cause == b.cause && a.status == b.status && a.side == b.side
               && a.amount == b.amount && a.limit == b.limit && a.detail == b.detail;
    }
    friend bool operator!=(const ChannelFault &a, const ChannelFault &b) { return !(a == b); }
};

} // namespace acw

Q_DECLARE_METATYPE(acw::ChannelError)
Q_DECLARE_METATYPE(acw::ChannelFault)
