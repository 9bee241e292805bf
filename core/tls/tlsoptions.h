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

namespace tls {

// Whether this Qt has a TLS backend (the OpenSSL plugin).
bool available(QString *error);
// Loads certificate and key, checks the key belongs to the certificate. false: *error
// is one line ("cannot read certificate cert.pem: No such file or directory").
bool serverConfiguration(const TlsServerOptions &options, QSslConfiguration *out, QString *error);
// The system CAs plus options.caFile. false: *error says why.
bool clientConfiguration(const TlsClientOptions &options, QSslConfiguration *out, QString *error);
// "ab12..." (64 hex digits, lowercase) -> normalised; empty if it is not a SHA-256.
QString normaliseFingerprint(const QString &text);
QString fingerprint(const QSslCertificate &certificate); // "ab:12:..." lowercase hex
QString subjectText(const QSslCertificate &certificate); // "CN=localhost", or the display name
// Called from QSslSocket::sslErrors on a client: ignores the errors if the peer
// certificate is the accepted one (returns true), else returns false and *reason says
// why it is refused, with the certificate's fingerprint.
bool acceptPeer(QSslSocket *socket, const QList<QSslError> &errors, const TlsClientOptions &options,
    QString *reason);
// "TLSv1.3, TLS_AES_256_GCM_SHA384, peer CN=localhost" for the inspector and the CLI.
QString sessionSummary(const QSslSocket *socket);

} // namespace tls
} // namespace acw
