// The Relay box of the window: start a relay from the form, see the pair, hold the client's
// direction, drop and edit held frames, inject one, release; the server sees exactly that.
#include "engine/engine.h"
#include "panels/relaypanel.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace acw;

class TestRelayPanel : public QObject
{
    Q_OBJECT
private slots:
    void interceptFromTheWindow();
    void badFormSaysWhy();
};

namespace {
QByteArray readAt(QTcpSocket *socket, qsizetype size)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (got.size() < size && t.elapsed() < 10000) {
        if (socket->bytesAvailable() == 0) {
            QSignalSpy ready(socket, &QTcpSocket::readyRead);
            ready.wait(100);
        }
        got += socket->readAll();
    }
    return got;
}

template<class T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QLatin1String(name));
}
} // namespace

void TestRelayPanel::interceptFromTheWindow()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    Workbench workbench;
    workbench.engine()->setBatchInterval(10);
    RelayPanel panel(&workbench);
    child<QLineEdit>(&panel, "relayListen")->setText(QStringLiteral("127.0.0.1:0"));
    child<QLineEdit>(&panel, "relayUpstream")
        ->setText(QStringLiteral("127.0.0.1:%1").arg(upstream.serverPort()));
    child<QPushButton>(&panel, "relayStart")->click();
    QLabel *status = nullptr;
    for (QLabel *l : panel.findChildren<QLabel *>())
        if (l->text().startsWith(QLatin1String("Relaying"))
            || l->text().startsWith(QLatin1String("Starting")))
            status = l;
    QVERIFY(status);
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Relaying 127.0.0.1:")));
    const quint16 port = quint16(
        status->text().section(QLatin1Char(':'), 1, 1).section(QLatin1Char(' '), 0, 0).toUInt());
    QVERIFY(port != 0);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY(upstream.hasPendingConnections());
    QTcpSocket *server = upstream.nextPendingConnection();
    auto *pair = child<QComboBox>(&panel, "relayPair");
    QTRY_COMPARE(pair->count(), 1);

    auto *hold = child<QCheckBox>(&panel, "relayHold");
    QVERIFY(hold->isEnabled());
    bool held = false; // the hold has reached the network thread
    connect(workbench.engine(), &Engine::eventsReady, this,
        [&held](const QVector<EngineEvent> &events) {
            for (const EngineEvent &e : events)
                held = held || (e.type == EngineEvent::Type::RelayHeld && e.index == 1);
        });
    hold->click(); // client -> server is the current direction
    QTRY_VERIFY(held);
    QVERIFY(hold->isChecked());
    client.write("SET a 1\r\nSET b 2\r\nSET c 3\r\n");
    auto *queue = child<QListWidget>(&panel, "relayQueue");
    QTRY_COMPARE(queue->count(), 3);
    QCOMPARE(queue->item(0)->text(), QStringLiteral("SET a 1\\r\\n"));
    queue->setCurrentRow(1);
    QPushButton *drop = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Drop"))
            drop = b;
    QVERIFY(drop);
    drop->click();
    QTRY_COMPARE(queue->count(), 2);
    child<QLineEdit>(&panel, "relayInjectText")->setText(QStringLiteral("GET a\\r\\n"));
    QTest::keyClick(child<QLineEdit>(&panel, "relayInjectText"), Qt::Key_Return);
    QTRY_COMPARE(queue->count(), 3);
    QVERIFY(queue->item(2)->text().endsWith(QLatin1String("(injected)")));
    hold->click(); // release: the queue goes on in order
    QCOMPARE(readAt(server, 25), QByteArray("SET a 1\r\nSET c 3\r\nGET a\r\n"));
    QTRY_COMPARE(queue->count(), 0);
    auto *log = panel.findChild<QPlainTextEdit *>();
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("> #")));
    server->write("+OK\r\n");
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("< #")));
}

void TestRelayPanel::badFormSaysWhy()
{
    Workbench workbench;
    RelayPanel panel(&workbench);
    child<QLineEdit>(&panel, "relayUpstream")->setText(QStringLiteral("nowhere"));
    QCOMPARE(panel.startRelay(), 0);
    bool said = false;
    for (QLabel *l : panel.findChildren<QLabel *>())
        said = said || l->text().startsWith(QLatin1String("Server: expected HOST:PORT"));
    QVERIFY(said);
}

QTEST_MAIN(TestRelayPanel)
#include "tst_relaypanel.moc"
