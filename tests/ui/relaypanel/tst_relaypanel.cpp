// The Relay box of the window: start a relay from the form, see the pair, hold the client's
// direction, drop and edit held frames, inject one, release; the server sees exactly that.
#include "engine/engine.h"
#include "panels/relaypanel.h"
#include "panels/terminatorfield.h"
#include "workbench.h"

#include "enginerecorder.h"
#include "relayrig.h"
#include "socketreads.h"
#include "windowrig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace acw;
using namespace acwtest;
using Type = EngineEvent::Type;

class TestRelayPanel : public QObject
{
    Q_OBJECT
private slots:
    void interceptFromTheWindow();
    void badFormSaysWhy();
};

void TestRelayPanel::interceptFromTheWindow()
{
    RelayRig rig;
    QVERIFY(rig.listening());
    Workbench workbench;
    workbench.engine()->setBatchInterval(10);
    EngineRecorder engineSide(workbench.engine());
    RelayPanel panel(&workbench);
    const quint16 port = startRelayFromPanel(&panel, rig.upstreamPort());
    QVERIFY(port != 0);
    QVERIFY(child<QLabel>(&panel, "relayStatus")
                ->text()
                .startsWith(QStringLiteral("Relaying 127.0.0.1:%1").arg(port)));

    QVERIFY(rig.connectThrough(port));
    auto *pair = child<QComboBox>(&panel, "relayPair");
    QTRY_COMPARE(pair->count(), 1);

    auto *hold = child<QCheckBox>(&panel, "relayHold");
    QVERIFY(hold->isEnabled());
    hold->click(); // client -> server is the current direction
    // The hold has reached the network thread.
    QTRY_VERIFY(engineSide.last(Type::RelayHeld) && engineSide.last(Type::RelayHeld)->index == 1);
    QVERIFY(hold->isChecked());
    rig.client.write("SET a 1\r\nSET b 2\r\nSET c 3\r\n");
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
    QCOMPARE(readAtLeast(*rig.server, 25), QByteArray("SET a 1\r\nSET c 3\r\nGET a\r\n"));
    QTRY_COMPARE(queue->count(), 0);
    auto *log = panel.findChild<QPlainTextEdit *>();
    QTRY_VERIFY(log->toPlainText().contains(QLatin1String("> #")));
    rig.server->write("+OK\r\n");
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
