// The README's first command: `asynchat-workbench --serve [PROFILE] --port N` opens the
// window with that server already running (here on the offscreen platform).
#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TstGuiServe : public QObject
{
    Q_OBJECT
private slots:
    void serveStartsWithTheWindow_data();
    void serveStartsWithTheWindow();
    void badOptionIsAUsageError();
};

static quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void TstGuiServe::serveStartsWithTheWindow_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("greeting") << QStringLiteral("greeting")
                              << QByteArray("GET /kongxx HTTP/1.0\r\n\r\n")
                              << QByteArray("Hello kongxx!");
    QTest::newRow("echo") << QStringLiteral("echo") << QByteArray("ping\r\n")
                          << QByteArray("ping\r\n");
}

void TstGuiServe::serveStartsWithTheWindow()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expected);
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/acw-guiserve"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ACW_APP_PATH),
              {QStringLiteral("--serve"), profile, QStringLiteral("--port"),
               QString::number(port), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(app.waitForStarted());
    QTcpSocket client;
    bool connected = false;
    for (int attempt = 0; attempt < 100 && !connected; ++attempt) {
        client.connectToHost(QStringLiteral("127.0.0.1"), port);
        connected = client.waitForConnected(1000);
        if (!connected) {
            client.abort();
            QTest::qWait(100); // the window is still starting
        }
    }
    QVERIFY2(connected, app.readAllStandardError().constData());
    client.write(request);
    QByteArray got;
    for (int i = 0; i < 50 && !got.contains(expected); ++i) {
        client.waitForReadyRead(100);
        got += client.readAll();
    }
    QVERIFY2(got.contains(expected), got.constData());
    app.terminate();
    QVERIFY(app.waitForFinished(5000));
}

void TstGuiServe::badOptionIsAUsageError()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ACW_APP_PATH), {QStringLiteral("--port"), QStringLiteral("99999")});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("--port"));
}

QTEST_GUILESS_MAIN(TstGuiServe)
#include "tst_guiserve.moc"
