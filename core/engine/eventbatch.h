#pragma once

#include "channel/channelobserver.h"
#include "engine/engine.h"

#include <QHash>
#include <QPointer>
#include <QVector>

namespace acw {

class AsyncChat;

// Where a channel belongs: its server (0 for client mode) and its profile's name.
struct ChannelOrigin
{
    int server = 0;
    ProfileId profile = ProfileId::Client;
};

// What the engine has seen since the last flush: the events (capped) and the connections
// that changed. Lives in the network thread; no locking.
// With Detail::Connections only lifecycle and error events are kept and no per-connection
// records exist (the cheap headless mode); with Detail::Full every channel report becomes
// an event and marks its connection changed.
class EventBatch
{
public:
    static constexpr int MaxEvents = 20000;

    // --- Settings ---
    void setDetail(Engine::Detail detail);
    bool isFullDetail() const { return m_detail == Engine::Detail::Full; }
    // Detail::Servers: connections are not reported at all (the taps return at once).
    bool reportsConnections() const { return m_detail != Engine::Detail::Servers; }
    void setCaptureLimit(qint64 bytes) { m_captureLimit = bytes; }

    // --- Recording (the ChannelTap hooks) ---
    void opened(AsyncChat *channel, const ChannelOrigin &origin);
    void connecting(AsyncChat *channel, const ChannelOrigin &origin, const QString &peer);
    void chunk(AsyncChat *channel, const ChannelOrigin &origin, qint64 offset, const char *data,
        qsizetype size);
    void frame(AsyncChat *channel, const ChannelOrigin &origin, quint64 index, qint64 endOffset,
        qint64 frameSize, const Terminator &terminator);
    void terminatorChanged(AsyncChat *channel, const ChannelOrigin &origin,
        const Terminator &terminator, TerminatorCause cause, bool rearm);
    void pushed(AsyncChat *channel, const ChannelOrigin &origin, const QByteArray &data);
    void sent(AsyncChat *channel, const ChannelOrigin &origin, qint64 bytes);
    // The event (null when capped), for details the fault does not hold (a terminator).
    EngineEvent *error(AsyncChat *channel, const ChannelOrigin &origin, const ChannelFault &fault);
    void closed(AsyncChat *channel, const ChannelOrigin &origin, const ChannelFault &fault);
    // The next close of this connection reports this fault (eviction).
    void setCloseReason(quint64 connection, const ChannelFault &fault);
    void forgetCloseReason(quint64 connection)
    {
        if (!m_closeReasons.isEmpty())
            m_closeReasons.remove(connection);
    }
    EngineEvent *serverEvent(int server, EngineEvent::Type type); // null when capped

    // --- Taking (at flush) ---
    bool hasEvents() const { return !m_events.isEmpty() || m_dropped > 0; }
    bool hasChanges() const { return !m_dirty.isEmpty(); }
    QVector<EngineEvent> takeEvents();
    QVector<ConnectionInfo> takeChanged();

    static qint64 nowUs();
    static QString peerOf(const AsyncChat *channel);

private:
    struct Record
    {
        QPointer<AsyncChat> channel; // null once closed
        int server = 0;
        ProfileId profile = ProfileId::Client;
        QString peer;
        qint64 openedUs = 0;
        qint64 capturedIn = 0;
        qint64 capturedOut = 0;
        Terminator lastTerminator; // the spec of the last one seen, formatted once
        QString lastSpec;
        ConnectionInfo final; // the snapshot taken at close
        bool closed = false;
        bool dirty = false;
    };

    EngineEvent *add(EngineEvent::Type type, int server, quint64 connection);
    Record &record(AsyncChat *channel, const ChannelOrigin &origin);
    void markDirty(quint64 id, Record &record);
    const QString &specOf(Record &record, const Terminator &terminator);
    QByteArray capture(qint64 *captured, const char *data, qsizetype size) const;
    ConnectionInfo infoOf(quint64 id, const Record &record) const;

    Engine::Detail m_detail = Engine::Detail::Full;
    qint64 m_captureLimit = 256 * 1024;
    QVector<EngineEvent> m_events;
    qint64 m_dropped = 0;
    QHash<quint64, Record> m_records;
    QVector<quint64> m_dirty;
    QHash<quint64, ChannelFault> m_closeReasons;
};

} // namespace acw
