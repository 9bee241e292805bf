#include "profiles/manual.h"

namespace acw {

namespace {

qint64 effectiveMaxFrame(const ServerConfig &config)
{
    return config.maxFrameOr(ManualProfile::DefaultMaxFrame);
}

} // namespace

ManualProfile::ManualProfile(const ServerConfig &config)
    : m_terminator(config.hasTerminator ? config.terminator
                                        : Terminator::bytes(QByteArrayLiteral("\r\n"))),
      m_maxFrame(effectiveMaxFrame(config)),
      m_idleTimeoutMs(config.idleTimeoutMs)
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

bool ManualProfile::validate(const ServerConfig &config, QString *error)
{
    const qint64 maxFrame = effectiveMaxFrame(config);
    if (maxFrame < -1 || maxFrame == 0) {
        *error = QStringLiteral("the maximum frame must be a positive number of bytes "
                                "(or unlimited)");
        return false;
    }
    if (config.hasTerminator && config.terminator.isCount() && maxFrame >= 0
        && config.terminator.countValue() > maxFrame) {
        *error = QStringLiteral("terminator count:%1 is larger than the maximum frame of %2 bytes")
                     .arg(config.terminator.countValue())
                     .arg(maxFrame);
        return false;
    }
    if (config.idleTimeoutMs < 0) {
        *error = QStringLiteral("the idle timeout cannot be negative");
        return false;
    }
    return true;
}

} // namespace acw
