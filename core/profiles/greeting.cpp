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
    fail(ChannelError::ProtocolError,
        QStringLiteral("%1 %2: %3")
            .arg(status)
            .arg(QString::fromLatin1(http::reasonPhrase(status)), m_parser.reason()),
        true);
}

void GreetingChannel::deadlineExpired()
{
    if (m_answered)
        return;
    m_answered = true;
    const QString reason
        = QStringLiteral("no complete request within %1 ms").arg(m_headerTimeoutMs);
    if (!m_sawBytes) {
        fail(ChannelError::IdleTimeout, reason); // nginx: a silent close
        return;
    }
    push(http::error(408, false));
    fail(ChannelError::IdleTimeout, QStringLiteral("408 Request Timeout: ") + reason, true);
}

AsyncChat *GreetingProfile::createChannel()
{
    return new GreetingChannel(m_config.headerTimeoutMs);
}

bool GreetingProfile::validate(const ServerConfig &config, QString *error)
{
    if (config.hasTerminator) {
        *error = QStringLiteral("the greeting profile speaks HTTP: its terminator is fixed "
                                "(lines end in \\r\\n or \\n)");
        return false;
    }
    if (config.maxFrame) {
        *error = QStringLiteral("the greeting profile has fixed limits (request line %1 bytes, "
                                "headers %2 bytes)")
                     .arg(HttpRequestParser::MaxRequestLine)
                     .arg(HttpRequestParser::MaxHeaderSection);
        return false;
    }
    if (config.headerTimeoutMs < 0) {
        *error = QStringLiteral("the header timeout cannot be negative");
        return false;
    }
    return true;
}

} // namespace acw
