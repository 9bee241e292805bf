// A 1 GiB file sent from the window's Send dock to a real loopback peer: it goes through a
// producer piece by piece, so the workbench's resident memory grows by less than 64 MiB
// (peak, from /proc/self/status VmHWM after resetting it). Labelled slow: it moves 1 GiB,
// and a sanitizer's shadow memory would make the figure meaningless.
#include "mainwindow.h"
#include "models/connectionmodel.h"
#include "panels/connectionspanel.h"
#include "panels/snippetspanel.h"
#include "panels/terminatorfield.h"
#include "senddock.h"
#include "workbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

namespace {

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestBigFileSend : public QObject
{
    Q_OBJECT
private slots:
    void gibibyteStaysWithin64MiB();
};

void TestBigFileSend::gibibyteStaysWithin64MiB()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("1GiB.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr qint64 size = qint64(1) << 30;
    QVERIFY(file.resize(size)); // sparse: the disk and the page cache stay small
    file.close();

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    qint64 received = 0;
    QTcpSocket *peer = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->setReadBufferSize(256 * 1024);
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            char buffer[256 * 1024];
            qint64 n;
            while ((n = peer->read(buffer, sizeof buffer)) > 0)
                received += n;
        });
    });

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QLineEdit *>(QStringLiteral("clientHost"))
        ->setText(QStringLiteral("127.0.0.1"));
    window.findChild<QSpinBox *>(QStringLiteral("clientPort"))->setValue(server.serverPort());
    window.findChild<TerminatorField *>(QStringLiteral("clientTerminator"))
        ->setSpec(QStringLiteral("\\r\\n"));
    QTest::mouseClick(
        window.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_VERIFY(peer);
    SnippetsPanel *panel = window.sendDock()->panel();
    QTRY_VERIFY(panel->connection() != 0);
    const quint64 id = panel->connection();
    QTRY_COMPARE(window.workbench()->connections()->info(id)->state, ConnectionInfo::State::Open);

    // Peak resident memory from here on (writing 5 to clear_refs resets VmHWM to VmRSS).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    QVERIFY2(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1, "cannot reset VmHWM");
    clear.close();
    const qint64 baseline = statusKiB("VmRSS:");
    QVERIFY(baseline > 0);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(panel->sendFile(file.fileName()) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(received == size, 240000);
    const qint64 ms = clock.elapsed();
    const qint64 peak = statusKiB("VmHWM:");
    QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("jobLabel"))
                    ->text()
                    .contains(QLatin1String("done")));
    qInfo("1 GiB in %lld ms (%.0f MiB/s); RSS baseline %lld MiB, peak %lld MiB, growth %lld MiB",
        ms, 1024.0 * 1000.0 / double(qMax<qint64>(ms, 1)), baseline / 1024, peak / 1024,
        (peak - baseline) / 1024);
    QVERIFY2(peak - baseline < 64 * 1024,
        qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg((peak - baseline) / 1024)));
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestBigFileSend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bigfilesend.moc"
