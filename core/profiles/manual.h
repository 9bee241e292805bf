#pragma once

#include "channel/asyncchat.h"
#include "profiles/profile.h"

namespace acw {

// The silent profile: accepts, frames with the chosen terminator and never answers on its
// own. The user plays the server by hand from the window (pretend to be an SMTP or a Redis
// server). No idle timeout unless one is configured: a person typing must not be cut off.
class ManualProfile : public Profile
{
public:
    static constexpr qint64 DefaultMaxFrame = 1024 * 1024;

    explicit ManualProfile(const ServerConfig &config);
    ProfileId id() const override { return ProfileId::Manual; }
    AsyncChat *createChannel() override;
    static bool validate(const ServerConfig &config, ServerFault *fault);

private:
    Terminator m_terminator;
    qint64 m_maxFrame;
    int m_idleTimeoutMs;
};

} // namespace acw
