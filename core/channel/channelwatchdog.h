#pragma once

#include <QObject>
#include <QTimer>
#include <vector>

namespace acw {

class AsyncChat;

// One coarse timer per thread polices every channel that has a deadline (connect, idle,
// write, close), instead of one QTimer per connection: 10,000 idle connections then cost
// one timer event per tick, and no timer object each. Private to the channel.
class ChannelWatchdog : public QObject
{
public:
    // Adds the channel (if needed) to its thread's watchdog; ticks at most tickMs apart.
    static void watch(AsyncChat *channel, int tickMs);
    static void unwatch(AsyncChat *channel);

private:
    ChannelWatchdog();
    void onTimeout();
    void setTick(int ms);

    QTimer m_timer;
    std::vector<AsyncChat *> m_channels; // each knows its index (AsyncChat::m_watchIndex)
    int m_tickMs = 0;
    bool m_inTick = false;
};

} // namespace acw
