#include "tls/tlsoptions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

namespace acw::tls {

namespace {

bool fail(TlsFailure *failure, TlsError error, const QString &file = QString(),
    const QString &other = QString(), const QString &detail = QString())
{
    if (failure)
        *failure = TlsFailure { error, file, other, detail };
    return false;
}

bool readFile(const QString &path, TlsError what, QByteArray *data, TlsFailure *failure)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(failure, what, path, QString(), file.errorString());
    *data = file.readAll();
    return true;
}

// Minimal DER reader: the tag, and the content of the element at *pos (advanced past it).
bool derNext(const QByteArray &der, qsizetype *pos, quint8 *tag, QByteArray *content)
{
    qsizetype p = *pos;
    if (p + 2 > der.size())
        return false;
    *tag = quint8(der[p++]);
    qsizetype length = quint8(der[p++]);
    if (length & 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes < 1 || bytes > 4 || p + bytes > der.size())
            return false;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(der[p++]);
    }
    if (length < 0 || p + length > der.size())
        return false;
    *content = der.mid(p, length);
    *pos = p + length;
    return true;
}

// The public key material of a certificate's SubjectPublicKeyInfo: for RSA its modulus,
// otherwise (EC) the encoded point. Both appear verbatim in the matching private key's DER
// (PKCS#1 / SEC1 / PKCS#8 as openssl writes them). Empty if it cannot be read.
QByteArray publicMaterial(const QByteArray &spki)
{
    qsizetype pos = 0;
    quint8 tag = 0;
    QByteArray seq;
    if (!derNext(spki, &pos, &tag, &seq) || tag != 0x30)
        return QByteArray();
    pos = 0;
    QByteArray algorithm, bits;
    if (!derNext(seq, &pos, &tag, &algorithm) || !derNext(seq, &pos, &tag, &bits) || tag != 0x03
        || bits.size() < 2)
        return QByteArray();
    const QByteArray key = bits.mid(1); // after the unused-bits byte
    qsizetype kpos = 0;
    QByteArray rsa;
    if (derNext(key, &kpos, &tag, &rsa) && tag == 0x30 && kpos == key.size()) {
        qsizetype rpos = 0;
        QByteArray modulus;
        if (derNext(rsa, &rpos, &tag, &modulus) && tag == 0x02)
            return modulus;
    }
    return key;
}

} // namespace

bool available(TlsFailure *failure)
{
    if (QSslSocket::supportsSsl())
        return true;
    return fail(failure, TlsError::NoBackend);
}

bool serverConfiguration(
    const TlsServerOptions &options, QSslConfiguration *out, TlsFailure *failure)
{
    if (!available(failure))
        return false;
    if (options.certFile.isEmpty() || options.keyFile.isEmpty())
        return fail(failure, TlsError::NeedCertAndKey);
    QByteArray certData, keyData;
    if (!readFile(options.certFile, TlsError::CannotReadCertificate, &certData, failure)
        || !readFile(options.keyFile, TlsError::CannotReadKey, &keyData, failure))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certData, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(failure, TlsError::NoCertificate, options.certFile);
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm :
        { QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh, QSsl::Opaque }) {
        key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(failure, TlsError::NoPrivateKey, options.keyFile);
    const QByteArray material = publicMaterial(chain.first().publicKey().toDer());
    const QByteArray privateDer = key.toDer();
    if (!material.isEmpty() && !privateDer.isEmpty() && !privateDer.contains(material))
        return fail(failure, TlsError::KeyMismatch, options.keyFile, options.certFile);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    *out = config;
    return true;
}

bool clientConfiguration(
    const TlsClientOptions &options, QSslConfiguration *out, TlsFailure *failure)
{
    if (!available(failure))
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        QByteArray data;
        if (!readFile(options.caFile, TlsError::CannotReadCa, &data, failure))
            return false;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty())
            return fail(failure, TlsError::NoCertificate, options.caFile);
        config.addCaCertificates(cas);
    }
    if (!options.acceptFingerprint.isEmpty()
        && normaliseFingerprint(options.acceptFingerprint).isEmpty())
        return fail(failure, TlsError::BadFingerprint, options.acceptFingerprint);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    *out = config;
    return true;
}

QString normaliseFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        if (!QStringLiteral("0123456789abcdefABCDEF").contains(c))
            return QString();
        hex += c.toLower();
    }
    return hex.size() == 64 ? hex : QString();
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

QString subjectText(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QStringLiteral("none");
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return QStringLiteral("CN=%1").arg(cn.join(QLatin1Char(',')));
    return certificate.subjectDisplayName();
}

quint64 checkBit(int sslError)
{
    return sslError >= 0 && sslError < 63 ? quint64(1) << sslError : quint64(1) << 63;
}

bool acceptPeer(QSslSocket *socket, const QList<QSslError> &errors, const TlsClientOptions &options,
    TlsRefusal *refusal)
{
    const QSslCertificate peer = socket->peerCertificate();
    const QString print = fingerprint(peer);
    const QString wanted = normaliseFingerprint(options.acceptFingerprint);
    if (!peer.isNull() && !wanted.isEmpty() && normaliseFingerprint(print) == wanted) {
        socket->ignoreSslErrors(errors);
        return true;
    }
    TlsRefusal r;
    for (const QSslError &e : errors)
        r.checks |= checkBit(int(e.error()));
    if (peer.isNull()) {
        r.cause = TlsRefusalCause::NoCertificate;
    } else {
        r.cause = wanted.isEmpty() ? TlsRefusalCause::Untrusted : TlsRefusalCause::NotTheAccepted;
        r.fingerprint = normaliseFingerprint(print);
    }
    *refusal = r;
    return false;
}

QString sessionSummary(const QSslSocket *socket)
{
    QString version;
    switch (socket->sessionProtocol()) {
    case QSsl::TlsV1_3: version = QStringLiteral("TLSv1.3"); break;
    case QSsl::TlsV1_2: version = QStringLiteral("TLSv1.2"); break;
    default: version = socket->sessionCipher().protocolString(); break;
    }
    return QStringLiteral("%1, %2, %3")
        .arg(version, socket->sessionCipher().name(), subjectText(socket->peerCertificate()));
}

} // namespace acw::tls
