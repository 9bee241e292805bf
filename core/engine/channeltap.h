#pragma once

#include "channel/asyncchat.h"
#include "channel/channelobserver.h"
#include "engine/engineworker.h"
#include "engine/eventbatch.h"

namespace acw {

// The observer of a server's connections that are not recorded (a pause of
// Engine::setRecordingBudget): served and counted, nothing else. ChannelTap hands a
// connection to it when it opens; it never goes back.
class QuietTap final : public ChannelObserver
{
public:
    explicit QuietTap(EngineWorker *worker) : m_worker(worker) { }
    void channelConnected(AsyncChat *) override { m_worker->markServersDirty(); }
    void channelChunk(AsyncChat *, qint64, const char *, qsizetype) override { }
    void channelFrame(AsyncChat *, quint64, qint64, qint64, const Terminator &) override { }
    void channelTerminatorChanged(AsyncChat *, const Terminator &, TerminatorCause, bool) override
    {
    }
    void channelPushed(AsyncChat *, const QByteArray &) override { }
    void channelSent(AsyncChat *, qint64) override { }
    void channelError(AsyncChat *, const ChannelFault &) override { }
    void channelClosed(AsyncChat *channel, const ChannelFault &) override
    {
        m_worker->batch().forgetCloseReason(channel->id()); // an eviction's, if any
        m_worker->markServersDirty(); // the live count
    }

private:
    EngineWorker *m_worker;
};

// The observer the engine installs on every channel of one server (or on the client
// channels): forwards each report to the batch with the channel's origin. With
// Detail::Connections the data-path hooks return at once; with Detail::Servers all of them
// (only the server's live count is refreshed).
class ChannelTap final : public ChannelObserver
{
public:
    ChannelTap(EngineWorker *worker, int server, ProfileId profile)
        : m_worker(worker), m_batch(worker->batch()), m_origin { server, profile }
    {
    }
    const ChannelOrigin &origin() const { return m_origin; }
    // A server's tap: connections opened while recording is paused go to `quiet`.
    void setQuietTap(QuietTap *quiet) { m_quiet = quiet; }

    void channelConnected(AsyncChat *channel) override
    {
        if (m_quiet && !m_worker->admitRecording(m_origin.server)) {
            channel->setObserver(m_quiet);
            m_quiet->channelConnected(channel);
            return;
        }
        touch(channel);
        if (m_batch.reportsConnections())
            m_batch.opened(channel, m_origin);
        lifecycle();
    }
    void channelChunk(
        AsyncChat *channel, qint64 streamOffset, const char *data, qsizetype size) override
    {
        touch(channel);
        if (!m_batch.isFullDetail())
            return;
        m_batch.chunk(channel, m_origin, streamOffset, data, size);
        m_worker->scheduleFlush();
    }
    void channelFrame(AsyncChat *channel, quint64 index, qint64 endOffset, qint64 frameSize,
        const Terminator &terminator) override
    {
        touch(channel);
        if (!m_batch.isFullDetail())
            return;
        m_batch.frame(channel, m_origin, index, endOffset, frameSize, terminator);
        m_worker->scheduleFlush();
    }
    void channelTerminatorChanged(AsyncChat *channel, const Terminator &terminator,
        TerminatorCause cause, bool rearm) override
    {
        touch(channel);
        if (!m_batch.isFullDetail())
            return;
        m_batch.terminatorChanged(channel, m_origin, terminator, cause, rearm);
        m_worker->scheduleFlush();
    }
    void channelPushed(AsyncChat *channel, const QByteArray &data) override
    {
        touch(channel);
        if (!m_batch.isFullDetail())
            return;
        m_batch.pushed(channel, m_origin, data);
        m_worker->scheduleFlush();
    }
    void channelSent(AsyncChat *channel, qint64 bytes) override
    {
        touch(channel);
        if (!m_batch.isFullDetail())
            return;
        m_batch.sent(channel, m_origin, bytes);
        m_worker->scheduleFlush();
    }
    void channelError(AsyncChat *channel, const ChannelFault &fault) override
    {
        touch(channel);
        if (!m_batch.reportsConnections())
            return;
        m_batch.error(channel, m_origin, fault);
        m_worker->scheduleFlush();
    }
    void channelClosed(AsyncChat *channel, const ChannelFault &fault) override
    {
        touch(channel);
        if (m_batch.reportsConnections())
            m_batch.closed(channel, m_origin, fault);
        lifecycle();
    }

private:
    // The inspector's feed (EngineWorker::subscribeInspection), before any detail test.
    void touch(const AsyncChat *channel)
    {
        if (m_worker->hasInspections())
            m_worker->touched(channel);
    }
    void lifecycle()
    {
        if (m_origin.server != 0)
            m_worker->markServersDirty();
        m_worker->scheduleFlush();
    }

    EngineWorker *m_worker;
    EventBatch &m_batch;
    ChannelOrigin m_origin;
    QuietTap *m_quiet = nullptr;
};

} // namespace acw
