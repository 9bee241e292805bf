// The output half of AsyncChat: the queue (R40-R47), sending under the write
// watermarks, and the read pause that backpressure implies.
#include "channel/asyncchat.h"

#include "channel/asyncchat_p.h"
#include "channel/channelobserver.h"

#include <QTcpSocket>

namespace acw {

namespace {
constexpr qsizetype kPreviewBytes = 64;
} // namespace

void AsyncChat::push(const QByteArray &data)
{
    if (m_state == State::Closed)
        return;
    ++m_counters.pushes;
    if (m_observer)
        m_observer->channelPushed(this, data);
    if (data.isEmpty())
        return; // Q10: Python does a zero-length send; there is nothing to send
    if (!hasPendingOutput())
        m_lastWriteProgress.restart(); // the write deadline counts from the first byte owed
    qsizetype written = 0;
    const bool canWrite = m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && !m_closeStarted && !m_sending;
    if (m_queue.empty() && canWrite) {
        // Nothing ahead of it: straight into the socket, no queue entry.
        written = writeSlices(data.constData(), data.size());
        if (written == data.size()) {
            updateReadPause();
            return;
        }
    }
    auto entry = std::make_unique<Entry>();
    entry->data = data; // implicitly shared: a copy as far as the caller can tell (Q14)
    entry->offset = written;
    m_queuedData += entry->remaining();
    m_queue.push_back(std::move(entry));
    initiateSend();
}

void AsyncChat::pushWithProducer(std::unique_ptr<Producer> producer)
{
    if (m_state == State::Closed || !producer)
        return;
    ++m_counters.pushes;
    if (!hasPendingOutput())
        m_lastWriteProgress.restart();
    auto entry = std::make_unique<Entry>();
    entry->kind = OutputEntry::Kind::Producer;
    entry->producer = std::move(producer);
    m_queue.push_back(std::move(entry));
    initiateSend();
}

void AsyncChat::closeWhenDone()
{
    if (m_state == State::Closed || m_closeRequested)
        return;
    auto entry = std::make_unique<Entry>();
    entry->kind = OutputEntry::Kind::CloseMarker;
    m_queue.push_back(std::move(entry));
    m_closeRequested = true; // Q8: no more frames are delivered
    if (m_state == State::Connected)
        m_state = State::Closing;
    // R45: not sent from here. Qt has no "writable" poll to find the marker later, so
    // look again from the event loop (a discardBuffers() before then cancels it, Q12).
    scheduleSend();
}

void AsyncChat::discardBuffers()
{
    m_incoming.clear();
    m_frameBytes = 0;
    m_framer.discardBuffers();
    m_queue.clear();
    m_queuedData = 0;
    if (m_closeStarted || m_state == State::Closed)
        return;
    if (m_failing) {
        // An error close (fail() with flush) is not the caller's to cancel.
        auto entry = std::make_unique<Entry>();
        entry->kind = OutputEntry::Kind::CloseMarker;
        m_queue.push_back(std::move(entry));
        return;
    }
    if (m_closeRequested) { // Q12: the pending close-when-done is cancelled
        m_closeRequested = false;
        if (m_state == State::Closing)
            m_state = State::Connected;
    }
    updateReadPause();
}

void AsyncChat::setWriteWatermarks(qint64 high, qint64 low)
{
    m_highWatermark = qMax<qint64>(1, high);
    m_lowWatermark = qBound<qint64>(0, low, m_highWatermark);
    updateReadPause();
}

void AsyncChat::scheduleSend()
{
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_sendScheduled = false;
        initiateSend();
    }, Qt::QueuedConnection);
}

// R42-R45 without the one-send-per-call pacing (Q10): hand the socket queued bytes in
// outBufferSize slices until it holds about highWatermark bytes; bytesWritten() calls
// this again. Producers are asked for more only then, so their output stays bounded.
void AsyncChat::initiateSend()
{
    if (m_sending || !m_socket || m_closeStarted || m_state == State::Closed
        || m_socket->state() != QAbstractSocket::ConnectedState) {
        return; // R49: unconnected, only queue
    }
    m_sending = true;
    while (!m_queue.empty() && m_socket->bytesToWrite() < m_highWatermark) {
        Entry &head = *m_queue.front();
        if (head.kind == OutputEntry::Kind::CloseMarker) {
            // R45: everything before it was handed over; what follows is never sent.
            m_queue.pop_front();
            m_sending = false;
            startClosing();
            return;
        }
        if (head.kind == OutputEntry::Kind::Producer) {
            QByteArray more = head.producer->more();
            if (more.isEmpty()) {
                m_queue.pop_front(); // exhausted (R41)
                continue;
            }
            const qint64 n = writeSlices(more.constData(), more.size());
            if (n < more.size()) { // keep the rest in front of the producer
                auto rest = std::make_unique<Entry>();
                rest->data = std::move(more);
                rest->offset = n;
                m_queuedData += rest->remaining();
                m_queue.push_front(std::move(rest));
                break;
            }
            continue;
        }
        const qint64 left = head.remaining();
        const qint64 n = writeSlices(head.data.constData() + head.offset, left);
        head.offset += n;
        m_queuedData -= n;
        if (n == left)
            m_queue.pop_front();
        else
            break;
    }
    m_sending = false;
    updateReadPause();
}

// Copies up to size bytes into the socket, outBufferSize at a time, while it holds less
// than highWatermark (QTcpSocket::write() itself never refuses). Returns bytes taken.
qint64 AsyncChat::writeSlices(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size && m_socket->bytesToWrite() < m_highWatermark) {
        const qint64 written = m_socket->write(data + done, qMin(size - done, m_outBufferSize));
        if (written <= 0)
            break; // the socket is gone; disconnected() follows
        done += written;
    }
    return done;
}

void AsyncChat::onBytesWritten(qint64 bytes)
{
    m_counters.bytesOut += bytes;
    m_lastWriteProgress.restart();
    if (m_observer)
        m_observer->channelSent(this, bytes);
    if (m_closeStarted) {
        if (m_socket->bytesToWrite() == 0)
            endOutput();
        return;
    }
    if (m_sending)
        return; // flush() from inside initiateSend(): its loop continues
    initiateSend();
}

bool AsyncChat::hasPendingOutput() const
{
    if (m_socket && m_socket->bytesToWrite() > 0)
        return true;
    if (m_closeStarted)
        return false; // what is left in the queue follows the marker: never sent
    return !m_queue.empty();
}

// Output still owed to the peer: queued entries before the close marker (what follows
// it is never sent). Producers count with their remaining() when they know it.
qint64 AsyncChat::owedBytes(bool *producerLeft) const
{
    qint64 owed = 0;
    for (const auto &e : m_queue) {
        if (e->kind == OutputEntry::Kind::CloseMarker)
            break;
        if (e->kind == OutputEntry::Kind::Data) {
            owed += e->remaining();
        } else {
            owed += qMax<qint64>(0, e->producer->remaining());
            if (producerLeft)
                *producerLeft = true;
        }
    }
    return m_closeStarted ? 0 : owed;
}

void AsyncChat::startClosing()
{
    m_closeStarted = true;
    m_closeRequested = true;
    m_state = State::Closing;
    m_framer.stop(); // Q8
    updateTimer();
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    if (m_socket->bytesToWrite() == 0)
        endOutput();
    // Otherwise onBytesWritten() calls endOutput() once the socket's buffer is empty.
}

// Backpressure: above highWatermark bytes owed (our queue plus the socket's buffer) stop
// reading the peer; below lowWatermark read again, starting with what Qt buffered.
void AsyncChat::updateReadPause()
{
    if (!m_socket || m_state == State::Closed)
        return;
    const qint64 owed = m_queuedData + m_socket->bytesToWrite();
    if (!m_readPaused) {
        if (owed >= m_highWatermark)
            m_readPaused = true;
        return;
    }
    if (owed >= m_lowWatermark)
        return;
    m_readPaused = false;
    if (!m_readScheduled && !m_inRead) {
        // readyRead() will not come again for bytes Qt already holds.
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &AsyncChat::onReadyRead, Qt::QueuedConnection);
    }
}

QList<OutputEntry> AsyncChat::outputQueue() const
{
    QList<OutputEntry> entries;
    entries.reserve(qsizetype(m_queue.size()));
    for (const auto &e : m_queue) {
        OutputEntry out;
        out.kind = e->kind;
        switch (e->kind) {
        case OutputEntry::Kind::Data:
            out.size = e->remaining();
            out.preview = e->data.mid(e->offset, kPreviewBytes);
            break;
        case OutputEntry::Kind::Producer:
            out.size = e->producer->remaining();
            out.description = e->producer->describe();
            break;
        case OutputEntry::Kind::CloseMarker:
            break;
        }
        entries.append(out);
    }
    return entries;
}

} // namespace acw
