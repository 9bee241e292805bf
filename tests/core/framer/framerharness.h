#pragma once

// A scripted sink and a chunked runner for the framer tests: what a user of the framer
// sees (frames, overflow reports, the final state), independent of collect boundaries (P1).

#include "framing/framer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace framertest {

using acw::Framer;
using acw::Terminator;

inline Terminator spec(const char *text)
{
    return Terminator::parse(QString::fromLatin1(text));
}
inline QString esc(const QByteArray &bytes)
{
    return Terminator::escape(bytes);
}
inline QString frame(const QByteArray &data)
{
    return QStringLiteral("frame ") + esc(data);
}
inline QString tooLong(const QByteArray &collected)
{
    return QStringLiteral("too-long ") + esc(collected);
}

// Terminator script as in the spec's section 9: script[0] is set before feeding,
// script[k] inside the k-th foundTerminator(). When the script is used up nothing more is
// set (asynchat), or, with repeatLast, the last entry is set again after every frame.
class ScriptSink : public acw::FramerSink
{
public:
    ScriptSink(Framer &framer, const QList<Terminator> &script, bool repeatLast = false)
        : m_framer(framer), m_script(script), m_repeatLast(repeatLast)
    {
        if (!m_script.isEmpty())
            m_framer.setTerminator(m_script.first());
    }

    void collectIncomingData(const char *data, qsizetype size) override
    {
        if (size <= 0)
            m_problems << QStringLiteral("empty collect call (R30)");
        const QByteArray bytes(data, size);
        m_frame += bytes;
        m_log << QStringLiteral("collect ") + esc(bytes);
    }
    void foundTerminator() override
    {
        m_events << frame(m_frame);
        m_log << QStringLiteral("found ") + m_framer.terminator().toSpec();
        m_frame.clear();
        ++m_found;
        if (m_found < m_script.size())
            m_framer.setTerminator(m_script.at(m_found));
        else if (m_repeatLast && !m_script.isEmpty())
            m_framer.setTerminator(m_script.last());
    }
    void frameTooLong(qint64 sizeSoFar) override
    {
        if (m_framer.maxFrame() >= 0 && m_frame.size() > m_framer.maxFrame())
            m_problems << QStringLiteral("collected more than maxFrame");
        if (sizeSoFar <= m_framer.maxFrame())
            m_problems << QStringLiteral("frameTooLong at %1 bytes").arg(sizeSoFar);
        m_events << tooLong(m_frame);
        m_log << QStringLiteral("too-long");
        m_frame.clear();
    }

    QStringList m_events; // frames and overflow reports
    QStringList m_log; // every call, for tests with a fixed chunking
    QStringList m_problems; // broken invariants seen from inside the callbacks
    QByteArray m_frame; // collected since the last frame

private:
    Framer &m_framer;
    QList<Terminator> m_script;
    bool m_repeatLast;
    qsizetype m_found = 0;
};

// Everything a chunking must not change (P1), as comparable text.
struct Outcome
{
    QStringList events;
    QString pending;
    QString held;
    QString terminator;
    QStringList problems;
};

struct Setup
{
    QList<Terminator> script;
    bool repeatLast = false;
    qint64 maxFrame = Framer::Unlimited;
    Framer::OverflowPolicy policy = Framer::OverflowPolicy::Stop;
};

// P3: the held-back bytes are the longest proper prefix of the terminator ending the input.
inline void checkHeld(const Framer &framer, QStringList &problems)
{
    const QByteArray &held = framer.heldBack();
    if (held.isEmpty())
        return;
    const Terminator &t = framer.terminator();
    if (!t.isBytes() || held.size() >= t.byteString().size() || !t.byteString().startsWith(held))
        problems << QStringLiteral("bad held-back bytes (P3): ") + esc(held);
}

inline Outcome runPieces(const Setup &setup, const QList<QByteArray> &pieces)
{
    Framer framer;
    framer.setMaxFrame(setup.maxFrame);
    framer.setOverflowPolicy(setup.policy);
    ScriptSink sink(framer, setup.script, setup.repeatLast);
    Outcome out;
    for (const QByteArray &piece : pieces) {
        framer.feed(piece, sink);
        checkHeld(framer, out.problems);
        if (!framer.isStopped() && !framer.isDiscarding()
            && framer.pendingSize() != sink.m_frame.size())
            out.problems << QStringLiteral("pendingSize() %1, collected %2")
                                .arg(framer.pendingSize())
                                .arg(sink.m_frame.size());
    }
    out.events = sink.m_events;
    out.pending = esc(sink.m_frame);
    out.held = esc(framer.heldBack());
    out.terminator = framer.terminator().toSpec();
    out.problems += sink.m_problems;
    return out;
}

inline QList<QByteArray> cut(const QByteArray &s, const QList<qsizetype> &points)
{
    QList<QByteArray> pieces;
    qsizetype from = 0;
    for (qsizetype p : points) {
        pieces << s.mid(from, p - from);
        from = p;
    }
    pieces << s.mid(from);
    return pieces;
}

inline QList<QByteArray> chunks(const QByteArray &s, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < s.size(); i += size)
        pieces << s.mid(i, size);
    return pieces;
}

// Every chunking the tests try: one read, every 2-way split, every 3-way split of short
// streams, and fixed chunk sizes 1..69 (1 is byte by byte; libtorrent's fuzzer pattern).
inline QList<QPair<QString, QList<QByteArray>>> allChunkings(const QByteArray &s)
{
    QList<QPair<QString, QList<QByteArray>>> all;
    all.append({ QStringLiteral("one read"), { s } });
    for (qsizetype k = 0; k <= s.size(); ++k)
        all.append({ QStringLiteral("split at %1").arg(k), cut(s, { k }) });
    if (s.size() <= 64) {
        for (qsizetype i = 1; i < s.size(); ++i)
            for (qsizetype j = i; j < s.size(); ++j)
                all.append({ QStringLiteral("split at %1,%2").arg(i).arg(j), cut(s, { i, j }) });
    }
    for (qsizetype size = 1; size <= 69; ++size)
        all.append({ QStringLiteral("chunks of %1").arg(size), chunks(s, size) });
    return all;
}

} // namespace framertest
