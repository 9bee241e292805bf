#include "messages.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QSslError>

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

// One failed certificate check. The common ones in our words (their English is Qt's), the
// others as Qt words them.
QString sslCheck(int code)
{
    switch (QSslError::SslError(code)) {
    case QSslError::SelfSignedCertificate:
        return tr("The certificate is self-signed, and untrusted");
    case QSslError::SelfSignedCertificateInChain:
        return tr("The root certificate of the certificate chain is self-signed, and untrusted");
    case QSslError::HostNameMismatch:
        return tr("The host name did not match any of the valid hosts for this certificate");
    case QSslError::CertificateExpired: return tr("The certificate has expired");
    case QSslError::CertificateNotYetValid: return tr("The certificate is not yet valid");
    case QSslError::UnableToGetLocalIssuerCertificate:
        return tr("The issuer certificate of a locally looked up certificate could not be found");
    case QSslError::UnableToVerifyFirstCertificate: return tr("No certificates could be verified");
    case QSslError::CertificateUntrusted:
        return tr("The root CA certificate is not trusted for this purpose");
    case QSslError::CertificateRevoked: return tr("The certificate has been revoked");
    case QSslError::InvalidPurpose:
        return tr("The supplied certificate is unsuitable for this purpose");
    case QSslError::NoPeerCertificate: return tr("The peer did not present any certificate");
    default: break;
    }
    return code == 63 ? tr("another check failed")
                      : QSslError(QSslError::SslError(code)).errorString();
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
    case ChannelError::TlsRefused: return tlsRefusal(f.tlsRefusal());
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

QString tlsRefusal(const TlsRefusal &r)
{
    QString pairs; // "ab:12:...", as `openssl x509 -fingerprint` shows it
    for (qsizetype i = 0; i < r.fingerprint.size(); i += 2)
        pairs += (i ? QStringLiteral(":") : QString()) + r.fingerprint.mid(i, 2);
    QStringList checks;
    for (int bit = 0; bit < 64; ++bit) {
        if (r.checks & (quint64(1) << bit))
            checks << sslCheck(bit);
    }
    const QString failed = checks.join(tr("; ", "between certificate checks"));
    switch (r.cause) {
    case TlsRefusalCause::NoCertificate: return tr("certificate refused: %1").arg(failed);
    case TlsRefusalCause::NotTheAccepted:
        return tr("certificate refused: its SHA-256 fingerprint %1 is not the accepted one (%2)")
            .arg(pairs, failed);
    case TlsRefusalCause::Untrusted: break;
    }
    return tr("certificate refused: %1 (SHA-256 fingerprint %2; to trust exactly this "
              "certificate: --accept-fingerprint %3)")
        .arg(failed, pairs, r.fingerprint);
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
        // detail: the OS's words, or (KeyMismatch) the certificate's file.
        return tlsFailure(TlsFailure { TlsError(f.cause), f.address, f.detail, f.detail });
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

QString setupProblem(const SetupProblem &p)
{
    switch (p.kind) {
    case SetupProblem::Kind::None: return QString();
    case SetupProblem::Kind::CountAboveMaxFrame:
        return tr("terminator %1 is larger than the maximum frame (%2 bytes)")
            .arg(p.terminator.toSpec())
            .arg(p.maxFrame);
    case SetupProblem::Kind::NegativeChangePoint:
        return tr("a change point must not be negative (%1)").arg(p.value);
    case SetupProblem::Kind::ReadSizeBelowOne:
        return tr("read sizes must be at least 1 byte (%1)").arg(p.value);
    }
    return QString();
}

QString changeParseError(const ChangeParseError &e)
{
    switch (e.kind) {
    case ChangeParseError::Kind::None: return QString();
    case ChangeParseError::Kind::NotBytesSpec:
        return tr("\"%1\" is not BYTES:SPEC (BYTES: a number of bytes from 0, as in 12:count:5)")
            .arg(e.text);
    case ChangeParseError::Kind::BadTerminator:
        return tr("bad terminator \"%1\": %2").arg(e.text, terminatorError(e.terminatorError));
    }
    return QString();
}

QString caseError(const CaseError &e)
{
    using Kind = CaseError::Kind;
    QString what;
    switch (e.kind) {
    case Kind::None: return QString();
    case Kind::NotJson: return tr("not JSON: %1 at offset %2").arg(e.detail).arg(e.number);
    case Kind::NotAnObject: return tr("the file must hold one JSON object");
    case Kind::NotWholeNumber: what = tr("expected a whole number from %1").arg(e.number); break;
    case Kind::NotTerminatorText: what = tr("expected a terminator spec string"); break;
    case Kind::BadTerminator:
        what = tr("bad terminator \"%1\": %2").arg(e.text, terminatorError(e.terminatorError));
        break;
    case Kind::BothKeys: what = tr("give %1 or %2, not both").arg(e.key, e.other); break;
    case Kind::MissingKey: what = tr("missing %1").arg(e.key); break;
    case Kind::NotText: what = tr("%1 must be a string").arg(e.key); break;
    case Kind::NotHexDigit:
        what = tr("%1 has a character that is not a hex digit").arg(e.key);
        break;
    case Kind::OddHexDigits: what = tr("%1 has an odd number of hex digits").arg(e.key); break;
    case Kind::BadEscape:
        what = tr("%1 has a bad escape (allowed: \\r \\n \\t \\0 \\\\ \\xHH)").arg(e.key);
        break;
    case Kind::NotReadSizes: what = tr("expected a list of read sizes, like [3, 1]"); break;
    case Kind::NotTerminatorList:
        what = tr("expected a list of specs, like [\"\\\\r\\\\n\", \"count:5\"]");
        break;
    case Kind::NotChangePair: what = tr("expected [BYTES, \"SPEC\"]"); break;
    case Kind::NotChangeList: what = tr("expected a list of [BYTES, \"SPEC\"] pairs"); break;
    case Kind::NotTrueOrFalse: what = tr("expected true or false"); break;
    case Kind::NotFrameList:
        what = tr("expected a list of frames, like [{\"data_hex\": \"6869\"}]");
        break;
    case Kind::NotFrameObject: what = tr("expected an object with data_hex"); break;
    case Kind::NotExpectObject:
        what = tr("expected an object with frames, pending_hex, held_back_hex, terminator");
        break;
    case Kind::BadSetup: what = setupProblem(e.setup); break;
    }
    return e.where.isEmpty() ? what
                             : tr("%1: %2", "a place in a file: what is wrong").arg(e.where, what);
}

QString shownBytes(const QByteArray &bytes, int limit)
{
    const QString text = Terminator::escape(bytes.left(limit));
    return tr("\"%1%2\" (%3 bytes)")
        .arg(text, bytes.size() > limit ? QStringLiteral("...") : QString())
        .arg(bytes.size());
}

QString caseDifference(const CaseDifference &d)
{
    using Kind = CaseDifference::Kind;
    switch (d.kind) {
    case Kind::FrameCount:
        return tr("frames: expected %1, got %2").arg(d.expectedCount).arg(d.gotCount);
    case Kind::FrameData:
        return tr("frame %1: expected %2, got %3")
            .arg(d.frame)
            .arg(shownBytes(d.expectedBytes), shownBytes(d.gotBytes));
    case Kind::FrameTerminator:
        return tr("frame %1 terminator: expected %2, got %3")
            .arg(d.frame)
            .arg(d.expectedTerminator.toSpec(), d.gotTerminator.toSpec());
    case Kind::MissingFrame:
        return tr("frame %1: expected %2, missing").arg(d.frame).arg(shownBytes(d.expectedBytes));
    case Kind::ExtraFrame:
        return tr("frame %1: not expected, got %2").arg(d.frame).arg(shownBytes(d.gotBytes));
    case Kind::Pending:
        return tr("pending: expected %1, got %2")
            .arg(shownBytes(d.expectedBytes), shownBytes(d.gotBytes));
    case Kind::HeldBack:
        return tr("held back: expected %1, got %2")
            .arg(shownBytes(d.expectedBytes), shownBytes(d.gotBytes));
    case Kind::EndTerminator:
        return tr("terminator at the end: expected %1, got %2")
            .arg(d.expectedTerminator.toSpec(), d.gotTerminator.toSpec());
    case Kind::TooLong:
        return tr("frame too long: expected %1, got %2")
            .arg(d.expectedFlag ? tr("yes") : tr("no"), d.gotFlag ? tr("yes") : tr("no"));
    }
    return QString();
}

QStringList caseDifferences(const QList<CaseDifference> &differences)
{
    QStringList lines;
    for (const CaseDifference &d : differences)
        lines << caseDifference(d);
    return lines;
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
