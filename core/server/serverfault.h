#pragma once

#include <QMetaType>
#include <QString>

namespace acw {

// Why a server failed to start, paused accepting, or warns while it keeps listening:
// values, never sentences (the window and the command line word them, messages/).
enum class ServerError {
    None,
    ProfileRejected, // cause: ProfileError (profiles/profile.h); amount, limit: its numbers
    InvalidBindAddress, // address: the text given
    ListenFailed, // address: where; status: QAbstractSocket::SocketError; detail: the OS's
                  // words (Qt's), a fallback. While other addresses listen: a warning.
    TlsFailed, // cause: TlsError (tls/tlsoptions.h); address: the file; detail: the OS's words
    AtCapacity, // limit: the connection cap; cause: CapacityAction
    AcceptFailed, // accepting paused; status: errno (EMFILE, ENFILE, ...); detail: strerror
};

// AtCapacity's cause: what the server does at its connection cap.
enum class CapacityAction {
    Refusing, // new connections are closed at once
    EvictingNoRequest, // connections that sent no request make room
    EvictingNotReading, // connections that do not read their output make room
};

struct ServerFault
{
    ServerError error = ServerError::None;
    int cause = 0;
    int status = 0;
    qint64 amount = 0;
    qint64 limit = 0;
    QString address;
    QString detail;

    bool isNone() const { return error == ServerError::None; }
    friend bool operator==(const ServerFault &a, const ServerFault &b)
    {
        return a.error == b.error && a.cause == b.cause && a.status == b.status
               && a.amount == b.amount && a.limit == b.limit && a.address == b.address
               && a.detail == b.detail;
    }
    friend bool operator!=(const ServerFault &a, const ServerFault &b) { return !(a == b); }
};

} // namespace acw

Q_DECLARE_METATYPE(acw::ServerFault)
