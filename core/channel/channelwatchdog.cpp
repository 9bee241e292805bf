#include "channel/channelwatchdog.h"

#include "channel/asyncchat.h"

#include <QPointer>

namespace acw {

namespace {
// The watchdog exists only while its thread has channels to police, so nothing outlives
// the thread's event dispatcher.
thread_local ChannelWatchdog *t_watchdog = nullptr;
} // namespace

ChannelWatchdog::ChannelWatchdog()
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ChannelWatchdog::onTimeout);
}

void ChannelWatchdog::watch(AsyncChat *channel, int tickMs)
{
    if (!t_watchdog)
        t_watchdog = new ChannelWatchdog;
    ChannelWatchdog *dog = t_watchdog;
    if (channel->m_watchIndex < 0) {
        channel->m_watchIndex = int(dog->m_channels.size());
        dog->m_channels.push_back(channel);
    }
    if (dog->m_tickMs == 0 || tickMs < dog->m_tickMs)
        dog->setTick(tickMs);
}

void ChannelWatchdog::unwatch(AsyncChat *channel)
{
    ChannelWatchdog *dog = t_watchdog;
    const int index = channel->m_watchIndex;
    if (!dog || index < 0)
        return;
    channel->m_watchIndex = -1;
    AsyncChat *last = dog->m_channels.back();
    dog->m_channels[size_t(index)] = last;
    if (last != channel)
        last->m_watchIndex = index;
    dog->m_channels.pop_back();
    if (dog->m_channels.empty() && !dog->m_inTick) {
        t_watchdog = nullptr;
        delete dog;
    }
}

void ChannelWatchdog::setTick(int ms)
{
    m_tickMs = ms;
    m_timer.start(ms);
}

void ChannelWatchdog::onTimeout()
{
    m_inTick = true;
    int wanted = 0;
    // Downwards: a channel that closes swaps an already visited one into its place.
    for (size_t i = m_channels.size(); i-- > 0;) {
        if (i >= m_channels.size())
            continue; // a close removed several channels
        AsyncChat *channel = m_channels[i];
        channel->onTick();
        if (i < m_channels.size() && m_channels[i] == channel
            && (wanted == 0 || channel->m_tickMs < wanted)) {
            wanted = channel->m_tickMs;
        }
    }
    m_inTick = false;
    if (m_channels.empty()) {
        t_watchdog = nullptr; // a later watch() makes a new one
        m_timer.stop();
        deleteLater(); // not from inside the timer's own signal
        return;
    }
    if (wanted > 0 && wanted != m_tickMs)
        setTick(wanted); // the channel that needed the fastest tick is gone
}

} // namespace acw
