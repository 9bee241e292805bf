#pragma once

#include "framing/terminator.h"
#include "tls/tlsoptions.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace acw {

// What serves a connection. A value everywhere; profileKey() is its stable name in
// command lines, settings and workspace files; the window shows a translated name.
enum class ProfileId {
    Greeting, // HTTP: "Hello, NAME"
    Echo,
    Chat,
    Manual, // silent: the user answers by hand
    Relay, // a relay's listening side (not a profile Profile::create() makes)
    Client, // a client connection opened from the workbench
};
QString profileKey(ProfileId id); // "greeting", "echo", "chat", "manual", "relay", "client"
std::optional<ProfileId> profileFromKey(QStringView key);
// The profiles a server can run (Profile::create()), in menu order.
inline QList<ProfileId> servableProfiles()
{
    return { ProfileId::Greeting, ProfileId::Echo, ProfileId::Chat, ProfileId::Manual };
}

// What to run: a profile's server, or one client connection. Plain values, copied to the
// network thread. Their own header, so profiles and the server need not include the
// engine (the engine includes them, never the other way round).

struct ServerConfig
{
    ProfileId profile = ProfileId::Greeting;
    QString bindAddress = QStringLiteral("127.0.0.1"); // "localhost": 127.0.0.1 and ::1; "any"
    quint16 port = 8888; // 0: pick a free port
    bool hasTerminator = false; // else the profile's default
    Terminator terminator;
    // Unset: the profile's default limit. Else bytes, or Unlimited (-1) for none.
    std::optional<qint64> maxFrame;
    static constexpr qint64 Unlimited = -1;
    int maxConnections = 1024; // 0: no cap
    int listenBacklog = 4096; // net.core.somaxconn caps it
    int headerTimeoutMs = 10000; // greeting: total header deadline
    int idleTimeoutMs = 60000; // echo/chat idle deadline
    // Every profile: output owed with no byte reaching the kernel for this long closes the
    // connection ("write timeout"), unless the profile set its own. 0: none.
    int writeTimeoutMs = 30000;
    TlsServerOptions tls; // certificate + key: clients talk TLS

    qint64 maxFrameOr(qint64 profileDefault) const { return maxFrame.value_or(profileDefault); }
};

struct ClientConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    Terminator terminator = Terminator::bytes(QByteArrayLiteral("\r\n"));
    qint64 maxFrame = 1024 * 1024;
    int connectTimeoutMs = 10000;
    TlsClientOptions tls; // enabled: TLS from the connect on
    bool allowStartTls = false; // a TLS-capable socket, plain until Engine::startTls()
};

} // namespace acw

Q_DECLARE_METATYPE(acw::ServerConfig)
Q_DECLARE_METATYPE(acw::ClientConfig)
