#include "engine/eventbatch.h"

#include "channel/asyncchat.h"

#include <time.h>

namespace acw {

qint64 EventBatch::nowUs()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts); // vDSO: no system call
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

QString EventBatch::peerOf(const AsyncChat *channel)
{
    const QString address = channel->peerAddress();
    if (address.contains(QLatin1Char(':')))
        return QLatin1Char('[') + address + QStringLiteral("]:")
               + QString::number(channel->peerPort());
    return address + QLatin1Char(':') + QString::number(channel->peerPort());
}

void EventBatch::setDetail(Engine::Detail detail)
{
    m_detail = detail;
    if (detail != Engine::Detail::Full) {
        // Records come back lazily if Full is chosen again.
        m_records.clear();
        m_dirty.clear();
    }
}

EngineEvent *EventBatch::add(EngineEvent::Type type, int server, quint64 connection)
{
    if (connection != 0 && m_events.size() >= MaxEvents) {
        ++m_dropped;
        return nullptr;
    }
    m_events.append(EngineEvent());
    EngineEvent &event = m_events.last();
    event.type = type;
    event.server = server;
    event.connection = connection;
    event.timeUs = nowUs();
    return &event;
}

EventBatch::Record &EventBatch::record(AsyncChat *channel, const ChannelOrigin &origin)
{
    auto it = m_records.find(channel->id());
    if (it == m_records.end()) {
        it = m_records.insert(channel->id(), Record());
        it->channel = channel;
        it->server = origin.server;
        it->profile = origin.profile;
        it->openedUs = nowUs();
        if (channel->state() != AsyncChat::State::Connecting) // first seen after Detail changed
            it->peer = peerOf(channel);
    }
    return *it;
}

void EventBatch::markDirty(quint64 id, Record &record)
{
    if (!record.dirty) {
        record.dirty = true;
        m_dirty.append(id);
    }
}

const QString &EventBatch::specOf(Record &record, const Terminator &terminator)
{
    if (record.lastSpec.isNull() || record.lastTerminator != terminator) {
        record.lastTerminator = terminator;
        record.lastSpec = terminator.toSpec();
    }
    return record.lastSpec;
}

QByteArray EventBatch::capture(qint64 *captured, const char *data, qsizetype size) const
{
    qint64 room = m_captureLimit < 0 ? size : m_captureLimit - *captured;
    if (room <= 0)
        return QByteArray();
    const qsizetype n = qsizetype(std::min<qint64>(room, size));
    *captured += n;
    return QByteArray(data, n);
}

void EventBatch::opened(AsyncChat *channel, const ChannelOrigin &origin)
{
    QString peer;
    if (isFullDetail()) {
        const bool known = m_records.contains(channel->id()); // a client, seen connecting
        Record &r = record(channel, origin);
        if (known)
            r.peer = peerOf(channel);
        peer = r.peer;
        markDirty(channel->id(), r);
    } else {
        peer = peerOf(channel);
    }
    if (EngineEvent *event
        = add(EngineEvent::Type::ConnectionOpened, origin.server, channel->id())) {
        event->text = std::move(peer);
        event->terminator = channel->armedTerminator(); // where its terminator history starts
    }
}

void EventBatch::connecting(AsyncChat *channel, const ChannelOrigin &origin, const QString &peer)
{
    if (!isFullDetail())
        return;
    Record &r = record(channel, origin);
    r.peer = peer;
    markDirty(channel->id(), r);
}

void EventBatch::chunk(AsyncChat *channel, const ChannelOrigin &origin, qint64 offset,
    const char *data, qsizetype size)
{
    Record &r = record(channel, origin);
    markDirty(channel->id(), r);
    if (EngineEvent *event = add(EngineEvent::Type::Chunk, origin.server, channel->id())) {
        event->offset = offset;
        event->size = size;
        event->data = capture(&r.capturedIn, data, size);
    }
}

void EventBatch::frame(AsyncChat *channel, const ChannelOrigin &origin, quint64 index,
    qint64 endOffset, qint64 frameSize, const Terminator &terminator)
{
    Record &r = record(channel, origin);
    markDirty(channel->id(), r);
    if (EngineEvent *event = add(EngineEvent::Type::Frame, origin.server, channel->id())) {
        event->index = index;
        event->offset = endOffset;
        event->size = frameSize;
        event->text = specOf(r, terminator);
        event->terminator = terminator;
    }
}

void EventBatch::terminatorChanged(AsyncChat *channel, const ChannelOrigin &origin,
    const Terminator &terminator, TerminatorCause cause, bool rearm)
{
    Record &r = record(channel, origin);
    markDirty(channel->id(), r);
    if (EngineEvent *event
        = add(EngineEvent::Type::TerminatorChanged, origin.server, channel->id())) {
        event->text = specOf(r, terminator);
        event->terminator = terminator;
        event->code = int(cause);
        event->rearm = rearm;
    }
}

void EventBatch::pushed(AsyncChat *channel, const ChannelOrigin &origin, const QByteArray &data)
{
    Record &r = record(channel, origin);
    markDirty(channel->id(), r);
    if (EngineEvent *event = add(EngineEvent::Type::Pushed, origin.server, channel->id())) {
        event->size = data.size();
        const qint64 room = m_captureLimit < 0 ? data.size() : m_captureLimit - r.capturedOut;
        if (room >= data.size()) {
            event->data = data; // shared, not copied
            r.capturedOut += data.size();
        } else if (room > 0) {
            event->data = data.left(room);
            r.capturedOut += room;
        }
    }
}

void EventBatch::sent(AsyncChat *channel, const ChannelOrigin &origin, qint64 bytes)
{
    Record &r = record(channel, origin);
    markDirty(channel->id(), r);
    if (EngineEvent *event = add(EngineEvent::Type::Sent, origin.server, channel->id()))
        event->size = bytes;
}

EngineEvent *EventBatch::error(
    AsyncChat *channel, const ChannelOrigin &origin, const ChannelFault &fault)
{
    if (isFullDetail())
        markDirty(channel->id(), record(channel, origin));
    EngineEvent *event = add(EngineEvent::Type::Error, origin.server, channel->id());
    if (event) {
        event->code = int(fault.error);
        event->fault = fault;
    }
    return event;
}

void EventBatch::closed(AsyncChat *channel, const ChannelOrigin &origin, const ChannelFault &fault)
{
    const quint64 id = channel->id();
    ChannelFault why = fault;
    if (!m_closeReasons.isEmpty()) {
        auto it = m_closeReasons.find(id);
        if (it != m_closeReasons.end()) {
            why = *it;
            m_closeReasons.erase(it);
        }
    }
    const qint64 left = channel->pendingInput().size() + channel->heldBack().size();
    if (isFullDetail()) {
        Record &r = record(channel, origin);
        if (!r.closed) {
            r.final = infoOf(id, r);
            r.final.state = ConnectionInfo::State::Closed;
            r.final.closedUs = nowUs();
            r.final.closeFault = why;
            r.closed = true;
            r.channel = nullptr;
            markDirty(id, r);
        }
    }
    if (EngineEvent *event = add(EngineEvent::Type::ConnectionClosed, origin.server, id)) {
        event->code = int(why.error);
        event->fault = std::move(why);
        event->size = left;
    }
}

void EventBatch::setCloseReason(quint64 connection, const ChannelFault &fault)
{
    if (!reportsConnections())
        return; // no close event will take it
    m_closeReasons.insert(connection, fault);
}

EngineEvent *EventBatch::serverEvent(int server, EngineEvent::Type type)
{
    return add(type, server, 0);
}

ConnectionInfo EventBatch::infoOf(quint64 id, const Record &record) const
{
    if (record.closed)
        return record.final;
    ConnectionInfo info;
    info.id = id;
    info.server = record.server;
    info.profile = record.profile;
    info.peer = record.peer;
    info.openedUs = record.openedUs;
    const AsyncChat *channel = record.channel.data();
    if (!channel) {
        info.state = ConnectionInfo::State::Closed;
        return info;
    }
    switch (channel->state()) {
    case AsyncChat::State::Unconnected:
    case AsyncChat::State::Connecting: info.state = ConnectionInfo::State::Connecting; break;
    case AsyncChat::State::Connected: info.state = ConnectionInfo::State::Open; break;
    case AsyncChat::State::Closing: info.state = ConnectionInfo::State::Closing; break;
    case AsyncChat::State::Closed: info.state = ConnectionInfo::State::Closed; break;
    }
    info.terminator = channel->armedTerminator().toSpec();
    const Terminator left = channel->terminator();
    info.countLeft
        = left.isCount() && channel->armedTerminator().isCount() ? left.countValue() : -1;
    info.rearm = channel->isRearming();
    info.consumedOffset = channel->consumedOffset();
    info.idleTimeoutMs = channel->idleTimeout();
    if (info.idleTimeoutMs > 0)
        info.lastReadUs = nowUs() - channel->msSinceLastRead() * 1000;
    const AsyncChat::Counters counters = channel->counters();
    info.bytesIn = counters.bytesIn;
    info.bytesOut = counters.bytesOut;
    info.frames = counters.frames;
    info.queuedBytes = counters.queuedBytes;
    info.pendingBytes = channel->collectedSize();
    info.heldBack = channel->heldBack().size();
    info.readPaused = channel->isReadPaused();
    return info;
}

QVector<EngineEvent> EventBatch::takeEvents()
{
    if (m_dropped > 0) {
        m_events.append(EngineEvent());
        EngineEvent &event = m_events.last();
        event.type = EngineEvent::Type::Dropped;
        event.timeUs = nowUs();
        event.size = m_dropped;
        m_dropped = 0;
    }
    QVector<EngineEvent> events;
    events.swap(m_events);
    return events;
}

QVector<ConnectionInfo> EventBatch::takeChanged()
{
    QVector<ConnectionInfo> changed;
    changed.reserve(m_dirty.size());
    for (const quint64 id : std::as_const(m_dirty)) {
        auto it = m_records.find(id);
        if (it == m_records.end())
            continue;
        it->dirty = false;
        changed.append(infoOf(id, *it));
        if (it->closed)
            m_records.erase(it); // the UI keeps the history; we forget it
    }
    m_dirty.clear();
    return changed;
}

} // namespace acw
