#include "models/lablessons.h"

#include "messages.h"

#include <QCoreApplication>

namespace acw {

namespace {

using labscript::ChunkMode;

FramingCase::Frame frame(const QByteArray &data, const char *terminator = nullptr)
{
    FramingCase::Frame f;
    f.data = data;
    if (terminator)
        f.terminator = Terminator::parse(QString::fromLatin1(terminator));
    return f;
}

} // namespace

bool labCase(const LabState &state, FramingCase *out, QString *error)
{
    bool ok = false;
    FramingCase c;
    c.input = Terminator::unescape(state.input, &ok);
    if (!ok) {
        *error = QCoreApplication::translate("LabLessons", "the input has a bad escape");
        return false;
    }
    const labscript::ScriptResult script = labscript::parseScript(state.script);
    if (!script.error.isEmpty()) {
        *error = script.error;
        return false;
    }
    c.setup.script = script.script;
    if (!labscript::chunkSizes(
            state.chunkMode, state.chunkValue, c.input.size(), &c.setup.chunks, error))
        return false;
    if (!labscript::parseChanges(state.changes, &c.setup.setAt, error))
        return false;
    c.setup.overwrite = state.overwrite;
    *out = c;
    return true;
}

QStringList checkExercise(const LabLesson &lesson, const LabState &state)
{
    FramingCase c;
    QString error;
    if (!labCase(state, &c, &error))
        return { error };
    FramingCase expected = lesson.expected;
    expected.input = c.input;
    expected.setup = c.setup;
    return messages::caseDifferences(expected.diff(expected.run()));
}

QList<LabLesson> labLessons()
{
    QList<LabLesson> all;
    LabLesson split;
    split.id = QStringLiteral("split-terminator");
    split.title = QCoreApplication::translate("LabLessons", "1. A terminator split across reads");
    split.text = QCoreApplication::translate("LabLessons",
        "TCP delivers bytes, not messages: a read may end anywhere, even between the "
        "\\r and the \\n of a line end.\n\n"
        "Step by read. Read 1 ends in \\r: the framer cannot know yet whether \\n "
        "follows, so it holds the \\r back. Read 2 brings the \\n: the terminator is "
        "found across the two reads, and foundTerminator() is called once.\n\n"
        "The script here is \\n, so the \\r stays in the frames.");
    split.exercise = QCoreApplication::translate("LabLessons",
        "Change the terminator script so that the frames are PING and PONG, "
        "without \\r, whatever the reads. Then press Check.");
    split.start = { QStringLiteral("PING\\r\\nPONG\\r\\n"), ChunkMode::List,
        QStringLiteral("5,3,4"), QStringLiteral("\\n"), QString(), false };
    split.answer = split.start;
    split.answer.script = QStringLiteral("\\r\\n");
    split.expected.frames = { frame("PING", "\\r\\n"), frame("PONG", "\\r\\n") };
    split.expected.pending = QByteArray();
    split.expected.heldBack = QByteArray();
    all << split;

    LabLesson held;
    held.id = QStringLiteral("held-back");
    held.title = QCoreApplication::translate("LabLessons", "2. The held-back prefix");
    held.text = QCoreApplication::translate("LabLessons",
        "SMTP ends a message with \\r\\n.\\r\\n. Bytes that may be the start of the "
        "terminator are never given to collectIncomingData(): they are held back "
        "until a later read shows whether the terminator follows.\n\n"
        "Step by event with 1-byte reads and watch the orange bytes: \\r, then \\r\\n, "
        "then \\r\\n. wait at the end of each read; a byte that breaks the pattern "
        "releases them into the frame.");
    held.exercise = QCoreApplication::translate("LabLessons",
        "Write the script for this SMTP exchange: the command DATA ends with "
        "\\r\\n, the message with \\r\\n.\\r\\n. At the end, Hi must still be "
        "collected and \\r\\n.\\r held back.");
    held.start = { QStringLiteral("DATA\\r\\nHi\\r\\n.\\r"), ChunkMode::OneByte, QString(),
        QStringLiteral("\\r\\n"), QString(), false };
    held.answer = held.start;
    held.answer.script = QStringLiteral("\\r\\n \\r\\n.\\r\\n");
    held.expected.frames = { frame("DATA", "\\r\\n") };
    held.expected.pending = QByteArray("Hi");
    held.expected.heldBack = QByteArray("\r\n.\r");
    held.expected.terminator = Terminator::bytes("\r\n.\r\n");
    all << held;

    LabLesson length;
    length.id = QStringLiteral("line-then-count");
    length.title = QCoreApplication::translate("LabLessons", "3. A line, then a byte count");
    length.text = QCoreApplication::translate("LabLessons",
        "Many protocols send a header line with a length, then exactly that many "
        "bytes (RESP, HTTP bodies, netstrings). The handler sets a count terminator "
        "inside foundTerminator() for the header, and a line terminator again after "
        "the body.\n\n"
        "A count counts only bytes that arrive after it is set: the body may contain "
        "\\r\\n without ending the frame. (A real handler computes the count from "
        "the header; the lab's script writes it out.)");
    length.exercise = QCoreApplication::translate("LabLessons",
        "Write the script so that the frames are 5, hello, 12 and "
        "hello, world (the second body contains a comma and a space).");
    length.start = { QStringLiteral("5\\r\\nhello12\\r\\nhello, world"), ChunkMode::Fixed,
        QStringLiteral("4"), QStringLiteral("\\r\\n"), QString(), false };
    length.answer = length.start;
    length.answer.script = QStringLiteral("\\r\\n count:5 \\r\\n count:12");
    length.expected.frames = { frame("5", "\\r\\n"), frame("hello", "count:5"),
        frame("12", "\\r\\n"), frame("hello, world", "count:12") };
    length.expected.pending = QByteArray();
    length.expected.heldBack = QByteArray();
    all << length;

    LabLesson overwrite;
    overwrite.id = QStringLiteral("overwrite-bug");
    overwrite.title
        = QCoreApplication::translate("LabLessons", "4. The seed's overwrite bug and slow clients");
    overwrite.text = QCoreApplication::translate("LabLessons",
        "The seed's handler wrote self.data = data in collect_incoming_data() "
        "instead of self.data += data. A fast client sends a line in one read: "
        "collectIncomingData() is called once per frame and the bug is "
        "invisible.\n\n"
        "Here the client is slow (1 byte per read) and the mistake is switched "
        "on. Step by event: every call replaces the buffer, and the frame is only "
        "the last byte. Run the invariance check: it shows the first chunking "
        "that gives other frames than one read.");
    overwrite.exercise = QCoreApplication::translate("LabLessons",
        "Make the slow client's frame HELLO WORLD again: fix the handler "
        "(switch the mistake off).");
    overwrite.start = { QStringLiteral("HELLO WORLD\\r\\n"), ChunkMode::OneByte, QString(),
        QStringLiteral("\\r\\n"), QString(), true };
    overwrite.answer = overwrite.start;
    overwrite.answer.overwrite = false;
    overwrite.expected.frames = { frame("HELLO WORLD", "\\r\\n") };
    overwrite.expected.pending = QByteArray();
    all << overwrite;

    LabLesson http;
    http.id = QStringLiteral("http-head");
    http.title = QCoreApplication::translate("LabLessons", "5. Framing an HTTP request head");
    http.text = QCoreApplication::translate("LabLessons",
        "The seed's server reads a request head: lines ending in \\r\\n, then an empty "
        "line. With \\r\\n as the terminator each line is a frame and the empty line "
        "is an empty frame; the handler must count lines.\n\n"
        "With \\r\\n\\r\\n the whole head is one frame. Step with 1-byte reads and "
        "watch the held-back prefix grow: \\r, \\r\\n, \\r\\n\\r, then the match.");
    http.exercise = QCoreApplication::translate("LabLessons",
        "Frame the whole request head as one frame (without the final empty "
        "line).");
    http.start = { QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n"),
        ChunkMode::OneByte, QString(), QStringLiteral("\\r\\n"), QString(), false };
    http.answer = http.start;
    http.answer.script = QStringLiteral("\\r\\n\\r\\n");
    http.expected.frames = { frame("GET /kongxx HTTP/1.0\r\nHost: x", "\\r\\n\\r\\n") };
    http.expected.pending = QByteArray();
    http.expected.heldBack = QByteArray();
    all << http;

    for (LabLesson &l : all)
        l.expected.hasExpect = true;
    return all;
}

} // namespace acw
