// libFuzzer harness for the Framer (reliability.md A.10).
//
// Input layout (missing bytes read as 0):
//   byte 0      bits 0-1: initial terminator kind (0 bytes, 1 count, 2/3 none)
//               bit 2: maxFrame on; bit 3: DiscardFrame policy (else Stop);
//               bit 4: repeat the last script entry once the script is used up
//   byte 1      bytes: length - 1 (mod 24; past 16 bytes find() uses memmem); count: value - 1
//   ...         the terminator's bytes (bytes kind only)
//   next        chunking seed
//   next        script length (mod 8), then that many entries, each one byte e:
//               e % 4 == 0: bytes of length 1 + (e >> 2) % 4, followed by them;
//               e % 4 == 1: count 1 + (e >> 2); otherwise none.
//               Entry k is set inside the k-th foundTerminator().
//   next        maxFrame (0..255), used when bit 2 is set
//   the rest    payload
//
// Asserts: (a) no sanitizer report; (b) collected data plus consumed terminators plus the
// held-back bytes give back the payload (no maxFrame); (c) a random chunking gives the same
// frames and final state as one feed; (d) the held-back prefix is at most len(term) - 1 and
// is a prefix of the terminator; (e) with maxFrame on, no frame collects more than maxFrame
// (with no terminator the input is a stream, and no limit applies).
#include "framing/framer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using acw::Framer;
using acw::Terminator;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_framer: assertion failed: %s\n", what);
        std::abort();
    }
}

struct Reader
{
    const uint8_t *data;
    size_t size;
    size_t pos = 0;
    uint8_t byte() { return pos < size ? data[pos++] : 0; }
    QByteArray bytes(size_t n)
    {
        QByteArray out;
        while (n--)
            out.append(char(byte()));
        return out;
    }
};

struct Input
{
    Terminator initial;
    std::vector<Terminator> script;
    bool repeatLast = false;
    bool limited = false;
    qint64 maxFrame = Framer::Unlimited;
    Framer::OverflowPolicy policy = Framer::OverflowPolicy::Stop;
    uint8_t chunkSeed = 0;
    QByteArray payload;
};

Input decode(const uint8_t *data, size_t size)
{
    Reader r { data, size };
    Input in;
    const uint8_t flags = r.byte();
    const uint8_t arg = r.byte();
    switch (flags & 3) {
    case 0: in.initial = Terminator::bytes(r.bytes(1 + arg % 24)); break;
    case 1: in.initial = Terminator::count(1 + arg); break;
    default: break;
    }
    in.limited = flags & 4;
    if (flags & 8)
        in.policy = Framer::OverflowPolicy::DiscardFrame;
    in.repeatLast = flags & 16;
    in.chunkSeed = r.byte();
    const int steps = r.byte() % 8;
    for (int i = 0; i < steps; ++i) {
        const uint8_t e = r.byte();
        if (e % 4 == 0)
            in.script.push_back(Terminator::bytes(r.bytes(1 + (e >> 2) % 4)));
        else if (e % 4 == 1)
            in.script.push_back(Terminator::count(1 + (e >> 2)));
        else
            in.script.push_back(Terminator());
    }
    const uint8_t max = r.byte();
    if (in.limited)
        in.maxFrame = max;
    in.payload = QByteArray(
        reinterpret_cast<const char *>(data) + r.pos, qsizetype(size - std::min(size, r.pos)));
    return in;
}

class Sink
{
public:
    Sink(Framer &framer, const Input &in) : m_framer(framer), m_in(in) { }

    void collectIncomingData(const char *data, qsizetype size)
    {
        check(size > 0, "empty collect call (R30)");
        m_frame.append(data, size);
        m_consumed.append(data, size);
        // With no terminator the input is a stream, not a frame: no limit applies (framer.h).
        check(!m_in.limited || m_framer.terminator().isNone() || m_frame.size() <= m_in.maxFrame,
            "(e) frame above maxFrame");
    }
    void foundTerminator()
    {
        check(!m_in.limited || m_frame.size() <= m_in.maxFrame, "(e) frame above maxFrame");
        const Terminator &t = m_framer.terminator();
        if (t.isBytes())
            m_consumed += t.byteString(); // the consumed terminator, for (b)
        m_events.push_back("F" + m_frame.toStdString());
        m_frame.clear();
        ++m_found;
        m_set = true;
        if (m_found <= m_in.script.size())
            m_framer.setTerminator(m_in.script[m_found - 1]);
        else if (m_in.repeatLast && !m_in.script.empty())
            m_framer.setTerminator(m_in.script.back());
        else
            m_set = false;
    }
    void frameTooLong(qint64 sizeSoFar)
    {
        check(sizeSoFar > m_in.maxFrame, "frameTooLong below maxFrame");
        m_events.push_back("T" + m_frame.toStdString());
        m_frame.clear();
    }

    std::vector<std::string> finish()
    {
        std::vector<std::string> out = m_events;
        out.push_back("P" + m_frame.toStdString());
        out.push_back("H" + m_framer.heldBack().toStdString());
        out.push_back("S" + m_framer.terminator().toSpec().toStdString());
        out.push_back(m_framer.isStopped() ? "stopped" : "running");
        return out;
    }

    QByteArray m_consumed;
    bool m_set = false; // the last foundTerminator() set a terminator

private:
    Framer &m_framer;
    const Input &m_in;
    QByteArray m_frame;
    std::vector<std::string> m_events;
    size_t m_found = 0;
};

// The same handler on the framer's bulk path: whole frames as spans (framer.h).
class BulkSink : public Sink
{
public:
    using Sink::Sink;
    qsizetype foundFrames(const acw::FrameSpan *frames, qsizetype count)
    {
        check(count >= 1 && count <= Framer::BulkFrames, "(f) bad batch size");
        for (qsizetype i = 0; i < count; ++i) {
            if (frames[i].size > 0)
                collectIncomingData(frames[i].data, frames[i].size);
            foundTerminator();
            if (m_set)
                return i + 1; // the new terminator applies to the next byte
        }
        return count;
    }
};

void checkHeld(const Framer &framer)
{
    const QByteArray &held = framer.heldBack();
    if (held.isEmpty())
        return;
    const Terminator &t = framer.terminator();
    check(t.isBytes() && held.size() <= t.byteString().size() - 1, "(d) held too long");
    check(t.byteString().startsWith(held), "(d) held is not a terminator prefix");
}

template<class SinkType>
std::vector<std::string> run(const Input &in, bool chunked, QByteArray *consumed)
{
    Framer framer;
    framer.setMaxFrame(in.maxFrame);
    framer.setOverflowPolicy(in.policy);
    framer.setTerminator(in.initial);
    SinkType sink(framer, in);
    const char *p = in.payload.constData();
    qsizetype left = in.payload.size();
    uint32_t state = 0x9e3779b9u ^ in.chunkSeed;
    while (left > 0) {
        qsizetype n = left;
        if (chunked) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            n = std::min<qsizetype>(left, 1 + (state >> 8) % (state & 1 ? 8 : 69));
        }
        framer.feed(p, n, sink);
        checkHeld(framer);
        p += n;
        left -= n;
    }
    if (consumed)
        *consumed = sink.m_consumed + framer.heldBack();
    return sink.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Input in = decode(data, size);
    QByteArray consumed;
    const std::vector<std::string> whole = run<Sink>(in, false, &consumed);
    if (!in.limited)
        check(consumed == in.payload, "(b) round trip");
    const std::vector<std::string> chunked = run<Sink>(in, true, nullptr);
    check(chunked == whole, "(c) chunking changed the events");
    QByteArray bulkConsumed;
    check(run<BulkSink>(in, false, &bulkConsumed) == whole && bulkConsumed == consumed,
        "(f) the bulk path changed the events");
    check(run<BulkSink>(in, true, nullptr) == chunked, "(f) the bulk path changed the events");
    return 0;
}
