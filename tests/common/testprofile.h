#pragma once

// A test-only profile: plain AsyncChat channels that echo each \r\n-terminated line.
// The server and engine tests use it so they do not depend on the real profiles.

#include "channel/asyncchat.h"
#include "profiles/profile.h"

namespace acw::test {

class LineEchoChannel : public AsyncChat
{
public:
    explicit LineEchoChannel(QObject *parent = nullptr) : AsyncChat(parent)
    {
        setMaxFrame(64 * 1024);
        setTerminator(Terminator::bytes(QByteArrayLiteral("\r\n")));
    }

protected:
    void foundTerminator() override { push(takeIncoming() + QByteArrayLiteral("\r\n")); }
};

class LineEchoProfile : public Profile
{
public:
    ProfileId id() const override { return ProfileId::Echo; } // a line echo, as far as views go
    AsyncChat *createChannel() override { return new LineEchoChannel; }
};

} // namespace acw::test
