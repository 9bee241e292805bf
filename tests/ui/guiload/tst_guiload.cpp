// The window under load: while another process opens 2,000 connections to the greeting
// server, the GUI thread keeps answering (a 10 ms timer never stalls 100 ms) and the
// views' memory stays within their caps.
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"
#include "panels/connectionspanel.h"
#include "workbench.h"

#include "greetingburst.h"

#include "windowrig.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace acw;

class TestGuiLoad : public QObject
{
    Q_OBJECT
private slots:
    void staysResponsiveUnderConnectionFlood();
};

void TestGuiLoad::staysResponsiveUnderConnectionFlood()
{
    MainWindow window;
    // The models are checked with QAbstractItemModelTester in their own tests and in
    // tst_mainwindow; here the window runs as users run it.
    // Every connection listed, however fast they come (Server > Record every connection).
    window.workbench()->setRecordEveryConnection(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    quint16 port = 0;
    acwtest::serveGreeting(window, 5000, &port);
    QVERIFY(port);

    const int count = 2000;
    QProcess python;
    // The client runs niced: the stall measured is the window's, not a CPU fight with it.
    python.start(QStringLiteral("nice"),
        QStringList { QStringLiteral("-n"), QStringLiteral("5"), QStringLiteral(ACW_PYTHON) }
            + acwtest::greetingBurstArgs(port, count, QStringLiteral("load"), 500, 20));
    QVERIFY(python.waitForStarted());

    // The GUI thread's pulse: a 10 ms timer; the longest gap between its ticks is the stall.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer pulse;
    pulse.setInterval(10);
    connect(&pulse, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    pulse.start();
    // Someone looks at the table while it fills.
    QTimer::singleShot(300, this, [&] { window.connectionsPanel()->view()->selectRow(0); });
    QSignalSpy finished(&python, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    const ConnectionModel *connections = window.workbench()->connections();
    QTRY_COMPARE_WITH_TIMEOUT(connections->rowCount(), count, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(connections->closedCount(), count, 10000);
    pulse.stop();

    const QByteArray problems = python.readAllStandardError();
    QVERIFY2(problems.isEmpty(), problems.left(2000).constData());
    QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray::number(count));
    qInfo("GUI thread: longest stall %lld ms while %d connections came and went", worst, count);
    QVERIFY2(worst < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(worst)));
    // Memory stays within the caps.
    const TimelineModel *timeline = window.workbench()->timeline();
    QVERIFY(timeline->rowCount() <= timeline->cap());
    const CaptureStore *captures = window.workbench()->captures();
    QVERIFY(captures->totalBytes() <= 64 * 1024 * 1024);
    QCOMPARE(captures->connectionCount(), count);
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestGuiLoad test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guiload.moc"
