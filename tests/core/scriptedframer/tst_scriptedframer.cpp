// The one scripted framer (core/framing/scriptedframer.h) and its case files: the step
// trace a stepper shows, live changes between reads, chunking invariance, and the case
// format `frame --expect` replays (docs/lab-case-format.md).
#include "framing/framingcase.h"
#include "framing/scriptedframer.h"

#include <QTest>

Q_DECLARE_METATYPE(acw::CaseError::Kind)

using namespace acw;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
}

namespace {

FramingSetup setup(std::initializer_list<const char *> specs, const QList<qint64> &chunks = {})
{
    FramingSetup s;
    for (const char *spec : specs)
        s.script << Terminator::parse(QString::fromLatin1(spec));
    s.chunks = chunks;
    return s;
}

QStringList frames(const FramingOutcome &o)
{
    QStringList out;
    for (const ScriptedFrame &f : o.frames)
        out << Terminator::escape(f.data);
    return out;
}

} // namespace

class TestScriptedFramer : public QObject
{
    Q_OBJECT
private slots:
    void splitTerminatorTrace();
    void scriptAndRepeat();
    void changeBetweenReads();
    void overwriteMistake();
    void previewFromChannelState();
    void traceIsBounded();
    void invariance();
    void streamedFeedsMatchOneFeed();
    void caseRoundTrip();
    void caseDiff();
    void malformedCases_data();
    void malformedCases();
};

// "hello\r" then "\nworld\r\n": the \r is held back at the end of read 1 (asynchat's
// find_prefix_at_end) and the terminator is found across the reads.
void TestScriptedFramer::splitTerminatorTrace()
{
    const FramingOutcome o
        = ScriptedFramer::run("hello\r\nworld\r\n", setup({ "\\r\\n" }, { 6 }), true);
    QCOMPARE(frames(o), (sl({ "hello", "world" })));
    QCOMPARE(o.reads, 3);
    QList<TraceEvent::Kind> kinds;
    for (const TraceEvent &e : o.trace)
        kinds << e.kind;
    using K = TraceEvent::Kind;
    QCOMPARE(kinds, (QList<K> { K::Read, K::Collect, K::HeldBack, K::Read, K::Frame, K::Collect,
                        K::Read, K::Frame }));
    const TraceEvent &held = o.trace.at(2);
    QCOMPARE(held.from, 5);
    QCOMPARE(held.to, 6);
    QCOMPARE(held.heldBack, QByteArray("\r"));
    QCOMPARE(held.pending, QByteArray("hello"));
    const TraceEvent &read2 = o.trace.at(3);
    QCOMPARE(read2.bufferFrom, 5); // the held \r comes first
    QCOMPARE(read2.from, 6);
    const TraceEvent &found = o.trace.at(4);
    QCOMPARE(found.from, 5);
    QCOMPARE(found.to, 7);
    QCOMPARE(found.searchFrom, 5);
    QCOMPARE(found.received, QByteArray("hello"));
    QCOMPARE(found.frame, 1);
    QCOMPARE(found.pending, QByteArray());
    QCOMPARE(o.frames.at(1).end, 14);
}

void TestScriptedFramer::scriptAndRepeat()
{
    const QByteArray input = "LINE1\r\n12345rest\r\nx";
    FramingOutcome o = ScriptedFramer::run(input, setup({ "\\r\\n", "count:5" }));
    QCOMPARE(frames(o), (sl({ "LINE1", "12345", "rest\\r" })));
    QCOMPARE(o.terminator.toSpec(), QStringLiteral("count:3")); // count:5 again, 2 bytes seen
    FramingSetup once = setup({ "\\r\\n", "count:5" });
    once.repeatLast = false; // asynchat: a count that fired stays none
    o = ScriptedFramer::run(input, once);
    QCOMPARE(o.terminator.toSpec(), QStringLiteral("none"));
    QCOMPARE(o.pending, QByteArray("rest\r\nx"));
}

// Issue 8's example: "abc\r\nde", "fgh", then count:3 set from outside a callback, then
// "ijk": the collected bytes stay collected and the count counts what arrives next, so the
// frame is defghijk; the reads of 4 are cut at 10 so the change falls between two reads.
void TestScriptedFramer::changeBetweenReads()
{
    FramingSetup s = setup({ "\\r\\n" }, { 7, 4 });
    s.repeatLast = false;
    s.setAt = { { 10, Terminator::count(3) } };
    const FramingOutcome o = ScriptedFramer::run("abc\r\ndefghijk", s, true);
    QCOMPARE(frames(o), (sl({ "abc", "defghijk" })));
    QCOMPARE(o.frames.at(1).terminator.toSpec(), QStringLiteral("count:3"));
    QCOMPARE(o.readStarts, (QList<qint64> { 0, 7, 10, 11 })); // 7; 4 cut into 3 + 1; then 2
    QCOMPARE(o.terminator.toSpec(), QStringLiteral("none")); // nothing re-armed the count
    QCOMPARE(o.pending, QByteArray());
    bool seen = false;
    for (const TraceEvent &e : o.trace) {
        if (e.kind == TraceEvent::Kind::SetTerminator) {
            seen = true;
            QCOMPARE(e.from, 10);
            QCOMPARE(e.pending, QByteArray("defgh"));
        }
    }
    QVERIFY(seen);
}

// The terminator preview (issue 8 item 1) from a channel's real state: "defgh" collected,
// count:3 applied; the count counts only what arrives next, so "ijk" completes one
// 8-byte frame. A held-back "\r" is reframed under the new terminator with the next read.
void TestScriptedFramer::previewFromChannelState()
{
    FramingSetup s;
    s.repeatLast = false;
    ScriptedFramer preview(s);
    preview.restore("defgh", QByteArray(), Terminator::count(3));
    preview.feed("ijkl");
    FramingOutcome o = preview.finish();
    QCOMPARE(frames(o), sl({ "defghijk" }));
    QCOMPARE(o.frames.at(0).end, 3); // input offset past the count
    QCOMPARE(o.pending, QByteArray("l"));
    QCOMPARE(o.terminator.toSpec(), QStringLiteral("none"));

    ScriptedFramer held(s);
    held.restore("ab", "\r", Terminator::bytes("\n"));
    held.feed("\nc");
    o = held.finish();
    QCOMPARE(frames(o), sl({ "ab\\r" }));
    QCOMPARE(o.frames.at(0).end, 1);
    QCOMPARE(o.pending, QByteArray("c"));
}

// 1-byte reads of a long frame: the trace stops at its limit and keeps only the start of
// the collected bytes; the outcome is complete.
void TestScriptedFramer::traceIsBounded()
{
    const QByteArray input = QByteArray(100000, 'x') + "\r\n";
    ScriptedFramer framer(setup({ "\\r\\n" }, { 1 }));
    framer.setTracing(true, 5000);
    framer.feed(input);
    const FramingOutcome o = framer.finish();
    QVERIFY(o.traceCut);
    QVERIFY(o.trace.size() <= 5003);
    QCOMPARE(o.trace.last().pending.size(), 256);
    QCOMPARE(o.frames.size(), 1);
    QCOMPARE(o.frames.at(0).size, 100000);
    QCOMPARE(o.reads, 100002);
}

void TestScriptedFramer::overwriteMistake()
{
    FramingSetup s = setup({ "\\r\\n" });
    s.overwrite = true;
    QCOMPARE(frames(ScriptedFramer::run("HELLO WORLD\r\n", s)), sl({ "HELLO WORLD" }));
    s.chunks = { 1 };
    QCOMPARE(frames(ScriptedFramer::run("HELLO WORLD\r\n", s)), sl({ "D" }));
}

void TestScriptedFramer::invariance()
{
    const QByteArray request = "GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n";
    InvarianceReport r = checkInvariance(request, setup({ "\\r\\n" }), 20, 7);
    QVERIFY(r.invariant);
    QVERIFY(r.tried > 500); // 2-way and 3-way splits of 35 bytes, 1 byte, 20 random
    r = checkInvariance("LEN 5\r\nhelloNEXT", setup({ "\\r\\n", "count:5", "none" }), 20, 7);
    QVERIFY(r.invariant);

    FramingSetup bug = setup({ "\\r\\n" });
    bug.overwrite = true;
    r = checkInvariance(request, bug, 20, 7);
    QVERIFY(!r.invariant);
    QCOMPARE(r.differing.kind, Chunking::Kind::Split);
    QCOMPARE(r.differing.sizes, (QList<qint64> { 1, request.size() - 1 }));
    QCOMPARE(r.firstDifferentFrame, 1);
    QCOMPARE(r.differingOutcome.frames.at(0).data, QByteArray("ET /kongxx HTTP/1.0"));
}

// `frame` feeds 1 MiB blocks; the reads must not depend on the blocks.
void TestScriptedFramer::streamedFeedsMatchOneFeed()
{
    QByteArray input;
    for (int i = 0; i < 300; ++i)
        input += "line " + QByteArray::number(i) + "\r\n";
    FramingSetup s = setup({ "\\r\\n" }, { 5, 17 });
    s.setAt = { { 100, Terminator::count(9) }, { 1000, Terminator::bytes("\n") } };
    const FramingOutcome whole = ScriptedFramer::run(input, s);
    ScriptedFramer streamed(s);
    for (qsizetype i = 0; i < input.size(); i += 13)
        streamed.feed(input.mid(i, 13));
    const FramingOutcome parts = streamed.finish();
    QVERIFY(sameOutcome(whole, parts));
    QCOMPARE(parts.reads, whole.reads);
}

void TestScriptedFramer::caseRoundTrip()
{
    FramingCase c;
    c.input = "hello\r\nworld";
    c.setup = setup({ "\\r\\n", "count:5" }, { 3, 1 });
    c.setup.setAt = { { 12, Terminator() } };
    c.expectOutcome(c.run());
    FramingCase back;
    CaseError error;
    QVERIFY2(FramingCase::fromJson(c.toJson(), &back, &error), qPrintable(error.where));
    QCOMPARE(back.input, c.input);
    QCOMPARE(back.setup.chunks, c.setup.chunks);
    QCOMPARE(back.setup.setAt, c.setup.setAt);
    QVERIFY(back.diff(back.run()).isEmpty());
    // The issue's example, written by hand, with an extra key.
    const QByteArray hand = R"({"title": "x", "input_hex": "68690d0a", "chunks": [3, 1],
        "terminators": ["\\r\\n", "count:5"], "set_at": [[12, "none"]], "max_frame": null,
        "expect": {"frames": [{"data_hex": "6869", "terminator": "\\r\\n"}],
                   "pending_hex": "", "held_back_hex": "", "terminator": "count:5"}})";
    QVERIFY2(FramingCase::fromJson(hand, &back, &error), qPrintable(error.where));
    QVERIFY(back.diff(back.run()).isEmpty());
    QVERIFY(back.toJson().contains("\"title\": \"x\""));
}

void TestScriptedFramer::caseDiff()
{
    FramingCase c;
    c.input = "ab\r\ncd\r\nef";
    c.setup = setup({ "\\r\\n" });
    c.expectOutcome(c.run());
    c.frames[1].data = "CD";
    c.pending = QByteArray("x");
    const QList<CaseDifference> diff = c.diff(c.run());
    QCOMPARE(diff.size(), 2);
    QCOMPARE(diff.at(0).kind, CaseDifference::Kind::FrameData);
    QCOMPARE(diff.at(0).frame, 2);
    QCOMPARE(diff.at(0).expectedBytes, QByteArray("CD"));
    QCOMPARE(diff.at(0).gotBytes, QByteArray("cd"));
    QCOMPARE(diff.at(1).kind, CaseDifference::Kind::Pending);
    QCOMPARE(diff.at(1).expectedBytes, QByteArray("x"));
    QCOMPARE(diff.at(1).gotBytes, QByteArray("ef"));
}

void TestScriptedFramer::malformedCases_data()
{
    using Kind = CaseError::Kind;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("key");
    QTest::newRow("not json") << QByteArray("{") << Kind::NotJson << QString() << QString();
    QTest::newRow("not an object")
        << QByteArray("[1]") << Kind::NotAnObject << QString() << QString();
    QTest::newRow("no input") << QByteArray(R"({"expect": {"frames": []}})") << Kind::MissingKey
                              << QString() << QStringLiteral("input_hex");
    QTest::newRow("both spellings") << QByteArray(R"({"input_hex": "", "input": ""})")
                                    << Kind::BothKeys << QString() << QStringLiteral("input_hex");
    QTest::newRow("odd hex") << QByteArray(R"({"input_hex": "abc"})") << Kind::OddHexDigits
                             << QString() << QStringLiteral("input_hex");
    QTest::newRow("not hex") << QByteArray(R"({"input_hex": "zz"})") << Kind::NotHexDigit
                             << QString() << QStringLiteral("input_hex");
    QTest::newRow("bad escape") << QByteArray(R"({"input": "\\q"})") << Kind::BadEscape << QString()
                                << QStringLiteral("input");
    QTest::newRow("zero chunk") << QByteArray(R"({"input_hex": "", "chunks": [0]})")
                                << Kind::NotWholeNumber << QStringLiteral("chunks[0]") << QString();
    QTest::newRow("chunks not a list")
        << QByteArray(R"({"input_hex": "", "chunks": 3})") << Kind::NotReadSizes
        << QStringLiteral("chunks") << QString();
    QTest::newRow("bad spec") << QByteArray(R"({"input_hex": "", "terminators": ["\\q"]})")
                              << Kind::BadTerminator << QStringLiteral("terminators[0]")
                              << QString();
    QTest::newRow("bad set_at") << QByteArray(R"({"input_hex": "", "set_at": [[1]]})")
                                << Kind::NotChangePair << QStringLiteral("set_at[0]") << QString();
    QTest::newRow("not a bool") << QByteArray(R"({"input_hex": "", "overwrite": 1})")
                                << Kind::NotTrueOrFalse << QStringLiteral("overwrite") << QString();
    QTest::newRow("frames missing")
        << QByteArray(R"({"input_hex": "", "expect": {}})") << Kind::NotFrameList
        << QStringLiteral("expect.frames") << QString();
    QTest::newRow("frame without data")
        << QByteArray(R"({"input_hex": "", "expect": {"frames": [{}]}})") << Kind::MissingKey
        << QStringLiteral("expect.frames[0]") << QStringLiteral("data_hex");
    QTest::newRow("count above max")
        << QByteArray(R"({"input_hex": "", "terminators": ["count:9"], "max_frame": 4})")
        << Kind::BadSetup << QString() << QString();
}

void TestScriptedFramer::malformedCases()
{
    QFETCH(QByteArray, json);
    QFETCH(CaseError::Kind, kind);
    QFETCH(QString, where);
    QFETCH(QString, key);
    FramingCase c;
    CaseError error;
    QVERIFY(!FramingCase::fromJson(json, &c, &error));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.where, where);
    QCOMPARE(error.key, key);
    if (kind == CaseError::Kind::BadSetup) {
        QCOMPARE(error.setup.kind, SetupProblem::Kind::CountAboveMaxFrame);
        QCOMPARE(error.setup.terminator, Terminator::count(9));
        QCOMPARE(error.setup.maxFrame, 4);
    }
}

QTEST_GUILESS_MAIN(TestScriptedFramer)
#include "tst_scriptedframer.moc"
