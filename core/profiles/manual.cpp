#include "profiles/manual.h"

#include "profiles/echo.h"

namespace acw {

namespace {

qint64 effectiveMaxFrame(const ServerConfig &config)
{
    return config.maxFrameOr(ManualProfile::DefaultMaxFrame);
}

} // namespace

ManualProfile::ManualProfile(const ServerConfig &config)
    : m_terminator(
        config.hasTerminator ? config.terminator : Terminator::bytes(QByteArrayLiteral("\r\n")))
    , m_maxFrame(effectiveMaxFrame(config))
    , m_idleTimeoutMs(config.idleTimeoutMs)
{
}

AsyncChat *ManualProfile::createChannel()
{
    // The default async_chat: frames are collected and reported, nothing is answered.
    auto *channel = new AsyncChat;
    channel->setMaxFrame(m_maxFrame < 0 ? Framer::Unlimited : m_maxFrame);
    channel->setTerminator(m_terminator);
    channel->setIdleTimeout(qMax(0, m_idleTimeoutMs));
    return channel;
}

bool ManualProfile::validate(const ServerConfig &config, ServerFault *fault)
{
    // The same limits as echo's: a positive maximum frame, a count that fits in it.
    ServerConfig asEcho = config;
    asEcho.maxFrame = effectiveMaxFrame(config);
    return EchoProfile::validate(asEcho, fault);
}

} // namespace acw
