#pragma once

namespace acw {

class AsyncChat;

// What a ChannelServer hosts: it makes the channel for each accepted connection (asyncore's
// handle_accepted). The protocol profiles (core/profiles) implement it; the server needs
// nothing else of them, so server/ never includes profiles/.
class ChannelFactory
{
public:
    virtual ~ChannelFactory() = default;
    // A new channel, configured (terminator, limits, timeouts) but without a socket yet.
    virtual AsyncChat *createChannel() = 0;
};

} // namespace acw
