#pragma once

#include "engine/engineevents.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace acw {

class AsyncChat;

// A protocol profile makes the channel for each accepted connection (asyncore's
// handle_accepted). One instance per running server, so a profile can hold shared state
// (the chat room).
class Profile
{
public:
    virtual ~Profile() = default;
    virtual QString name() const = 0;
    // A new channel, configured (terminator, limits, timeouts) but without a socket yet.
    virtual AsyncChat *createChannel() = 0;

    static QStringList names(); // "greeting", "echo", "chat", "manual"
    // nullptr and an English reason in *error for an unknown profile or a bad config
    // (e.g. a count terminator above the profile's maximum frame).
    static std::unique_ptr<Profile> create(const ServerConfig &config, QString *error = nullptr);
};

} // namespace acw
