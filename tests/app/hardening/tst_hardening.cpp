// Issue 14 at the level of the built binary: what a hostile peer can do to `serve` (write
// to its stderr, lock it out with writers that never read) and the headless fallback.
#include "servehelper.h"
#include "stuckwriter.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace acwtest;

namespace {

bool echoes(quint16 port, const QByteArray &line, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray got;
    socket.write(line + "\r\n");
    (void)QTest::qWaitFor(
        [&] {
            got += socket.readAll();
            return got.endsWith("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return got == line + "\r\n";
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private slots:
    void resetsWithOutputPendingKeepStderrClean();
    void stuckWritersAtTheCapDoNotLockOut();
    void serveChatWithoutDisplay();
};

// Item 6: each reset while output was pending printed "QIODevice::read (QTcpSocket):
// device not open" on the server's stderr: a peer could write there at will.
void TestHardening::resetsWithOutputPendingKeepStderrClean()
{
    ServeProcess serve;
    QVERIFY(serve.start(
        { QStringLiteral("--profile"), QStringLiteral("echo"), QStringLiteral("--quiet") }));
    for (int round = 0; round < 5; ++round) {
        StuckWriter writer(serve.port);
        QVERIFY(writer.connected());
        QVERIFY(writer.floodUntilBlocked());
        writer.reset();
    }
    QVERIFY(echoes(serve.port, "still here", 10000));
    const QByteArray err = serve.process.readAllStandardError();
    QVERIFY2(!err.contains("device not open"), err.constData());
    QVERIFY2(err.isEmpty(), err.constData());
}

// Item 2: ten writers that never read at --max-connections 10 used to lock every new
// client out for as long as they liked. Now the newcomer is served at once (the one stuck
// longest is evicted), and each stuck writer goes by the write timeout anyway.
void TestHardening::stuckWritersAtTheCapDoNotLockOut()
{
    ServeProcess serve;
    QVERIFY(serve.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
        QStringLiteral("--max-connections"), QStringLiteral("10"), QStringLiteral("--quiet") }));
    std::vector<std::unique_ptr<StuckWriter>> writers;
    for (int i = 0; i < 10; ++i) {
        writers.push_back(std::make_unique<StuckWriter>(serve.port));
        QVERIFY(writers.back()->connected());
        QVERIFY(writers.back()->floodUntilBlocked());
    }
    QElapsedTimer clock;
    clock.start();
    QVERIFY(echoes(serve.port, "let me in", 5000));
    const qint64 recovered = clock.elapsed();
    qInfo("10 stuck writers at --max-connections 10: a new client was served after %lld ms",
        recovered);
    QVERIFY2(recovered < 2000, qPrintable(QString::number(recovered)));
    QVERIFY(echoes(serve.port, "and again", 5000));
}

// Item 7: with no display, "--serve chat" serves chat and says so (it said greeting).
void TestHardening::serveChatWithoutDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACW_APP_PATH), { QStringLiteral("--serve"), QStringLiteral("chat"),
                                              QStringLiteral("--port"), QStringLiteral("0") });
    QVERIFY(p.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 2, 10000);
    p.terminate();
    p.waitForFinished(5000);
    QVERIFY2(out.startsWith("asynchat-workbench: no display found; running the chat server "
                            "headless (same as 'asynchat-workbench serve --profile chat')."),
        out.constData());
    QVERIFY2(out.contains("\nServing chat on 127.0.0.1:"), out.constData());
    QVERIFY(!out.contains("greeting"));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
