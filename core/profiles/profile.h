#pragma once

#include "server/channelfactory.h"
#include "server/serverconfig.h"
#include "server/serverfault.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace acw {

class AsyncChat;

// Why Profile::create() refused a configuration (ServerFault::cause of ProfileRejected).
enum class ProfileError {
    None,
    NotServable, // relay or client: not a profile a server runs
    FixedTerminator, // greeting speaks HTTP: its terminator is fixed
    FixedLimits, // greeting: its limits are fixed
    NegativeHeaderTimeout,
    BadMaxFrame, // not a positive number of bytes (or unlimited)
    CountAboveMaxFrame, // amount: the count; limit: the maximum frame
    NegativeIdleTimeout,
    NotLineBased, // chat: the terminator must be bytes
};

// A protocol profile makes the channel for each accepted connection (asyncore's
// handle_accepted). One instance per running server, so a profile can hold shared state
// (the chat room).
class Profile : public ChannelFactory
{
public:
    virtual ProfileId id() const = 0;
    // (createChannel(), from ChannelFactory: a configured channel without a socket yet.)

    // nullptr, and *fault (ProfileRejected, cause ProfileError) says why, for a profile a
    // server cannot run or a bad config (e.g. a count terminator above the maximum frame).
    static std::unique_ptr<Profile> create(
        const ServerConfig &config, ServerFault *fault = nullptr);
    // Fills *fault with a ProfileRejected value; returns false (for validate()).
    static bool reject(ServerFault *fault, ProfileError why, qint64 amount = 0, qint64 limit = 0);
};

} // namespace acw
