#include "models/timelinemodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace acw;
using Type = EngineEvent::Type;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); } // plural forms
    void ringKeepsNewest_data();
    void ringKeepsNewest();
    void timesHaveMicroseconds();
    void summaries();
    void filterByConnectionAndType();
    void exports();
};

static EngineEvent makeEvent(quint64 connection, Type type, qint64 size, qint64 timeUs = 0)
{
    EngineEvent e;
    e.connection = connection;
    e.type = type;
    e.size = size;
    e.timeUs = timeUs;
    if (type == Type::Chunk)
        e.data = QByteArray(int(size), 'x');
    return e;
}

void TestTimelineModel::ringKeepsNewest_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QVector<int>>("batches");
    QTest::newRow("under the cap") << 10 << QVector<int> { 3, 4 };
    QTest::newRow("exactly the cap") << 10 << QVector<int> { 5, 5 };
    QTest::newRow("wraps once") << 10 << QVector<int> { 6, 7 };
    QTest::newRow("wraps many times") << 7 << QVector<int> { 3, 5, 2, 6, 4, 1, 9 };
    QTest::newRow("one batch bigger than the cap") << 5 << QVector<int> { 2, 12, 3 };
}

void TestTimelineModel::ringKeepsNewest()
{
    QFETCH(int, cap);
    QFETCH(QVector<int>, batches);
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(cap);
    QSignalSpy inserted(&model, &TimelineModel::rowsInserted);
    qint64 next = 1;
    for (int n : batches) {
        QVector<EngineEvent> batch;
        for (int i = 0; i < n; ++i)
            batch << makeEvent(1, Type::Sent, next++);
        model.appendEvents(batch);
    }
    QCOMPARE(inserted.count(), batches.size());
    const qint64 total = next - 1;
    const int expected = int(std::min<qint64>(total, cap));
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.droppedTotal(), quint64(total - expected));
    // In order, oldest first, ending with the newest.
    for (int r = 0; r < expected; ++r)
        QCOMPARE(model.entryAt(r).size, total - expected + 1 + r);
}

void TestTimelineModel::timesHaveMicroseconds()
{
    const qint64 us = 1700000000123456;
    const QString text = TimelineModel::timeText(us);
    QVERIFY2(text.endsWith(QLatin1String(".123456")), qPrintable(text));
    QCOMPARE(text.size(), QStringLiteral("HH:mm:ss.123456").size());
}

void TestTimelineModel::summaries()
{
    EngineEvent frame = makeEvent(3, Type::Frame, 20);
    frame.index = 0;
    frame.text = QStringLiteral("\\r\\n");
    QCOMPARE(
        TimelineModel::summarize(frame), QStringLiteral("frame #1, 20 bytes, terminator \\r\\n"));
    EngineEvent chunk = makeEvent(3, Type::Chunk, 0);
    chunk.offset = 5;
    chunk.data = "GET /\r\n";
    chunk.size = chunk.data.size();
    QCOMPARE(TimelineModel::summarize(chunk), QStringLiteral("at 5: GET /\\r\\n"));
    EngineEvent closed = makeEvent(3, Type::ConnectionClosed, 21);
    QCOMPARE(TimelineModel::summarize(closed),
        QStringLiteral("closed in order; 21 unframed bytes left"));
}

void TestTimelineModel::filterByConnectionAndType()
{
    TimelineModel model;
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(
        &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvents({ makeEvent(1, Type::Chunk, 3), makeEvent(2, Type::Chunk, 4),
        makeEvent(1, Type::Frame, 1), makeEvent(2, Type::Sent, 4) });
    QCOMPARE(filter.rowCount(), 4);
    filter.setConnection(2);
    QCOMPARE(filter.rowCount(), 2);
    filter.setTypeEnabled(Type::Sent, false);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, TimelineModel::Size).data().toLongLong(), 4);
    filter.setConnection(0);
    filter.setTypeEnabled(Type::Sent, true);
    filter.setFilterFixedString(QStringLiteral("frame #"));
    QCOMPARE(filter.rowCount(), 1);
    // New events pass through the same filter.
    model.appendEvents({ makeEvent(1, Type::Frame, 2) });
    QCOMPARE(filter.rowCount(), 2);
}

void TestTimelineModel::exports()
{
    TimelineModel model;
    EngineEvent opened = makeEvent(7, Type::ConnectionOpened, 0, 1700000000000001);
    opened.text = QStringLiteral("127.0.0.1:5555");
    model.appendEvents({ opened, makeEvent(7, Type::Sent, 12, 1700000000000002) });
    QBuffer json;
    json.open(QIODevice::WriteOnly);
    model.writeJsonLines(&json, { 0, 1 });
    const QList<QByteArray> lines = json.data().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("opened"));
    QCOMPARE(first.value(QStringLiteral("connection")).toInteger(), 7);
    QCOMPARE(first.value(QStringLiteral("timeUs")).toInteger(), 1700000000000001);
    QCOMPARE(first.value(QStringLiteral("time")).toString(),
        QStringLiteral("2023-11-14T22:13:20.000001Z"));
    QCOMPARE(
        QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("size")).toInt(), 12);
    QBuffer text;
    text.open(QIODevice::WriteOnly);
    model.writeText(&text, { 1 });
    QVERIFY2(text.data().contains("#7\tsent\t12\t12 bytes sent\n"), text.data().constData());
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
