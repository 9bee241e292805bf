// The output half of AsyncChat: the queue (R40-R47), sending under the write
// watermarks, and the read pause that backpressure implies.
#include "channel/asyncchat.h"

#include "channel/asyncchat_p.h"
#include "channel/channelobserver.h"

#include <QTcpSocket>

#include <atomic>
#include <chrono>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace acw {

namespace {
constexpr qsizetype kPreviewBytes = 64;
// A queue at least this large, dropped at once (a slow reader closed), gives its pages
// back to the system: glibc keeps freed heap memory otherwise, and the RSS of a server
// that dropped a few slow readers would stay at its peak.
constexpr qint64 kTrimAfterBytes = 1024 * 1024;

void releaseFreedMemory()
{
#ifdef __GLIBC__
    // At most twice a second for the whole process: malloc_trim walks the heap.
    static std::atomic<qint64> last { 0 };
    const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    qint64 before = last.load(std::memory_order_relaxed);
    if (now - before < 500 || !last.compare_exchange_strong(before, now))
        return;
    malloc_trim(0);
#endif
}
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
    if (data.size() < Entry::kCoalesceBelow) {
        appendToBlock(data.constData() + written, data.size() - written);
    } else {
        auto entry = std::make_unique<Entry>();
        entry->data = data; // implicitly shared: a copy as far as the caller can tell (Q14)
        entry->offset = written;
        enqueue(std::move(entry));
    }
    initiateSend();
}

// Charges an entry to the queue and appends it.
void AsyncChat::enqueue(std::unique_ptr<Entry> entry, bool atFront)
{
    if (entry->kind == OutputEntry::Kind::Data) {
        entry->cost = entry->measure();
        m_queuedData += entry->remaining();
    }
    m_queuedCost += entry->cost;
    if (atFront)
        m_queue.push_front(std::move(entry));
    else
        m_queue.push_back(std::move(entry));
}

// Small pushes share blocks: appended to the tail block while it has room, else to a new
// block twice the size of the last one (up to kBlockBytes), so that a queue of tiny
// pushes costs about what it holds, and a short reply still costs little.
void AsyncChat::appendToBlock(const char *data, qsizetype size)
{
    Entry *tail = m_queue.empty() ? nullptr : m_queue.back().get();
    if (tail && tail->block && tail->data.size() + size <= Entry::kBlockBytes) {
        if (tail->data.size() + size > tail->data.capacity()) {
            tail->data.reserve(qMin<qsizetype>(
                Entry::kBlockBytes, qMax(tail->data.capacity() * 2, tail->data.size() + size)));
        }
        tail->data.append(data, size);
        m_queuedData += size;
        const qint64 cost = tail->measure();
        m_queuedCost += cost - tail->cost;
        tail->cost = cost;
        return;
    }
    qsizetype capacity = Entry::kFirstBlockBytes;
    if (tail && tail->block)
        capacity = qMin<qsizetype>(Entry::kBlockBytes, tail->data.capacity() * 2);
    auto entry = std::make_unique<Entry>();
    entry->block = true;
    entry->data.reserve(qMax(capacity, size));
    entry->data.append(data, size);
    enqueue(std::move(entry));
}

qint64 AsyncChat::queuedMemory() const
{
    return m_queuedCost + (m_socket ? m_socket->bytesToWrite() : 0);
}

qint64 AsyncChat::writeStalledMs() const
{
    return hasPendingOutput() && m_lastWriteProgress.isValid() ? m_lastWriteProgress.elapsed() : 0;
}

void AsyncChat::clearQueue()
{
    const bool large = m_queuedCost >= kTrimAfterBytes;
    m_queue.clear();
    m_queuedData = 0;
    m_queuedCost = 0;
    if (large)
        releaseFreedMemory();
}

void AsyncChat::popHead()
{
    m_queuedCost -= m_queue.front()->cost;
    m_queue.pop_front();
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
    enqueue(std::move(entry));
    initiateSend();
}

void AsyncChat::closeWhenDone()
{
    if (m_state == State::Closed || m_closeRequested)
        return;
    auto entry = std::make_unique<Entry>();
    entry->kind = OutputEntry::Kind::CloseMarker;
    enqueue(std::move(entry));
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
    clearQueue();
    if (m_closeStarted || m_state == State::Closed)
        return;
    if (m_failing) {
        // An error close (fail() with flush) is not the caller's to cancel.
        auto entry = std::make_unique<Entry>();
        entry->kind = OutputEntry::Kind::CloseMarker;
        enqueue(std::move(entry));
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
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sendScheduled = false;
            initiateSend();
        },
        Qt::QueuedConnection);
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
            popHead();
            m_sending = false;
            startClosing();
            return;
        }
        if (head.kind == OutputEntry::Kind::Producer) {
            QByteArray more = head.producer->more();
            if (more.isEmpty()) {
                popHead(); // exhausted (R41)
                continue;
            }
            // What a producer makes is pushed as it is made: the output view and the
            // capture see it as they see push() (the push counter counted the producer once).
            if (m_observer)
                m_observer->channelPushed(this, more);
            const qint64 n = writeSlices(more.constData(), more.size());
            if (n < more.size()) { // keep the rest in front of the producer
                auto rest = std::make_unique<Entry>();
                rest->data = std::move(more);
                rest->offset = n;
                enqueue(std::move(rest), true);
                break;
            }
            continue;
        }
        const qint64 left = head.remaining();
        const qint64 n = writeSlices(head.data.constData() + head.offset, left);
        head.offset += n;
        m_queuedData -= n;
        if (n == left)
            popHead();
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

// Backpressure: above highWatermark bytes of memory owed (our queue, entry overhead
// included, plus the socket's buffer) stop reading the peer; below lowWatermark read
// again, starting with what Qt buffered.
void AsyncChat::updateReadPause()
{
    if (!m_socket || m_state == State::Closed)
        return;
    const qint64 owed = queuedMemory();
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
        case OutputEntry::Kind::CloseMarker: break;
        }
        entries.append(out);
    }
    return entries;
}

} // namespace acw
