#pragma once

#include "channel/asyncchat.h"
#include "profiles/profile.h"

namespace acw {

// CPython's test echo server (test_asynchat): each frame comes back followed by the
// terminator. A count terminator is re-armed after each frame, so fixed-size records echo
// one after another; with no terminator the stream is echoed as it arrives.
class EchoChannel : public AsyncChat
{
    Q_OBJECT
public:
    EchoChannel(const Terminator &terminator, qint64 maxFrame, int idleTimeoutMs,
        QObject *parent = nullptr);

protected:
    void collectIncomingData(const char *data, qsizetype size) override;
    void foundTerminator() override;

private:
    Terminator m_terminator; // as configured; terminator() shows what is left of a count
};

class EchoProfile : public Profile
{
public:
    static constexpr qint64 DefaultMaxFrame = 64 * 1024;

    explicit EchoProfile(const ServerConfig &config);
    ProfileId id() const override { return ProfileId::Echo; }
    AsyncChat *createChannel() override;
    static bool validate(const ServerConfig &config, ServerFault *fault);

private:
    Terminator m_terminator;
    qint64 m_maxFrame;
    int m_idleTimeoutMs;
};

} // namespace acw
