// TLS from the window, checked against the engine and an independent TLS peer: a TLS
// server started from the server form (certificate made here with openssl req), the
// client form's TLS connection to it, the inspector's TLS details, the certificate
// warning for a self-signed peer (the connection proceeds only after "Accept for this
// connection"), STARTTLS from the inspector with the "TLS began here" mark, and a relayed
// pair inspected in the conversation view.
#include "engine/engine.h"
#include "mainwindow.h"
#include "models/capturestore.h"
#include "models/connectionmodel.h"
#include "models/servermodel.h"
#include "panels/clientpanel.h"
#include "panels/connectionspanel.h"
#include "panels/conversationview.h"
#include "panels/filefield.h"
#include "panels/inputview.h"
#include "panels/inspectorpanel.h"
#include "panels/relaypanel.h"
#include "panels/serverpanel.h"
#include "workbench.h"

#include "enginerecorder.h"
#include "relayrig.h"
#include "socketreads.h"
#include "windowrig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace acw;
using namespace acwtest;

namespace {

// A plain line server that upgrades on "STARTTLS\r\n" (like SMTP): "220 ready\r\n" first,
// "220 go\r\n" to the upgrade command, then TLS; over TLS it echoes every line.
class StartTlsServer : public QTcpServer
{
public:
    StartTlsServer(const QString &cert, const QString &key)
    {
        QFile c(cert), k(key);
        if (c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly)) {
            m_config = QSslConfiguration::defaultConfiguration();
            m_config.setLocalCertificate(QSslCertificate(c.readAll()));
            m_config.setPrivateKey(QSslKey(k.readAll(), QSsl::Rsa));
            m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
    }
    QSslSocket *socket = nullptr;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        socket = new QSslSocket(this);
        socket->setSslConfiguration(m_config);
        socket->setSocketDescriptor(descriptor);
        socket->write("220 ready\r\n");
        connect(socket, &QSslSocket::readyRead, this, [this] {
            m_buffer += socket->readAll();
            qsizetype end;
            while ((end = m_buffer.indexOf("\r\n")) >= 0) {
                const QByteArray line = m_buffer.left(end + 2);
                m_buffer.remove(0, end + 2);
                if (!socket->isEncrypted() && line == "STARTTLS\r\n") {
                    socket->write("220 go\r\n");
                    socket->flush();
                    socket->startServerEncryption();
                } else if (socket->isEncrypted()) {
                    socket->write(line);
                }
            }
        });
    }

private:
    QSslConfiguration m_config;
    QByteArray m_buffer;
};

} // namespace

class TestTlsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tlsServerAndClientFromTheForms();
    void selfSignedNeedsAccept();
    void startTlsFromTheInspector();
    void relayPairInspectable();
    void relayDockAt1024x700();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    quint16 startTlsEchoServer(MainWindow &window);

    QTemporaryDir m_dir;
    QString m_fingerprint; // of cert.pem: 64 hex digits, as openssl prints it (no colons)
};

void TestTlsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is missing: run scripts/deps.sh test");
    QProcess req;
    req.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
            QStringLiteral("-keyout"), file("key.pem"), QStringLiteral("-out"), file("cert.pem") });
    QVERIFY(req.waitForFinished(30000));
    QCOMPARE(req.exitCode(), 0);
    QProcess x509;
    x509.start(openssl,
        { QStringLiteral("x509"), QStringLiteral("-in"), file("cert.pem"), QStringLiteral("-noout"),
            QStringLiteral("-fingerprint"), QStringLiteral("-sha256") });
    QVERIFY(x509.waitForFinished(10000));
    const QByteArray out = x509.readAllStandardOutput();
    m_fingerprint = QString::fromLatin1(out.mid(out.indexOf('=') + 1).trimmed())
                        .remove(QLatin1Char(':'))
                        .toLower();
    QCOMPARE(m_fingerprint.size(), 64);
}

// The echo profile with TLS, from the server form; returns its port once listening.
quint16 TestTlsWindow::startTlsEchoServer(MainWindow &window)
{
    ServerPanel *panel = window.serverPanel();
    auto *profile = child<QComboBox>(panel, "profileCombo");
    profile->setCurrentIndex(profile->findData(int(ProfileId::Echo)));
    child<QSpinBox>(panel, "portSpin")->setValue(0);
    child<FileField>(panel, "serverTlsCert")->setPath(file("cert.pem"));
    child<FileField>(panel, "serverTlsKey")->setPath(file("key.pem"));
    const int id = panel->start();
    if (id <= 0)
        return 0;
    const ServerModel *servers = window.workbench()->servers();
    const quint16 port = listeningPort(servers, id);
    return port != 0 && servers->info(id)->config.tls.enabled() ? port : 0;
}

void TestTlsWindow::tlsServerAndClientFromTheForms()
{
    MainWindow window;
    window.show();
    window.workbench()->engine()->setBatchInterval(10);
    const quint16 port = startTlsEchoServer(window);
    QVERIFY(port != 0);
    QTRY_VERIFY(child<QLabel>(window.serverPanel(), "serverStatus")
                    ->text()
                    .contains(QLatin1String("(TLS)")));

    // An independent TLS client (the test's own QSslSocket) shows what the server negotiates.
    QSslSocket probe;
    QSslConfiguration probeConfig = QSslConfiguration::defaultConfiguration();
    probeConfig.addCaCertificates(file("cert.pem"));
    probe.setSslConfiguration(probeConfig);
    probe.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
    QVERIFY2(probe.waitForEncrypted(10000), qPrintable(probe.errorString()));
    const QString protocol = probe.sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLSv1.3")
                                                                      : QStringLiteral("TLSv1.2");
    const QString cipher = probe.sessionCipher().name();
    QVERIFY(!cipher.isEmpty());
    probe.disconnectFromHost();

    // The window's client: TLS, trusting cert.pem as a CA.
    ClientPanel *client = window.clientPanel();
    client->setTarget(QStringLiteral("127.0.0.1"), port);
    client->setTls(true, file("cert.pem"));
    const quint64 id = client->connectToServer();
    QVERIFY(id != 0);
    CaptureStore *captures = window.workbench()->captures();
    QTRY_VERIFY_WITH_TIMEOUT(captures->capture(id) && !captures->capture(id)->tls.isEmpty(), 10000);
    InspectorPanel *inspector = window.inspector();
    QCOMPARE(inspector->connection(), id);
    const QString shown = inspector->tlsLabel()->text();
    QVERIFY2(shown.contains(protocol) && shown.contains(cipher)
                 && shown.contains(QLatin1String("CN=localhost")),
        qPrintable(shown + QLatin1String(" / ") + protocol + QLatin1Char(' ') + cipher));
    QVERIFY(inspector->tlsLabel()->isVisible());
    QVERIFY(!inspector->startTlsButton()->isVisible()); // TLS from the start: no STARTTLS

    // The server side of the same session reports the same protocol and cipher.
    ConnectionModel *model = window.workbench()->connections();
    quint64 serverSide = 0;
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->infoAt(r).profile == ProfileId::Echo
                && model->infoAt(r).state == ConnectionInfo::State::Open)
                serverSide = model->infoAt(r).id;
        return serverSide && captures->capture(serverSide)
               && !captures->capture(serverSide)->tls.isEmpty();
    }());
    const QString serverTls = captures->capture(serverSide)->tls;
    QVERIFY2(serverTls.startsWith(protocol + QStringLiteral(", ") + cipher), qPrintable(serverTls));

    // Framing runs over the decrypted bytes: the echo comes back as a frame.
    window.workbench()->engine()->push(id, QByteArrayLiteral("hello over tls\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(captures->capture(id)->frames.size() == 1, 10000);
    QCOMPARE(captures->capture(id)->data, QByteArray("hello over tls\r\n"));
    QCOMPARE(captures->capture(id)->tlsOffset, 0);
    inspector->tabs()->setCurrentWidget(inspector->input());
    QTRY_VERIFY(inspector->input()->streamView()->toPlainText().contains(
        QLatin1String("TLS began here, at byte 0")));
}

void TestTlsWindow::selfSignedNeedsAccept()
{
    MainWindow window;
    window.show();
    window.workbench()->engine()->setBatchInterval(10);
    const quint16 port = startTlsEchoServer(window);
    QVERIFY(port != 0);
    ClientPanel *client = window.clientPanel();
    client->setTarget(QStringLiteral("127.0.0.1"), port);
    client->setTls(true); // no CA file: the self-signed certificate is not trusted
    const quint64 first = client->connectToServer();
    ConnectionModel *model = window.workbench()->connections();
    QTRY_VERIFY_WITH_TIMEOUT(client->certificateWarning()->isVisible(), 10000);
    QCOMPARE(client->warnedConnection(), first);
    QCOMPARE(client->warnedFingerprint(), m_fingerprint);
    const QString warning = child<QLabel>(client, "certificateWarningText")->text();
    QString pairs; // as shown: AB:CD:...
    for (int i = 0; i < 64; i += 2)
        pairs += (i ? QStringLiteral(":") : QString()) + m_fingerprint.mid(i, 2).toUpper();
    QVERIFY2(warning.contains(pairs), qPrintable(warning));
    QVERIFY(warning.contains(QLatin1String("CN=localhost")));
    // Refused, not silently accepted: the connection is closed with the reason, no TLS.
    QTRY_VERIFY(model->info(first) && model->info(first)->state == ConnectionInfo::State::Closed);
    QVERIFY(model->info(first)->closeFault.error == ChannelError::TlsRefused);
    QVERIFY(model->info(first)->closeFault.detail.contains(m_fingerprint));
    QVERIFY(window.workbench()->captures()->capture(first)->tls.isEmpty());
    QVERIFY(window.inspector()->tlsLabel()->text().contains(QLatin1String("not trusted")));

    // Accept for this connection: a new connection trusting exactly that certificate.
    child<QPushButton>(client, "acceptCertificateButton")->click();
    QVERIFY(!client->certificateWarning()->isVisible());
    const quint64 second = window.inspector()->connection();
    QVERIFY(second != first && second != 0);
    CaptureStore *captures = window.workbench()->captures();
    QTRY_VERIFY_WITH_TIMEOUT(
        captures->capture(second) && !captures->capture(second)->tls.isEmpty(), 10000);
    QCOMPARE(window.workbench()->clientConfig(second)->tls.acceptFingerprint, m_fingerprint);
    window.workbench()->engine()->push(second, QByteArrayLiteral("accepted\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(captures->capture(second)->frames.size() == 1, 10000);

    // Once only: the next connection from the form is refused again.
    const quint64 third = client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(client->certificateWarning()->isVisible(), 10000);
    QCOMPARE(client->warnedConnection(), third);
    QTRY_VERIFY(model->info(third) && model->info(third)->state == ConnectionInfo::State::Closed);
    child<QPushButton>(client, "dismissCertificateButton")->click();
    QVERIFY(!client->certificateWarning()->isVisible());
}

void TestTlsWindow::startTlsFromTheInspector()
{
    StartTlsServer server(file("cert.pem"), file("key.pem"));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    MainWindow window;
    window.show();
    window.workbench()->engine()->setBatchInterval(10);
    ClientPanel *client = window.clientPanel();
    client->setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    client->setTls(false, file("cert.pem")); // plain, the CA kept for STARTTLS
    const quint64 id = client->connectToServer();
    CaptureStore *captures = window.workbench()->captures();
    QTRY_VERIFY_WITH_TIMEOUT(
        captures->capture(id) && captures->capture(id)->frames.size() == 1, 10000);
    InspectorPanel *inspector = window.inspector();
    QVERIFY(inspector->startTlsButton()->isVisible());
    QTRY_VERIFY(inspector->startTlsButton()->isEnabled());
    QVERIFY(inspector->tlsLabel()->text().isEmpty());
    window.workbench()->engine()->push(id, QByteArrayLiteral("STARTTLS\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(captures->capture(id)->frames.size() == 2, 10000);
    inspector->startTlsButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!captures->capture(id)->tls.isEmpty(), 10000);
    QVERIFY(!inspector->startTlsButton()->isEnabled());
    QVERIFY(server.socket && server.socket->isEncrypted());
    const qint64 plainBytes = qint64(sizeof "220 ready\r\n220 go\r\n") - 1;
    QCOMPARE(captures->capture(id)->tlsOffset, plainBytes);
    QTRY_VERIFY(inspector->tlsLabel()->text().contains(server.socket->sessionCipher().name()));
    QVERIFY(inspector->tlsLabel()->text().contains(QLatin1String("STARTTLS")));
    // Framing continues over the decrypted bytes, after the mark.
    window.workbench()->engine()->push(id, QByteArrayLiteral("secret\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(captures->capture(id)->frames.size() == 3, 10000);
    QCOMPARE(captures->capture(id)->data, QByteArray("220 ready\r\n220 go\r\nsecret\r\n"));
    inspector->tabs()->setCurrentWidget(inspector->input());
    QTRY_VERIFY(inspector->input()->streamView()->toPlainText().contains(
        QStringLiteral("TLS began here, at byte %1").arg(plainBytes)));
    // The view refreshes at a bounded rate: wait for the decrypted frame to be shown too.
    QTRY_VERIFY(inspector->input()->streamView()->toPlainText().contains(QLatin1String("secret")));
    const QString stream = inspector->input()->streamView()->toPlainText();
    QVERIFY(stream.indexOf(QLatin1String("220 go")) < stream.indexOf(QLatin1String("TLS began")));
    QVERIFY(stream.indexOf(QLatin1String("TLS began")) < stream.indexOf(QLatin1String("secret")));
    inspector->tabs()->setCurrentWidget(inspector->conversation());
    inspector->conversation()->refresh();
    const QString conversation = inspector->conversation()->plainText();
    QVERIFY2(conversation.indexOf(QLatin1String("220 go"))
                     < conversation.indexOf(QLatin1String("TLS began here"))
                 && conversation.indexOf(QLatin1String("TLS began here"))
                        < conversation.lastIndexOf(QLatin1String("secret")),
        qPrintable(conversation));
}

void TestTlsWindow::relayPairInspectable()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    MainWindow window;
    window.show();
    window.workbench()->engine()->setBatchInterval(10);
    RelayPanel *relay = window.relayPanel();
    const quint16 port = startRelayFromPanel(relay, rig.upstreamPort());
    QVERIFY(port != 0);
    QVERIFY(rig.connectThrough(port));
    rig.client.write("PING\r\n");
    QCOMPARE(readAtLeast(*rig.server, 6), QByteArray("PING\r\n"));
    rig.server->write("+PONG\r\n");
    QCOMPARE(readAtLeast(rig.client, 7), QByteArray("+PONG\r\n"));
    rig.client.write("QUIT\r\n");
    QCOMPARE(readAtLeast(*rig.server, 6), QByteArray("QUIT\r\n"));

    ConnectionModel *model = window.workbench()->connections();
    quint64 pair = 0;
    QTRY_VERIFY([&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->infoAt(r).profile == ProfileId::Relay)
                pair = model->infoAt(r).id;
        return pair != 0;
    }());
    window.connectionsPanel()->selectConnection(pair);
    InspectorPanel *inspector = window.inspector();
    QCOMPARE(inspector->connection(), pair);
    QCOMPARE(inspector->tabs()->currentWidget(), static_cast<QWidget *>(inspector->conversation()));
    QVERIFY(!inspector->tabs()->isTabEnabled(inspector->tabs()->indexOf(inspector->input())));
    QCOMPARE(relay->selectedPair(), pair); // the intercept follows the table
    ConversationView *view = inspector->conversation();
    QTRY_VERIFY_WITH_TIMEOUT(view->model().segments().size() == 3, 5000);
    view->refresh();
    const QString text = view->plainText();
    const int ping = text.indexOf(QStringLiteral("client → server, frame 1"));
    const int pong = text.indexOf(QStringLiteral("server → client, frame 1"));
    const int quit = text.indexOf(QStringLiteral("client → server, frame 2"));
    QVERIFY2(ping >= 0 && ping < pong && pong < quit, qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("+PONG")) > pong);
    QVERIFY(text.contains(QStringLiteral("⟧ \\r\\n")));
    QVERIFY(!text.contains(QLatin1String("not found")));
    QCOMPARE(ConversationModel::rawBytes(window.workbench()->captures()->capture(pair),
                 ConversationModel::Direction::Received),
        QByteArray("PING\r\nQUIT\r\n"));
    QVERIFY(child<QLabel>(view, "conversationSummary")->text().contains(QLatin1String("2")));
}

// The window keeps 1024x700 with the Relay dock shown and a relayed pair selected (long
// peers, status and summaries wrap instead of widening the window), and the intercept's
// Hold box is inside the dock's viewport (it used to be cut off at the right).
void TestTlsWindow::relayDockAt1024x700()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    window.workbench()->engine()->setBatchInterval(10);
    EngineRecorder engineSide(window.workbench()->engine());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("relayDock"));
    QVERIFY(dock);
    dock->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RelayPanel *relay = window.relayPanel();
    const quint16 port = startRelayFromPanel(relay, rig.upstreamPort());
    QVERIFY(port != 0);
    QVERIFY(rig.connectThrough(port));
    rig.client.write("SET workbench kongxx\r\n");
    QCOMPARE(readAtLeast(*rig.server, 22), QByteArray("SET workbench kongxx\r\n"));
    ConnectionModel *model = window.workbench()->connections();
    QTRY_VERIFY(model->rowCount() == 1);
    window.connectionsPanel()->selectConnection(model->infoAt(0).id);
    auto *hold = child<QCheckBox>(relay, "relayHold");
    QTRY_VERIFY(hold->isEnabled());
    hold->click();
    // The hold has reached the network thread and come back to the panel (the recorder
    // hears of it after the window does); then the layouts it changed are redone.
    QTRY_VERIFY(engineSide.last(EngineEvent::Type::RelayHeld)
                && engineSide.last(EngineEvent::Type::RelayHeld)->index == 1);
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTRY_COMPARE(window.size(), QSize(1024, 700));
    QVERIFY2(window.minimumSizeHint().width() <= 1024,
        qPrintable(QString::number(window.minimumSizeHint().width())));
    QWidget *viewport = relay->parentWidget();
    const QRect inViewport(hold->mapTo(viewport, QPoint(0, 0)), hold->size());
    QVERIFY2(inViewport.left() >= 0 && inViewport.right() < viewport->width(),
        qPrintable(QStringLiteral("hold at x %1, %2 wide; viewport %3 wide")
                       .arg(inViewport.x())
                       .arg(inViewport.width())
                       .arg(viewport->width())));
}

QTEST_MAIN(TestTlsWindow)
#include "tst_tlswindow.moc"
