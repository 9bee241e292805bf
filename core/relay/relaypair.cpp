#include "relay/relaypair.h"

#include <QPointer>

namespace acw {

namespace {
constexpr qint64 kReadSize = 64 * 1024;
// Reads per wake-up and direction: a fast side cannot starve the other pairs of the thread
// (the notifier is level-triggered: the rest comes on the next pass).
constexpr int kReadsPerPass = 16;
thread_local char t_readBuffer[kReadSize];
} // namespace

// The framer's callbacks for one direction.
struct RelayPair::Sink
{
    RelayPair &pair;
    int direction;
    void collectIncomingData(const char *data, qsizetype size)
    {
        pair.collect(direction, data, size);
    }
    void foundTerminator() { pair.frameEnd(direction); }
    void frameTooLong(qint64) { }
};

RelayPair::RelayPair(quint64 id, RelayEndpoint *client, RelayEndpoint *upstream, QObject *parent)
    : QObject(parent), m_id(id), m_side { client, upstream }
{
    for (RelayEndpoint *e : m_side) {
        e->setParent(this);
        e->setHandler(this);
        e->setLowWatermark(m_low);
    }
    setTerminator(ClientToServer, Terminator::bytes(QByteArrayLiteral("\r\n")));
    setTerminator(ServerToClient, Terminator::bytes(QByteArrayLiteral("\r\n")));
}

RelayPair::~RelayPair()
{
    for (RelayEndpoint *e : m_side)
        e->setHandler(nullptr);
}

void RelayPair::setTerminator(Direction direction, const Terminator &terminator)
{
    Dir &d = m_dir[direction];
    d.terminator = terminator;
    d.framer.setTerminator(terminator);
    d.armed = terminator;
}

void RelayPair::setWatermarks(qint64 high, qint64 low)
{
    m_high = qMax<qint64>(high, 1);
    m_low = qBound<qint64>(0, low, m_high);
    for (RelayEndpoint *e : m_side)
        e->setLowWatermark(m_low);
}

RelayPair::Stats RelayPair::stats(Direction direction) const
{
    const Dir &d = m_dir[direction];
    Stats s;
    s.bytes = d.bytes;
    s.frames = d.frames;
    s.queued = m_side[1 - direction]->outputSize();
    s.heldBytes = d.queuedBytes + d.heldRaw.size();
    s.heldFrames = int(d.queue.size());
    s.paused = d.paused;
    s.ended = d.ended;
    s.held = d.held;
    return s;
}

// --- Endpoint events ---

void RelayPair::endpointConnected(RelayEndpoint *endpoint)
{
    if (endpoint != m_side[1] || m_closed)
        return; // the client: it is read once the upstream is there
    m_upstreamUp = true;
    emit upstreamConnected();
    for (int d = 0; d < 2; ++d) {
        if (!m_dir[d].paused && !m_dir[d].ended)
            m_side[d]->setReading(true);
    }
}

void RelayPair::endpointReadable(RelayEndpoint *endpoint)
{
    readFrom(endpoint == m_side[0] ? ClientToServer : ServerToClient);
}

void RelayPair::endpointDrained(RelayEndpoint *endpoint)
{
    // endpoint is the destination of the direction that reads the other side
    updatePause(endpoint == m_side[1] ? ClientToServer : ServerToClient);
    checkDone();
}

void RelayPair::endpointFailed(RelayEndpoint *endpoint, const ChannelFault &fault)
{
    ChannelFault sided = fault;
    if (endpoint == m_side[1] && !m_upstreamUp)
        sided.side = RelaySide::Connecting;
    else if (endpoint == m_side[1])
        sided.side = RelaySide::Server;
    else
        sided.side = RelaySide::Client;
    close(sided);
}

// --- Input ---

void RelayPair::readFrom(int direction)
{
    Dir &d = m_dir[direction];
    RelayEndpoint *source = m_side[direction];
    if (m_closed || d.ended || d.paused || m_inRead)
        return;
    QPointer<RelayPair> guard(this);
    m_inRead = true;
    Sink sink { *this, direction };
    for (int i = 0; i < kReadsPerPass && !m_closed && !d.paused; ++i) {
        const qint64 n = source->read(t_readBuffer, kReadSize);
        if (!guard)
            return;
        if (n < 0 || m_closed)
            break;
        if (n == 0) { // the source ended its stream
            d.ended = true;
            source->setReading(false);
            const QByteArray rest = d.framer.heldBack(); // a terminator prefix never completed
            if (!rest.isEmpty()) {
                if (m_capture && d.display.size() < m_displayLimit)
                    d.display.append(rest.left(m_displayLimit - d.display.size()));
                d.displaySize += rest.size();
            }
            if (d.held) { // the unterminated rest becomes the last queued frame
                d.heldRaw.append(rest.right(d.fed - qMax(d.captured, d.delivered)));
                d.captured = d.fed;
            }
            quint64 heldId = 0;
            if (d.held && !d.heldRaw.isEmpty()) {
                heldId = m_nextHeldId++;
                d.queue.push_back(HeldFrame { heldId, d.heldRaw, false, false });
                d.queuedBytes += d.heldRaw.size();
                d.heldRaw.clear();
            }
            if (d.displaySize > 0)
                emitFrame(direction, true, heldId != 0, heldId);
            emit step(RelayStep::StreamEnded, direction, d.bytes);
            if (heldId)
                emit holdChanged(direction);
            if (!d.held && d.queue.empty())
                passEnd(direction);
            break;
        }
        d.bytes += n;
        if (!d.held) {
            send(direction, t_readBuffer, n);
            if (m_closed)
                break;
            d.captured += n;
        }
        d.fed += n;
        d.framer.feed(t_readBuffer, n, sink);
        if (!guard)
            return;
        updatePause(direction);
    }
    m_inRead = false;
    checkDone();
}

void RelayPair::collect(int direction, const char *data, qsizetype size)
{
    Dir &d = m_dir[direction];
    if (m_capture && d.display.size() < m_displayLimit)
        d.display.append(data, qMin<qsizetype>(size, m_displayLimit - d.display.size()));
    d.displaySize += size;
    capture(direction, data, size);
    if (d.armed.isNone()) // no terminator: each read is a frame
        frameEnd(direction);
}

// Keeps, in a held direction, the part of [delivered, delivered + size) not yet sent on.
void RelayPair::capture(int direction, const char *data, qsizetype size)
{
    Dir &d = m_dir[direction];
    const qint64 start = d.delivered;
    d.delivered += size;
    if (!d.held)
        return;
    const qint64 skip = qMax<qint64>(0, d.captured - start);
    if (skip >= size)
        return;
    d.heldRaw.append(data + skip, size - skip);
    d.captured = start + size;
}

void RelayPair::frameEnd(int direction)
{
    Dir &d = m_dir[direction];
    if (d.armed.isBytes())
        capture(direction, d.armed.byteString().constData(), d.armed.byteString().size());
    quint64 heldId = 0;
    if (d.held && !d.heldRaw.isEmpty()) {
        heldId = m_nextHeldId++;
        d.queuedBytes += d.heldRaw.size();
        d.queue.push_back(
            HeldFrame { heldId, std::exchange(d.heldRaw, QByteArray()), false, false });
    }
    emitFrame(direction, false, heldId != 0, heldId);
    if (heldId)
        emit holdChanged(direction);
    if (d.terminator.isCount()) // fixed-size records: the same count for the next one
        d.framer.setTerminator(d.terminator);
    d.armed = d.framer.terminator();
}

void RelayPair::emitFrame(int direction, bool partial, bool held, quint64 heldId)
{
    Dir &d = m_dir[direction];
    const quint64 index = d.frames++;
    if (m_capture) {
        RelayFrame f;
        f.direction = direction;
        f.index = index;
        f.data = d.display;
        f.size = d.displaySize;
        f.partial = partial;
        f.held = held;
        f.heldId = heldId;
        if (!partial)
            f.terminator = d.armed;
        emit frame(f);
    }
    d.display.resize(0);
    d.displaySize = 0;
}

// --- Output ---

void RelayPair::send(int direction, const char *data, qint64 size)
{
    if (!m_closed && size > 0)
        m_side[1 - direction]->write(data, size);
}

void RelayPair::updatePause(int direction)
{
    if (m_closed)
        return;
    Dir &d = m_dir[direction];
    const qint64 waiting = m_side[1 - direction]->outputSize();
    const qint64 held = d.queuedBytes + d.heldRaw.size();
    if (!d.paused && (waiting > m_high || held > m_high)) {
        d.paused = true;
        m_side[direction]->setReading(false);
    } else if (d.paused && waiting <= m_low && held <= m_low) {
        d.paused = false;
        if (!d.ended && m_upstreamUp)
            m_side[direction]->setReading(true);
    }
}

void RelayPair::passEnd(int direction)
{
    Dir &d = m_dir[direction];
    if (d.endPassed || m_closed)
        return;
    d.endPassed = true;
    m_side[1 - direction]->shutdownWrite();
    emit step(RelayStep::EndPassed, direction, 0);
}

void RelayPair::checkDone()
{
    if (m_closed)
        return;
    if (m_dir[0].endPassed && m_dir[1].endPassed && m_side[0]->isWriteShutdown()
        && m_side[1]->isWriteShutdown())
        close();
}

// --- Intercept ---

void RelayPair::hold(Direction direction)
{
    Dir &d = m_dir[direction];
    if (d.held || m_closed)
        return;
    d.held = true;
    emit holdChanged(direction);
}

void RelayPair::release(Direction direction)
{
    Dir &d = m_dir[direction];
    if (!d.held || m_closed)
        return;
    d.held = false;
    for (const HeldFrame &f : d.queue)
        send(direction, f.bytes.constData(), f.bytes.size());
    d.queue.clear();
    d.queuedBytes = 0;
    send(direction, d.heldRaw.constData(), d.heldRaw.size());
    d.heldRaw.clear();
    // Received but not yet delivered by the framer (a possible terminator prefix).
    const qint64 unsent = d.fed - qMax(d.captured, d.delivered);
    if (unsent > 0) {
        const QByteArray &back = d.framer.heldBack();
        send(direction, back.constData() + back.size() - unsent, unsent);
    }
    d.captured = d.fed;
    emit holdChanged(direction);
    updatePause(direction);
    if (d.ended)
        passEnd(direction);
    checkDone();
}

QList<HeldFrame> RelayPair::heldFrames(Direction direction) const
{
    const Dir &d = m_dir[direction];
    return QList<HeldFrame>(d.queue.begin(), d.queue.end());
}

bool RelayPair::forward(Direction direction, quint64 heldId)
{
    Dir &d = m_dir[direction];
    for (auto it = d.queue.begin(); it != d.queue.end(); ++it) {
        if (it->id != heldId)
            continue;
        const QByteArray bytes = it->bytes;
        d.queuedBytes -= bytes.size();
        d.queue.erase(it);
        send(direction, bytes.constData(), bytes.size());
        emit holdChanged(direction);
        updatePause(direction);
        return true;
    }
    return false;
}

bool RelayPair::edit(Direction direction, quint64 heldId, const QByteArray &bytes)
{
    Dir &d = m_dir[direction];
    for (HeldFrame &f : d.queue) {
        if (f.id != heldId)
            continue;
        d.queuedBytes += bytes.size() - f.bytes.size();
        f.bytes = bytes;
        f.edited = true;
        emit holdChanged(direction);
        updatePause(direction);
        return true;
    }
    return false;
}

bool RelayPair::drop(Direction direction, quint64 heldId)
{
    Dir &d = m_dir[direction];
    for (auto it = d.queue.begin(); it != d.queue.end(); ++it) {
        if (it->id != heldId)
            continue;
        d.queuedBytes -= it->bytes.size();
        d.queue.erase(it);
        emit holdChanged(direction);
        updatePause(direction);
        return true;
    }
    return false;
}

quint64 RelayPair::inject(Direction direction, const QByteArray &bytes)
{
    Dir &d = m_dir[direction];
    if (m_closed || bytes.isEmpty())
        return 0;
    if (!d.held) {
        send(direction, bytes.constData(), bytes.size());
        return 0;
    }
    const quint64 id = m_nextHeldId++;
    d.queue.push_back(HeldFrame { id, bytes, false, true });
    d.queuedBytes += bytes.size();
    emit holdChanged(direction);
    return id;
}

void RelayPair::close(const ChannelFault &fault)
{
    if (m_closed)
        return;
    m_closed = true;
    for (RelayEndpoint *e : m_side)
        e->close();
    emit closed(fault);
    deleteLater();
}

} // namespace acw
