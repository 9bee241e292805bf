#include "screenshotdemo.h"

#include "mainwindow.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "panels/connectionspanel.h"
#include "panels/conversationview.h"
#include "panels/framinglab.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/outputview.h"
#include "panels/pushbox.h"
#include "panels/relaypanel.h"
#include "panels/serverpanel.h"
#include "panels/snippetspanel.h"
#include "panels/terminatoreditor.h"
#include "senddock.h"
#include "workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

namespace acw {

ScreenshotDemo::ScreenshotDemo(MainWindow *window, const QString &fileName, QObject *parent)
    : QObject(parent), m_window(window), m_fileName(fileName)
{
}

void ScreenshotDemo::start()
{
    ServerConfig greeting;
    greeting.profile = ProfileId::Greeting;
    greeting.port = 0;
    ServerConfig echo;
    echo.profile = ProfileId::Echo;
    echo.port = 0;
    m_echo = m_window->serve(echo);
    m_greeting = m_window->serve(greeting);
    connect(m_window->workbench()->servers(), &ServerModel::dataChanged, this,
        &ScreenshotDemo::serversChanged);
    // Never hang a script: give up after 15 s.
    QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(3); });
}

void ScreenshotDemo::serversChanged()
{
    const ServerModel *servers = m_window->workbench()->servers();
    const ServerInfo *g = servers->info(m_greeting);
    const ServerInfo *e = servers->info(m_echo);
    if (m_sent || !g || !e || g->state != ServerInfo::State::Listening
        || e->state != ServerInfo::State::Listening)
        return;
    m_sent = true;
    m_http = new QTcpSocket(this);
    m_http->connectToHost(QStringLiteral("127.0.0.1"), g->port);
    connect(m_http, &QTcpSocket::connected, this, [this] {
        // Two writes, so the Input tab shows a chunk boundary inside the request.
        m_http->write("GET /kongxx HTTP/1.0\r\nHost: 127.0.0.1\r\n");
        QTimer::singleShot(
            150, this, [this] { m_http->write("User-Agent: workbench-demo\r\n\r\n"); });
    });
    m_line = new QTcpSocket(this);
    m_line->connectToHost(QStringLiteral("127.0.0.1"), e->port);
    connect(m_line, &QTcpSocket::connected, this, [this] {
        m_line->write("hello\r\nwor");
        QTimer::singleShot(150, this, [this] { m_line->write("ld\r"); });
    });
    QTimer::singleShot(1200, this, &ScreenshotDemo::capture);
}

QString ScreenshotDemo::variant(const QString &name) const
{
    const QFileInfo info(m_fileName);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + name
           + QLatin1Char('.') + info.suffix();
}

void ScreenshotDemo::captureMore()
{
    // The closed greeting connection's reply (Output tab), then the echo connection's
    // conversation, then the rest.
    InspectorPanel *inspector = m_window->inspector();
    m_window->connectionsPanel()->selectConnection(findConnection(QStringLiteral("greeting")));
    inspector->tabs()->setCurrentWidget(inspector->output());
    QTimer::singleShot(400, this, [this, inspector] {
        m_window->grab().save(variant(QStringLiteral("output")));
        m_window->connectionsPanel()->selectConnection(findConnection(QStringLiteral("echo")));
        inspector->tabs()->setCurrentWidget(inspector->conversation());
        inspector->conversation()->refresh();
        QTimer::singleShot(400, this, [this] {
            m_window->grab().save(variant(QStringLiteral("conversation")));
            captureTerminatorAndLab();
        });
    });
}

void ScreenshotDemo::captureTerminatorAndLab()
{
    // The terminator editor previewing count:3 on the echo connection's held bytes, then the lab.
    InspectorPanel *inspector = m_window->inspector();
    inspector->tabs()->setCurrentWidget(inspector->terminatorEditor());
    if (auto *field = inspector->terminatorEditor()->findChild<QLineEdit *>())
        field->setText(QStringLiteral("count:3")); // the preview before a count change
    QTimer::singleShot(800, this, [this, inspector] {
        m_window->grab().save(variant(QStringLiteral("terminator")));
        inspector->tabs()->setCurrentWidget(inspector->input());
        QTimer::singleShot(100, this, [this] {
            m_window->showFramingLab();
            m_window->framingLab()->setInput(
                QStringLiteral("LEN 5\\r\\nhelloGET /kongxx HTTP/1.0\\r\\nHost: x\\r"));
            m_window->framingLab()->setScript(QStringLiteral("\\r\\n, count:5, \\r\\n"));
            m_window->framingLab()->setChunkSizes(QStringLiteral("7,3"));
            m_window->framingLab()->recompute();
            QTimer::singleShot(300, this, [this] {
                m_window->grab().save(variant(QStringLiteral("lab")));
                // The stepping view: the HTTP lesson, 1-byte reads, the first \r held back.
                FramingLab *lab = m_window->framingLab();
                lab->startLesson(4);
                lab->setStep(lab->findStep(TraceEvent::Kind::HeldBack));
                QTimer::singleShot(300, this, [this] {
                    const QFileInfo info(m_fileName);
                    QString name = info.completeBaseName(); // main-<lang>
                    name.replace(QLatin1String("main-"), QLatin1String("lab-step-"));
                    m_window->grab().save(
                        info.path() + QLatin1Char('/') + name + QLatin1Char('.') + info.suffix());
                    m_window->mainTabs()->setCurrentIndex(0);
                    captureRelay();
                });
            });
        });
    });
}

void ScreenshotDemo::captureRelay()
{
    const QString redis = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
    RelayPanel *panel = m_window->relayPanel();
    if (redis.isEmpty() || cli.isEmpty() || !panel) {
        QTextStream(stderr) << "redis-server/redis-cli not installed: no relay picture\n";
        captureReopened();
        return;
    }
    QTcpServer probe; // a free port for Redis
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 redisPort = probe.serverPort();
    probe.close();
    m_redis = new QProcess(this);
    m_redis->start(
        redis, { QStringLiteral("--port"), QString::number(redisPort), QStringLiteral("--bind"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                   QStringLiteral("--appendonly"), QStringLiteral("no") });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        for (QProcess *p : { m_redisCli, m_redis }) {
            if (p) {
                p->terminate();
                p->waitForFinished(2000);
            }
        }
    });
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("relayDock")))
        dock->raise();
    QTimer::singleShot(400, this, [this, panel, redisPort] {
        panel->findChild<QLineEdit *>(QStringLiteral("relayListen"))
            ->setText(QStringLiteral("127.0.0.1:0"));
        panel->findChild<QLineEdit *>(QStringLiteral("relayUpstream"))
            ->setText(QStringLiteral("127.0.0.1:%1").arg(redisPort));
        // RESP: lines end in \r\n both ways.
        panel->startRelay();
        QTimer::singleShot(500, this, [this, panel] {
            const QString status
                = panel->findChild<QLabel *>(QStringLiteral("relayStatus"))->text();
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(status);
            if (!m.hasMatch()) {
                QTextStream(stderr) << "relay did not start: " << status << "\n";
                QCoreApplication::exit(4);
                return;
            }
            relayReady(quint16(m.captured(1).toUInt()));
        });
    });
}

void ScreenshotDemo::relayReady(quint16 relayPort)
{
    // The real redis-cli: INCR every 400 ms on one connection (it waits for each reply).
    RelayPanel *panel = m_window->relayPanel();
    m_redisCli = new QProcess(this);
    m_redisCli->start(QStandardPaths::findExecutable(QStringLiteral("redis-cli")),
        { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(relayPort), QStringLiteral("-r"), QStringLiteral("20"),
            QStringLiteral("-i"), QStringLiteral("0.4"), QStringLiteral("INCR"),
            QStringLiteral("workbench") });
    QTimer::singleShot(700, this, [this, panel] {
        panel->findChild<QCheckBox *>(QStringLiteral("relayHold"))->click(); // client -> server
        QTimer::singleShot(300, this, [this, panel] {
            // The next INCR is held: queued in the Relay box, redis-cli waits for its answer.
            QTimer::singleShot(700, this, [this, panel] {
                const quint64 pair = findConnection(QStringLiteral("relay"));
                m_window->connectionsPanel()->selectConnection(pair);
                InspectorPanel *inspector = m_window->inspector();
                inspector->tabs()->setCurrentWidget(inspector->conversation());
                inspector->conversation()->refresh();
                QWidget *queue = panel->findChild<QWidget *>(QStringLiteral("relayQueue"));
                for (QWidget *w = panel; w; w = w->parentWidget()) {
                    if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                        scroll->ensureWidgetVisible(queue, 10, 120);
                        break;
                    }
                }
                QTimer::singleShot(300, this, [this] {
                    m_window->grab().save(variant(QStringLiteral("relay")));
                    m_window->resize(1024, 700);
                    QTimer::singleShot(500, this, [this] {
                        m_window->grab().save(variant(QStringLiteral("relay-1024")));
                        captureReopened();
                    });
                });
            });
        });
    });
}

void ScreenshotDemo::captureReopened()
{
    // The echo connection's capture saved from the Send dock and reopened (File > Open
    // capture), at 1024x700: the smallest size the layout is made for.
    m_window->resize(1024, 700);
    m_window->mainTabs()->setCurrentIndex(0);
    m_window->connectionsPanel()->selectConnection(findConnection(QStringLiteral("echo")));
    const QString path = QDir::temp().filePath(
        QStringLiteral("acw-screenshots-%1.capture.json").arg(QCoreApplication::applicationPid()));
    QTimer::singleShot(300, this, [this, path] {
        if (SnippetsPanel *panel = m_window->sendDock()->panel())
            panel->saveCapture(path);
        m_window->openCaptureFile(path);
        QFile::remove(path);
        m_window->inspector()->tabs()->setCurrentWidget(m_window->inspector()->input());
        QTimer::singleShot(600, this, [this] {
            m_window->inspector()->input()->renderIfDirty();
            m_window->grab().save(variant(QStringLiteral("capture")));
            QCoreApplication::exit(0);
        });
    });
}

quint64 ScreenshotDemo::findConnection(const QString &profile) const
{
    const ConnectionModel *model = m_window->workbench()->connections();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->infoAt(r).profile == profileFromKey(profile))
            return model->infoAt(r).id;
    }
    return 0;
}

void ScreenshotDemo::capture()
{
    ConnectionsPanel *connections = m_window->connectionsPanel();
    connections->selectConnection(findConnection(QStringLiteral("greeting")));
    QTimer::singleShot(600, this, [this, connections] {
        m_window->inspector()->input()->renderIfDirty();
        m_window->grab().save(m_fileName);
        connections->selectConnection(findConnection(QStringLiteral("echo")));
        m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Hex);
        m_window->inspector()->pushBox()->input()->setText(
            QStringLiteral("hi from the workbench\\r\\n"));
        QTimer::singleShot(600, this, [this] {
            const QFileInfo info(m_fileName);
            const QString echoFile = info.path() + QLatin1Char('/') + info.completeBaseName()
                                     + QLatin1String("-echo.") + info.suffix();
            m_window->grab().save(echoFile);
            m_window->inspector()->input()->setViewMode(bytesformat::ViewMode::Text);
            captureMore();
        });
    });
}

} // namespace acw
