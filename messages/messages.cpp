#include "messages.h"

#include <QAbstractSocket>
#include <QCoreApplication>

#include <cerrno>

namespace acw::messages {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("acw::messages", text, comment, n);
}

QString sided(RelaySide side, const QString &text)
{
    switch (side) {
    case RelaySide::None: break;
    case RelaySide::Client: return tr("client side: %1").arg(text);
    case RelaySide::Server: return tr("server side: %1").arg(text);
    case RelaySide::Connecting: return tr("cannot connect to the server: %1").arg(text);
    }
    return text;
}

QString timeout(const ChannelFault &f)
{
    switch (TimeoutCause(f.cause)) {
    case TimeoutCause::Idle: return tr("idle timeout: nothing received for %1 ms").arg(f.limit);
    case TimeoutCause::Deadline: return tr("deadline of %1 ms passed").arg(f.limit);
    case TimeoutCause::HeaderSilent: return tr("no complete request within %1 ms").arg(f.limit);
    case TimeoutCause::HeaderAnswered:
        return tr("408 Request Timeout: no complete request within %1 ms").arg(f.limit);
    }
    return tr("timeout after %1 ms").arg(f.limit);
}

QString startTls(StartTlsRefusal why)
{
    switch (why) {
    case StartTlsRefusal::NotAllowed:
        return tr("STARTTLS: this connection was not opened with STARTTLS allowed");
    case StartTlsRefusal::AlreadyStarted: return tr("STARTTLS: TLS has already started");
    case StartTlsRefusal::NotConnected: return tr("STARTTLS: not connected");
    case StartTlsRefusal::NotClient: return tr("STARTTLS: not a client connection");
    }
    return QString();
}

QString bare(const ChannelFault &f)
{
    switch (f.error) {
    case ChannelError::None: return QString();
    case ChannelError::PeerReset: return tr("connection reset by peer");
    case ChannelError::FrameTooLong: return tr("frame longer than %1 bytes").arg(f.limit);
    case ChannelError::IdleTimeout: return timeout(f);
    case ChannelError::WriteTimeout: return tr("write timeout: no progress for %1 ms").arg(f.limit);
    case ChannelError::ConnectionRefused: return tr("connection refused");
    case ChannelError::HostNotFound: return tr("host not found");
    case ChannelError::ConnectTimeout:
        return f.limit > 0 ? tr("connect timed out after %1 ms").arg(f.limit)
                           : tr("connect timed out");
    case ChannelError::ProtocolError:
        if (f.status > 0 && HttpRejection(f.cause) != HttpRejection::None)
            return tr("HTTP %1: %2").arg(f.status).arg(httpRejection(HttpRejection(f.cause)));
        return f.status > 0 ? tr("HTTP %1").arg(f.status) : tr("protocol error");
    case ChannelError::SocketError: return socketError(f.status, f.detail);
    case ChannelError::SlowReader:
        return tr("dropped from the chat: a slow reader (%1 bytes unsent)").arg(f.amount);
    case ChannelError::Evicted:
        return EvictionCause(f.cause) == EvictionCause::NotReading
                   ? tr("evicted: connection limit reached, not reading its output")
                   : tr("evicted: connection limit reached");
    case ChannelError::TerminatorTooLarge:
        return tr("terminator count:%1 exceeds the maximum frame size (%2 bytes)")
            .arg(f.amount)
            .arg(f.limit);
    // tls::acceptPeer() still words the refusal (Qt's checks, the fingerprint): shown as is.
    case ChannelError::TlsRefused: return f.detail;
    case ChannelError::StartTlsRefused: return startTls(StartTlsRefusal(f.cause));
    case ChannelError::TlsHandshakeFailed:
        return f.limit > 0 ? tr("TLS handshake not done after %1 ms").arg(f.limit)
                           : tr("closed during the TLS handshake");
    case ChannelError::ClosedByUser: return tr("closed from the workbench");
    case ChannelError::RelayStopped: return tr("relay stopped");
    case ChannelError::RelayAtCapacity: return tr("connection cap (%1) reached").arg(f.limit);
    }
    return tr("error %1").arg(int(f.error));
}

} // namespace

QString fault(const ChannelFault &f)
{
    return sided(f.side, bare(f));
}

QString closeReason(const ChannelFault &f)
{
    return f.isNone() ? tr("closed in order") : fault(f);
}

QString socketError(int status, const QString &detail)
{
    switch (QAbstractSocket::SocketError(status)) {
    case QAbstractSocket::ConnectionRefusedError: return tr("connection refused");
    case QAbstractSocket::RemoteHostClosedError: return tr("the peer closed the connection");
    case QAbstractSocket::HostNotFoundError: return tr("host not found");
    case QAbstractSocket::SocketAccessError:
        return tr("permission denied (ports below 1024 need privileges)");
    case QAbstractSocket::SocketResourceError: return tr("out of sockets or memory");
    case QAbstractSocket::SocketTimeoutError: return tr("the operation timed out");
    case QAbstractSocket::NetworkError: return tr("network error");
    case QAbstractSocket::AddressInUseError: return tr("the address is already in use");
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("the address is not available on this machine");
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("unsupported operation (is IPv6 available?)");
    case QAbstractSocket::SslHandshakeFailedError: return tr("TLS handshake failed");
    default: break;
    }
    return detail.isEmpty() ? tr("socket error %1").arg(status)
                            : tr("socket error: %1").arg(detail);
}

QString httpRejection(HttpRejection why)
{
    using H = HttpRequestParser;
    switch (why) {
    case HttpRejection::None: return QString();
    case HttpRejection::RequestLineTooLong:
        return tr("request line longer than %1 bytes").arg(H::MaxRequestLine);
    case HttpRejection::HeaderLineTooLong:
        return tr("header line longer than %1 bytes").arg(H::MaxHeaderLine);
    case HttpRejection::HeadersTooLong:
        return tr("headers longer than %1 bytes").arg(H::MaxHeaderSection);
    case HttpRejection::TooManyHeaders: return tr("more than %1 header lines").arg(H::MaxHeaders);
    case HttpRejection::TooManyEmptyLines:
        return tr("too many empty lines before the request line");
    case HttpRejection::ControlByteInRequestLine: return tr("control byte in the request line");
    case HttpRejection::Http09: return tr("HTTP/0.9 request lines are not served");
    case HttpRejection::MalformedRequestLine: return tr("malformed request line");
    case HttpRejection::InvalidMethod: return tr("invalid method");
    case HttpRejection::LowercaseMethod: return tr("methods are case-sensitive");
    case HttpRejection::MalformedVersion: return tr("malformed HTTP version");
    case HttpRejection::UnsupportedVersion: return tr("unsupported HTTP version");
    case HttpRejection::MethodNotAllowed: return tr("method not allowed");
    case HttpRejection::NotAbsolutePath: return tr("the request target is not an absolute path");
    case HttpRejection::HeaderWithoutColon: return tr("header line without a colon");
    case HttpRejection::InvalidHeaderName: return tr("invalid header name");
    case HttpRejection::ControlByteInHeader: return tr("control byte in a header value");
    case HttpRejection::DuplicateHost: return tr("duplicate Host header");
    case HttpRejection::DuplicateContentLength: return tr("duplicate Content-Length header");
    case HttpRejection::InvalidContentLength: return tr("invalid Content-Length");
    case HttpRejection::BodyNotAccepted: return tr("a request body is not accepted");
    case HttpRejection::TransferEncoding: return tr("Transfer-Encoding is not accepted");
    case HttpRejection::MissingHost: return tr("HTTP/1.1 request without Host");
    case HttpRejection::NoSuchPage: return tr("no such page (names have one path segment)");
    case HttpRejection::Fragment: return tr("fragment in the request target");
    case HttpRejection::BadPercentEscape: return tr("malformed percent-escape");
    case HttpRejection::NotUtf8: return tr("the name is not valid UTF-8");
    case HttpRejection::ControlCharacterInName: return tr("control character in the name");
    case HttpRejection::SlashInName: return tr("the decoded name contains '/'");
    case HttpRejection::DotSegment: return tr("dot segment");
    }
    return QString();
}

QString profileError(ProfileError error, qint64 amount, qint64 limit)
{
    switch (error) {
    case ProfileError::None: return QString();
    case ProfileError::NotServable:
        return tr("not a server profile (choose one of: greeting, echo, chat, manual)");
    case ProfileError::FixedTerminator:
        return tr("the greeting profile speaks HTTP: its terminator is fixed (lines end in "
                  "\\r\\n or \\n)");
    case ProfileError::FixedLimits:
        return tr("the greeting profile has fixed limits (request line %1 bytes, headers %2 "
                  "bytes)")
            .arg(amount)
            .arg(limit);
    case ProfileError::NegativeHeaderTimeout: return tr("the header timeout cannot be negative");
    case ProfileError::BadMaxFrame:
        return tr("the maximum frame must be a positive number of bytes (or unlimited)");
    case ProfileError::CountAboveMaxFrame:
        return tr("terminator count:%1 is larger than the maximum frame of %2 bytes")
            .arg(amount)
            .arg(limit);
    case ProfileError::NegativeIdleTimeout: return tr("the idle timeout cannot be negative");
    case ProfileError::NotLineBased:
        return tr("the chat profile is line based: its terminator must be bytes, such as \\n "
                  "or \\r\\n");
    }
    return QString();
}

QString tlsFailure(const TlsFailure &f)
{
    switch (f.error) {
    case TlsError::None: return QString();
    case TlsError::NoBackend:
        return tr("TLS is not available: Qt has no TLS backend (install Qt's OpenSSL plugin)");
    case TlsError::NeedCertAndKey: return tr("TLS needs both --tls-cert and --tls-key");
    case TlsError::CannotReadCertificate:
        return tr("cannot read certificate %1: %2").arg(f.file, f.detail);
    case TlsError::CannotReadKey: return tr("cannot read key %1: %2").arg(f.file, f.detail);
    case TlsError::CannotReadCa: return tr("cannot read CA file %1: %2").arg(f.file, f.detail);
    case TlsError::NoCertificate: return tr("%1 holds no PEM certificate").arg(f.file);
    case TlsError::NoPrivateKey: return tr("%1 holds no unencrypted PEM private key").arg(f.file);
    case TlsError::KeyMismatch:
        return tr("the key in %1 does not match the certificate in %2").arg(f.file, f.other);
    case TlsError::BadFingerprint:
        return tr("'%1' is not a SHA-256 fingerprint (64 hex digits)").arg(f.file);
    }
    return QString();
}

QString serverFault(const ServerFault &f)
{
    switch (f.error) {
    case ServerError::None: return QString();
    case ServerError::ProfileRejected:
        return profileError(ProfileError(f.cause), f.amount, f.limit);
    case ServerError::InvalidBindAddress: return tr("invalid bind address: %1").arg(f.address);
    case ServerError::ListenFailed:
        return tr("cannot listen on %1: %2").arg(f.address, socketError(f.status, f.detail));
    case ServerError::TlsFailed:
        return tlsFailure(TlsFailure { TlsError(f.cause), f.address, QString(), f.detail });
    case ServerError::AtCapacity:
        switch (CapacityAction(f.cause)) {
        case CapacityAction::Refusing:
            return tr("connection limit (%1) reached: refusing new connections").arg(f.limit);
        case CapacityAction::EvictingNoRequest:
            return tr("connection limit (%1) reached: closing idle connections that sent no "
                      "request")
                .arg(f.limit);
        case CapacityAction::EvictingNotReading:
            return tr("connection limit (%1) reached: closing connections that do not read "
                      "their output")
                .arg(f.limit);
        }
        break;
    case ServerError::AcceptFailed:
        if (f.status == EMFILE)
            return tr("too many open files (EMFILE)");
        if (f.status == ENFILE)
            return tr("too many open files in the system (ENFILE)");
        return tr("accept failed: %1").arg(f.detail);
    }
    return tr("server error %1").arg(int(f.error));
}

QString terminatorError(Terminator::ParseError error)
{
    switch (error) {
    case Terminator::ParseError::NoError: return QString();
    case Terminator::ParseError::Empty:
        return tr("empty terminator spec (use \"none\" for no terminator)");
    case Terminator::ParseError::BadEscape:
        return tr("unknown or incomplete escape (allowed: \\r \\n \\t \\0 \\\\ \\xHH)");
    case Terminator::ParseError::BadCount: return tr("count:N needs a whole number of bytes");
    case Terminator::ParseError::NegativeCount:
        return tr("the number of bytes must not be negative");
    case Terminator::ParseError::CountOverflow: return tr("the byte count is too large");
    }
    return QString();
}

QString profileName(ProfileId id)
{
    switch (id) {
    case ProfileId::Greeting: return tr("greeting");
    case ProfileId::Echo: return tr("echo");
    case ProfileId::Chat: return tr("chat");
    case ProfileId::Manual: return tr("manual");
    case ProfileId::Relay: return tr("relay");
    case ProfileId::Client: return tr("client");
    }
    return QString();
}

QString relayStep(
    quint64 step, int direction, qint64 bytes, const QString &text, const ChannelFault &f)
{
    const bool up = direction == 0; // client to server
    switch (RelayStep(step)) {
    case RelayStep::UpstreamConnected: return tr("server %1 connected").arg(text);
    case RelayStep::StreamEnded:
        return up ? tr("client ended its stream (%1 bytes)").arg(bytes)
                  : tr("server ended its stream (%1 bytes)").arg(bytes);
    case RelayStep::EndPassed:
        return up ? tr("passed the client's end of stream to the server")
                  : tr("passed the server's end of stream to the client");
    case RelayStep::TerminatorChanged:
        return up ? tr("client to server terminator is now %1").arg(text)
                  : tr("server to client terminator is now %1").arg(text);
    case RelayStep::Refused:
        return text.isEmpty() ? fault(f) : tr("%1 refused: %2").arg(text, fault(f));
    }
    return text;
}

} // namespace acw::messages
