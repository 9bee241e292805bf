#pragma once

// Shared test fixture (tests/common): one profile's channels on a plain QTcpServer, without
// the engine or the production ChannelServer (no limits, no watchdog): the profile alone.

#include "channel/asyncchat.h"
#include "profiles/profile.h"

#include <QTcpServer>
#include <memory>

namespace acwtest {

class ProfileServer : public QTcpServer
{
public:
    explicit ProfileServer(const acw::ServerConfig &config)
        : m_profile(acw::Profile::create(config))
    {
    }
    bool valid() const { return bool(m_profile); }
    int live = 0; // channels accepted and not closed yet

protected:
    void incomingConnection(qintptr descriptor) override
    {
        acw::AsyncChat *channel = m_profile->createChannel();
        channel->setParent(this);
        ++live;
        connect(channel, &acw::AsyncChat::closed, this, [this] { --live; });
        channel->setSocketDescriptor(descriptor);
    }

private:
    std::unique_ptr<acw::Profile> m_profile;
};

} // namespace acwtest
