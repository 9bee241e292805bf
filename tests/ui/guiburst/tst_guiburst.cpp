// A burst of short connections with the window open: afterwards the table, the timeline,
// the captures and the server's counters agree with the engine, and the window did work
// for what it shows, not for the traffic — counted, never timed: the connection table took
// in only the changes that touch its visible rows, and the server row's counters were
// announced a bounded number of times (ServerModel::CounterIntervalMs), not once a batch.
#include "engine/engine.h"
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"
#include "panels/connectionspanel.h"
#include "panels/livetableview.h"
#include "panels/timelinepanel.h"
#include "settings.h"
#include "translations.h"
#include "workbench.h"

#include "greetingburst.h"

#include "windowrig.h"
#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHostAddress>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

class TestGuiBurst : public QObject
{
    Q_OBJECT
private slots:
    void burstShowsWhatTheEngineDidAtTheCostOfWhatIsShown();
    void counterOnlyChangesAreAnnouncedAtABoundedRate();
    void floodIsCountedNotListed();
};

namespace {

// Runs the greeting-burst client; true when every one of count requests was answered.
bool burst(quint16 port, int count, const QString &name)
{
    QProcess python;
    python.start(
        QStringLiteral(ACW_PYTHON), acwtest::greetingBurstArgs(port, count, name, 100, 60));
    if (!python.waitForStarted())
        return false;
    QSignalSpy finished(&python, &QProcess::finished);
    if (!finished.wait(120000))
        return false;
    const QByteArray problems = python.readAllStandardError();
    if (!problems.isEmpty())
        qWarning("%s", problems.left(2000).constData());
    return python.readAllStandardOutput().trimmed() == QByteArray::number(count);
}

// The rows of one event type in the timeline, as shown (the Summary column).
QStringList timelineTexts(const TimelineModel *timeline, EngineEvent::Type type)
{
    QStringList texts;
    for (int r = 0; r < timeline->rowCount(); ++r)
        if (timeline->entryAt(r).type == type)
            texts << timeline->index(r, TimelineModel::Summary).data().toString();
    return texts;
}

} // namespace

void TestGuiBurst::burstShowsWhatTheEngineDidAtTheCostOfWhatIsShown()
{
    MainWindow window;
    window.resize(1024, 700);
    Workbench *w = window.workbench();
    // Every connection listed, however fast they come (Server > Record every connection).
    auto *recordAll = window.findChild<QAction *>(QStringLiteral("recordEveryConnectionAction"));
    QVERIFY(recordAll);
    recordAll->setChecked(true);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester connectionsTester(w->connections(), mode);
    QAbstractItemModelTester serversTester(w->servers(), mode);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    quint16 port = 0;
    const int id = acwtest::serveGreeting(window, 5000, &port);
    QVERIFY(port);
    const ServerModel *servers = w->servers();

    LiveTableView *view = window.connectionsPanel()->view();
    QAbstractItemModel *shown = view->model(); // the sorting proxy the view reads
    QSignalSpy shownChanges(shown, &QAbstractItemModel::dataChanged);
    QSignalSpy engineBatches(w->engine(), &Engine::serversUpdated);
    QSignalSpy serverAnnouncements(servers, &ServerModel::dataChanged);
    const quint64 forwardedBefore = view->forwardedChanges();
    const quint64 skippedBefore = view->skippedChanges();

    const int count = 2000;
    QProcess python;
    python.start(QStringLiteral(ACW_PYTHON),
        acwtest::greetingBurstArgs(port, count, QStringLiteral("burst"), 100, 60));
    QVERIFY(python.waitForStarted());
    QSignalSpy finished(&python, &QProcess::finished);
    QVERIFY(finished.wait(120000));
    const QByteArray problems = python.readAllStandardError();
    QVERIFY2(problems.isEmpty(), problems.left(2000).constData());
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray::number(count));

    const ConnectionModel *connections = w->connections();
    QTRY_COMPARE_WITH_TIMEOUT(connections->closedCount(), count, 20000);

    // A fast burst may open and close most connections within one engine batch: their rows
    // arrive closed and never change afterwards. These connections stay open until the table
    // lists them, then ask: their rows (below the visible ones) change in later batches, so
    // the table always has changes to leave out, whatever the timing of the burst above.
    const int held = 200;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < held; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTRY_COMPARE_WITH_TIMEOUT(connections->liveCount(), held, 20000);
    for (int i = 0; i < held; ++i)
        sockets[i]->write(QStringLiteral("GET /held%1 HTTP/1.0\r\n\r\n").arg(i).toLatin1());
    for (int i = 0; i < held; ++i) {
        QTcpSocket *s = sockets[i].get();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QAbstractSocket::UnconnectedState, 20000);
        QVERIFY2(s->readAll().contains(QStringLiteral("Hello held%1!").arg(i).toLatin1()),
            qPrintable(QString::number(i)));
    }
    const int total = count + held;

    // What the user sees agrees with the engine: every connection listed and closed, the
    // server's counters (the engine's own count) in the row and in the status line.
    QTRY_COMPARE_WITH_TIMEOUT(connections->closedCount(), total, 20000);
    QCOMPARE(connections->rowCount(), total);
    QCOMPARE(connections->liveCount(), 0);
    QTRY_COMPARE(servers->info(id)->accepted, quint64(total));
    QTRY_COMPARE(servers->info(id)->live, 0);
    const QModelIndex live = servers->index(servers->rowOf(id), ServerModel::Live);
    QTRY_COMPARE(live.data().toInt(), 0);
    auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("%1 accepted, 0 live").arg(total)),
        qPrintable(status->text()));
    // The timeline: one opening and one close per connection (nothing dropped at this size).
    const TimelineModel *timeline = w->timeline();
    QVERIFY(timeline->rowCount() <= timeline->cap());
    QCOMPARE(timeline->droppedTotal(), quint64(0));
    int opened = 0;
    int closed = 0;
    for (int r = 0; r < timeline->rowCount(); ++r) {
        opened += timeline->entryAt(r).type == EngineEvent::Type::ConnectionOpened;
        closed += timeline->entryAt(r).type == EngineEvent::Type::ConnectionClosed;
    }
    QCOMPARE(opened, total);
    QCOMPARE(closed, total);
    QCOMPARE(w->captures()->connectionCount(), total);
    // Auto-scroll followed the rows: the newest event is in view.
    TimelinePanel *timelinePanel = window.timelinePanel();
    QTRY_VERIFY(timelinePanel->view()->rowAt(timelinePanel->view()->viewport()->height() - 1) == -1
                || timelinePanel->view()->rowAt(timelinePanel->view()->viewport()->height() - 1)
                       >= timelinePanel->view()->model()->rowCount() - 2);

    // The cost follows what is shown. The table (sorted by id, scrolled to the top) shows its
    // first rows; the burst changed rows far below them. Changes whose rows start past the
    // last visible row never reached the view; the others (the first connections, the age
    // column's once-a-second tick) did.
    const int lastVisible = view->rowAt(view->viewport()->height() - 1);
    QVERIFY(lastVisible > 0);
    QVERIFY(lastVisible < count / 10);
    int touchingVisible = 0;
    for (const QList<QVariant> &args : std::as_const(shownChanges))
        touchingVisible += args.at(0).value<QModelIndex>().row() <= lastVisible;
    const quint64 forwarded = view->forwardedChanges() - forwardedBefore;
    const quint64 skipped = view->skippedChanges() - skippedBefore;
    qInfo("connection table: %lld changes, %lld touching the %d visible rows; the view took "
          "%llu and left out %llu",
        qlonglong(shownChanges.size()), qlonglong(touchingVisible), lastVisible + 1, forwarded,
        skipped);
    QVERIFY(forwarded <= quint64(touchingVisible));
    QCOMPARE(forwarded + skipped, quint64(shownChanges.size()));
    QVERIFY(skipped > 0);
    // The server row: announced at most once per engine batch, and every counter-only
    // change beyond the first in an interval waited for its end (see the test below).
    QVERIFY(serverAnnouncements.size() <= engineBatches.size());
}

void TestGuiBurst::counterOnlyChangesAreAnnouncedAtABoundedRate()
{
    ServerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerInfo info;
    info.id = 7;
    info.state = ServerInfo::State::Listening;
    info.addresses = { QStringLiteral("127.0.0.1:8888") };
    info.port = 8888;
    model.applyUpdates({ info });
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy changed(&model, &ServerModel::dataChanged);
    // A flood of batches, each with new counters: the first is announced at once, the rest
    // wait for the interval and are announced together; the row always holds the last report.
    for (int i = 1; i <= 100; ++i) {
        info.accepted = quint64(i);
        info.live = i % 7;
        model.applyUpdates({ info });
        QCOMPARE(model.info(7)->accepted, quint64(i));
        QCOMPARE(model.index(0, ServerModel::Live).data().toInt(), i % 7);
    }
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 2);
    // The same report again changes nothing and announces nothing.
    model.applyUpdates({ info });
    // A change of state is announced at once, even inside the interval.
    info.state = ServerInfo::State::Stopped;
    model.applyUpdates({ info });
    QCOMPARE(changed.size(), 3);
    QCOMPARE(model.info(7)->state, ServerInfo::State::Stopped);
}

// Past the recording budget (here 50 new connections a second), a flood is served in full
// and counted, not listed: rows + not recorded = accepted, and the window says so in the
// timeline, the server's status line and the notice over the table, whose link records
// every connection from then on.
void TestGuiBurst::floodIsCountedNotListed()
{
    Settings().setRecordEveryConnection(false); // the first test switched it on
    MainWindow window;
    window.resize(1024, 700);
    Workbench *w = window.workbench();
    QVERIFY(!w->recordsEveryConnection()); // the default
    w->setRecordingBudget(50);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quint16 port = 0;
    const int id = acwtest::serveGreeting(window, 5000, &port);
    QVERIFY(port);
    const ServerModel *servers = w->servers();

    const int count = 600;
    QVERIFY(burst(port, count, QStringLiteral("flood")));
    QTRY_COMPARE(servers->info(id)->accepted, quint64(count));
    QTRY_COMPARE(servers->info(id)->live, 0);
    // The pause ends after a quiet second.
    QTRY_VERIFY_WITH_TIMEOUT(!servers->info(id)->recordingPaused, 10000);
    const ConnectionModel *connections = w->connections();
    const quint64 unrecorded = servers->info(id)->unrecorded;
    QTRY_COMPARE(connections->closedCount(), connections->rowCount());
    const int listed = connections->rowCount();
    qInfo("%d connections: %d listed, %llu not recorded", count, listed, unrecorded);
    QVERIFY(unrecorded > 0);
    QVERIFY(listed >= 50); // the first burst of the budget at least
    QCOMPARE(quint64(listed) + unrecorded, quint64(count));
    QCOMPARE(w->captures()->connectionCount(), listed);

    // The timeline: one pause, one resume, with the budget and the count.
    const TimelineModel *timeline = w->timeline();
    const QStringList paused = timelineTexts(timeline, EngineEvent::Type::RecordingPaused);
    const QStringList resumed = timelineTexts(timeline, EngineEvent::Type::RecordingResumed);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(resumed.size(), 1);
    QVERIFY2(paused.first().contains(QStringLiteral("more than 50 new connections a second")),
        qPrintable(paused.first()));
    QVERIFY2(resumed.first().contains(
                 QStringLiteral("%1 connections served without being recorded").arg(unrecorded)),
        qPrintable(resumed.first()));
    int opened = 0;
    for (int r = 0; r < timeline->rowCount(); ++r)
        opened += timeline->entryAt(r).type == EngineEvent::Type::ConnectionOpened;
    QCOMPARE(opened, listed);

    // The server's status line and the notice over the table.
    auto *status = window.findChild<QLabel *>(QStringLiteral("serverStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(
        status->text().contains(
            QStringLiteral("%1 accepted, 0 live — %2 not recorded").arg(count).arg(unrecorded)),
        qPrintable(status->text()));
    auto *notice = window.findChild<QLabel *>(QStringLiteral("unrecordedNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    // The notice follows the servers' counts at its own bounded rate (four times a second).
    QTRY_VERIFY2(notice->text().contains(QStringLiteral("%1 connections served and counted but not "
                                                        "listed (more than 50 new connections a "
                                                        "second)")
                                             .arg(unrecorded)),
        qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("Record every connection")));

    // The notice's link: every connection recorded from then on, remembered.
    auto *recordAll = window.findChild<QAction *>(QStringLiteral("recordEveryConnectionAction"));
    QVERIFY(recordAll);
    QVERIFY(!recordAll->isChecked());
    QVERIFY(QMetaObject::invokeMethod(
        notice, "linkActivated", Q_ARG(QString, QStringLiteral("record-all"))));
    QVERIFY(recordAll->isChecked());
    QVERIFY(w->recordsEveryConnection());
    QVERIFY(Settings().recordEveryConnection());
    // Commands run in order: once an inspection answers, the budget is lifted.
    QSignalSpy inspected(w->engine(), &Engine::inspectionReady);
    w->engine()->requestInspection(0);
    QVERIFY(inspected.wait());
    const int more = 300;
    QVERIFY(burst(port, more, QStringLiteral("again")));
    QTRY_COMPARE(servers->info(id)->accepted, quint64(count + more));
    QTRY_COMPARE(connections->rowCount(), listed + more);
    QCOMPARE(servers->info(id)->unrecorded, unrecorded);
    QTRY_VERIFY(!notice->text().contains(QStringLiteral("Record every connection")));
    QVERIFY(notice->text().contains(QString::number(unrecorded)));
    Settings().setRecordEveryConnection(false); // as it was, for the other tests
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    installTranslations(QStringLiteral("en")); // the plural forms a user reads
    TestGuiBurst test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guiburst.moc"
