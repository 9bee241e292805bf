#pragma once

#include "framing/framer.h"
#include "framing/terminator.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace acw {

// A terminator set from outside any callback once `at` bytes of input have been fed (the
// window's live change, `frame --set-at`). The reads are split at `at`, so the change falls
// between two reads, as set_terminator() called between two handle_read()s.
struct TerminatorChange
{
    qint64 at = 0;
    Terminator terminator;
    friend bool operator==(const TerminatorChange &a, const TerminatorChange &b)
    {
        return a.at == b.at && a.terminator == b.terminator;
    }
};

// Why a setup cannot run (FramingSetup::validate): a value; messages::setupProblem words it.
struct SetupProblem
{
    enum class Kind {
        None,
        CountAboveMaxFrame, // terminator: a count above maxFrame
        NegativeChangePoint, // value: the change point
        ReadSizeBelowOne, // value: the read size
    };
    Kind kind = Kind::None;
    Terminator terminator;
    qint64 value = 0;
    qint64 maxFrame = 0;
    bool isNone() const { return kind == Kind::None; }
};

// Why "BYTES:SPEC" is not a terminator change (parseChange): a value.
struct ChangeParseError
{
    enum class Kind {
        None,
        NotBytesSpec, // text: the item
        BadTerminator, // text: the spec after the colon; terminatorError: why
    };
    Kind kind = Kind::None;
    QString text;
    Terminator::ParseError terminatorError = Terminator::ParseError::NoError;
};

// How a stream is framed: the one definition shared by the Framing Lab, the terminator
// preview, `frame` and the tests.
struct FramingSetup
{
    // script[0] is set before feeding; script[k] inside the k-th foundTerminator(). Once
    // the list is used up the last entry is set again after every frame (repeatLast), or
    // nothing more is set (asynchat's own behaviour: a count that fired stays none).
    // An empty script frames nothing (none).
    QList<Terminator> script;
    bool repeatLast = true;
    // Read sizes, used in turn (cycled); empty: everything in one read. A read crossing a
    // change point is cut there; the cycle is not restarted.
    QList<qint64> chunks;
    QList<TerminatorChange> setAt; // applied in order of `at` (stable)
    qint64 maxFrame = Framer::Unlimited; // past it framing stops (Q15: fail fast)
    // The handler's mistake, for teaching: collectIncomingData() overwrites the frame
    // buffer instead of appending to it (the seed's bug; works while a frame arrives in
    // one read, loses data on a slow client).
    bool overwrite = false;

    // None when usable, else why not (a count above maxFrame, a negative change point).
    SetupProblem validate() const;
};

struct ScriptedFrame
{
    qint64 number = 0; // from 1
    QByteArray data; // what the handler delivered (cut to keepLimit, see size)
    qint64 size = 0; // the frame's real size
    Terminator terminator; // the terminator it was cut with (the last one set before it)
    Terminator atFire; // the framer's terminator inside foundTerminator() (a count: none)
    qint64 end = 0; // input offset just past its terminator
};

// One step of the trace: what the framer and the handler did, in input offsets. A byte
// held back at the end of a read is reframed with the next read, so the buffer a read
// frames starts at bufferFrom <= from.
struct TraceEvent
{
    enum class Kind {
        Read, // [from, to) arrived; the framer frames [bufferFrom, to)
        Collect, // collectIncomingData() received [from, to)
        Frame, // a terminator [from, to) was consumed (empty for a count):
               // foundTerminator(); `frame` is its number, `next` what the
               // handler set
        HeldBack, // [from, to) kept back: it may be the start of the terminator
        SetTerminator, // set from outside a callback once `from` bytes were fed
        TooLong, // the frame passed maxFrame: framing stopped
    };
    Kind kind = Kind::Read;
    int read = 0; // the read it belongs to, from 1 (SetTerminator: reads so far)
    qint64 from = 0;
    qint64 to = 0;
    qint64 bufferFrom = 0; // Read: where the framed buffer starts
    qint64 searchFrom = -1; // Frame/HeldBack with a byte terminator: the search started
    qint64 searchTo = -1; // here and looked up to here (match end, or buffer end)
    qint64 frame = 0; // Frame: its number; Collect: the frame being collected
    Terminator terminator; // in force when the event began (armed, before counting down)
    Terminator next; // Frame: set by the handler; SetTerminator: the new one
    QByteArray received; // Collect: the bytes; Frame: the handler's frame
    // The state after the event, as a stepper shows it.
    QByteArray pending; // the handler's collected bytes (the first 256 of them)
    QByteArray heldBack; // the framer's held-back bytes (between reads only)
    Terminator after; // framer.terminator() (a count as counted down)
    qint64 frames = 0; // frames found so far
    qint64 consumed = 0; // input offset up to which bytes were framed or held
};

struct FramingOutcome
{
    QList<ScriptedFrame> frames;
    QByteArray pending; // collected by the handler after the last frame (see keepLimit)
    qint64 pendingSize = 0;
    QByteArray heldBack; // a possible terminator start at the end
    Terminator terminator;
    bool tooLong = false; // a frame passed maxFrame; framing stopped
    qint64 tooLongSize = 0;
    qint64 reads = 0;
    qint64 bytes = 0;
    QList<qint64> readStarts; // input offset of each read (when tracing)
    QList<TraceEvent> trace; // when tracing
    bool traceCut = false; // the trace stopped at its limit; the outcome is complete
};

// Runs acw::Framer under a FramingSetup: feed the input in any blocks, get frames by
// callback or in the outcome. The framer's hot path is untouched; tracing costs only
// when asked for.
class ScriptedFramer
{
public:
    explicit ScriptedFramer(const FramingSetup &setup);
    ~ScriptedFramer();
    ScriptedFramer(const ScriptedFramer &) = delete;
    ScriptedFramer &operator=(const ScriptedFramer &) = delete;

    // --- Options (before the first feed) ---
    // Record a step trace of at most maxEvents events (the outcome stays complete).
    void setTracing(bool on, int maxEvents = 20000);
    // Keep at most this many bytes of each frame's data (the size is still counted): a
    // 1 GB frame is not held in memory by `frame`. -1: all of it.
    void setKeepLimit(qint64 bytes);
    // Called for every frame; when set, frames are not stored in the outcome.
    std::function<void(const ScriptedFrame &)> onFrame;
    std::function<void(qint64 frameNumber, qint64 sizeSoFar)> onTooLong;
    std::function<void(const TerminatorChange &)> onTerminatorSet;
    // Start from a channel's state instead of a fresh one (the terminator preview): bytes
    // the handler collected already, bytes the framer holds back, the terminator in force.
    void restore(
        const QByteArray &pending, const QByteArray &heldBack, const Terminator &terminator);

    // --- Input ---
    // Feeds the next bytes of the stream, cut into reads by the chunking and the changes.
    void feed(const char *data, qsizetype size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    // Applies changes due at the end of the input (at == bytes fed) and returns the result.
    FramingOutcome finish();

    bool isStopped() const;
    // The terminator the handler set last (the one the current frame will be cut with).
    const Terminator &armed() const;
    qint64 bytesFed() const;

    // One call: frame `input` under `setup`.
    static FramingOutcome run(
        const QByteArray &input, const FramingSetup &setup, bool trace = false);

private:
    class Sink;
    void read(const char *data, qsizetype size);
    void applyChanges();

    FramingSetup m_setup;
    Framer m_framer;
    Sink *m_sink;
    FramingOutcome m_out;
    qsizetype m_nextChunk = 0;
    qint64 m_chunkLeft = -1; // bytes still due in the current read size
    QByteArray m_partial; // the start of a read that spans feed() blocks
    qsizetype m_nextChange = 0;
    qint64 m_fed = 0;
};

// --- Chunking invariance ---
// The stream framed under many chunkings: one read, every 2-way split, every 3-way split
// (short streams), 1 byte at a time, and random ones from a seed. Change points stay.
struct Chunking
{
    enum class Kind { OneRead, Split, OneByte, Random };
    QList<qint64> sizes; // the read sizes, in order (not cycled)
    Kind kind = Kind::OneRead;
    int number = 0; // Random: which one, from 1
};

struct InvarianceReport
{
    int tried = 0;
    bool invariant = true;
    Chunking reference; // one read
    Chunking differing; // the first chunking whose outcome differs
    FramingOutcome referenceOutcome;
    FramingOutcome differingOutcome;
    qint64 firstDifferentFrame = 0; // from 1; 0: the frames agree, the end state differs
};

QList<Chunking> invarianceChunkings(qint64 size, int randomCount, quint32 seed);
InvarianceReport checkInvariance(
    const QByteArray &input, const FramingSetup &setup, int randomCount, quint32 seed);
// Same frames (data, terminator) and end state (pending, held back, terminator, overflow).
bool sameOutcome(const FramingOutcome &a, const FramingOutcome &b);

// --- Text forms shared by the CLI, the lab and the case files ---
// "3,1,5" -> sizes; false on junk or a size < 1 (*bad: the item).
bool parseChunkList(const QString &text, QList<qint64> *sizes, QString *bad = nullptr);
// "12:\r\n" -> a change; false with the reason.
bool parseChange(const QString &text, TerminatorChange *change, ChangeParseError *error);

} // namespace acw
