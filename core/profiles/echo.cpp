#include "profiles/echo.h"

namespace acw {

namespace {

qint64 effectiveMaxFrame(const ServerConfig &config)
{
    return config.maxFrameOr(EchoProfile::DefaultMaxFrame);
}

} // namespace

EchoChannel::EchoChannel(
    const Terminator &terminator, qint64 maxFrame, int idleTimeoutMs, QObject *parent)
    : AsyncChat(parent), m_terminator(terminator)
{
    setMaxFrame(maxFrame < 0 ? Framer::Unlimited : maxFrame);
    setTerminator(terminator);
    setIdleTimeout(idleTimeoutMs);
}

void EchoChannel::collectIncomingData(const char *data, qsizetype size)
{
    AsyncChat::collectIncomingData(data, size);
    // Configured without a terminator, echo is a stream: bytes go back as they come (taken
    // from the collected buffer, so the inspector shows them as streamed, not collected).
    if (m_terminator.isNone() && armedTerminator().isNone())
        push(takeIncoming());
}

void EchoChannel::foundTerminator()
{
    // The frame comes back with the terminator that ended it (none for a count). The
    // bytes are the channel's collected buffer: the frame the inspector shows.
    const Terminator matched = armedTerminator();
    QByteArray frame = takeIncoming();
    if (matched.isBytes())
        frame += matched.byteString();
    else if (matched.isCount() && m_terminator.isCount() && terminator().isNone() && !isRearming())
        setTerminator(m_terminator); // configured for records: re-armed (R24 does not)
    push(frame);
}

EchoProfile::EchoProfile(const ServerConfig &config)
    : m_terminator(
        config.hasTerminator ? config.terminator : Terminator::bytes(QByteArrayLiteral("\r\n")))
    , m_maxFrame(effectiveMaxFrame(config))
    , m_idleTimeoutMs(config.idleTimeoutMs)
{
}

AsyncChat *EchoProfile::createChannel()
{
    return new EchoChannel(m_terminator, m_maxFrame, m_idleTimeoutMs);
}

bool EchoProfile::validate(const ServerConfig &config, ServerFault *fault)
{
    const qint64 maxFrame = effectiveMaxFrame(config);
    if (maxFrame < -1 || maxFrame == 0)
        return reject(fault, ProfileError::BadMaxFrame, maxFrame);
    if (config.hasTerminator && config.terminator.isCount() && maxFrame >= 0
        && config.terminator.countValue() > maxFrame)
        return reject(
            fault, ProfileError::CountAboveMaxFrame, config.terminator.countValue(), maxFrame);
    if (config.idleTimeoutMs < 0)
        return reject(fault, ProfileError::NegativeIdleTimeout, config.idleTimeoutMs);
    return true;
}

} // namespace acw
