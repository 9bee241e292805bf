#include "models/capturestore.h"
#include "models/conversationmodel.h"
#include "models/framelistmodel.h"
#include "models/outputhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace acw;
using Type = EngineEvent::Type;

class TestCaptureStore : public QObject
{
    Q_OBJECT
private slots:
    void chunksAndFramesOfARequest();
    void oneChangedSignalPerBatch();
    void perConnectionCapKeepsTheTail();
    void truncatedChunkStopsTheCapture();
    void totalCapSparesThePinnedConnection();
    void frameRingAndFrameList();
    void removeForgetsConnections();
    void totalFrameCapDropsOldestMarks();
    void chunkStartsAreCapped();
    void pushesAndWritesOutliveTheConnection();
    void outputCapsPerConnectionAndTotal();
    void conversationInterleavesBothDirections();
};

static EngineEvent outEvent(quint64 id, Type type, const QByteArray &data, qint64 size = -1)
{
    EngineEvent e;
    e.type = type;
    e.connection = id;
    e.size = size < 0 ? data.size() : size;
    if (type == Type::Pushed)
        e.data = data;
    return e;
}

// A stream as the engine reports it: each read a Chunk, then the frames it completed.
class Feed
{
public:
    explicit Feed(quint64 id) : m_id(id) { }
    EngineEvent chunk(const QByteArray &bytes, qint64 captured = -1)
    {
        EngineEvent e;
        e.type = Type::Chunk;
        e.connection = m_id;
        e.offset = m_offset;
        e.size = bytes.size();
        e.data = captured < 0 ? bytes : bytes.left(captured);
        m_offset += bytes.size();
        return e;
    }
    EngineEvent frame(qint64 end, qint64 size, const QString &spec = QStringLiteral("\\r\\n"))
    {
        EngineEvent e;
        e.type = Type::Frame;
        e.connection = m_id;
        e.index = m_index++;
        e.offset = end;
        e.size = size;
        e.text = spec;
        e.terminator = Terminator::parse(spec); // the engine sends both
        return e;
    }

private:
    quint64 m_id;
    qint64 m_offset = 0;
    quint64 m_index = 0;
};

void TestCaptureStore::chunksAndFramesOfARequest()
{
    CaptureStore store;
    Feed f(1);
    // "GET /kongxx HTTP/1.0\r\n" arrives in two reads that split the terminator.
    store.applyEvents({ f.chunk("GET /kongxx HTTP/1.0\r"), f.chunk("\nHost: x\r\n"),
        f.frame(22, 20), f.frame(31, 7) });
    const CaptureStore::Capture *c = store.capture(1);
    QVERIFY(c);
    QCOMPARE(c->streamEnd, 31);
    QCOMPARE(c->chunkStarts, (QVector<qint64> { 0, 21 }));
    QCOMPARE(c->frames.size(), 2);
    QCOMPARE(c->frameData(c->frames.at(0)), QByteArray("GET /kongxx HTTP/1.0"));
    QCOMPARE(c->frameData(c->frames.at(1)), QByteArray("Host: x"));
    QCOMPARE(c->frames.at(1).termSize, 2);
}

void TestCaptureStore::oneChangedSignalPerBatch()
{
    CaptureStore store;
    QSignalSpy changed(&store, &CaptureStore::changed);
    Feed a(1);
    Feed b(2);
    store.applyEvents({ a.chunk("x"), b.chunk("y"), a.chunk("z") });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<quint64>>(), (QSet<quint64> { 1, 2 }));
}

void TestCaptureStore::perConnectionCapKeepsTheTail()
{
    CaptureStore store;
    store.setBytesPerConnection(10);
    Feed f(1);
    store.applyEvents({ f.chunk("0123456789"), f.chunk("abcdef") });
    const CaptureStore::Capture *c = store.capture(1);
    QCOMPARE(c->data, QByteArray("6789abcdef"));
    QCOMPARE(c->baseOffset, 6);
    QCOMPARE(c->chunkStarts, QVector<qint64> { 10 }); // the first read's start is gone
    QCOMPARE(c->bytes(0, 8), QByteArray("67"));
    QCOMPARE(store.totalBytes(), 10);
}

void TestCaptureStore::truncatedChunkStopsTheCapture()
{
    CaptureStore store;
    Feed f(1);
    store.applyEvents({ f.chunk("abc"), f.chunk("defghij", 2), f.chunk("klm") });
    const CaptureStore::Capture *c = store.capture(1);
    QCOMPARE(c->data, QByteArray("abcde"));
    QVERIFY(c->dataLost);
    QCOMPARE(c->streamEnd, 13);
}

void TestCaptureStore::totalCapSparesThePinnedConnection()
{
    CaptureStore store;
    store.setTotalBytes(8);
    store.setPinned(1);
    Feed a(1);
    Feed b(2);
    store.applyEvents({ a.chunk("aaaaaa"), b.chunk("bbbbbb") });
    QCOMPARE(store.capture(1)->data, QByteArray("aaaaaa"));
    QVERIFY(store.capture(2)->data.isEmpty());
    QVERIFY(store.capture(2)->dataLost);
    QVERIFY(store.totalBytes() <= 8);
}

void TestCaptureStore::frameRingAndFrameList()
{
    CaptureStore store;
    store.setFramesPerConnection(3);
    FrameListModel list(&store);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&store, &CaptureStore::changed, &list, &FrameListModel::refresh);
    list.setConnection(1);
    Feed f(1);
    QSignalSpy inserted(&list, &FrameListModel::rowsInserted);
    store.applyEvents({ f.chunk("a\nbb\n"), f.frame(2, 1, QStringLiteral("\\n")),
        f.frame(5, 2, QStringLiteral("\\n")) });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.index(1, FrameListModel::Data).data().toString(), QStringLiteral("bb"));
    QCOMPARE(list.index(1, FrameListModel::Offset).data().toLongLong(), 2);
    QCOMPARE(list.index(1, FrameListModel::Terminator).data().toString(), QStringLiteral("\\n"));
    // Past the cap the oldest frames go, and the list is renumbered.
    store.applyEvents({ f.chunk("c\nd\n"), f.frame(7, 1, QStringLiteral("\\n")),
        f.frame(9, 1, QStringLiteral("\\n")) });
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.index(0, FrameListModel::Data).data().toString(), QStringLiteral("bb"));
    QCOMPARE(store.capture(1)->droppedFrames, 1ull);
    list.setConnection(2);
    QCOMPARE(list.rowCount(), 0);
}

void TestCaptureStore::removeForgetsConnections()
{
    CaptureStore store;
    Feed a(1);
    Feed b(2);
    store.applyEvents({ a.chunk("aaa"), b.chunk("bb") });
    store.remove({ 1 });
    QVERIFY(!store.capture(1));
    QVERIFY(store.capture(2));
    QCOMPARE(store.totalBytes(), 2);
    QCOMPARE(store.connectionCount(), 1);
}

void TestCaptureStore::totalFrameCapDropsOldestMarks()
{
    CaptureStore store;
    store.setTotalFrames(3);
    Feed a(1);
    Feed b(2);
    store.applyEvents({ a.chunk("x\ny\n"), a.frame(2, 1), a.frame(4, 1) });
    store.applyEvents({ b.chunk("z\nw\n"), b.frame(2, 1), b.frame(4, 1) });
    QVERIFY(store.totalFrames() <= 3);
    QVERIFY(store.capture(1)->frames.isEmpty()); // the older connection's marks went
    QCOMPARE(store.capture(1)->droppedFrames, 2ull);
    QCOMPARE(store.capture(2)->frames.size(), 2);
}

void TestCaptureStore::chunkStartsAreCapped()
{
    CaptureStore store;
    store.setChunksPerConnection(10);
    Feed f(1);
    QVector<EngineEvent> batch;
    for (int i = 0; i < 100; ++i)
        batch << f.chunk("a");
    store.applyEvents(batch);
    const CaptureStore::Capture *c = store.capture(1);
    QVERIFY(c->chunkStarts.size() <= 20);
    QCOMPARE(c->chunkStarts.constLast(), 99);
    QCOMPARE(c->streamEnd, 100);
}

void TestCaptureStore::pushesAndWritesOutliveTheConnection()
{
    CaptureStore store;
    OutputHistoryModel history(&store);
    QAbstractItemModelTester tester(
        &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&store, &CaptureStore::changed, &history, &OutputHistoryModel::refresh);
    history.setConnection(1);
    EngineEvent closed;
    closed.type = Type::ConnectionClosed;
    closed.connection = 1;
    // A reply pushed as two units, taken by the kernel in one write, then the close.
    store.applyEvents({ outEvent(1, Type::Pushed, "HTTP/1.0 200 OK\r\n\r\n"),
        outEvent(1, Type::Pushed, "<html>Hello</html>"), outEvent(1, Type::Sent, {}, 37), closed });
    const CaptureStore::Capture *c = store.capture(1);
    QVERIFY(c && c->closed);
    QCOMPARE(c->pushes.size(), 2);
    QCOMPARE(c->sends.size(), 1);
    QCOMPARE(c->pushedEnd, 37);
    QCOMPARE(c->sentEnd, 37);
    QCOMPARE(c->outData, QByteArray("HTTP/1.0 200 OK\r\n\r\n<html>Hello</html>"));
    QCOMPARE(history.rowCount(), 3);
    QCOMPARE(history.rowBytes(1), QByteArray("<html>Hello</html>"));
    QVERIFY(history.index(2, 0).data(OutputHistoryModel::IsSentRole).toBool());
    QCOMPARE(history.rowBytes(2), c->outData);
    QCOMPARE(history.index(1, OutputHistoryModel::Number).data().toInt(), 2);
    // An empty push sends nothing and is no unit (Q10: Python sends nothing either).
    store.applyEvents({ outEvent(1, Type::Pushed, QByteArray()) });
    QCOMPARE(c->pushes.size(), 2);
}

void TestCaptureStore::outputCapsPerConnectionAndTotal()
{
    CaptureStore store;
    store.setBytesPerConnection(10);
    store.applyEvents(
        { outEvent(1, Type::Pushed, "0123456789"), outEvent(1, Type::Pushed, "abcde") });
    const CaptureStore::Capture *c = store.capture(1);
    QCOMPARE(c->outData, QByteArray("56789abcde")); // the newest bytes
    QCOMPARE(c->outBase, 5);
    QCOMPARE(c->outBytes(0, 15), QByteArray("56789abcde"));
    QCOMPARE(store.totalBytes(), 10);
    // The engine's capture limit cut a push: later pushes are not kept as if contiguous.
    store.applyEvents({ outEvent(2, Type::Pushed, "xy", 5), outEvent(2, Type::Pushed, "zz") });
    QVERIFY(store.capture(2)->outLost);
    QCOMPARE(store.capture(2)->outData, QByteArray("xy"));
    QCOMPARE(store.capture(2)->pushedEnd, 7);
    // The total cap empties the oldest connection's output first, not the pinned one's.
    CaptureStore total;
    total.setTotalBytes(8);
    total.setPinned(2);
    total.applyEvents({ outEvent(1, Type::Pushed, "aaaaaa"), outEvent(2, Type::Pushed, "bbbbbb") });
    QVERIFY(total.capture(1)->outData.isEmpty());
    QVERIFY(total.capture(1)->outLost);
    QCOMPARE(total.capture(2)->outData, QByteArray("bbbbbb"));
    total.remove({ 1, 2 });
    QCOMPARE(total.totalBytes(), 0);
}

void TestCaptureStore::conversationInterleavesBothDirections()
{
    CaptureStore store;
    Feed f(1);
    // Read "ab\r", read "\ncd\r\n", echo "ab\r\n" sent in two writes, then "cd\r\n".
    store.applyEvents({ f.chunk("ab\r"), f.chunk("\ncd\r\n"), f.frame(4, 2),
        outEvent(1, Type::Pushed, "ab\r\n"), f.frame(8, 2), outEvent(1, Type::Sent, {}, 3),
        outEvent(1, Type::Pushed, "cd\r\n"), outEvent(1, Type::Sent, {}, 5) });
    ConversationModel model;
    model.build(store.capture(1));
    const auto &s = model.segments();
    QCOMPARE(s.size(), 4);
    using D = ConversationModel::Direction;
    QCOMPARE(s.at(0).direction, D::Received);
    QCOMPARE(s.at(0).bytes, QByteArray("ab\r"));
    QCOMPARE(s.at(1).bytes, QByteArray("\ncd\r\n"));
    QCOMPARE(s.at(1).frameEnds, (QVector<qint64> { 4, 8 }));
    QCOMPARE(s.at(1).frameNumbers, (QVector<quint64> { 1, 2 }));
    QCOMPARE(s.at(2).direction, D::Sent);
    QCOMPARE(s.at(2).bytes, QByteArray("ab\r"));
    QCOMPARE(s.at(2).pushNumbers, (QVector<quint64> { 1 }));
    QCOMPARE(s.at(3).bytes, QByteArray("\ncd\r\n"));
    QCOMPARE(s.at(3).pushStarts, (QVector<qint64> { 4 }));
    QCOMPARE(ConversationModel::rawBytes(store.capture(1), D::Sent), QByteArray("ab\r\ncd\r\n"));
    const QString text = model.render(bytesformat::ViewMode::Escaped, false);
    QVERIFY2(text.indexOf(QLatin1String("end of frame 1")) < text.indexOf(QLatin1String("push 2")),
        qPrintable(text));
    // Pushed but not taken by the kernel: shown last, as not sent.
    store.applyEvents({ outEvent(1, Type::Pushed, "zz") });
    model.build(store.capture(1));
    QCOMPARE(model.segments().size(), 5);
    QVERIFY(model.segments().constLast().unsent);
    QCOMPARE(model.segments().constLast().bytes, QByteArray("zz"));
    // A view keeps the newest segments and says how many it left out.
    model.build(store.capture(1), 2);
    QCOMPARE(model.segments().size(), 2);
    QCOMPARE(model.omitted(), 3);
    QVERIFY(model.render(bytesformat::ViewMode::Text, false)
                .startsWith(QLatin1String("(3 older segment(s) not shown)")));
    model.build(store.capture(1), 100, 4);
    QCOMPARE(model.segments().size(), 1); // the newest always, however large
}

QTEST_MAIN(TestCaptureStore)
#include "tst_capturestore.moc"
