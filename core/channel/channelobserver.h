#pragma once

#include "channel/channelfault.h"
#include "framing/terminator.h"

#include <QByteArray>
#include <QString>

namespace acw {

class AsyncChat;

// Why a connection's terminator changed (EngineEvent::code of TerminatorChanged).
enum class TerminatorCause {
    Set = 0, // set between reads: the window, a command (applies to the next byte)
    Profile = 1, // set by the profile inside a frame callback
    CountReached = 2, // a count fired and was not set again: asynchat's "none" (R24)
};

// Instrumentation hooks the engine installs on a channel (no QObject, no signal cost).
// Every call happens in the channel's thread, synchronously; implementations must be cheap.
class ChannelObserver
{
public:
    virtual ~ChannelObserver() = default;
    virtual void channelConnected(AsyncChat *channel) = 0;
    // One socket read, before it is framed. streamOffset: bytes received before it.
    virtual void channelChunk(
        AsyncChat *channel, qint64 streamOffset, const char *data, qsizetype size)
        = 0;
    // A terminator was consumed. endOffset: stream offset just past the terminator;
    // frameSize: bytes collected for the frame; terminator: the one that matched.
    virtual void channelFrame(AsyncChat *channel, quint64 index, qint64 endOffset, qint64 frameSize,
        const Terminator &terminator)
        = 0;
    // The terminator in force changed (not reported when a callback sets the same one
    // again, as fixed-size records do after every frame). rearm: a count is set again after
    // every frame by the channel itself.
    virtual void channelTerminatorChanged(
        AsyncChat *channel, const Terminator &terminator, TerminatorCause cause, bool rearm)
        = 0;
    virtual void channelPushed(AsyncChat *channel, const QByteArray &data) = 0;
    virtual void channelSent(AsyncChat *channel, qint64 bytes) = 0;
    virtual void channelError(AsyncChat *channel, const ChannelFault &fault) = 0;
    // The channel is closed; fault.isNone() for an orderly close.
    virtual void channelClosed(AsyncChat *channel, const ChannelFault &fault) = 0;
};

} // namespace acw
