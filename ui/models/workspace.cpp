#include "models/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace acw {

namespace {

const QString kFormat = QStringLiteral("asynchat-workbench-workspace");
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

QJsonObject serverJson(const ServerConfig &c)
{
    QJsonObject o { { QStringLiteral("profile"), profileKey(c.profile) },
        { QStringLiteral("bind"), c.bindAddress }, { QStringLiteral("port"), int(c.port) },
        { QStringLiteral("max_connections"), c.maxConnections },
        { QStringLiteral("header_timeout_ms"), c.headerTimeoutMs },
        { QStringLiteral("idle_timeout_ms"), c.idleTimeoutMs } };
    if (c.hasTerminator)
        o.insert(QStringLiteral("terminator"), c.terminator.toSpec());
    if (c.maxFrame) // no "max_frame": the profile's default
        o.insert(QStringLiteral("max_frame"), double(*c.maxFrame));
    if (c.tls.enabled()) { // file names only: the key stays in its file
        o.insert(
            QStringLiteral("tls"), QJsonObject { { QStringLiteral("cert_file"), c.tls.certFile },
                                       { QStringLiteral("key_file"), c.tls.keyFile } });
    }
    return o;
}

// A client's TLS: absent when it has none (plain, and no STARTTLS).
QJsonObject clientTlsJson(const ClientConfig &c)
{
    QJsonObject t;
    if (c.tls.enabled)
        t.insert(QStringLiteral("at_connect"), true);
    if (c.allowStartTls)
        t.insert(QStringLiteral("starttls"), true);
    if (!c.tls.caFile.isEmpty())
        t.insert(QStringLiteral("ca_file"), c.tls.caFile);
    if (!c.tls.acceptFingerprint.isEmpty())
        t.insert(QStringLiteral("accept_fingerprint"), c.tls.acceptFingerprint);
    if (!c.tls.peerName.isEmpty())
        t.insert(QStringLiteral("peer_name"), c.tls.peerName);
    return t;
}

// "max_frame": absent (or, in files written before 0.1, -2): the profile's default.
std::optional<qint64> maxFrameOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("max_frame"));
    if (!v.isDouble() || v.toDouble() < ServerConfig::Unlimited)
        return std::nullopt;
    return qint64(v.toDouble());
}

bool portOf(const QJsonObject &o, quint16 *port, QString *error)
{
    const int p = o.value(QStringLiteral("port")).toInt(-1);
    if (p < 0 || p > 65535) {
        *error = QCoreApplication::translate("acw::Workspace", "a port must be 0 to 65535");
        return false;
    }
    *port = quint16(p);
    return true;
}

bool terminatorOf(const QJsonObject &o, Terminator *t, bool *has, QString *error)
{
    const QJsonValue v = o.value(QStringLiteral("terminator"));
    if (v.isUndefined()) {
        if (has)
            *has = false;
        return true;
    }
    Terminator::ParseError parse = Terminator::ParseError::NoError;
    *t = Terminator::parse(v.toString(), &parse);
    if (parse != Terminator::ParseError::NoError) {
        *error
            = QCoreApplication::translate("acw::Workspace", "bad terminator %1").arg(v.toString());
        return false;
    }
    if (has)
        *has = true;
    return true;
}

} // namespace

QJsonObject Workspace::toJson() const
{
    QJsonArray serverArray;
    for (const ServerConfig &c : servers)
        serverArray.append(serverJson(c));
    QJsonArray clientArray;
    for (const ClientConfig &c : clients) {
        QJsonObject o { { QStringLiteral("host"), c.host }, { QStringLiteral("port"), int(c.port) },
            { QStringLiteral("terminator"), c.terminator.toSpec() },
            { QStringLiteral("max_frame"), double(c.maxFrame) },
            { QStringLiteral("connect_timeout_ms"), c.connectTimeoutMs } };
        const QJsonObject tls = clientTlsJson(c);
        if (!tls.isEmpty())
            o.insert(QStringLiteral("tls"), tls);
        clientArray.append(o);
    }
    QJsonArray snippetArray;
    for (const Snippet &s : snippets)
        snippetArray.append(s.toJson());
    return QJsonObject {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("servers"), serverArray },
        { QStringLiteral("clients"), clientArray },
        { QStringLiteral("snippets"), snippetArray },
        { QStringLiteral("layout"),
            QJsonObject { { QStringLiteral("state"), QString::fromLatin1(windowState.toBase64()) },
                { QStringLiteral("geometry"), QString::fromLatin1(geometry.toBase64()) } } },
    };
}

bool Workspace::fromJson(const QJsonObject &root, Workspace *out, QString *error)
{
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QCoreApplication::translate(
            "acw::Workspace", "not a workspace file (no \"format\": \"%1\")")
                     .arg(kFormat);
        return false;
    }
    Workspace w;
    const QJsonArray servers = root.value(QStringLiteral("servers")).toArray();
    for (const QJsonValue &v : servers) {
        const QJsonObject o = v.toObject();
        ServerConfig c;
        const QString profile = o.value(QStringLiteral("profile")).toString();
        if (!profile.isEmpty()) {
            const std::optional<ProfileId> id = profileFromKey(profile);
            if (!id || !servableProfiles().contains(*id)) {
                *error = QCoreApplication::translate("acw::Workspace", "unknown profile %1")
                             .arg(profile);
                return false;
            }
            c.profile = *id;
        }
        c.bindAddress = o.value(QStringLiteral("bind")).toString(c.bindAddress);
        if (!portOf(o, &c.port, error) || !terminatorOf(o, &c.terminator, &c.hasTerminator, error))
            return false;
        c.maxFrame = maxFrameOf(o);
        c.maxConnections = o.value(QStringLiteral("max_connections")).toInt(c.maxConnections);
        c.headerTimeoutMs = o.value(QStringLiteral("header_timeout_ms")).toInt(c.headerTimeoutMs);
        c.idleTimeoutMs = o.value(QStringLiteral("idle_timeout_ms")).toInt(c.idleTimeoutMs);
        const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
        c.tls.certFile = tls.value(QStringLiteral("cert_file")).toString();
        c.tls.keyFile = tls.value(QStringLiteral("key_file")).toString();
        w.servers.append(c);
    }
    const QJsonArray clients = root.value(QStringLiteral("clients")).toArray();
    for (const QJsonValue &v : clients) {
        const QJsonObject o = v.toObject();
        ClientConfig c;
        c.host = o.value(QStringLiteral("host")).toString(c.host);
        if (!portOf(o, &c.port, error) || !terminatorOf(o, &c.terminator, nullptr, error))
            return false;
        if (c.port == 0) {
            *error = QCoreApplication::translate("acw::Workspace", "a client needs a port");
            return false;
        }
        c.maxFrame = maxFrameOf(o).value_or(c.maxFrame);
        c.connectTimeoutMs
            = o.value(QStringLiteral("connect_timeout_ms")).toInt(c.connectTimeoutMs);
        const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
        c.tls.enabled = tls.value(QStringLiteral("at_connect")).toBool();
        c.allowStartTls = tls.value(QStringLiteral("starttls")).toBool();
        c.tls.caFile = tls.value(QStringLiteral("ca_file")).toString();
        c.tls.acceptFingerprint = tls.value(QStringLiteral("accept_fingerprint")).toString();
        c.tls.peerName = tls.value(QStringLiteral("peer_name")).toString();
        w.clients.append(c);
    }
    QString why;
    w.snippets = SnippetModel::fromJson(root.value(QStringLiteral("snippets")).toArray(), &why);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    const QJsonObject layout = root.value(QStringLiteral("layout")).toObject();
    w.windowState
        = QByteArray::fromBase64(layout.value(QStringLiteral("state")).toString().toLatin1());
    w.geometry
        = QByteArray::fromBase64(layout.value(QStringLiteral("geometry")).toString().toLatin1());
    *out = w;
    return true;
}

bool Workspace::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool Workspace::load(const QString &path, Workspace *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = QCoreApplication::translate("acw::Workspace", "the file is larger than 16 MiB");
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("acw::Workspace", "not JSON: %1")
                     .arg(parse.errorString());
        return false;
    }
    return fromJson(doc.object(), out, error);
}

} // namespace acw
