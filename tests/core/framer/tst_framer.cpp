// The framer against the spec's rules (asynchat-spec.md R21-R30, P1-P4, T1-T14) and
// reliability.md section A. Row names cite the rule they check.
#include "framerharness.h"

#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace framertest;
using Policy = acw::Framer::OverflowPolicy;

namespace {

QByteArray all256()
{
    QByteArray b(256, '\0');
    for (int i = 0; i < 256; ++i)
        b[i] = char(i);
    return b;
}

QList<Terminator> parseScript(const QStringList &specs)
{
    QList<Terminator> script;
    for (const QString &s : specs) {
        Terminator::ParseError error;
        script << Terminator::parse(s, &error);
        if (error != Terminator::ParseError::NoError)
            qFatal("bad spec in a test table: %s", qPrintable(s));
    }
    return script;
}

QStringList frames(std::initializer_list<QByteArray> data)
{
    QStringList out;
    for (const QByteArray &d : data)
        out << frame(d);
    return out;
}

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

void addCase(const char *name, const QByteArray &stream, std::initializer_list<const char *> script,
    const QStringList &events, const QByteArray &pending, const QByteArray &held,
    const char *terminator, qint64 maxFrame = Framer::Unlimited, Policy policy = Policy::Stop,
    bool repeatLast = false)
{
    QTest::newRow(name) << stream << texts(script) << repeatLast << maxFrame << int(policy)
                        << events << pending << held << QString::fromLatin1(terminator);
}

} // namespace

class TestFramer : public QObject
{
    Q_OBJECT
private slots:
    void chunkingInvariance_data();
    void chunkingInvariance();
    void everyByteAsTerminator();
    void oneMiBInSmallChunks();
    void r23CollectCallsFollowReads();
    void r24CountdownReportsWhatIsLeft();
    void r25ChangeAppliesToSameRead_data();
    void r25ChangeAppliesToSameRead();
    void r26EmptyFramesHaveNoCollectCall();
    void r22NoneForms();
    void t13PrefixAtEnd();
    void t14NegativeCountRefused();
    void q15CountAboveMaxFrameRefused();
    void q17CountChangedInsideCollect();
    void r29DiscardInsideCallback();
    void q8StopInsideCallback();
    void nestedFeedIsQueued();
    void flipTerminator10000Times();
    void hundredMiBWithoutTerminator_data();
    void hundredMiBWithoutTerminator();
    void countersAndVirtualSink();
    void bulkPathMatchesPerFrame();
};

void TestFramer::chunkingInvariance_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("repeatLast");
    QTest::addColumn<qint64>("maxFrame");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QByteArray>("pending");
    QTest::addColumn<QByteArray>("held");
    QTest::addColumn<QString>("terminator");

    const QByteArray t1 = "hello world\nI'm not dead yet!\n";
    const QByteArray t4 = "hello world, I'm not dead yet!\n";
    const QStringList t1Frames = frames({ "hello world", "I'm not dead yet!" });
    addCase("T1 line terminator \\n", t1, { "\\n" }, t1Frames, "", "", "\\n");
    addCase("T2 line terminator \\r\\n", "hello world\r\nI'm not dead yet!\r\n", { "\\r\\n" },
        t1Frames, "", "", "\\r\\n");
    addCase("T3 line terminator qqq", "hello worldqqqI'm not dead yet!qqq", { "qqq" }, t1Frames, "",
        "", "qqq");
    addCase(
        "T4 numeric 1 fires once (R24)", t4, { "count:1" }, frames({ "h" }), t4.mid(1), "", "none");
    addCase("T5 numeric 6 (R24)", t4, { "count:6" }, frames({ "hello " }), t4.mid(6), "", "none");
    addCase("T6 none collects everything (R22)", t4, { "none" }, {}, t4, "", "none");
    addCase("T9 empty line (R26)", "hello world\n\nI'm not dead yet!\n", { "\\n" },
        frames({ "hello world", "", "I'm not dead yet!" }), "", "", "\\n");

    addCase("R21a none", "a\r\nb", { "none" }, {}, "a\r\nb", "", "none");
    addCase("R22 count:0 is none", "a\nb", { "count:0" }, {}, "a\nb", "", "none");
    addCase("R21b/R24 count left over", "abc", { "count:10" }, {}, "abc", "", "count:7");
    addCase("R24 count then none", "abcdef", { "count:5" }, frames({ "abcde" }), "f", "", "none");
    addCase("R24 count re-armed each frame", "abcdefgh", { "count:4" }, frames({ "abcd", "efgh" }),
        "", "", "count:4", Framer::Unlimited, Policy::Stop, true);
    addCase("R23 split terminator", "hello\r\nworld\r\n", { "\\r\\n" },
        frames({ "hello", "world" }), "", "", "\\r\\n");
    addCase("R25 example", "LINE1\r\n12345rest-of-data", { "\\r\\n", "count:5", "none" },
        frames({ "LINE1", "12345" }), "rest-of-data", "", "none");
    addCase("R25 reliability A.7 script", "HELLO\r\n12345rest\r\nX",
        { "\\r\\n", "count:5", "\\r\\n", "none" }, frames({ "HELLO", "12345", "rest" }), "X", "",
        "none");
    addCase("R26 three empty frames", "\r\n\r\n\r\n", { "\\r\\n" }, frames({ "", "", "" }), "", "",
        "\\r\\n");
    addCase("R27 many frames per read", "a\nb\nc\nd", { "\\n" }, frames({ "a", "b", "c" }), "d", "",
        "\\n");
    addCase("R28 held prefix at the end", "abc\r", { "\\r\\n" }, {}, "abc", "\r", "\\r\\n");
    addCase("R28 S10 headers never end", "GET /x HTTP/1.0\r\n\r\n", { "\\r\\n", "\\r\\n\\r\\n" },
        frames({ "GET /x HTTP/1.0" }), "", "\r\n", "\\r\\n\\r\\n");
    addCase("P4 leftmost aab", "aaab", { "aab" }, frames({ "a" }), "", "", "aab");
    addCase("P4 leftmost abab", "abababab", { "abab" }, frames({ "", "" }), "", "", "abab");
    addCase("P3 held aa for aab", "xaa", { "aab" }, {}, "x", "aa", "aab");
    addCase(
        "false prefix qqqq for qqq", "xqqqqyqqq", { "qqq" }, frames({ "x", "qy" }), "", "", "qqq");
    addCase("false prefix qqqq alone", "qqqq", { "qqq" }, frames({ "" }), "", "q", "qqq");
    addCase("false prefix \\r\\r\\n", "a\r\r\nb\r\n", { "\\r\\n" }, frames({ "a\r", "b" }), "", "",
        "\\r\\n");
    addCase("false prefix \\r\\n.\\r\\r\\n.\\r\\n", "A\r\n.\r\r\n.\r\nB\r\n.\r\n",
        { "\\r\\n.\\r\\n" }, frames({ "A\r\n.\r", "B" }), "", "", "\\r\\n.\\r\\n");
    addCase("P3 long held prefix", "ab\r\n.\r", { "\\r\\n.\\r\\n" }, {}, "ab", "\r\n.\r",
        "\\r\\n.\\r\\n");

    // reliability.md A.1: a 64-byte terminator (searched with memmem) with a false prefix.
    const char *const boundary = "--boundary-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO--";
    const QByteArray b64(boundary);
    addCase("64-byte terminator, false prefix", "A" + b64.left(40) + "x" + b64 + "B" + b64.left(63),
        { boundary }, frames({ "A" + b64.left(40) + "x" }), "B", b64.left(63), boundary);
    addCase("A.6 count 2^63-1", "abc", { "count:9223372036854775807" }, {}, "abc", "",
        "count:9223372036854775804");
    addCase(
        "A.6 count 10^12", "abc", { "count:1000000000000" }, {}, "abc", "", "count:999999999997");

    const QByteArray nul("\0", 1);
    const QByteArray all = all256();
    addCase("NUL terminator \\0", QByteArray("a\0\0b\0", 5), { "\\0" }, frames({ "a", "", "b" }),
        "", "", "\\0");
    addCase("NUL terminator \\0\\0", QByteArray("a\0b\0\0c\0", 7), { "\\0\\0" },
        frames({ QByteArray("a\0b", 3) }), "c", nul, "\\0\\0");
    addCase("all 256 values, terminator \\0\\0", all + nul + nul, { "\\0\\0" }, frames({ all }), "",
        "", "\\0\\0");
    addCase("all 256 values, terminator with 0xFF", all + "\xff" + nul + "\xfftail\xff" + nul,
        { "\\xFF\\0\\xFF" }, frames({ all }), "tail", QByteArray("\xff\0", 2), "\\xFF\\0\\xFF");
    addCase("all 256 values, none", all, { "none" }, {}, all, "", "none");
    addCase("all 256 values, count:256", all, { "count:256" }, frames({ all }), "", "", "none");
    addCase("all 256 values, count:300", all, { "count:300" }, {}, all, "", "count:44");

    const QByteArray limited = "12345\r\n123456\r\nabc\r\n";
    addCase("Q15 maxFrame Stop", limited, { "\\r\\n" }, { frame("12345"), tooLong("12345") }, "",
        "", "\\r\\n", 5, Policy::Stop);
    addCase("Q15 maxFrame DiscardFrame", limited, { "\\r\\n" },
        { frame("12345"), tooLong("12345"), frame("abc") }, "", "", "\\r\\n", 5,
        Policy::DiscardFrame);
    addCase("Q15 discard across held \\r", "abcdef\r\nxy\r\n", { "\\r\\n" },
        { tooLong("abc"), frame("xy") }, "", "", "\\r\\n", 3, Policy::DiscardFrame);
    addCase("Q15 exact size with partial delimiter", "12345\r\nab", { "\\r\\n" },
        frames({ "12345" }), "ab", "", "\\r\\n", 5);
    addCase("Q15 maxFrame 0 allows empty frames", "\r\n\r\nx\r\n", { "\\r\\n" },
        { frame(""), frame(""), tooLong("") }, "", "", "\\r\\n", 0);
    addCase("Q15 count records within maxFrame", "abcdefgh", { "count:4" },
        frames({ "abcd", "efgh" }), "", "", "count:4", 4, Policy::Stop, true);
    addCase("Q15 none is a stream, not limited", "abcdef", { "none" }, {}, "abcdef", "", "none", 2);
}

void TestFramer::chunkingInvariance()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, script);
    QFETCH(bool, repeatLast);
    QFETCH(qint64, maxFrame);
    QFETCH(int, policy);
    QFETCH(QStringList, events);
    QFETCH(QByteArray, pending);
    QFETCH(QByteArray, held);
    QFETCH(QString, terminator);

    const Setup setup { parseScript(script), repeatLast, maxFrame, Policy(policy) };
    for (const auto &[how, pieces] : allChunkings(stream)) {
        const Outcome got = runPieces(setup, pieces);
        const auto where = qPrintable(how);
        QVERIFY2(got.problems.isEmpty(),
            qPrintable(how + QStringLiteral(": ") + got.problems.join(QStringLiteral("; "))));
        QVERIFY2(got.events == events,
            qPrintable(how + QStringLiteral(": got ") + got.events.join(QStringLiteral(" | "))
                       + QStringLiteral(", want ") + events.join(QStringLiteral(" | "))));
        QVERIFY2(got.pending == esc(pending), where);
        QVERIFY2(got.held == esc(held), where);
        QVERIFY2(got.terminator == terminator, where);
    }
}

// Each of the 256 byte values as a one-byte terminator over data holding all of them.
void TestFramer::everyByteAsTerminator()
{
    const QByteArray all = all256();
    const QByteArray stream = all + all;
    for (int b = 0; b < 256; ++b) {
        const Setup setup { { Terminator::bytes(QByteArray(1, char(b))) } };
        const QStringList want { frame(all.left(b)), frame(all.mid(b + 1) + all.left(b)) };
        for (const auto &pieces : { QList<QByteArray> { stream }, chunks(stream, 1),
                 chunks(stream, 7), cut(stream, { b, 256 + b + 1 }) }) {
            const Outcome got = runPieces(setup, pieces);
            QCOMPARE(got.events, want);
            QCOMPARE(got.pending, esc(all.mid(b + 1)));
            QVERIFY(got.problems.isEmpty());
        }
    }
}

// reliability.md A.2: 1 MiB of \r\n lines byte by byte and in chunks of 1..69 bytes.
void TestFramer::oneMiBInSmallChunks()
{
    struct Sink
    {
        QByteArray frame;
        QList<QByteArray> frames;
        void collectIncomingData(const char *d, qsizetype n) { frame.append(d, n); }
        void foundTerminator()
        {
            frames << frame;
            frame.clear();
        }
        void frameTooLong(qint64) { }
    };
    QByteArray stream;
    QList<QByteArray> want;
    for (int i = 0; stream.size() < (1 << 20); ++i) {
        QByteArray line(i % 100, char('a' + i % 26));
        if (i % 7 == 0)
            line += '\r'; // a false prefix inside the line
        want << line;
        stream += line + "\r\n";
    }
    for (qsizetype size = 1; size <= 69; ++size) {
        Framer framer;
        framer.setTerminator(spec("\\r\\n"));
        Sink sink;
        const char *p = stream.constData();
        for (qsizetype off = 0; off < stream.size(); off += size)
            framer.feed(p + off, std::min(size, stream.size() - off), sink);
        QVERIFY2(sink.frames == want, qPrintable(QStringLiteral("chunks of %1").arg(size)));
        QVERIFY(sink.frame.isEmpty());
        QVERIFY(framer.heldBack().isEmpty());
    }
}

void TestFramer::r23CollectCallsFollowReads()
{
    const Setup setup { { spec("\\r\\n") } };
    Framer framer;
    ScriptSink sink(framer, setup.script);
    framer.feed(QByteArray("hello\r"), sink);
    QCOMPARE(sink.m_log, texts({ "collect hello" }));
    QCOMPARE(framer.heldBack(), QByteArray("\r"));
    QCOMPARE(framer.pendingSize(), 5);
    framer.feed(QByteArray("\nworld\r\n"), sink);
    QCOMPARE(
        sink.m_log, (texts({ "collect hello", "found \\r\\n", "collect world", "found \\r\\n" })));
    QVERIFY(framer.heldBack().isEmpty());
    QCOMPARE(framer.pendingSize(), 0);
}

void TestFramer::r24CountdownReportsWhatIsLeft()
{
    Framer framer;
    ScriptSink sink(framer, { Terminator::count(5) });
    framer.feed(QByteArray("ab"), sink);
    QCOMPARE(sink.m_log, texts({ "collect ab" }));
    QCOMPARE(framer.terminator(), Terminator::count(3));
    framer.feed(QByteArray("cdef"), sink);
    // found reports none: the count has fired and is not re-armed (Q2).
    QCOMPARE(sink.m_log, (texts({ "collect ab", "collect cde", "found none", "collect f" })));
    QVERIFY(framer.terminator().isNone());
    QCOMPARE(framer.framesFound(), 1u);
}

void TestFramer::r25ChangeAppliesToSameRead_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("one read") << 64;
    QTest::newRow("1-byte reads") << 1;
}

// reliability.md A.7: \r\n -> 5 -> \r\n -> none over HELLO\r\n12345rest\r\nX.
void TestFramer::r25ChangeAppliesToSameRead()
{
    QFETCH(int, chunk);
    Framer framer;
    ScriptSink sink(framer, { spec("\\r\\n"), Terminator::count(5), spec("\\r\\n"), {} });
    for (const QByteArray &piece : chunks("HELLO\r\n12345rest\r\nX", chunk))
        framer.feed(piece, sink);
    QStringList merged; // collect calls merged: their boundaries follow the reads (P1)
    for (const QString &entry : std::as_const(sink.m_log)) {
        if (entry.startsWith(QLatin1String("collect ")) && !merged.isEmpty()
            && merged.last().startsWith(QLatin1String("collect ")))
            merged.last() += entry.mid(8);
        else
            merged << entry;
    }
    QCOMPARE(merged, (texts({ "collect HELLO", "found \\r\\n", "collect 12345", "found none",
                         "collect rest", "found \\r\\n", "collect X" })));
    if (chunk == 1)
        QCOMPARE(sink.m_log.size(), 18); // 5 + 5 + 4 + 1 one-byte collects, 3 founds
}

void TestFramer::r26EmptyFramesHaveNoCollectCall()
{
    for (int chunk : { 1, 2, 3, 6 }) {
        Framer framer;
        ScriptSink sink(framer, { spec("\\r\\n") });
        for (const QByteArray &piece : chunks("\r\n\r\n\r\n", chunk))
            framer.feed(piece, sink);
        QCOMPARE(sink.m_log, QStringList(3, QStringLiteral("found \\r\\n")));
    }
}

void TestFramer::r22NoneForms()
{
    for (const Terminator &t : { Terminator::bytes(QByteArray()), Terminator::count(0) }) {
        QVERIFY(t.isNone());
        Framer framer;
        ScriptSink sink(framer, { t });
        framer.feed(QByteArray("a\r\n\0b", 5), sink);
        QCOMPARE(sink.m_log, QStringList { QStringLiteral("collect a\\r\\n\\0b") });
        QCOMPARE(framer.framesFound(), 0u);
    }
}

void TestFramer::t13PrefixAtEnd()
{
    auto p = [](const QByteArray &hay, const QByteArray &needle) {
        return Framer::prefixAtEnd(
            hay.constData(), hay.constData() + hay.size(), needle.constData(), needle.size());
    };
    QCOMPARE(p("qwerty\r", "\r\n"), 1); // T13
    QCOMPARE(p("qwertydkjf", "\r\n"), 0);
    QCOMPARE(p("xaa", "aab"), 2); // R50
    QCOMPARE(p("aa", "aab"), 2);
    QCOMPARE(p("abc", "\n"), 0); // one-byte needle
    QCOMPARE(p("", "\r\n"), 0);
    QCOMPARE(p("abc", ""), -1); // Q19
}

void TestFramer::t14NegativeCountRefused()
{
    Terminator::ParseError error;
    const Terminator t = Terminator::parse(QStringLiteral("count:-1"), &error);
    QCOMPARE(error, Terminator::ParseError::NegativeCount); // R10: ValueError in Python
    QVERIFY(t.isNone());
    QVERIFY(!Terminator::isValidCount(-1));
}

void TestFramer::q15CountAboveMaxFrameRefused()
{
    Framer framer;
    framer.setMaxFrame(10);
    QVERIFY(framer.setTerminator(spec("\\n")));
    QVERIFY(!framer.setTerminator(Terminator::count(11))); // Twisted IntNStringReceiver
    QCOMPARE(framer.terminator(), spec("\\n"));
    QVERIFY(framer.setTerminator(Terminator::count(10)));
    QCOMPARE(framer.terminator(), Terminator::count(10));
    framer.setMaxFrame(Framer::Unlimited);
    QVERIFY(framer.setTerminator(Terminator::count(1000000000000)));
}

// Q17 (decided): the countdown is updated before collectIncomingData(), so a terminator set
// from inside it is kept; Python overwrites it with 0.
void TestFramer::q17CountChangedInsideCollect()
{
    struct Sink
    {
        Framer *framer;
        int frames = 0;
        void collectIncomingData(const char *, qsizetype) { framer->setTerminator(spec(";")); }
        void foundTerminator() { ++frames; }
        void frameTooLong(qint64) { }
    };
    Framer framer;
    Sink sink { &framer };
    framer.setTerminator(Terminator::count(3));
    framer.feed(QByteArray("abcx;"), sink);
    QCOMPARE(sink.frames, 2); // "abc" by count, then "x" by the ";" set during the count
    QCOMPARE(framer.terminator(), spec(";"));
}

void TestFramer::r29DiscardInsideCallback()
{
    struct Sink : ScriptSink
    {
        using ScriptSink::ScriptSink;
        Framer *framer = nullptr;
        void foundTerminator() override
        {
            ScriptSink::foundTerminator();
            if (m_events.size() == 1)
                framer->discardBuffers(); // R29: the rest of the read is dropped
        }
    };
    Framer framer;
    Sink sink(framer, { spec("\\r\\n") });
    sink.framer = &framer;
    framer.feed(QByteArray("a\r\nb\r\nc\r"), sink);
    QCOMPARE(sink.m_events, frames({ "a" }));
    QVERIFY(framer.heldBack().isEmpty());
    QCOMPARE(framer.pendingSize(), 0);
    QCOMPARE(framer.terminator(), spec("\\r\\n")); // R47: the terminator is kept
    framer.feed(QByteArray("d\r\n"), sink);
    QCOMPARE(sink.m_events, frames({ "a", "d" }));

    // Between feeds, the held-back bytes go: a lone "\n" is then data, not a terminator.
    framer.feed(QByteArray("e\r"), sink);
    framer.discardBuffers();
    framer.feed(QByteArray("\nf\r\n"), sink);
    QCOMPARE(sink.m_events.last(), frame("e\nf")); // the sink still had "e"; "\r" is gone
}

void TestFramer::q8StopInsideCallback()
{
    struct Sink : ScriptSink
    {
        using ScriptSink::ScriptSink;
        Framer *framer = nullptr;
        void foundTerminator() override
        {
            ScriptSink::foundTerminator();
            framer->stop(); // the channel is closing: nothing more is delivered (Q8)
        }
    };
    Framer framer;
    Sink sink(framer, { spec("\\n") });
    sink.framer = &framer;
    framer.feed(QByteArray("a\nb\nc"), sink);
    framer.feed(QByteArray("d\n"), sink);
    QCOMPARE(sink.m_log, (texts({ "collect a", "found \\n" })));
    QVERIFY(framer.isStopped());
    QCOMPARE(framer.bytesFed(), 7u); // input is still counted
}

// Twisted's _busyReceiving: a feed() from a callback is framed after the current read.
void TestFramer::nestedFeedIsQueued()
{
    struct Sink : ScriptSink
    {
        using ScriptSink::ScriptSink;
        Framer *framer = nullptr;
        void foundTerminator() override
        {
            ScriptSink::foundTerminator();
            if (m_events.size() == 1) {
                framer->feed(QByteArray("X\nY"), *this);
                m_log << QStringLiteral("nested feed returned");
            }
        }
    };
    Framer framer;
    Sink sink(framer, { spec("\\n") });
    sink.framer = &framer;
    framer.feed(QByteArray("a\nb\nc"), sink);
    QCOMPARE(sink.m_log, (texts({ "collect a", "found \\n", "nested feed returned", "collect b",
                             "found \\n", "collect c", "collect X", "found \\n", "collect Y" })));
    QCOMPARE(framer.bytesFed(), 8u);
}

// Twisted test_stackRecursion: 10,000 terminator flips in one buffer, constant stack depth.
void TestFramer::flipTerminator10000Times()
{
    struct Sink
    {
        Framer *framer;
        int frames = 0;
        qsizetype collected = 0;
        const char *firstStack = nullptr;
        bool stackGrew = false;
        void collectIncomingData(const char *, qsizetype size) { collected += size; }
        void foundTerminator()
        {
            char marker;
            if (!firstStack)
                firstStack = &marker;
            else if (&marker != firstStack)
                stackGrew = true;
            ++frames;
            framer->setTerminator(frames % 2 ? spec(";") : spec("\n"));
        }
        void frameTooLong(qint64) { }
    };
    QByteArray stream;
    for (int i = 0; i < 5000; ++i)
        stream += "xy\nz;";
    Framer framer;
    Sink sink { &framer };
    framer.setTerminator(spec("\n"));
    framer.feed(stream, sink);
    QCOMPARE(sink.frames, 10000);
    QCOMPARE(sink.collected, 15000);
    QVERIFY(!sink.stackGrew);
}

void TestFramer::hundredMiBWithoutTerminator_data()
{
    QTest::addColumn<qint64>("maxFrame");
    QTest::addColumn<int>("policy");
    QTest::newRow("Stop, 64 KiB") << qint64(65536) << int(Policy::Stop);
    QTest::newRow("DiscardFrame, 64 KiB") << qint64(65536) << int(Policy::DiscardFrame);
    QTest::newRow("fidelity: no limit") << qint64(Framer::Unlimited) << int(Policy::Stop);
}

// reliability.md A.3: fail fast once, hold at most len(term)-1 bytes, resume after discard.
void TestFramer::hundredMiBWithoutTerminator()
{
    QFETCH(qint64, maxFrame);
    QFETCH(int, policy);
    struct Sink
    {
        qint64 collected = 0;
        int tooLong = 0;
        QByteArray last;
        QList<QByteArray> frames;
        void collectIncomingData(const char *d, qsizetype n)
        {
            collected += n;
            last = QByteArray(d, std::min<qsizetype>(n, 16));
        }
        void foundTerminator()
        {
            frames << last;
            last.clear();
        }
        void frameTooLong(qint64) { ++tooLong; }
    };
    Framer framer;
    framer.setMaxFrame(maxFrame);
    framer.setOverflowPolicy(Policy(policy));
    framer.setTerminator(spec("\\r\\n"));
    Sink sink;
    QByteArray chunk(65536, 'A');
    chunk[65535] = '\r'; // every read ends with a possible terminator start
    qsizetype maxHeld = 0;
    for (int i = 0; i < 1600; ++i) {
        framer.feed(chunk, sink);
        maxHeld = std::max(maxHeld, framer.heldBack().size());
    }
    QVERIFY(maxHeld <= 1);
    if (maxFrame < 0) {
        QCOMPARE(sink.tooLong, 0);
        QCOMPARE(sink.collected, qint64(100) * 1024 * 1024 - 1);
        QCOMPARE(framer.pendingSize(), sink.collected);
        return;
    }
    QCOMPARE(sink.tooLong, 1);
    QCOMPARE(sink.collected, maxFrame);
    framer.feed(QByteArray("\nnext\r\n"), sink);
    if (Policy(policy) == Policy::Stop) {
        QVERIFY(sink.frames.isEmpty());
    } else {
        QCOMPARE(sink.frames, QList<QByteArray> { "next" }); // the frame after it is intact
        QCOMPARE(framer.framesFound(), 1u);
    }
}

void TestFramer::countersAndVirtualSink()
{
    Framer framer;
    ScriptSink script(framer, { spec("\\n") });
    acw::FramerSink &sink = script; // the channel's way: through the interface
    framer.feed(QByteArray("a\nb\nc"), sink);
    QCOMPARE(framer.framesFound(), 2u);
    QCOMPARE(framer.bytesFed(), 5u);
    QCOMPARE(script.m_events, frames({ "a", "b" }));
    framer.reset();
    QCOMPARE(framer.framesFound(), 0u);
    QVERIFY(framer.terminator().isNone());
    QCOMPARE(framer.pendingSize(), 0);
}

namespace {

// What a handler does after its k-th frame (bulkPathMatchesPerFrame).
struct Action
{
    enum Kind { Nothing, Set, Stop, Discard, Feed } kind = Nothing;
    Terminator terminator; // Set
    QByteArray bytes; // Feed: fed from inside the callback (queued by the framer)
};

// A handler recording what a user of the framer sees; the per-frame calls only.
class RecordingSink
{
public:
    RecordingSink(Framer &framer, const QList<Action> &actions, bool repeatLast)
        : m_framer(framer), m_actions(actions), m_repeatLast(repeatLast)
    {
    }
    void collectIncomingData(const char *data, qsizetype size)
    {
        if (size <= 0)
            m_events << QStringLiteral("empty collect call (R30)");
        m_frame.append(data, size);
    }
    void foundTerminator() { frameDone(); }
    void frameTooLong(qint64 sizeSoFar)
    {
        m_events << QStringLiteral("too-long %1 %2").arg(sizeSoFar).arg(esc(m_frame));
        m_frame.clear();
    }

    QStringList m_events;
    QByteArray m_frame; // collected since the last frame
    int m_batches = 0; // foundFrames() calls (BulkSink)
    int m_batchedFrames = 0;

protected:
    // Records the frame and acts; true when the action may change what follows (a bulk
    // handler returns right after it).
    bool frameDone()
    {
        m_events << QStringLiteral("frame %1 under %2 pending %3")
                        .arg(esc(m_frame), m_framer.terminator().toSpec())
                        .arg(m_framer.pendingSize());
        m_frame.clear();
        const qsizetype k = m_found++;
        if (m_actions.isEmpty() || (k >= m_actions.size() && !m_repeatLast))
            return false;
        const Action &a = m_actions.at(std::min(k, m_actions.size() - 1));
        switch (a.kind) {
        case Action::Nothing: return false;
        case Action::Set:
            m_events << QStringLiteral("set %1: %2")
                            .arg(a.terminator.toSpec())
                            .arg(m_framer.setTerminator(a.terminator));
            return true;
        case Action::Stop: m_framer.stop(); return true;
        case Action::Discard:
            m_framer.discardBuffers();
            m_frame.clear();
            return true;
        case Action::Feed:
            if (k < m_actions.size()) // once: a repeated feed would never end
                m_framer.feed(a.bytes, *this); // queued: the framer is busy
            return false;
        }
        return false;
    }

    Framer &m_framer;

private:
    QList<Action> m_actions;
    bool m_repeatLast;
    qsizetype m_found = 0;
};

// The same handler with the bulk path (framer.h, FramerSink::foundFrames).
class BulkSink : public RecordingSink
{
public:
    using RecordingSink::RecordingSink;
    qsizetype foundFrames(const acw::FrameSpan *frames, qsizetype count)
    {
        ++m_batches;
        if (!m_frame.isEmpty())
            m_events << QStringLiteral("bulk frames while a frame was in progress");
        for (qsizetype i = 0; i < count; ++i) {
            ++m_batchedFrames;
            m_frame = QByteArray(frames[i].data, frames[i].size);
            if (frameDone())
                return i + 1;
        }
        return count;
    }
};

Terminator randomTerminator(QRandomGenerator &rng)
{
    static const char *const specs[]
        = { "\\n", "\\r\\n", "ab", "aab", "abab", "\\r\\n\\r\\n", "count:1", "count:5", "none" };
    if (rng.bounded(12) == 0) // longer than 16 bytes: memmem()
        return Terminator::bytes(QByteArray("ab") + QByteArray(15, 'x') + "ba");
    return spec(specs[rng.bounded(int(std::size(specs)))]);
}

QByteArray randomStream(QRandomGenerator &rng)
{
    static const char *const pieces[]
        = { "\n", "\r\n", "\r", "a", "b", "ab", "aab", "x", "xyz", "abab", "\r\n\r\n" };
    QByteArray s;
    const int shape = rng.bounded(8);
    if (shape == 0) { // many short lines: batches fill up (Framer::BulkFrames)
        const int lines = rng.bounded(600);
        for (int i = 0; i < lines; ++i)
            s += QByteArray(rng.bounded(4), 'x') + (rng.bounded(50) ? "\r\n" : "\n");
        return s;
    }
    const int length = shape == 1 ? rng.bounded(3000) : rng.bounded(200);
    while (s.size() < length) {
        if (rng.bounded(30) == 0)
            s += QByteArray(rng.bounded(80), 'y'); // a long frame (for the limit)
        else
            s += pieces[rng.bounded(int(std::size(pieces)))];
    }
    return s;
}

template<class Sink>
QStringList runWith(const QByteArray &stream, const QList<qsizetype> &reads,
    const Terminator &first, const QList<Action> &actions, bool repeatLast, qint64 maxFrame,
    Policy policy, int *batches = nullptr, int *batchedFrames = nullptr)
{
    Framer framer;
    framer.setMaxFrame(maxFrame);
    framer.setOverflowPolicy(policy);
    framer.setTerminator(first);
    Sink sink(framer, actions, repeatLast);
    QStringList states; // the events so far and the end state after every read
    qsizetype at = 0;
    for (qsizetype n : reads) {
        framer.feed(stream.constData() + at, n, sink);
        at += n;
        states << sink.m_events.join(QLatin1Char('|'))
                      + QStringLiteral(" / pending %1 (%2) held %3 terminator %4 frames %5 "
                                       "stopped %6 discarding %7")
                            .arg(esc(sink.m_frame))
                            .arg(framer.pendingSize())
                            .arg(esc(framer.heldBack()), framer.terminator().toSpec())
                            .arg(framer.framesFound())
                            .arg(framer.isStopped())
                            .arg(framer.isDiscarding());
    }
    if (batches) {
        *batches += sink.m_batches;
        *batchedFrames += sink.m_batchedFrames;
    }
    return states;
}

} // namespace

// The bulk path gives what the per-frame calls give: the same frames, the same overflow
// reports and the same state after every read, on random streams, chunkings, handlers that
// change the terminator, stop, discard or feed from inside a callback, and frame limits.
void TestFramer::bulkPathMatchesPerFrame()
{
    const quint32 seed = qEnvironmentVariableIsSet("ACW_BULK_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ACW_BULK_SEED"))
                             : 20261202u;
    QRandomGenerator rng(seed);
    int batches = 0;
    int batchedFrames = 0;
    for (int c = 0; c < 3000; ++c) {
        const QByteArray stream = randomStream(rng);
        const Terminator first
            = rng.bounded(4) ? spec(rng.bounded(2) ? "\\r\\n" : "\\n") : randomTerminator(rng);
        QList<Action> actions;
        const int steps = rng.bounded(4) == 0 ? 0 : rng.bounded(12);
        for (int i = 0; i < steps; ++i) {
            Action a;
            const int r = rng.bounded(20);
            a.kind = r < 12   ? Action::Nothing
                     : r < 16 ? Action::Set
                     : r < 17 ? Action::Stop
                     : r < 18 ? Action::Discard
                              : Action::Feed;
            if (a.kind == Action::Set)
                a.terminator = rng.bounded(3) ? first : randomTerminator(rng);
            if (a.kind == Action::Feed)
                a.bytes = randomStream(rng).left(100);
            actions << a;
        }
        const bool repeatLast = rng.bounded(2);
        const qint64 maxFrame = rng.bounded(3) == 0 ? qint64(rng.bounded(40)) : Framer::Unlimited;
        const Policy policy = rng.bounded(2) ? Policy::Stop : Policy::DiscardFrame;
        QList<qsizetype> reads;
        const int chunking = rng.bounded(4);
        for (qsizetype left = stream.size(); left > 0;) {
            const qsizetype n = chunking == 0 ? left
                                : chunking == 1
                                    ? 1 + rng.bounded(4)
                                    : 1 + rng.bounded(int(std::min<qsizetype>(left, 700)));
            reads << std::min(n, left);
            left -= reads.last();
        }
        const QStringList perFrame
            = runWith<RecordingSink>(stream, reads, first, actions, repeatLast, maxFrame, policy);
        const QStringList bulk = runWith<BulkSink>(
            stream, reads, first, actions, repeatLast, maxFrame, policy, &batches, &batchedFrames);
        if (perFrame != bulk) {
            qsizetype i = 0;
            while (i < perFrame.size() && perFrame.at(i) == bulk.value(i))
                ++i;
            qWarning("case %d (seed %u), stream %s, read %lld of %lld:\nper-frame %s\nbulk      %s",
                c, seed, qPrintable(esc(stream)), qlonglong(i + 1), qlonglong(reads.size()),
                qPrintable(perFrame.value(i)), qPrintable(bulk.value(i)));
            QFAIL("the bulk path differs from the per-frame path");
        }
    }
    // The comparison means something only if the bulk path ran, with full batches too.
    QVERIFY(batches > 1000);
    QVERIFY(batchedFrames > batches * 4);
}

QTEST_APPLESS_MAIN(TestFramer)
#include "tst_framer.moc"
