// The README's first command: `asynchat-workbench --serve [PROFILE] --port N` opens the
// window with that server already running (here on the offscreen platform).
#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestGuiServe : public QObject
{
    Q_OBJECT
private slots:
    void serveStartsWithTheWindow_data();
    void serveStartsWithTheWindow();
    void badOptionIsAUsageError_data();
    void badOptionIsAUsageError();
};

// The TCP port a process listens on, as the kernel reports it (`ss`, iproute2): the app is
// started with --port 0, so no port number is guessed in advance. 0 until it listens.
static quint16 listeningPort(qint64 pid)
{
    QProcess ss;
    ss.start(QStringLiteral("ss"), { QStringLiteral("-ltnpH") });
    if (!ss.waitForFinished(5000))
        return 0;
    const QByteArray tag = "pid=" + QByteArray::number(pid) + ',';
    for (const QByteArray &line : ss.readAllStandardOutput().split('\n')) {
        if (!line.contains(tag))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const QByteArray &local = fields.at(3); // 127.0.0.1:PORT
        return quint16(local.mid(local.lastIndexOf(':') + 1).toUInt());
    }
    return 0;
}

void TestGuiServe::serveStartsWithTheWindow_data()
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

void TestGuiServe::serveStartsWithTheWindow()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, expected);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(
        QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/acw-guiserve"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ACW_APP_PATH),
        { QStringLiteral("--serve"), profile, QStringLiteral("--port"), QStringLiteral("0"),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--lang"),
            QStringLiteral("en") });
    QVERIFY(app.waitForStarted());
    quint16 port = 0;
    QVERIFY2(QTest::qWaitFor([&] { return (port = listeningPort(app.processId())) != 0; }, 20000),
        app.readAllStandardError().constData());
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(client.waitForConnected(5000));
    client.write(request);
    QByteArray got;
    QTRY_VERIFY2_WITH_TIMEOUT((got += client.readAll()).contains(expected), got.constData(), 5000);
    app.terminate();
    QVERIFY(app.waitForFinished(5000));
}

void TestGuiServe::badOptionIsAUsageError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("named"); // what the message names
    QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("99999") }
                          << QByteArray("--port");
    // The window's --serve checks its options as `serve` does (one parser).
    QTest::newRow("bind") << QStringList { QStringLiteral("--serve"), QStringLiteral("--bind"),
        QStringLiteral("nowhere") }
                          << QByteArray("--bind");
    QTest::newRow("profile") << QStringList { QStringLiteral("--serve"), QStringLiteral("gopher") }
                             << QByteArray("gopher");
    QTest::newRow("terminator for greeting") << QStringList { QStringLiteral("--serve"),
        QStringLiteral("--terminator"), QStringLiteral("\\n") }
                                             << QByteArray("fixed");
}

void TestGuiServe::badOptionIsAUsageError()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, named);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ACW_APP_PATH), args);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 2);
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(err.contains(named), err.constData());
}

QTEST_GUILESS_MAIN(TestGuiServe)
#include "tst_guiserve.moc"
