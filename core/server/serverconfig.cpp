#include "server/serverconfig.h"

namespace acw {

QString profileKey(ProfileId id)
{
    switch (id) {
    case ProfileId::Greeting: return QStringLiteral("greeting");
    case ProfileId::Echo: return QStringLiteral("echo");
    case ProfileId::Chat: return QStringLiteral("chat");
    case ProfileId::Manual: return QStringLiteral("manual");
    case ProfileId::Relay: return QStringLiteral("relay");
    case ProfileId::Client: return QStringLiteral("client");
    }
    return QString();
}

std::optional<ProfileId> profileFromKey(QStringView key)
{
    for (ProfileId id : { ProfileId::Greeting, ProfileId::Echo, ProfileId::Chat, ProfileId::Manual,
             ProfileId::Relay, ProfileId::Client }) {
        if (key == profileKey(id))
            return id;
    }
    return std::nullopt;
}

} // namespace acw
