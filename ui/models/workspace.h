#pragma once

#include "engine/engineevents.h"
#include "models/snippetmodel.h"

#include <QByteArray>
#include <QVector>

namespace acw {

// What a workspace file keeps: the servers that were running, the client connections that
// were open (to be opened again), the snippet library and the window's layout.
// JSON: {"format": "asynchat-workbench-workspace", "version": 1, "servers": [...],
// "clients": [...], "snippets": [...], "layout": {"state": base64, "geometry": base64}}.
// TLS settings are kept as file names and options ("tls": {"cert_file", "key_file"} on a
// server; {"at_connect", "starttls", "ca_file", "accept_fingerprint", "peer_name"} on a
// client); no key material is written.
struct Workspace
{
    QVector<ServerConfig> servers;
    QVector<ClientConfig> clients;
    QVector<Snippet> snippets;
    QByteArray windowState;
    QByteArray geometry;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, Workspace *out, QString *error);
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, Workspace *out, QString *error);
};

} // namespace acw
