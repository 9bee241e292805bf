#pragma once

#include "framing/terminator.h"

#include <QByteArray>
#include <algorithm>
#include <cstring>
#include <type_traits>
#include <utility>

namespace acw {

// A whole frame found by the bulk path (see FramerSink): its data, and the terminator
// (the one in force, of its length) right after it in the input.
struct FrameSpan
{
    const char *data;
    qsizetype size;
};

// Receives a Framer's events. The channel implements this interface; fast paths (the
// benchmark, the fuzzer) pass any class with the same three member functions to feed().
//
// The bulk path: a sink class passed to feed() may also have
//     qsizetype foundFrames(const FrameSpan *frames, qsizetype count);
// Then, with a byte terminator and no frame in progress (nothing collected, nothing being
// discarded), the framer finds every frame of the block with one tight search loop and
// hands them over in batches, instead of collectIncomingData() + foundTerminator() for each:
// each span is a whole frame (possibly empty) within the maximum frame size, cut with the
// terminator in force. The sink handles them in order, as that pair of calls would, and
// returns how many it handled (1..count); it must return right after a frame whose handling
// changed the terminator, called stop() or discardBuffers(): the framer resumes after the
// frames handled, so a new terminator applies to the very next byte (R25). Everything else
// (the frame in progress at a block's start or end, a frame too long, a held-back
// terminator prefix, counts) goes through the per-frame calls, so a stream gives the same
// frames and end state either way, under any chunking. framesFound() includes a batch's
// frames once foundFrames() has returned.
class FramerSink
{
public:
    virtual ~FramerSink() = default;
    // Data before the next terminator. Never called with size 0 (R30, P2).
    virtual void collectIncomingData(const char *data, qsizetype size) = 0;
    // The terminator was consumed; the frame's data has all been collected (R21).
    virtual void foundTerminator() = 0;
    // The current frame passed maxFrame() bytes. At most maxFrame() bytes of it were
    // collected; see Framer::OverflowPolicy for what happens next.
    virtual void frameTooLong(qint64 sizeSoFar) { Q_UNUSED(sizeSoFar) }
};

// asynchat's handle_read() framing loop (spec R20-R30), without sockets: bytes in, events out.
//
// Differences from CPython, all deliberate (spec section 0):
//  - linear time: consumed bytes are skipped with an offset, never erased; the only copy is
//    of a held-back terminator prefix and the read that follows it;
//  - a maximum frame size (off by default here, on in servers) fails fast (Q15);
//  - after stop() (the channel is closing) nothing more is delivered (Q8);
//  - a feed() from inside a callback is queued, not recursed (Twisted's _busyReceiving);
//  - Q17: a count terminator's countdown is updated before collectIncomingData(), so a
//    terminator set from inside that callback is kept (Python overwrites it with 0).
class Framer
{
public:
    static constexpr qint64 Unlimited = -1;

    enum class OverflowPolicy {
        Stop, // deliver nothing more (servers: report, then close)
        DiscardFrame // drop the rest of the oversize frame, resume after its terminator (Lab)
    };

    // --- Terminator (R10-R13) ---
    // Returns false, and keeps the old terminator, if a count exceeds maxFrame() (the
    // Twisted IntNStringReceiver rule: a declared length is checked before buffering).
    bool setTerminator(const Terminator &terminator)
    {
        if (terminator.isCount() && m_maxFrame >= 0 && terminator.countValue() > m_maxFrame)
            return false;
        if (terminator == m_terminator)
            return true; // re-set after every frame by many sinks: keep framing at full speed
        if (terminator.m_bytes.isNull() && m_terminator.m_bytes.isNull()) {
            m_terminator.m_kind = terminator.m_kind; // none/count: no QByteArray to assign
            m_terminator.m_count = terminator.m_count;
        } else {
            m_terminator = terminator;
        }
        ++m_generation;
        return true;
    }
    // For a count, what is left of it (R13, R24); none once it has fired.
    const Terminator &terminator() const { return m_terminator; }

    // --- Limits ---
    void setMaxFrame(qint64 bytes) { m_maxFrame = bytes < 0 ? Unlimited : bytes; }
    qint64 maxFrame() const { return m_maxFrame; }
    void setOverflowPolicy(OverflowPolicy policy) { m_policy = policy; }
    OverflowPolicy overflowPolicy() const { return m_policy; }

    // --- Input ---
    template<class Sink> void feed(const char *data, qsizetype size, Sink &sink);
    template<class Sink> void feed(const QByteArray &data, Sink &sink)
    {
        feed(data.constData(), data.size(), sink);
    }

    // --- State (valid between feeds) ---
    // The possible start of a terminator at the end of the input, held back (P3: shorter
    // than the terminator).
    const QByteArray &heldBack() const { return m_held; }
    // Bytes collected since the last frame (the collected-but-unframed data, Q7).
    qint64 pendingSize() const { return m_pending; }
    quint64 framesFound() const { return m_frames; }
    quint64 bytesFed() const { return m_bytesFed; }
    bool isStopped() const { return m_stopped; }
    bool isDiscarding() const { return m_discarding; }

    // --- Control ---
    // Deliver nothing more (Q8: the channel is closing). Input is still counted.
    void stop() { m_stopped = true; }
    // R47, input side: drop the held-back bytes and the unframed count; a feed() in
    // progress stops at once. The terminator (and a count in progress) is kept.
    void discardBuffers()
    {
        m_held.resize(0);
        m_reentrant.resize(0);
        m_pending = 0;
        m_discarding = false;
        if (m_busy)
            m_discardRequested = true;
    }
    // The sink took the collected bytes (a profile handed a stream on): the frame in
    // progress restarts, so the size limit counts from here.
    void resetPending() { m_pending = 0; }
    // A framer standing in for a channel (the terminator preview): that many bytes are
    // collected already. Between feeds only.
    void setPendingSize(qint64 bytes) { m_pending = bytes < 0 ? 0 : bytes; }
    // A framer standing in for a channel (the scripted framer's restore()): the bytes it held
    // back and how many bytes of the current frame were collected already. Between feeds only.
    void restoreInput(const QByteArray &heldBack, qint64 pending)
    {
        m_held = heldBack;
        setPendingSize(pending);
    }
    void reset()
    {
        discardBuffers();
        m_terminator = Terminator();
        ++m_generation;
        m_stopped = false;
        m_frames = 0;
        m_bytesFed = 0;
    }

    // R50, find_prefix_at_end(): the longest proper prefix of needle that ends haystack.
    static qsizetype prefixAtEnd(
        const char *begin, const char *end, const char *needle, qsizetype needleSize);
    // Leftmost occurrence of needle in [begin, end), or nullptr.
    static const char *find(
        const char *begin, const char *end, const char *needle, qsizetype needleSize);

    // Frames per foundFrames() batch (the spans live on the stack: 2 KiB).
    static constexpr qsizetype BulkFrames = 128;

private:
    template<class S, class = void> struct HasBulk : std::false_type
    {
    };
    template<class S>
    struct HasBulk<S, std::void_t<decltype(std::declval<S &>().foundFrames(
                          static_cast<const FrameSpan *>(nullptr), qsizetype(0)))>> : std::true_type
    {
    };

    template<class Sink> void run(const char *data, qsizetype size, Sink &sink);
    template<class Sink> void process(const char *pos, const char *end, Sink &sink);
    template<class Sink> const char *processBytes(const char *pos, const char *end, Sink &sink);
    template<class Sink>
    const char *processBulk(const char *pos, const char *end, const char *needle, qsizetype m,
        Sink &sink, bool *exhausted);
    template<class Sink>
    void holdTail(const char *pos, const char *end, const char *needle, qsizetype m, Sink &sink);
    template<class Sink> void deliver(const char *data, qsizetype size, Sink &sink);
    template<class Sink> void overflow(const char *data, qsizetype size, Sink &sink);
    template<class Sink> void endFrame(Sink &sink);

    Terminator m_terminator;
    QByteArray m_held; // held-back terminator prefix; between feeds only
    QByteArray m_scratch; // held + the next read, while it is being framed
    QByteArray m_reentrant; // input fed from inside a callback, framed after it returns
    qint64 m_maxFrame = Unlimited;
    qint64 m_pending = 0;
    quint64 m_generation = 0; // bumped by every setTerminator(): a cached terminator is stale
    quint64 m_frames = 0;
    quint64 m_bytesFed = 0;
    OverflowPolicy m_policy = OverflowPolicy::Stop;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_discarding = false;
    bool m_discardRequested = false;
};

inline const char *Framer::find(
    const char *begin, const char *end, const char *needle, qsizetype needleSize)
{
    if (end - begin < needleSize)
        return nullptr;
    if (needleSize == 1)
        return static_cast<const char *>(std::memchr(begin, needle[0], end - begin));
    if (needleSize > 16)
        return static_cast<const char *>(memmem(begin, end - begin, needle, needleSize));
    const char *last = end - needleSize; // the last place a whole needle can start
    const char first = needle[0];
    if (needleSize == 2) { // \r\n: the common case, compared without a memcmp() call
        const char second = needle[1];
        for (const char *p = begin; p <= last; ++p) {
            p = static_cast<const char *>(std::memchr(p, first, last - p + 1));
            if (!p)
                return nullptr;
            if (p[1] == second)
                return p;
        }
        return nullptr;
    }
    for (const char *p = begin; p <= last; ++p) {
        p = static_cast<const char *>(std::memchr(p, first, last - p + 1));
        if (!p)
            return nullptr;
        qsizetype i = 1;
        while (i < needleSize && p[i] == needle[i])
            ++i;
        if (i == needleSize)
            return p;
    }
    return nullptr;
}

inline qsizetype Framer::prefixAtEnd(
    const char *begin, const char *end, const char *needle, qsizetype needleSize)
{
    if (needleSize <= 0)
        return -1; // Q19
    const qsizetype window = std::min<qsizetype>(needleSize - 1, end - begin);
    // The leftmost match in the last needleSize-1 bytes is the longest prefix.
    for (const char *s = end - window; s < end; ++s) {
        s = static_cast<const char *>(std::memchr(s, needle[0], end - s));
        if (!s)
            return 0;
        if (std::memcmp(s, needle, end - s) == 0)
            return end - s;
    }
    return 0;
}

template<class Sink> void Framer::feed(const char *data, qsizetype size, Sink &sink)
{
    if (size <= 0)
        return;
    m_bytesFed += size;
    if (m_busy) {
        m_reentrant.append(data, size);
        return;
    }
    m_busy = true;
    run(data, size, sink);
    while (!m_reentrant.isEmpty() && !m_stopped) {
        QByteArray more;
        more.swap(m_reentrant);
        run(more.constData(), more.size(), sink);
    }
    if (m_stopped)
        m_reentrant.clear(); // never framed: don't keep it
    m_busy = false;
}

template<class Sink> void Framer::run(const char *data, qsizetype size, Sink &sink)
{
    if (m_stopped)
        return;
    if (m_held.isEmpty()) {
        process(data, data + size, sink);
    } else {
        // A terminator may straddle the reads: frame the held bytes and this read as one.
        m_scratch.resize(0);
        m_scratch.append(m_held);
        m_scratch.append(data, size);
        m_held.resize(0);
        process(m_scratch.constData(), m_scratch.constData() + m_scratch.size(), sink);
    }
    m_discardRequested = false;
}

template<class Sink> void Framer::process(const char *pos, const char *end, Sink &sink)
{
    while (pos < end && !m_stopped && !m_discardRequested) {
        switch (m_terminator.kind()) {
        case Terminator::Kind::None: // R21(a)
            m_pending += end - pos; // a stream, not a frame: no limit applies
            if (!m_discarding)
                sink.collectIncomingData(pos, end - pos);
            pos = end;
            break;
        case Terminator::Kind::Count: { // R21(b), R24
            const qint64 left = m_terminator.countValue();
            const qint64 available = end - pos;
            if (available < left) {
                m_terminator.m_count = left - available;
                deliver(pos, available, sink);
                pos = end;
            } else {
                m_terminator.m_kind = Terminator::Kind::None; // fired; not re-armed (Q2)
                m_terminator.m_count = 0;
                deliver(pos, left, sink);
                pos += left;
                endFrame(sink);
            }
            break;
        }
        case Terminator::Kind::Bytes: // R21(c)
            pos = processBytes(pos, end, sink);
            break;
        }
    }
}

// R21(c), one frame after another while the terminator stays the same: the terminator is
// looked up once, not once per frame (this loop is the benchmark's hot path).
template<class Sink> const char *Framer::processBytes(const char *pos, const char *end, Sink &sink)
{
    const quint64 generation = m_generation;
    const char *needle = m_terminator.byteString().constData(); // valid until a set
    const qsizetype m = m_terminator.byteString().size();
    for (;;) {
        if constexpr (HasBulk<Sink>::value) {
            if (m_pending == 0 && !m_discarding) {
                bool exhausted = false;
                pos = processBulk(pos, end, needle, m, sink, &exhausted);
                if (pos == end || generation != m_generation || m_stopped || m_discardRequested)
                    return pos;
                if (exhausted) { // no terminator in the rest: no second search
                    holdTail(pos, end, needle, m, sink);
                    return end;
                }
                // Else a frame the bulk path leaves to the per-frame calls (too long).
            }
        }
        const char *hit = find(pos, end, needle, m);
        if (!hit) {
            holdTail(pos, end, needle, m, sink);
            return end;
        }
        if (hit > pos)
            deliver(pos, hit - pos, sink);
        pos = hit + m; // the terminator consumed is the one searched for, even if changed
        endFrame(sink);
        if (pos == end || generation != m_generation || m_stopped || m_discardRequested)
            return pos; // R25: a new terminator applies to the very next byte
    }
}

// [pos, end) holds no terminator: deliver it but for a possible terminator start (R23).
template<class Sink>
void Framer::holdTail(const char *pos, const char *end, const char *needle, qsizetype m, Sink &sink)
{
    const qsizetype keep = prefixAtEnd(pos, end, needle, m);
    const char *tail = end - keep;
    if (tail > pos)
        deliver(pos, tail - pos, sink);
    if (keep > 0 && !m_discardRequested && !m_stopped)
        m_held.append(tail, keep); // R23: held back, never delivered early
}

// The bulk path (see FramerSink): whole frames from pos on, in batches, until the sink
// stops early, a frame is too long, or no terminator is left (*exhausted: the caller holds
// the tail back without searching it again). Returns where framing goes on.
template<class Sink>
const char *Framer::processBulk(
    const char *pos, const char *end, const char *needle, qsizetype m, Sink &sink, bool *exhausted)
{
    const quint64 generation = m_generation;
    // A frame of more than `limit` bytes is left to deliver(), which reports it.
    const qint64 limit = m_maxFrame;
    FrameSpan frames[BulkFrames];
    for (;;) {
        qsizetype n = 0;
        const char *p = pos;
        bool none = false;
        while (n < BulkFrames) {
            const char *hit = find(p, end, needle, m);
            if (!hit) {
                none = true;
                break;
            }
            if (limit >= 0 && hit - p > limit)
                break;
            frames[n++] = FrameSpan { p, hit - p };
            p = hit + m;
        }
        if (n == 0) {
            *exhausted = none;
            return pos;
        }
        const qsizetype handled = sink.foundFrames(frames, n);
        Q_ASSERT(handled >= 1 && handled <= n);
        m_frames += quint64(handled);
        const FrameSpan &last = frames[handled - 1];
        pos = last.data + last.size + m;
        if (handled < n || generation != m_generation || m_stopped || m_discardRequested)
            return pos;
        if (n < BulkFrames) { // the search ended: nothing left, or a frame too long
            *exhausted = none;
            return pos;
        }
    }
}

template<class Sink> inline void Framer::deliver(const char *data, qsizetype size, Sink &sink)
{
    if (m_discarding)
        return;
    if (m_maxFrame >= 0 && m_pending + size > m_maxFrame) {
        overflow(data, size, sink);
        return;
    }
    m_pending += size;
    sink.collectIncomingData(data, size);
}

template<class Sink> void Framer::overflow(const char *data, qsizetype size, Sink &sink)
{
    const qint64 room = m_maxFrame - m_pending;
    if (room > 0)
        sink.collectIncomingData(data, room);
    const qint64 sizeSoFar = m_pending + size;
    m_pending = 0;
    if (m_policy == OverflowPolicy::Stop)
        m_stopped = true;
    else
        m_discarding = true;
    sink.frameTooLong(sizeSoFar);
}

template<class Sink> void Framer::endFrame(Sink &sink)
{
    m_pending = 0;
    // Stopped by an overflow or by stop() inside collectIncomingData(): the frame is not
    // delivered (Q8). A discardBuffers() there does not cancel it, as in Python (R29).
    if (m_stopped)
        return;
    if (m_discarding) {
        m_discarding = false; // the oversize frame is over; the next one is framed normally
        return;
    }
    ++m_frames;
    sink.foundTerminator();
}

} // namespace acw
