// Drives the real workbench window like a user: start servers from the form, connect with
// real sockets, select rows, read the inspector, change terminators live, push by hand.
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/framelistmodel.h"
#include "models/outputqueuemodel.h"
#include "models/servermodel.h"
#include "models/timelinemodel.h"
#include "panels/connectionspanel.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/outputview.h"
#include "panels/terminatoreditor.h"
#include "panels/timelinepanel.h"
#include "workbench.h"

#include "socketreads.h"
#include "windowrig.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

using namespace acw;
using acwtest::clickConnectionRow;
using acwtest::readUntil;
using acwtest::startServerFromForm;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void greetingRequestIsFramed();
    void echoTerminatorChangesLive();
    void pushByHandAndClose();
    void clientModeConnection();
    void portInUseIsShownInline();
    void allInterfacesShowsAWarning();
    void hexViewShowsOffsetsAndBytes();
    void timelineFiltersAndExports();
    void closeAllClosesEveryConnection();
    void guideExplainsTheIdeas();
    void settingsAreRemembered();

private:
    template<class T> T *child(const char *name) { return acwtest::child<T>(m_window, name); }
    quint16 startServer(const QString &profile) { return startServerFromForm(m_window, profile); }
    void selectConnectionRow(int row) { clickConnectionRow(m_window, row); }
    int connectionRows() { return child<QTableView>("connectionsView")->model()->rowCount(); }
    const FrameListModel *frames() { return m_window->inspector()->input()->frames(); }
    QString frameData(int row)
    {
        return frames()->index(row, FrameListModel::Data).data().toString();
    }

    MainWindow *m_window = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestMainWindow::init()
{
    m_window = new MainWindow;
    Workbench *w = m_window->workbench();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(w->connections()),
             static_cast<QAbstractItemModel *>(w->servers()),
             static_cast<QAbstractItemModel *>(w->timeline()) })
        m_testers << new QAbstractItemModelTester(model, mode, m_window);
    m_testers << new QAbstractItemModelTester(
        m_window->inspector()->input()->frames(), mode, m_window);
    m_testers << new QAbstractItemModelTester(
        child<QTableView>("connectionsView")->model(), mode, m_window);
    m_testers << new QAbstractItemModelTester(m_window->timelinePanel()->filter(), mode, m_window);
    m_testers << new QAbstractItemModelTester(
        m_window->inspector()->output()->queue(), mode, m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_testers.clear();
}

void TestMainWindow::greetingRequestIsFramed()
{
    const quint16 port = startServer(QStringLiteral("greeting"));
    QVERIFY(port > 0);
    QVERIFY(child<QLabel>("serverStatus")->text().contains(QString::number(port)));

    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n");
    QVERIFY(readUntil(client, "Hello kongxx!").contains("Hello kongxx!"));

    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_VERIFY(m_window->inspector()->connection() != 0);
    QTRY_VERIFY(frames()->rowCount() >= 1);
    QVERIFY2(
        frameData(0).startsWith(QLatin1String("GET /kongxx HTTP/1.0")), qPrintable(frameData(0)));
    QTRY_VERIFY(m_window->inspector()->input()->streamView()->toPlainText().contains(
        QLatin1String("GET /kongxx HTTP/1.0")));

    // The server closes after its reply: the row stays, greyed, until cleared.
    auto *view = child<QTableView>("connectionsView");
    const QModelIndex first = view->model()->index(0, ConnectionModel::State);
    QTRY_VERIFY(first.data(ConnectionModel::ClosedRole).toBool());
    QVERIFY(first.data(Qt::ForegroundRole).isValid());
    QTest::mouseClick(child<QPushButton>("clearClosedButton"), Qt::LeftButton);
    QCOMPARE(connectionRows(), 0);
}

void TestMainWindow::echoTerminatorChangesLive()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("one\r\n");
    QCOMPARE(readUntil(client, "one\r\n"), QByteArray("one\r\n"));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_COMPARE(frames()->rowCount(), 1);
    QCOMPARE(frameData(0), QStringLiteral("one"));

    // Bytes without the current terminator are collected, not framed.
    client.write("a;b;");
    const quint64 id = m_window->inspector()->connection();
    const CaptureStore *captures = m_window->workbench()->captures();
    QTRY_COMPARE(captures->capture(id)->streamEnd, qint64(9));
    QCOMPARE(frames()->rowCount(), 1);

    // The editor previews the held bytes under ";" before anything is applied.
    m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->terminatorEditor());
    auto *field = child<QWidget>("newTerminator")->findChild<QLineEdit *>();
    field->clear();
    QTest::keyClicks(field, QStringLiteral(";"));
    TerminatorEditor *editor = m_window->inspector()->terminatorEditor();
    // The preview says what the engine will do: the collected "a;b;" starts frame 2, which
    // ends at the next ";" to arrive (issue 8 item 1: not "frame 2: b").
    QTRY_VERIFY2(editor->previewText().contains(QLatin1String("frame 2 starts with the 4 byte")),
        qPrintable(editor->previewText()));
    QVERIFY2(editor->previewText().contains(QLatin1String("(a;b;) and ends at the next ;")),
        qPrintable(editor->previewText()));
    QTest::mouseClick(child<QPushButton>("applyTerminatorButton"), Qt::LeftButton);
    const ConnectionModel *model = m_window->workbench()->connections();
    QTRY_COMPARE(model->info(id)->terminator, QStringLiteral(";"));

    // As in asynchat, "a;b;" stays collected and the next ";" ends the frame.
    client.write("c;d;");
    // The echo profile sends each frame back (with its own line ending).
    const QByteArray echoed = readUntil(client, "d");
    QVERIFY2(echoed.startsWith("a;b;c") && echoed.contains('d'), echoed.constData());
    QTRY_COMPARE(frames()->rowCount(), 3);
    QCOMPARE(frameData(1), QStringLiteral("a;b;c"));
    QCOMPARE(frameData(2), QStringLiteral("d"));
    QCOMPARE(frames()->index(2, FrameListModel::Terminator).data().toString(), QStringLiteral(";"));
}

void TestMainWindow::pushByHandAndClose()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket first;
    first.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(first.waitForConnected(5000));
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_VERIFY(child<QPushButton>("pushButton")->isEnabled());

    auto *input = child<QLineEdit>("pushInput");
    QTest::keyClicks(input, QStringLiteral("hello\\r\\n"));
    QTest::mouseClick(child<QPushButton>("pushButton"), Qt::LeftButton);
    QCOMPARE(readUntil(first, "\n"), QByteArray("hello\r\n"));
    QVERIFY(input->text().isEmpty());

    // The Output tab polls the engine while shown.
    m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->output());
    QTRY_VERIFY2(m_window->inspector()->output()->summary().contains(QLatin1String("7 B")),
        qPrintable(m_window->inspector()->output()->summary()));

    QTest::keyClicks(input, QStringLiteral("bye\\n"));
    QTest::mouseClick(child<QPushButton>("pushButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("closeWhenDoneButton"), Qt::LeftButton);
    QCOMPARE(readUntil(first, "bye\n"), QByteArray("bye\n"));
    QTRY_COMPARE(first.state(), QAbstractSocket::UnconnectedState);

    // Close: the second connection is closed by the window, not by its peer.
    QTcpSocket second;
    second.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(second.waitForConnected(5000));
    QTRY_COMPARE(connectionRows(), 2);
    selectConnectionRow(1);
    QTRY_VERIFY(child<QPushButton>("pushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("closeConnectionButton"), Qt::LeftButton);
    QVERIFY(
        second.waitForDisconnected(5000) || second.state() == QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_window->workbench()->connections()->closedCount(), 2);
    QVERIFY(!child<QPushButton>("pushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("clearClosedButton"), Qt::LeftButton);
    QCOMPARE(connectionRows(), 0);
}

void TestMainWindow::clientModeConnection()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    child<QLineEdit>("clientHost")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>("clientPort")->setValue(port);
    auto *terminator = child<QWidget>("clientTerminator")->findChild<QLineEdit *>();
    terminator->setText(QStringLiteral("\\r\\n"));
    QTest::mouseClick(child<QPushButton>("connectButton"), Qt::LeftButton);

    // Both ends show up: the client and the echo server's side of it.
    QTRY_COMPARE(connectionRows(), 2);
    const ConnectionModel *model = m_window->workbench()->connections();
    const quint64 id = m_window->inspector()->connection();
    QVERIFY(id != 0);
    QTRY_VERIFY(model->info(id) && model->info(id)->state == ConnectionInfo::State::Open);
    QCOMPARE(model->info(id)->profile, ProfileId::Client);
    // The new client connection is the selected row too.
    QCOMPARE(m_window->connectionsPanel()->currentConnection(), id);
    QTRY_VERIFY(child<QPushButton>("pushButton")->isEnabled());
    QTest::keyClicks(child<QLineEdit>("pushInput"), QStringLiteral("ping\\r\\n"));
    QTest::mouseClick(child<QPushButton>("pushButton"), Qt::LeftButton);
    // The echo comes back to the client and is framed in its inspector.
    QTRY_COMPARE(frames()->rowCount(), 1);
    QCOMPARE(frameData(0), QStringLiteral("ping"));
}

void TestMainWindow::portInUseIsShownInline()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    auto *combo = child<QComboBox>("profileCombo");
    combo->setCurrentIndex(combo->findData(int(ProfileId::Greeting)));
    child<QSpinBox>("portSpin")->setValue(squatter.serverPort());
    QTest::mouseClick(child<QPushButton>("startServerButton"), Qt::LeftButton);
    const ServerModel *servers = m_window->workbench()->servers();
    QTRY_COMPARE(
        servers->index(0, 0).data(ServerModel::StateRole).toInt(), int(ServerInfo::State::Failed));
    auto *status = child<QLabel>("serverStatus");
    QVERIFY2(status->text().contains(QLatin1String("could not start")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QString::number(squatter.serverPort())));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestMainWindow::allInterfacesShowsAWarning()
{
    auto *address = child<QComboBox>("addressCombo");
    address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
    const auto warnings = m_window->findChildren<QLabel *>();
    auto visibleWarning = [&] {
        for (QLabel *l : warnings) {
            if (l->isVisible() && l->text().contains(QLatin1String("every machine")))
                return true;
        }
        return false;
    };
    QVERIFY(!visibleWarning());
    address->setCurrentIndex(address->findData(QStringLiteral("any")));
    QVERIFY(visibleWarning());
}

void TestMainWindow::hexViewShowsOffsetsAndBytes()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write("GET x\r\n");
    QTRY_COMPARE(connectionRows(), 1);
    selectConnectionRow(0);
    QTRY_COMPARE(frames()->rowCount(), 1);
    m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Hex);
    const QString hex = m_window->inspector()->input()->streamView()->toPlainText();
    QVERIFY2(hex.contains(QLatin1String("00000000")), qPrintable(hex));
    QVERIFY2(hex.contains(QLatin1String("47 45 54 20 78 0d 0a")), qPrintable(hex));
    QVERIFY(hex.contains(QLatin1String("|GET x..")));
    m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Escaped);
    QVERIFY(m_window->inspector()->input()->streamView()->toPlainText().contains(
        QLatin1String("GET x\\r\\n")));
}

void TestMainWindow::timelineFiltersAndExports()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QStringLiteral("127.0.0.1"), port);
    b.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
    a.write("from a\r\n");
    b.write("from b\r\n");
    QTRY_COMPARE(connectionRows(), 2);
    QTRY_VERIFY(m_window->workbench()->connections()->infoAt(1).frames == 1
                && m_window->workbench()->connections()->infoAt(0).frames == 1);
    selectConnectionRow(0);
    const quint64 id = m_window->inspector()->connection();
    TimelineFilterModel *filter = m_window->timelinePanel()->filter();
    child<QWidget>("timelineOnlySelected")->setProperty("checked", true);
    QCOMPARE(filter->connection(), id);
    filter->setTypeEnabled(EngineEvent::Type::Sent, false);
    QVERIFY(filter->rowCount() > 0);
    for (int r = 0; r < filter->rowCount(); ++r) {
        QCOMPARE(filter->index(r, 0).data(TimelineModel::ConnectionRole).toULongLong(), id);
        QVERIFY(filter->index(r, 0).data(TimelineModel::TypeRole).toInt()
                != int(EngineEvent::Type::Sent));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.jsonl"));
    QVERIFY(m_window->timelinePanel()->exportTo(file, true));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QCOMPARE(lines.size() - 1, filter->rowCount()); // one object per line, then the final \n
    bool sawFrame = false;
    for (int i = 0; i < lines.size() - 1; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(quint64(o.value(QStringLiteral("connection")).toInteger()), id);
        sawFrame = sawFrame || o.value(QStringLiteral("type")).toString() == QLatin1String("frame");
    }
    QVERIFY(sawFrame);
}

void TestMainWindow::closeAllClosesEveryConnection()
{
    const quint16 port = startServer(QStringLiteral("echo"));
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QStringLiteral("127.0.0.1"), port);
    b.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
    QTRY_COMPARE(m_window->workbench()->connections()->liveCount(), 2);
    QTest::mouseClick(child<QPushButton>("closeAllButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->workbench()->connections()->closedCount(), 2);
    QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
    // The server keeps listening.
    QCOMPARE(m_window->workbench()->servers()->index(0, 0).data(ServerModel::StateRole).toInt(),
        int(ServerInfo::State::Listening));
}

void TestMainWindow::guideExplainsTheIdeas()
{
    QAction *guide = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
                guide = a;
        }
    }
    QVERIFY(guide);
    guide->trigger();
    auto *browser = m_window->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
    QVERIFY(browser);
    QTRY_VERIFY(browser->isVisible());
    const QString text = browser->toPlainText();
    QVERIFY(text.contains(QLatin1String("found_terminator()")));
    QVERIFY(
        text.contains(QLatin1String("held back")) || text.contains(QLatin1String("holds back")));
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // a window beside, not a modal
}

void TestMainWindow::settingsAreRemembered()
{
    auto *combo = child<QComboBox>("profileCombo");
    combo->setCurrentIndex(combo->findData(int(ProfileId::Echo)));
    child<QSpinBox>("portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>("startServerButton"), Qt::LeftButton);
    m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Hex);
    m_window->close();
    delete m_window;
    m_window = new MainWindow;
    QCOMPARE(child<QComboBox>("profileCombo")->currentData().toInt(), int(ProfileId::Echo));
    QCOMPARE(child<QSpinBox>("portSpin")->value(), 0);
    QCOMPARE(m_window->inspector()->input()->viewMode(), bytesformat::ViewMode::Hex);
    m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Text);
}

int main(int argc, char **argv)
{
    // A private settings file: tests never see (or change) the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
