#include "framing/scriptedframer.h"

#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace acw {

namespace {

// A trace keeps the start of the collected bytes at each event, not all of them: stepping
// byte by byte through a long frame must not cost the square of its size.
constexpr qsizetype TracePendingBytes = 256;

QByteArray traced(const QByteArray &pending)
{
    return pending.size() <= TracePendingBytes ? pending : pending.left(TracePendingBytes);
}

} // namespace

SetupProblem FramingSetup::validate() const
{
    SetupProblem p;
    auto tooBig = [this, &p](const Terminator &t) {
        if (!(t.isCount() && maxFrame >= 0 && t.countValue() > maxFrame))
            return false;
        p.kind = SetupProblem::Kind::CountAboveMaxFrame;
        p.terminator = t;
        p.maxFrame = maxFrame;
        return true;
    };
    for (const Terminator &t : script) {
        if (tooBig(t))
            return p;
    }
    for (const TerminatorChange &c : setAt) {
        if (c.at < 0) {
            p.kind = SetupProblem::Kind::NegativeChangePoint;
            p.value = c.at;
            return p;
        }
        if (tooBig(c.terminator))
            return p;
    }
    for (qint64 n : chunks) {
        if (n < 1) {
            p.kind = SetupProblem::Kind::ReadSizeBelowOne;
            p.value = n;
            return p;
        }
    }
    return p;
}

// The handler: collects (or, with the mistake, overwrites), sets the script's next
// terminator after each frame, and records raw callbacks for the trace.
class ScriptedFramer::Sink
{
public:
    struct Raw
    {
        TraceEvent::Kind kind;
        qint64 size;
        QByteArray bytes;
        Terminator armed;
        Terminator next;
        QByteArray pending;
        Terminator after;
        qint64 frames;
    };

    Sink(ScriptedFramer &owner) : m_owner(owner) { }

    void collectIncomingData(const char *data, qsizetype size)
    {
        if (m_owner.m_setup.overwrite) { // the mistake: self.data = data
            m_data.resize(0);
            m_size = 0;
        }
        m_size += size;
        if (m_keep < 0)
            m_data.append(data, size);
        else if (m_data.size() < m_keep)
            m_data.append(data, std::min<qint64>(size, m_keep - m_data.size()));
        m_cursor += size;
        if (m_tracing)
            m_raw.append({ TraceEvent::Kind::Collect, size, QByteArray(data, size), m_armed,
                Terminator(), traced(m_data), m_owner.m_framer.terminator(), m_frames });
    }

    // Per frame on `frame`'s path: no allocation, no reference-count traffic while the
    // terminator stays the same (the frame record and its buffers are reused).
    void foundTerminator()
    {
        ++m_frames;
        m_cursor += m_armedLength;
        ScriptedFrame &frame = m_frame;
        frame.number = m_frames;
        frame.data.swap(m_data); // the old frame's buffer is reused for the next one
        if (!m_data.isEmpty())
            m_data.resize(0); // (resize(0) on a null array costs a call into Qt per frame)
        frame.size = m_size;
        if (m_armedChanged) { // else both are as for the last frame
            frame.terminator = m_armed;
            frame.atFire = m_owner.m_framer.terminator();
            m_armedChanged = false;
        }
        frame.end = m_cursor;
        m_size = 0;
        const QList<Terminator> &script = m_owner.m_setup.script;
        if (m_frames < script.size())
            arm(script.at(m_frames));
        else if (m_owner.m_setup.repeatLast && !script.isEmpty() && m_armedFrom != &script.last())
            armFromScript(script.last()); // the same entry again: already armed
        if (m_tracing)
            m_raw.append({ TraceEvent::Kind::Frame, frame.size, frame.data, frame.terminator,
                m_armed, traced(m_data), m_owner.m_framer.terminator(), m_frames });
        if (m_owner.onFrame)
            m_owner.onFrame(frame);
        else
            m_owner.m_out.frames.append(frame);
    }

    void frameTooLong(qint64 sizeSoFar)
    {
        m_owner.m_out.tooLong = true;
        m_owner.m_out.tooLongSize = sizeSoFar;
        m_data.resize(0); // the oversize frame is dropped: nothing of it stays collected
        m_size = 0;
        if (m_tracing)
            m_raw.append({ TraceEvent::Kind::TooLong, sizeSoFar, QByteArray(), m_armed,
                Terminator(), traced(m_data), m_owner.m_framer.terminator(), m_frames });
        if (m_owner.onTooLong)
            m_owner.onTooLong(m_frames + 1, sizeSoFar);
    }

    // The script's last entry, set again after every frame once the script is used up: a
    // byte terminator is remembered so that the next frames skip even the comparison (a
    // count must be set again each time: it fired).
    void armFromScript(const Terminator &t)
    {
        arm(t);
        if (t.isBytes())
            m_armedFrom = &t;
    }

    void arm(const Terminator &t)
    {
        m_armedFrom = nullptr;
        // A byte terminator set again stays as it is (only counts change inside the framer).
        if (t.isBytes() && m_armed.isBytes()
            && (t.byteString().constData() == m_armed.byteString().constData() || t == m_armed))
            return;
        m_owner.m_framer.setTerminator(t); // counts were checked against maxFrame up front
        m_armed = t;
        m_armedChanged = true;
        m_armedLength = t.isBytes() ? t.byteString().size() : 0;
    }

    ScriptedFramer &m_owner;
    QByteArray m_data; // the handler's frame buffer
    qint64 m_size = 0; // its real size (m_data may be cut to m_keep)
    qint64 m_keep = -1;
    qint64 m_frames = 0;
    qint64 m_cursor = 0; // input offset of the next byte the framer consumes
    Terminator m_armed;
    qint64 m_armedLength = 0;
    bool m_armedChanged = true; // m_frame's terminators are stale
    const Terminator *m_armedFrom = nullptr; // the script entry armed last (armFromScript)
    ScriptedFrame m_frame; // reused for every frame
    bool m_tracing = false;
    int m_traceLimit = 0;
    QList<Raw> m_raw;
};

ScriptedFramer::ScriptedFramer(const FramingSetup &setup) : m_setup(setup), m_sink(new Sink(*this))
{
    m_framer.setMaxFrame(setup.maxFrame);
    m_framer.setOverflowPolicy(Framer::OverflowPolicy::Stop);
    std::stable_sort(m_setup.setAt.begin(), m_setup.setAt.end(),
        [](const TerminatorChange &a, const TerminatorChange &b) { return a.at < b.at; });
    m_sink->arm(setup.script.isEmpty() ? Terminator() : setup.script.first());
}

ScriptedFramer::~ScriptedFramer()
{
    delete m_sink;
}

void ScriptedFramer::setTracing(bool on, int maxEvents)
{
    m_sink->m_tracing = on;
    m_sink->m_traceLimit = maxEvents;
}

void ScriptedFramer::setKeepLimit(qint64 bytes)
{
    m_sink->m_keep = bytes;
}

void ScriptedFramer::restore(
    const QByteArray &pending, const QByteArray &heldBack, const Terminator &terminator)
{
    m_sink->m_data = pending;
    m_sink->m_size = pending.size();
    m_sink->m_cursor = -heldBack.size(); // the held bytes came just before this input
    m_sink->arm(terminator);
    m_framer.restoreInput(heldBack, pending.size());
}

bool ScriptedFramer::isStopped() const
{
    return m_framer.isStopped();
}

const Terminator &ScriptedFramer::armed() const
{
    return m_sink->m_armed;
}

qint64 ScriptedFramer::bytesFed() const
{
    return m_fed;
}

void ScriptedFramer::applyChanges()
{
    while (m_nextChange < m_setup.setAt.size() && m_setup.setAt.at(m_nextChange).at <= m_fed) {
        const TerminatorChange &change = m_setup.setAt.at(m_nextChange++);
        m_sink->arm(change.terminator);
        if (onTerminatorSet)
            onTerminatorSet(change);
        if (m_sink->m_tracing && !m_out.traceCut) {
            TraceEvent e;
            e.kind = TraceEvent::Kind::SetTerminator;
            e.read = int(m_out.reads);
            e.from = e.to = m_fed;
            e.next = change.terminator;
            e.terminator = change.terminator;
            e.pending = traced(m_sink->m_data);
            e.heldBack = m_framer.heldBack();
            e.after = m_framer.terminator();
            e.frames = m_sink->m_frames;
            e.consumed = m_fed;
            m_out.trace.append(e);
        }
    }
}

void ScriptedFramer::feed(const char *data, qsizetype size)
{
    applyChanges();
    while (size > 0) {
        if (m_chunkLeft <= 0)
            m_chunkLeft = m_setup.chunks.isEmpty()
                              ? std::numeric_limits<qint64>::max()
                              : m_setup.chunks.at(m_nextChunk++ % m_setup.chunks.size());
        qint64 want = m_chunkLeft;
        if (m_nextChange < m_setup.setAt.size())
            want = std::min(want, m_setup.setAt.at(m_nextChange).at - m_fed);
        want -= m_partial.size();
        if (m_partial.isEmpty() && size >= want) { // a whole read in this block: no copy
            read(data, want);
            data += want;
            size -= want;
            continue;
        }
        const qsizetype take = std::min<qint64>(size, want);
        m_partial.append(data, take);
        data += take;
        size -= take;
        if (take == want) {
            const QByteArray whole = m_partial;
            m_partial = QByteArray();
            read(whole.constData(), whole.size());
        }
    }
}

FramingOutcome ScriptedFramer::finish()
{
    applyChanges();
    if (!m_partial.isEmpty()) {
        const QByteArray rest = m_partial;
        m_partial = QByteArray();
        read(rest.constData(), rest.size());
    }
    m_out.pending = m_sink->m_data;
    m_out.pendingSize = m_sink->m_size;
    m_out.heldBack = m_framer.heldBack();
    m_out.terminator = m_framer.terminator();
    m_out.bytes = m_fed;
    return m_out;
}

void ScriptedFramer::read(const char *data, qsizetype size)
{
    const qint64 from = m_fed;
    m_fed += size;
    m_chunkLeft -= size;
    ++m_out.reads;
    const bool tracing = m_sink->m_tracing && !m_out.traceCut;
    const QByteArray heldBefore = tracing ? m_framer.heldBack() : QByteArray();
    if (tracing) {
        m_out.readStarts.append(from);
        TraceEvent e;
        e.kind = TraceEvent::Kind::Read;
        e.read = int(m_out.reads);
        e.from = from;
        e.to = from + size;
        e.bufferFrom = from - heldBefore.size();
        e.terminator = m_sink->m_armed;
        e.pending = traced(m_sink->m_data);
        e.heldBack = heldBefore;
        e.after = m_framer.terminator();
        e.frames = m_sink->m_frames;
        e.consumed = e.bufferFrom;
        m_out.trace.append(e);
    }
    m_sink->m_raw.clear();
    m_sink->m_cursor = from - m_framer.heldBack().size();
    m_framer.feed(data, size, *m_sink);
    if (tracing) {
        // Turn the raw callbacks into input ranges: the framer consumes its buffer in order,
        // skipping only the terminators it consumes.
        qint64 cursor = from - heldBefore.size();
        qint64 searchFrom = cursor;
        const qint64 end = from + size;
        for (const Sink::Raw &raw : std::as_const(m_sink->m_raw)) {
            TraceEvent e;
            e.kind = raw.kind;
            e.read = int(m_out.reads);
            e.terminator = raw.armed;
            e.pending = raw.pending;
            e.after = raw.after;
            e.frames = raw.frames;
            e.received = raw.bytes;
            switch (raw.kind) {
            case TraceEvent::Kind::Collect:
                e.from = cursor;
                e.to = cursor + raw.size;
                e.frame = raw.frames + 1;
                cursor = e.to;
                break;
            case TraceEvent::Kind::Frame: {
                const qint64 len = raw.armed.isBytes() ? raw.armed.byteString().size() : 0;
                e.from = cursor;
                e.to = cursor + len;
                e.frame = raw.frames;
                e.next = raw.next;
                if (raw.armed.isBytes()) {
                    e.searchFrom = searchFrom;
                    e.searchTo = e.to;
                }
                cursor = e.to;
                searchFrom = cursor;
                break;
            }
            default: // TooLong: the rest of the read is not framed
                e.from = e.to = cursor;
                e.frame = raw.frames + 1;
                break;
            }
            e.consumed = cursor;
            m_out.trace.append(e);
        }
        const QByteArray &held = m_framer.heldBack();
        if (!held.isEmpty()) {
            TraceEvent e;
            e.kind = TraceEvent::Kind::HeldBack;
            e.read = int(m_out.reads);
            e.from = end - held.size();
            e.to = end;
            e.searchFrom = searchFrom;
            e.searchTo = end;
            e.terminator = m_sink->m_armed;
            e.pending = traced(m_sink->m_data);
            e.heldBack = held;
            e.after = m_framer.terminator();
            e.frames = m_sink->m_frames;
            e.consumed = end;
            m_out.trace.append(e);
        }
        if (m_out.trace.size() >= m_sink->m_traceLimit)
            m_out.traceCut = true;
    }
    m_sink->m_raw.clear();
    applyChanges();
}

FramingOutcome ScriptedFramer::run(const QByteArray &input, const FramingSetup &setup, bool trace)
{
    ScriptedFramer framer(setup);
    framer.setTracing(trace);
    framer.feed(input);
    return framer.finish();
}

// --- Invariance ---

QList<Chunking> invarianceChunkings(qint64 size, int randomCount, quint32 seed)
{
    QList<Chunking> all;
    auto add = [&all](QList<qint64> sizes, Chunking::Kind kind, int number = 0) -> Chunking & {
        Chunking c;
        c.sizes = std::move(sizes);
        c.kind = kind;
        c.number = number;
        all.append(std::move(c));
        return all.last();
    };
    add({ std::max<qint64>(size, 1) }, Chunking::Kind::OneRead);
    // Every 2-way split (long streams: up to 4096 evenly spread ones).
    const qint64 step2 = std::max<qint64>(1, (size + 4095) / 4096);
    for (qint64 k = 1; k < size; k += step2)
        add({ k, size - k }, Chunking::Kind::Split);
    if (size <= 48) {
        for (qint64 i = 1; i < size; ++i)
            for (qint64 j = i + 1; j < size; ++j)
                add({ i, j - i, size - j }, Chunking::Kind::Split);
    }
    if (size > 1) {
        add({}, Chunking::Kind::OneByte).sizes.fill(1, size);
    }
    QRandomGenerator rng(seed);
    for (int r = 1; r <= randomCount && size > 1; ++r) {
        Chunking &c = add({}, Chunking::Kind::Random, r);
        const qint64 maxRead = 1 + rng.bounded(std::min<qint64>(size, 64));
        for (qint64 left = size; left > 0;) {
            const qint64 n = std::min<qint64>(left, 1 + rng.bounded(int(maxRead)));
            c.sizes.append(n);
            left -= n;
        }
    }
    return all;
}

bool sameOutcome(const FramingOutcome &a, const FramingOutcome &b)
{
    if (a.frames.size() != b.frames.size())
        return false;
    for (qsizetype i = 0; i < a.frames.size(); ++i) {
        if (a.frames.at(i).data != b.frames.at(i).data
            || a.frames.at(i).terminator != b.frames.at(i).terminator)
            return false;
    }
    return a.pending == b.pending && a.heldBack == b.heldBack && a.terminator == b.terminator
           && a.tooLong == b.tooLong;
}

InvarianceReport checkInvariance(
    const QByteArray &input, const FramingSetup &setup, int randomCount, quint32 seed)
{
    InvarianceReport report;
    const QList<Chunking> chunkings = invarianceChunkings(input.size(), randomCount, seed);
    FramingSetup s = setup;
    for (const Chunking &c : chunkings) {
        s.chunks = c.sizes;
        FramingOutcome o = ScriptedFramer::run(input, s);
        ++report.tried;
        if (report.tried == 1) {
            report.reference = c;
            report.referenceOutcome = o;
            continue;
        }
        if (sameOutcome(report.referenceOutcome, o))
            continue;
        report.invariant = false;
        report.differing = c;
        const FramingOutcome &r = report.referenceOutcome;
        for (qsizetype i = 0; i < std::max(r.frames.size(), o.frames.size()); ++i) {
            if (i >= r.frames.size() || i >= o.frames.size()
                || r.frames.at(i).data != o.frames.at(i).data
                || r.frames.at(i).terminator != o.frames.at(i).terminator) {
                report.firstDifferentFrame = i + 1;
                break;
            }
        }
        report.differingOutcome = o;
        break;
    }
    return report;
}

// --- Text forms ---

bool parseChunkList(const QString &text, QList<qint64> *sizes, QString *bad)
{
    sizes->clear();
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        bool ok = false;
        const qint64 n = item.trimmed().toLongLong(&ok);
        if (!ok || n < 1 || n > (qint64(1) << 30)) {
            if (bad)
                *bad = item.trimmed();
            return false;
        }
        sizes->append(n);
    }
    return true;
}

bool parseChange(const QString &text, TerminatorChange *change, ChangeParseError *error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 at = colon > 0 ? text.left(colon).trimmed().toLongLong(&ok) : -1;
    if (!ok || at < 0) {
        error->kind = ChangeParseError::Kind::NotBytesSpec;
        error->text = text;
        return false;
    }
    Terminator::ParseError e = Terminator::ParseError::NoError;
    const Terminator t = Terminator::parse(text.mid(colon + 1), &e);
    if (e != Terminator::ParseError::NoError) {
        error->kind = ChangeParseError::Kind::BadTerminator;
        error->text = text.mid(colon + 1);
        error->terminatorError = e;
        return false;
    }
    change->at = at;
    change->terminator = t;
    return true;
}

} // namespace acw
