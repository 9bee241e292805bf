#pragma once

#include "server/channelfactory.h"
#include "server/serverconfig.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace acw {

class AsyncChat;

// A protocol profile makes the channel for each accepted connection (asyncore's
// handle_accepted). One instance per running server, so a profile can hold shared state
// (the chat room).
class Profile : public ChannelFactory
{
public:
    virtual QString name() const = 0;
    // (createChannel(), from ChannelFactory: a configured channel without a socket yet.)

    static QStringList names(); // "greeting", "echo", "chat", "manual"
    // nullptr and an English reason in *error for an unknown profile or a bad config
    // (e.g. a count terminator above the profile's maximum frame).
    static std::unique_ptr<Profile> create(const ServerConfig &config, QString *error = nullptr);
};

} // namespace acw
