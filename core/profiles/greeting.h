#pragma once

#include "channel/asyncchat.h"
#include "profiles/httprequest.h"
#include "profiles/profile.h"

namespace acw {

// The seed's greeting server, corrected (spec section 0, reliability.md 2.C): frames the
// request head on "\n" (a CR before it is stripped by the parser), answers once with
// HTTP/1.0 and closes. Input after the answer (a pipelined request) is ignored.
class GreetingChannel : public AsyncChat
{
    Q_OBJECT
public:
    // headerTimeoutMs: total deadline for the request head, from accept (0: none).
    explicit GreetingChannel(int headerTimeoutMs, QObject *parent = nullptr);
    // A slowloris client has framed lines but never finished its head: still evictable.
    bool isAwaitingRequest() const override { return !m_answered; }

protected:
    void collectIncomingData(const char *data, qsizetype size) override;
    void foundTerminator() override;
    void frameTooLong(qint64 sizeSoFar) override;
    void deadlineExpired() override; // the header deadline: 408, or a silent close

private:
    void respond();

    HttpRequestParser m_parser;
    int m_headerTimeoutMs = 0;
    bool m_sawBytes = false;
    bool m_answered = false;
};

class GreetingProfile : public Profile
{
public:
    explicit GreetingProfile(const ServerConfig &config) : m_config(config) { }
    ProfileId id() const override { return ProfileId::Greeting; }
    AsyncChat *createChannel() override;
    static bool validate(const ServerConfig &config, ServerFault *fault);

private:
    ServerConfig m_config;
};

} // namespace acw
