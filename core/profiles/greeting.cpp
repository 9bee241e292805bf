#include "profiles/greeting.h"

#include "profiles/httpresponse.h"

namespace acw {

GreetingChannel::GreetingChannel(int headerTimeoutMs, QObject *parent)
    : AsyncChat(parent), m_headerTimeoutMs(headerTimeoutMs)
{
    setTerminator(Terminator::bytes(QByteArrayLiteral("\n")));
    setMaxFrame(HttpRequestParser::MaxFrame);
    // A client that never reads its answer must not hold the connection for ever.
    setWriteTimeout(60000);
    // nginx's client_header_timeout: a total deadline, not reset by each byte. The channel's
    // shared watchdog checks it: no QTimer per connection.
    setDeadline(headerTimeoutMs);
}

void GreetingChannel::collectIncomingData(const char *data, qsizetype size)
{
    if (m_answered)
        return; // a pipelined request or a body: read and dropped, never buffered
    m_sawBytes = true;
    AsyncChat::collectIncomingData(data, size);
}

void GreetingChannel::foundTerminator()
{
    if (m_answered)
        return;
    m_sawBytes = true;
    const HttpRequestParser::State state = m_parser.feedLine(takeIncoming());
    if (state == HttpRequestParser::State::Complete || state == HttpRequestParser::State::Failed)
        respond();
}

void GreetingChannel::frameTooLong(qint64 sizeSoFar)
{
    Q_UNUSED(sizeSoFar)
    if (m_answered)
        return;
    takeIncoming();
    m_parser.lineTooLong(); // 414 or 431, as soon as the limit is passed (fail fast)
    respond();
}

void GreetingChannel::respond()
{
    m_answered = true;
    setDeadline(0);
    const int status = m_parser.status();
    if (status == 200) {
        push(http::greeting(m_parser.name(), m_parser.isHead()));
        closeWhenDone();
        return;
    }
    push(http::error(status, m_parser.isHead()));
    if (status == 404) {
        closeWhenDone(); // a well-formed request for a page we don't have
        return;
    }
    ChannelFault fault = ChannelFault::of(ChannelError::ProtocolError);
    fault.status = status;
    fault.cause = int(m_parser.rejection());
    fail(fault, true);
}

void GreetingChannel::deadlineExpired()
{
    if (m_answered)
        return;
    m_answered = true;
    if (!m_sawBytes) { // nginx: a silent close
        fail(ChannelFault::of(
            ChannelError::IdleTimeout, m_headerTimeoutMs, int(TimeoutCause::HeaderSilent)));
        return;
    }
    push(http::error(408, false));
    ChannelFault fault = ChannelFault::of(
        ChannelError::IdleTimeout, m_headerTimeoutMs, int(TimeoutCause::HeaderAnswered));
    fault.status = 408;
    fail(fault, true);
}

AsyncChat *GreetingProfile::createChannel()
{
    return new GreetingChannel(m_config.headerTimeoutMs);
}

bool GreetingProfile::validate(const ServerConfig &config, ServerFault *fault)
{
    if (config.hasTerminator)
        return reject(fault, ProfileError::FixedTerminator);
    if (config.maxFrame)
        return reject(fault, ProfileError::FixedLimits, HttpRequestParser::MaxRequestLine,
            HttpRequestParser::MaxHeaderSection);
    if (config.headerTimeoutMs < 0)
        return reject(fault, ProfileError::NegativeHeaderTimeout, config.headerTimeoutMs);
    return true;
}

} // namespace acw
