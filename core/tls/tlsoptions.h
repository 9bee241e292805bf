#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSslCertificate;
class QSslConfiguration;
class QSslError;
class QSslSocket;

namespace acw {

// TLS as a client (connect --tls, the relay's upstream). The peer is verified against the
// system CAs (plus caFile); a certificate that fails verification is refused with its
// SHA-256 fingerprint in the reason, unless it is exactly acceptFingerprint.
struct TlsClientOptions
{
    bool enabled = false;
    QString caFile; // PEM; trusted as well as the system's CAs
    QString acceptFingerprint; // SHA-256 of the peer certificate, hex (colons allowed)
    QString peerName; // name to verify; empty: the host connected to
};

// TLS as a server (serve, the relay's listening side): a PEM certificate and its key.
struct TlsServerOptions
{
    QString certFile;
    QString keyFile;
    bool enabled() const { return !certFile.isEmpty() || !keyFile.isEmpty(); }
};

// Why TLS cannot be set up: a value (the window and the command line word it).
enum class TlsError {
    None,
    NoBackend, // Qt has no TLS backend (the OpenSSL plugin)
    NeedCertAndKey, // a certificate without a key or the other way round
    CannotReadCertificate, // file, detail: the OS's words
    CannotReadKey, // file, detail
    CannotReadCa, // file, detail
    NoCertificate, // file holds no PEM certificate
    NoPrivateKey, // file holds no unencrypted PEM private key
    KeyMismatch, // file: the key; other: the certificate
    BadFingerprint, // file: the text given is not a SHA-256 fingerprint
};

struct TlsFailure
{
    TlsError error = TlsError::None;
    QString file;
    QString other;
    QString detail; // QFile's errorString(): the OS's words, data
};

// Why a peer's certificate was refused (tls::acceptPeer): a value; the window and the
// command line word it (messages::tlsRefusal).
enum class TlsRefusalCause {
    Untrusted, // verification failed and no fingerprint was accepted
    NotTheAccepted, // a fingerprint was accepted, and the peer's is another one
    NoCertificate, // the peer presented none
};

struct TlsRefusal
{
    TlsRefusalCause cause = TlsRefusalCause::Untrusted;
    // The checks that failed: bit n set for QSslError::SslError n (bit 63: any other).
    quint64 checks = 0;
    QString fingerprint; // the peer's SHA-256, 64 lowercase hex digits; empty without one
};

namespace tls {

// Whether this Qt has a TLS backend (the OpenSSL plugin).
bool available(TlsFailure *failure = nullptr);
// Loads certificate and key, checks the key belongs to the certificate. false: *failure
// says why.
bool serverConfiguration(
    const TlsServerOptions &options, QSslConfiguration *out, TlsFailure *failure);
// The system CAs plus options.caFile. false: *failure says why.
bool clientConfiguration(
    const TlsClientOptions &options, QSslConfiguration *out, TlsFailure *failure);
// "ab12..." (64 hex digits, lowercase) -> normalised; empty if it is not a SHA-256.
QString normaliseFingerprint(const QString &text);
QString fingerprint(const QSslCertificate &certificate); // "ab:12:..." lowercase hex
QString subjectText(const QSslCertificate &certificate); // "CN=localhost", or the display name
// Called from QSslSocket::sslErrors on a client: ignores the errors if the peer
// certificate is the accepted one (returns true), else returns false and *refusal says
// why it is refused, with the certificate's fingerprint.
bool acceptPeer(QSslSocket *socket, const QList<QSslError> &errors, const TlsClientOptions &options,
    TlsRefusal *refusal);
// The bit of TlsRefusal::checks for one QSslError::SslError.
quint64 checkBit(int sslError);
// "TLSv1.3, TLS_AES_256_GCM_SHA384, CN=localhost" for the inspector and the CLI: the
// protocol, the cipher and the peer certificate's subject (names, data: not worded).
QString sessionSummary(const QSslSocket *socket);

} // namespace tls
} // namespace acw
