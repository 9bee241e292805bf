#include "models/streamrenderer.h"
#include "models/timelinemodel.h"

#include <QTest>
#include <QTextDocument>

using namespace acw;
using Mark = StreamRenderer::Mark;

class TestStreamRenderer : public QObject
{
    Q_OBJECT
private slots:
    void classifiesFramesPendingAndHeldBack();
    void highlightingFollowsTheChannelsCounts();
    void textModeBreaksLinesAfterFrames();
    void hexModeShowsOffsetsAndMarksChunks();
    void onlyTheNewestBytesAreRendered();
};

// "ab\r\n" framed, then "cd" collected and "\r" held back; read as "ab\r", "\ncd\r".
static CaptureStore::Capture sample()
{
    CaptureStore::Capture c;
    c.data = "ab\r\ncd\r";
    c.streamEnd = c.data.size();
    c.chunkStarts = { 0, 3 };
    c.chunkTimes = { 1700000000000001, 1700000000250002 };
    CaptureStore::FrameMark f;
    f.index = 0;
    f.end = 4;
    f.size = 2;
    f.termSize = 2;
    f.terminator = QStringLiteral("\\r\\n");
    c.frames = { f };
    return c;
}

// The channel's state for sample(): framed up to 6, "cd" collected, "\r" held back.
static StreamRenderer::State sampleState()
{
    StreamRenderer::State st;
    st.consumed = 6;
    st.pending = 2;
    st.heldBack = 1;
    return st;
}

static QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

void TestStreamRenderer::classifiesFramesPendingAndHeldBack()
{
    const QVector<Mark> marks = StreamRenderer::classify(sample(), sampleState(), 0, 7);
    const QVector<Mark> expected = { Mark::FrameEven, Mark::FrameEven, Mark::Terminator,
        Mark::Terminator, Mark::Pending, Mark::Pending, Mark::HeldBack };
    QCOMPARE(marks, expected);
}

// Issue 8 item 4: what the highlighting calls collected is exactly what the channel says it
// holds. A profile that took "cd" as a stream leaves nothing collected: those bytes are
// shown as handed on, and bytes past the state (arrived later) as not framed yet.
void TestStreamRenderer::highlightingFollowsTheChannelsCounts()
{
    CaptureStore::Capture c = sample();
    c.data += "xy";
    c.streamEnd = c.data.size();
    StreamRenderer::State st;
    st.consumed = 6;
    st.pending = 0;
    st.heldBack = 1;
    const QVector<Mark> marks = StreamRenderer::classify(c, st, 4, 9);
    const QVector<Mark> expected
        = { Mark::Streamed, Mark::Streamed, Mark::HeldBack, Mark::Unframed, Mark::Unframed };
    QCOMPARE(marks, expected);
    // The number of bytes painted as collected equals the channel's count, always.
    for (qint64 pending = 0; pending <= 2; ++pending) {
        st.pending = pending;
        const QVector<Mark> m = StreamRenderer::classify(c, st, 0, 9);
        QCOMPARE(qint64(m.count(Mark::Pending)), pending);
        QCOMPARE(qint64(m.count(Mark::HeldBack)), st.heldBack);
    }
}

void TestStreamRenderer::textModeBreaksLinesAfterFrames()
{
    const auto r
        = StreamRenderer::render(sample(), sampleState(), bytesformat::ViewMode::Text, 1 << 20);
    QVERIFY(!r.truncated);
    // The chunk mark (U+250A) sits between "\r" and "\n" where the read ended.
    QCOMPARE(plain(r.html), QStringLiteral("ab\\r\u250a\\n\ncd\\r"));
    QVERIFY(r.html.contains(StreamRenderer::color(Mark::HeldBack)));
    QVERIFY(r.html.contains(StreamRenderer::color(Mark::Pending)));
}

void TestStreamRenderer::hexModeShowsOffsetsAndMarksChunks()
{
    const auto r
        = StreamRenderer::render(sample(), sampleState(), bytesformat::ViewMode::Hex, 1 << 20);
    const QString text = plain(r.html);
    QVERIFY2(
        text.startsWith(QStringLiteral("00000000  61 62 0d\u250a0a 63 64 0d")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("|ab..cd.")), qPrintable(text));
    // Each read's arrival time, to the microsecond, on the line where it starts.
    QVERIFY2(text.contains(QStringLiteral("| \u250a") + TimelineModel::timeText(1700000000250002)),
        qPrintable(text));
    QVERIFY(text.endsWith(QLatin1String(".250002\n")) || text.endsWith(QLatin1String(".250002")));
}

void TestStreamRenderer::onlyTheNewestBytesAreRendered()
{
    CaptureStore::Capture c;
    c.data = QByteArray(100000, 'x');
    c.streamEnd = c.data.size();
    const auto r
        = StreamRenderer::render(c, StreamRenderer::State(), bytesformat::ViewMode::Escaped, 1000);
    QVERIFY(r.truncated);
    QCOMPARE(r.from, 99000);
    QCOMPARE(plain(r.html).size(), 1000);
}

QTEST_MAIN(TestStreamRenderer)
#include "tst_streamrenderer.moc"
