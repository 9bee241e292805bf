// Issue 8, items 1-4 and 6, driven as a user would: an echo server started from the window,
// a peer sending the bytes, the Terminator tab used to change the terminator live.
// Each assertion failed on the code before the fix (see the "What was seen").
#include "closedport.h"
#include "engine/engine.h"
#include "framing/framingcase.h"
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/framelistmodel.h"
#include "models/servermodel.h"
#include "models/streamrenderer.h"
#include "models/timelinemodel.h"
#include "panels/framinglab.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/terminatoreditor.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include "windowrig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>

using namespace acw;
using acwtest::startServerFromForm;

class TestInspectorTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void previewPredictsTheEngine(); // item 1
    void countReachedIsSaidWhereItHappens(); // item 2
    void profileAndInspectorShowOneFrame(); // item 3
    void summaryMatchesHighlighting(); // item 4
    void rearmGivesFixedSizeFrames(); // item 2, the option
    void headerHasNoMojibake(); // item 6
    void manualProfileNeverAnswers();
    void openInLabReplaysTheConnection();
    void windowServersHaveNoIdleTimeout();
    void inspectorIsPushedNotPolled();

private:
    template<class T> T *child(const char *name) { return acwtest::child<T>(m_window, name); }
    quint16 startServer(const QString &profile) { return startServerFromForm(m_window, profile); }
    void connectPeer(quint16 port);
    void send(const QByteArray &bytes);
    void applyTerminator(const QString &spec, bool rearm = false);
    const FrameListModel *frames() { return m_window->inspector()->input()->frames(); }
    QString frameData(int row)
    {
        return frames()->index(row, FrameListModel::Data).data().toString();
    }
    const ConnectionInfo *info() { return m_window->workbench()->connections()->info(m_id); }
    TerminatorEditor *editor() { return m_window->inspector()->terminatorEditor(); }
    QString header() { return child<QLabel>("inspectorHeader")->text(); }
    // Drives the scenario up to the 8-byte frame.
    void upToTheEightByteFrame();

    MainWindow *m_window = nullptr;
    QTcpSocket *m_peer = nullptr;
    QByteArray m_echoed;
    qint64 m_sent = 0;
    quint64 m_id = 0;
};

void TestInspectorTruth::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_peer = new QTcpSocket(this);
    m_echoed.clear();
    m_sent = 0;
    m_id = 0;
    connect(m_peer, &QTcpSocket::readyRead, this, [this] { m_echoed += m_peer->readAll(); });
}

void TestInspectorTruth::cleanup()
{
    delete m_peer;
    m_peer = nullptr;
    delete m_window;
    m_window = nullptr;
}

void TestInspectorTruth::connectPeer(quint16 port)
{
    m_peer->connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(m_peer->waitForConnected(5000));
    ConnectionModel *model = m_window->workbench()->connections();
    QTRY_COMPARE(model->rowCount(), 1);
    m_id = model->infoAt(0).id;
    acwtest::clickConnectionRow(m_window, 0);
    QTRY_COMPARE(m_window->inspector()->connection(), m_id);
}

// One write, and wait until the engine has read it (the peer is a separate program in
// real life: each send is one read here).
void TestInspectorTruth::send(const QByteArray &bytes)
{
    m_peer->write(bytes);
    m_peer->flush();
    m_sent += bytes.size();
    QTRY_VERIFY(info() && info()->bytesIn == m_sent);
    const CaptureStore *captures = m_window->workbench()->captures();
    QTRY_VERIFY(captures->capture(m_id) && captures->capture(m_id)->streamEnd == m_sent);
}

void TestInspectorTruth::applyTerminator(const QString &spec, bool rearm)
{
    auto *tabs = m_window->inspector()->tabs();
    tabs->setCurrentWidget(editor());
    auto *field = child<TerminatorField>("newTerminator")->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, spec);
    child<QCheckBox>("rearmCount")->setChecked(rearm);
    QTest::mouseClick(child<QPushButton>("applyTerminatorButton"), Qt::LeftButton);
    QTRY_COMPARE(info()->terminator, spec);
    QTRY_COMPARE(info()->rearm, rearm);
}

void TestInspectorTruth::upToTheEightByteFrame()
{
    connectPeer(startServer(QStringLiteral("echo")));
    send("abc\r\nde");
    send("fgh");
    QTRY_COMPARE(frames()->rowCount(), 1);
    QCOMPARE(frameData(0), QStringLiteral("abc"));
    QTRY_COMPARE(info()->pendingBytes, qint64(5));
}

void TestInspectorTruth::previewPredictsTheEngine()
{
    upToTheEightByteFrame();
    // The preview, before anything is applied, from the connection's real state.
    m_window->inspector()->tabs()->setCurrentWidget(editor());
    auto *field = child<TerminatorField>("newTerminator")->lineEdit();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("count:3"));
    QTRY_VERIFY(editor()->state().found && editor()->state().pendingSize == 5);
    const QString preview = editor()->previewText();
    QVERIFY2(!preview.contains(QLatin1String("frame 1 (3 bytes): def")), qPrintable(preview));
    QVERIFY2(!preview.contains(QLatin1String("still collected: gh")), qPrintable(preview));
    QVERIFY2(
        preview.contains(QLatin1String("frame 2 starts with the 5 byte")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("(defgh)")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("ends after 3 more byte(s) arrive: 8 byte")),
        qPrintable(preview));
    // And the engine does what it said.
    QTest::mouseClick(child<QPushButton>("applyTerminatorButton"), Qt::LeftButton);
    QTRY_COMPARE(info()->terminator, QStringLiteral("count:3"));
    send("ijk");
    QTRY_COMPARE(frames()->rowCount(), 2);
    QCOMPARE(frameData(1), QStringLiteral("defghijk"));
    QTRY_COMPARE(m_echoed, QByteArray("abc\r\ndefghijk"));
}

void TestInspectorTruth::countReachedIsSaidWhereItHappens()
{
    upToTheEightByteFrame();
    applyTerminator(QStringLiteral("count:3"));
    send("ijk");
    QTRY_COMPARE(frames()->rowCount(), 2);
    // No longer silent: the header and the timeline say the count became none.
    QTRY_COMPARE(info()->terminator, QStringLiteral("none"));
    QTRY_VERIFY2(
        header().contains(QLatin1String("count:3 reached at frame 2")), qPrintable(header()));
    const TimelineModel *timeline = m_window->workbench()->timeline();
    bool said = false;
    for (int r = 0; r < timeline->rowCount(); ++r) {
        const QString summary = timeline->index(r, TimelineModel::Summary).data().toString();
        said = said || summary.contains(QLatin1String("count reached: terminator is now none"));
    }
    QVERIFY(said);
}

void TestInspectorTruth::profileAndInspectorShowOneFrame()
{
    upToTheEightByteFrame();
    applyTerminator(QStringLiteral("count:3"));
    send("ijk");
    QTRY_COMPARE(info()->terminator, QStringLiteral("none"));
    send("lmnop");
    applyTerminator(QStringLiteral("count:3"));
    send("qrstuvw");
    QTRY_COMPARE(frames()->rowCount(), 3);
    // asynchat: what was collected under none stays collected, so the frame is lmnopqrs;
    // the echo profile pushes back that same frame (it used to push "qrs\r\n").
    QCOMPARE(frameData(2), QStringLiteral("lmnopqrs"));
    QTRY_COMPARE(m_echoed, QByteArray("abc\r\ndefghijklmnopqrs"));
}

void TestInspectorTruth::summaryMatchesHighlighting()
{
    upToTheEightByteFrame();
    applyTerminator(QStringLiteral("count:3"));
    send("ijk");
    QTRY_COMPARE(info()->terminator, QStringLiteral("none"));
    send("lmnop");
    applyTerminator(QStringLiteral("count:3"));
    send("qrstuvw");
    QTRY_COMPARE(frames()->rowCount(), 3);
    // tuvw is collected: the summary says 4 B, and exactly tuvw is highlighted as such.
    QTRY_COMPARE(info()->pendingBytes, qint64(4));
    m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->input());
    auto *summary = child<QLabel>("inputSummary");
    QTRY_VERIFY2(summary->text().contains(QLatin1String("collected, not framed: 4 B")),
        qPrintable(summary->text()));
    QVERIFY2(
        summary->text().contains(QLatin1String("held back: 0 B")), qPrintable(summary->text()));
    const CaptureStore::Capture *c = m_window->workbench()->captures()->capture(m_id);
    const StreamRenderer::State st { info()->consumedOffset, info()->pendingBytes,
        info()->heldBack };
    const auto marks = StreamRenderer::classify(*c, st, 0, c->streamEnd);
    QCOMPARE(marks.count(StreamRenderer::Mark::Pending), 4);
    QCOMPARE(c->bytes(c->streamEnd - 4, c->streamEnd), QByteArray("tuvw"));
    QCOMPARE(marks.mid(marks.size() - 4),
        QVector<StreamRenderer::Mark>(4, StreamRenderer::Mark::Pending));
    // The editor's line names each part by what it is (the engine pushed the state).
    m_window->inspector()->tabs()->setCurrentWidget(editor());
    QTRY_VERIFY(editor()->state().pendingSize == 4);
    const QString held = child<QLabel>("terminatorHeldNow")->text();
    QVERIFY2(held.contains(QLatin1String("collected, not framed: 4 byte")), qPrintable(held));
    QVERIFY2(held.contains(QLatin1String("(tuvw)")), qPrintable(held));
    QVERIFY2(held.contains(QLatin1String("held back at the end of the last read (a possible start "
                                         "of the terminator): none")),
        qPrintable(held));
}

void TestInspectorTruth::rearmGivesFixedSizeFrames()
{
    connectPeer(startServer(QStringLiteral("echo")));
    send("x\r\n");
    QTRY_COMPARE(frames()->rowCount(), 1);
    applyTerminator(QStringLiteral("count:3"), true);
    send("aaabbbc");
    send("ccddd");
    QTRY_COMPARE(frames()->rowCount(), 5);
    QCOMPARE(frameData(1), QStringLiteral("aaa"));
    QCOMPARE(frameData(4), QStringLiteral("ddd"));
    QCOMPARE(info()->terminator, QStringLiteral("count:3"));
    QVERIFY(header().contains(QLatin1String("re-armed after every frame")));
    QTRY_COMPARE(m_echoed, QByteArray("x\r\naaabbbcccddd"));
}

void TestInspectorTruth::headerHasNoMojibake()
{
    // A refused client connection: its reason joins the header with an em dash.
    const acwtest::ClosedPort closed; // bound, never listening: connects are refused
    const quint16 port = closed.port();
    QVERIFY(port != 0);
    child<QLineEdit>("clientHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>("clientPort")->setValue(port);
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);
    ConnectionModel *model = m_window->workbench()->connections();
    QTRY_COMPARE(model->rowCount(), 1);
    m_id = model->infoAt(0).id;
    QTRY_COMPARE(model->info(m_id)->state, ConnectionInfo::State::Closed);
    m_window->inspector()->setConnection(m_id);
    QTRY_VERIFY(!header().isEmpty());
    const QString text = header();
    QVERIFY2(!text.contains(QChar(0x00e2)), qPrintable(text)); // "â": UTF-8 read as Latin-1
    QVERIFY2(text.contains(QStringLiteral(" \u2014 ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(text));
}

void TestInspectorTruth::manualProfileNeverAnswers()
{
    connectPeer(startServer(QStringLiteral("manual")));
    send("EHLO client\r\n");
    QTRY_COMPARE(frames()->rowCount(), 1);
    QCOMPARE(frameData(0), QStringLiteral("EHLO client"));
    // Silent: nothing comes back on its own...
    QSignalSpy readable(m_peer, &QTcpSocket::readyRead);
    QVERIFY(!readable.wait(300));
    QVERIFY(m_echoed.isEmpty());
    // ...until the user answers by hand.
    m_window->workbench()->push(m_id, "250 hello\r\n");
    QTRY_COMPARE(m_echoed, QByteArray("250 hello\r\n"));
}

void TestInspectorTruth::windowServersHaveNoIdleTimeout()
{
    QCOMPARE(child<QSpinBox>("idleTimeoutSpin")->value(), 0);
    connectPeer(startServer(QStringLiteral("echo")));
    QCOMPARE(info()->idleTimeoutMs, 0);
    // Asked for, it is applied and announced in the inspector before it fires.
    m_peer->disconnectFromHost();
    QTRY_COMPARE(info()->state, ConnectionInfo::State::Closed);
    m_window->workbench()->clearClosed();
    child<QSpinBox>("idleTimeoutSpin")->setValue(2);
    m_peer->abort();
    delete m_peer;
    m_peer = new QTcpSocket(this);
    connectPeer(startServer(QStringLiteral("echo")));
    QTRY_COMPARE(info()->idleTimeoutMs, 2000);
    QTRY_VERIFY2(header().contains(QLatin1String("idle: closes in")), qPrintable(header()));
    QTRY_VERIFY_WITH_TIMEOUT(info()->state == ConnectionInfo::State::Closed, 10000);
}

// The selected connection's state is pushed by the engine while the inspector is shown:
// nothing while nothing changes (no polling), at once after a change, nothing while hidden
// or for a connection no longer selected.
void TestInspectorTruth::inspectorIsPushedNotPolled()
{
    connectPeer(startServer(QStringLiteral("echo")));
    InspectorPanel *inspector = m_window->inspector();
    QCOMPARE(inspector->subscribed(), m_id);
    QTRY_VERIFY(editor()->state().found && editor()->state().id == m_id);
    Workbench *wb = m_window->workbench();
    QSignalSpy snapshots(wb, &Workbench::inspectionReady);
    // Every snapshot sent before its answer has arrived when the answer arrives.
    const quint64 nowhere = 999999;
    auto barrier = [&] {
        QSignalSpy answer(wb, &Workbench::inspectionReady);
        wb->engine()->requestInspection(nowhere);
        QVERIFY(answer.wait(5000));
    };
    auto snapshotsOf = [&](quint64 id) {
        int n = 0;
        for (const QList<QVariant> &args : std::as_const(snapshots))
            n += args.at(0).value<ConnectionInspection>().id == id;
        return n;
    };

    QVERIFY(!snapshots.wait(700)); // a poll would have answered twice by now
    send("partial");
    QTRY_COMPARE(editor()->state().pendingInput, QByteArray("partial"));
    QVERIFY(snapshotsOf(m_id) >= 1);

    // Another main tab hides the inspector: no snapshot while bytes arrive...
    auto *tabs = child<QTabWidget>("mainTabs");
    tabs->setCurrentWidget(child<QWidget>("framingLabPage"));
    QTRY_COMPARE(inspector->subscribed(), quint64(0));
    snapshots.clear();
    send(" more");
    barrier();
    QCOMPARE(snapshotsOf(m_id), 0);
    // ...and one at once when it is shown again.
    tabs->setCurrentIndex(0);
    QTRY_COMPARE(inspector->subscribed(), m_id);
    QTRY_COMPARE(editor()->state().pendingInput, QByteArray("partial more"));

    // Nothing selected: the connection's snapshots stop.
    inspector->setConnection(0);
    QCOMPARE(inspector->subscribed(), quint64(0));
    snapshots.clear();
    send(" again");
    barrier();
    QCOMPARE(snapshotsOf(m_id), 0);
}

// "Open in lab" replays the connection's real reads and terminator history (the live
// changes, the count that became none, the re-armed count) to the frames the inspector shows.
void TestInspectorTruth::openInLabReplaysTheConnection()
{
    upToTheEightByteFrame();
    applyTerminator(QStringLiteral("count:3"));
    send("ijk");
    QTRY_COMPARE(info()->terminator, QStringLiteral("none"));
    send("lmnop");
    applyTerminator(QStringLiteral("count:2"), true);
    send("qrstuvw");
    send("xy;z");
    applyTerminator(QStringLiteral(";"));
    send("12;34");
    QTRY_COMPARE(frames()->rowCount(), 8);
    m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->input());
    QTest::mouseClick(child<QPushButton>("openInLabButton"), Qt::LeftButton);
    FramingLab *lab = m_window->framingLab();
    QTRY_VERIFY(lab->isVisible());
    FramingCase replayed;
    QString error;
    QVERIFY2(lab->currentCase(&replayed, &error), qPrintable(error));
    QCOMPARE(replayed.input, QByteArray("abc\r\ndefghijklmnopqrstuvwxy;z12;34"));
    QCOMPARE(replayed.frames.size(), frames()->rowCount());
    for (int i = 0; i < replayed.frames.size(); ++i)
        QCOMPARE(QString::fromLatin1(replayed.frames.at(i).data), frameData(i));
    QVERIFY(replayed.pending.has_value());
    QCOMPARE(*replayed.pending, QByteArray("34"));
}

QTEST_MAIN(TestInspectorTruth)
#include "tst_inspectortruth.moc"
