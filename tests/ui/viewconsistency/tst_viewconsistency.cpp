// Issue 8's consistency property: what the window shows is what the engine did.
//
// Random streams, random read sizes and random live terminator changes (byte strings,
// counts with and without re-arm, none; applied while bytes are collected and while a
// terminator prefix is held back) over a real loopback connection to an echo server run
// by the workbench. At every synchronisation point the inspector's model (frames,
// collected, held back, terminator) equals a replay of the connection's recorded reads
// through the framer; the preview shown before each change is checked against what the
// engine did next; the bytes the echo profile pushed equal the frames the inspector shows;
// and at the end the `frame` command replays the recorded reads and changes
// (--chunks, --set-at) to the same frames.
//
// A seed is printed; ACW_VIEW_SEED=N reproduces a run, ACW_VIEW_SEGMENTS=N makes it longer.
#include "engine/engine.h"
#include "framing/framer.h"
#include "framing/terminatorpreview.h"
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/framelistmodel.h"
#include "models/servermodel.h"
#include "models/streamrenderer.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/terminatoreditor.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace acw;

namespace {

struct Change
{
    qint64 at = 0;
    Terminator terminator;
    bool rearm = false;
    quint64 framesBefore = 0; // frames the engine had delivered when it was applied
    TerminatorPreview preview; // what the window predicted before it was applied
};

struct ReplayFrame
{
    QByteArray data;
    QString terminator;
};

// asynchat's default channel over the recorded reads: the reference the window must match.
struct Replay
{
    struct Sink
    {
        Replay &r;
        void collectIncomingData(const char *d, qsizetype n) { r.collected.append(d, n); }
        void foundTerminator()
        {
            r.frames.append({ r.collected, r.armed.toSpec() });
            r.collected.clear();
            if (r.rearm && r.framer.terminator().isNone())
                r.framer.setTerminator(r.rearmCount);
            r.armed = r.framer.terminator();
        }
        void frameTooLong(qint64) { QFAIL("no limit is reached in this test"); }
    };

    Framer framer;
    Terminator armed;
    Terminator rearmCount;
    bool rearm = false;
    QByteArray collected;
    QList<ReplayFrame> frames;

    void set(const Terminator &t, bool again)
    {
        framer.setTerminator(t);
        armed = t;
        rearm = again && t.isCount();
        rearmCount = t;
    }
    void feed(const QByteArray &bytes)
    {
        Sink sink { *this };
        framer.feed(bytes, sink);
    }
};

Terminator randomTerminator(QRandomGenerator &rng)
{
    static const char *const strings[] = { "\r\n", ";", "\n", "ab", "xyz", "\r\n\r\n" };
    switch (rng.bounded(6)) {
    case 0:
    case 1:
    case 2: return Terminator::bytes(QByteArray(strings[rng.bounded(6)]));
    case 3:
    case 4: return Terminator::count(1 + rng.bounded(7));
    default: return Terminator::none();
    }
}

QByteArray randomChunk(QRandomGenerator &rng)
{
    // Terminator bytes are common, so prefixes get held back across reads.
    static const char alphabet[] = "ab;\r\nxyzqq\r\n";
    QByteArray chunk(1 + rng.bounded(9), Qt::Uninitialized);
    for (char &c : chunk)
        c = alphabet[rng.bounded(int(sizeof alphabet - 1))];
    return chunk;
}

} // namespace

class TestViewConsistency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowAgreesWithEngine_data();
    void windowAgreesWithEngine();

private:
    void runOne(quint32 seed, int segments, bool allowRearm);
};

void TestViewConsistency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewConsistency::windowAgreesWithEngine_data()
{
    QTest::addColumn<bool>("allowRearm");
    QTest::newRow("asynchat counts") << false;
    QTest::newRow("re-armed counts") << true;
}

void TestViewConsistency::windowAgreesWithEngine()
{
    QFETCH(bool, allowRearm);
    const quint32 seed = qEnvironmentVariableIsSet("ACW_VIEW_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ACW_VIEW_SEED"))
                             : QRandomGenerator::global()->generate();
    const int segments = qEnvironmentVariableIsSet("ACW_VIEW_SEGMENTS")
                             ? qEnvironmentVariableIntValue("ACW_VIEW_SEGMENTS")
                             : 90;
    qInfo("seed %u (ACW_VIEW_SEED=%u reproduces), %d segments", seed, seed, segments);
    runOne(seed, segments, allowRearm);
}

void TestViewConsistency::runOne(quint32 seed, int segments, bool allowRearm)
{
    QRandomGenerator rng(seed);
    MainWindow window;
    window.show();
    Workbench *wb = window.workbench();
    wb->engine()->setBatchInterval(5);

    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.port = 0;
    config.idleTimeoutMs = 0;
    config.maxFrame = -1;
    const int serverId = wb->startServer(config);
    QTRY_VERIFY(wb->servers()->info(serverId) && wb->servers()->info(serverId)->port != 0);
    const quint16 port = wb->servers()->info(serverId)->port;

    QTcpSocket client;
    QByteArray echoed;
    connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    ConnectionModel *model = wb->connections();
    QTRY_COMPARE(model->rowCount(), 1);
    const quint64 id = model->infoAt(0).id;
    InspectorPanel *inspector = window.inspector();
    inspector->setConnection(id);
    inspector->tabs()->setCurrentWidget(inspector->terminatorEditor());
    TerminatorEditor *editor = inspector->terminatorEditor();
    auto *field = editor->findChild<TerminatorField *>(QStringLiteral("newTerminator"));
    auto *rearmBox = editor->findChild<QCheckBox *>(QStringLiteral("rearmCount"));
    auto *applyButton = editor->findChild<QPushButton *>(QStringLiteral("applyTerminatorButton"));
    QVERIFY(field && rearmBox && applyButton);
    const CaptureStore *captures = wb->captures();

    Replay replay;
    replay.set(Terminator::bytes("\r\n"), false); // echo's default
    QList<Change> changes;
    qint64 sent = 0;
    qint64 replayed = 0;
    int reads = 0;

    auto replayTo = [&](qint64 end) {
        const CaptureStore::Capture *c = captures->capture(id);
        QVERIFY(c && c->baseOffset == 0 && !c->dataLost);
        // The recorded reads, exactly as the engine framed them.
        for (int i = 0; i < c->chunkStarts.size(); ++i) {
            const qint64 a = c->chunkStarts.at(i);
            const qint64 b
                = i + 1 < c->chunkStarts.size() ? c->chunkStarts.at(i + 1) : c->streamEnd;
            if (a < replayed || a >= end)
                continue;
            QVERIFY2(b <= end, "a read straddles a terminator change");
            replay.feed(c->data.mid(a, b - a));
            replayed = b;
            ++reads;
        }
        QCOMPARE(replayed, end);
    };

    auto checkWindow = [&](const char *where) {
        const ConnectionInfo *info = model->info(id);
        const CaptureStore::Capture *c = captures->capture(id);
        QVERIFY(info && c);
        // Frames: the inspector's list, byte for byte and terminator for terminator.
        QCOMPARE(qsizetype(info->frames), replay.frames.size());
        QCOMPARE(c->frames.size(), replay.frames.size());
        for (int i = 0; i < c->frames.size(); ++i) {
            const CaptureStore::FrameMark &f = c->frames.at(i);
            if (c->frameData(f) != replay.frames.at(i).data
                || f.terminator != replay.frames.at(i).terminator)
                QFAIL(qPrintable(
                    QStringLiteral("%1: frame %2 shows '%3' (%4), engine framed '%5' (%6)")
                        .arg(QLatin1String(where))
                        .arg(i + 1)
                        .arg(Terminator::escape(c->frameData(f)), f.terminator,
                            Terminator::escape(replay.frames.at(i).data),
                            replay.frames.at(i).terminator)));
        }
        // Collected, held back, terminator: the summary's numbers and the editor's bytes.
        QCOMPARE(info->pendingBytes, qint64(replay.collected.size()));
        QCOMPARE(info->heldBack, qint64(replay.framer.heldBack().size()));
        QCOMPARE(info->terminator, replay.armed.toSpec());
        QCOMPARE(info->consumedOffset + info->heldBack, info->bytesIn);
        const Terminator left = replay.framer.terminator();
        QCOMPARE(info->countLeft, left.isCount() ? left.countValue() : qint64(-1));
        // The highlighting paints exactly those counts.
        StreamRenderer::State st { info->consumedOffset, info->pendingBytes, info->heldBack };
        const auto marks = StreamRenderer::classify(*c, st, 0, c->streamEnd);
        QCOMPARE(qint64(marks.count(StreamRenderer::Mark::Pending)), info->pendingBytes);
        QCOMPARE(qint64(marks.count(StreamRenderer::Mark::HeldBack)), info->heldBack);
        QCOMPARE(marks.count(StreamRenderer::Mark::Unframed), 0);
    };

    for (int segment = 0; segment < segments; ++segment) {
        // A few writes; the kernel and the engine decide how they become reads.
        const int writes = 1 + rng.bounded(4);
        for (int w = 0; w < writes; ++w) {
            const QByteArray chunk = randomChunk(rng);
            client.write(chunk);
            client.flush();
            sent += chunk.size();
            if (rng.bounded(2))
                QTRY_VERIFY(model->info(id) && model->info(id)->bytesIn == sent);
        }
        QTRY_VERIFY(model->info(id) && model->info(id)->bytesIn == sent);
        QTRY_VERIFY(captures->capture(id) && captures->capture(id)->streamEnd == sent);
        replayTo(sent);
        checkWindow("before a change");
        if (QTest::currentTestFailed())
            return;

        // The editor's state comes from the engine, pushed after each change.
        QTRY_VERIFY(editor->state().found && editor->state().bytesIn == sent
                    && editor->state().frames == quint64(replay.frames.size()));
        QCOMPARE(editor->state().pendingInput, replay.collected);
        QCOMPARE(editor->state().heldBack, replay.framer.heldBack());

        Change change;
        change.at = sent;
        change.terminator = randomTerminator(rng);
        change.rearm = allowRearm && change.terminator.isCount() && rng.bounded(2);
        change.framesBefore = replay.frames.size();
        field->setSpec(change.terminator.toSpec());
        rearmBox->setChecked(change.rearm);
        QVERIFY(applyButton->isEnabled());
        // The preview on screen is the prediction checked below.
        TerminatorPreview::Input in;
        in.collected = editor->state().pendingInput;
        in.collectedSize = editor->state().pendingSize;
        in.heldBack = editor->state().heldBack;
        in.next = change.terminator;
        in.rearm = change.rearm;
        in.maxFrame = editor->state().maxFrame;
        change.preview = TerminatorPreview::predict(in);
        const QString shown = editor->previewText();
        QVERIFY2(shown.contains(QStringLiteral("frame %1").arg(replay.frames.size() + 1))
                     || change.terminator.isNone(),
            qPrintable(shown));
        if (change.preview.bytesToNextFrame >= 0)
            QVERIFY2(shown.contains(
                         QStringLiteral("after %1 more byte").arg(change.preview.bytesToNextFrame)),
                qPrintable(shown));
        QTest::mouseClick(applyButton, Qt::LeftButton);
        // Commands run in order in the network thread: once an inspection asked for after
        // the click is back, the change is in force (even one that looks like no change,
        // such as setting a count in progress again, which restarts it).
        QSignalSpy inspected(wb, &Workbench::inspectionReady);
        wb->engine()->requestInspection(id);
        QVERIFY(inspected.wait(5000));
        QTRY_VERIFY(model->info(id)->terminator == change.terminator.toSpec()
                    && model->info(id)->rearm == change.rearm);
        replay.set(change.terminator, change.rearm);
        changes.append(change);
    }
    // The last bytes after the last change.
    const QByteArray tail = randomChunk(rng) + "\r\n;abxyz" + randomChunk(rng);
    client.write(tail);
    sent += tail.size();
    QTRY_VERIFY(model->info(id)->bytesIn == sent);
    QTRY_VERIFY(captures->capture(id)->streamEnd == sent);
    replayTo(sent);
    checkWindow("at the end");
    if (QTest::currentTestFailed())
        return;

    // Each preview against what happened next.
    const CaptureStore::Capture *c = captures->capture(id);
    for (int k = 0; k < changes.size(); ++k) {
        const Change &ch = changes.at(k);
        const qint64 nextChangeAt = k + 1 < changes.size() ? changes.at(k + 1).at : sent;
        const quint64 framesAtNext = k + 1 < changes.size() ? changes.at(k + 1).framesBefore
                                                            : quint64(replay.frames.size());
        quint64 f = ch.framesBefore;
        for (const TerminatorPreview::Frame &pf : ch.preview.frames) {
            if (f >= framesAtNext)
                break; // the held bytes only complete frames once more bytes arrive
            QCOMPARE(replay.frames.at(int(f)).data, pf.data);
            QCOMPARE(replay.frames.at(int(f)).terminator, pf.terminator.toSpec());
            ++f;
        }
        if (f < framesAtNext) {
            // The next frame starts with what the preview said stays collected.
            const QByteArray data = replay.frames.at(int(f)).data;
            QVERIFY2(data.startsWith(ch.preview.collected),
                qPrintable(
                    QStringLiteral("change %1: frame %2 is '%3', preview said it starts with '%4'")
                        .arg(k)
                        .arg(f + 1)
                        .arg(Terminator::escape(data), Terminator::escape(ch.preview.collected))));
            if (ch.preview.bytesToNextFrame >= 0)
                QCOMPARE(
                    qint64(data.size()), ch.preview.collectedSize + ch.preview.bytesToNextFrame);
        } else if (k + 1 < changes.size()) {
            // Still collecting at the next change: the collected bytes start the same way.
            QVERIFY(changes.at(k + 1).preview.collectedSize >= 0);
        }
        Q_UNUSED(nextChangeAt)
    }

    // The echo profile pushed exactly the frames the inspector shows (with their byte
    // terminators): the frame a profile handles is the frame the window shows.
    QByteArray expected;
    for (const CaptureStore::FrameMark &f : c->frames) {
        expected += c->frameData(f);
        const Terminator t = Terminator::parse(f.terminator);
        if (t.isBytes())
            expected += t.byteString();
    }
    QTRY_COMPARE(echoed.size(), expected.size());
    QCOMPARE(echoed, expected);

    // The same reads and changes through `frame` (no re-arm: the command line has none).
    if (!allowRearm) {
        // --no-repeat: asynchat's rule, nothing is set inside the callbacks (echo sets nothing).
        QStringList args { QStringLiteral("frame"), QStringLiteral("--json"),
            QStringLiteral("--no-repeat"), QStringLiteral("-t"), QStringLiteral("\\r\\n") };
        QStringList sizes;
        for (int i = 0; i < c->chunkStarts.size(); ++i) {
            const qint64 b
                = i + 1 < c->chunkStarts.size() ? c->chunkStarts.at(i + 1) : c->streamEnd;
            sizes << QString::number(b - c->chunkStarts.at(i));
        }
        args << QStringLiteral("--chunks") << sizes.join(QLatin1Char(','));
        for (const Change &ch : changes)
            args << QStringLiteral("--set-at")
                 << QStringLiteral("%1:%2").arg(ch.at).arg(ch.terminator.toSpec());
        args << QStringLiteral("-");
        QProcess frame;
        frame.start(QStringLiteral(ACW_APP_PATH), args);
        QVERIFY(frame.waitForStarted());
        frame.write(c->data);
        frame.closeWriteChannel();
        QVERIFY(frame.waitForFinished(30000));
        QVERIFY2(frame.exitCode() == 0, frame.readAllStandardError().constData());
        QList<QByteArray> cliFrames;
        const QList<QByteArray> lines = frame.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("event")).toString() == QLatin1String("frame"))
                cliFrames << QByteArray::fromHex(
                    o.value(QStringLiteral("data_hex")).toString().toLatin1());
        }
        QCOMPARE(cliFrames.size(), c->frames.size());
        for (int i = 0; i < cliFrames.size(); ++i)
            QCOMPARE(cliFrames.at(i), c->frameData(c->frames.at(i)));
    }
    qInfo(
        "%d segments, %d reads, %lld bytes, %lld frames, %lld terminator changes: window == engine",
        segments, reads, sent, qint64(replay.frames.size()), qint64(changes.size()));
}

QTEST_MAIN(TestViewConsistency)
#include "tst_viewconsistency.moc"
