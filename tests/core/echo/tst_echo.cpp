// The echo profile over loopback (CPython test_asynchat T1-T3 shape): frames come back
// followed by the terminator, whatever the client's write sizes.
#include "channel/asyncchat.h"
#include "profiles/profile.h"
#include "profileserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace acw;
using acwtest::ProfileServer;

namespace {

ServerConfig echoConfig(
    const QString &terminator, std::optional<qint64> maxFrame = std::nullopt, int idleMs = 60000)
{
    ServerConfig config;
    config.profile = ProfileId::Echo;
    config.maxFrame = maxFrame;
    config.idleTimeoutMs = idleMs;
    if (!terminator.isEmpty()) {
        config.hasTerminator = true;
        config.terminator = Terminator::parse(terminator);
    }
    return config;
}

} // namespace

class TestEcho : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void frameTooLongCloses();
    void idleTimeoutCloses();
};

void TestEcho::roundTrip_data()
{
    QTest::addColumn<QString>("terminator"); // empty: the default \r\n
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray big = QByteArray(5000, 'x');
    for (int piece : { 1, 2, 3, 0 }) {
        const QByteArray p
            = "/" + (piece ? QByteArray::number(piece) + "-byte writes" : QByteArray("one write"));
        QTest::newRow(("default crlf" + p).constData())
            << QString() << QByteArray("hello world\r\nI'm not dead yet!\r\n")
            << QByteArray("hello world\r\nI'm not dead yet!\r\n");
        QTest::newRow(("\\n" + p).constData())
            << QStringLiteral("\\n") << QByteArray("hello world\nI'm not dead yet!\n")
            << QByteArray("hello world\nI'm not dead yet!\n");
        QTest::newRow(("qqq" + p).constData())
            << QStringLiteral("qqq") << QByteArray("hello worldqqqI'm not dead yet!qqq")
            << QByteArray("hello worldqqqI'm not dead yet!qqq");
        QTest::newRow(("count:5" + p).constData())
            << QStringLiteral("count:5") << QByteArray("abcdefghijklmno")
            << QByteArray("abcdefghijklmno");
        QTest::newRow(("none" + p).constData())
            << QStringLiteral("none") << QByteArray("stream\x00bytes", 12)
            << QByteArray("stream\x00bytes", 12);
        QTest::newRow(("empty frames" + p).constData())
            << QStringLiteral("\\n") << QByteArray("\n\na\n") << QByteArray("\n\na\n");
    }
    QTest::newRow("5000-byte frame") << QStringLiteral("\\n") << big + "\n" << big + "\n";
}

void TestEcho::roundTrip()
{
    QFETCH(QString, terminator);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray tag = QTest::currentDataTag();
    const int piece = tag.contains("/1-")   ? 1
                      : tag.contains("/2-") ? 2
                      : tag.contains("/3-") ? 3
                                            : 0;
    ProfileServer server(echoConfig(terminator));
    QVERIFY(server.valid());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const int step = piece ? piece : int(input.size());
    for (qsizetype i = 0; i < input.size(); i += step) {
        client.write(input.mid(i, step));
        QTRY_COMPARE(client.bytesToWrite(), qint64(0));
    }
    QByteArray got;
    QTRY_COMPARE((got += client.readAll()).size(), expected.size());
    QCOMPARE(got, expected);
}

void TestEcho::frameTooLongCloses()
{
    ProfileServer server(echoConfig(QStringLiteral("\\n"), 16));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.write("0123456789abcdef\n"); // exactly 16: echoed
    QByteArray got;
    QTRY_COMPARE((got += client.readAll()), QByteArray("0123456789abcdef\n"));
    client.write("0123456789abcdefg"); // 17 without a terminator: fails fast
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(client.readAll(), QByteArray());
}

void TestEcho::idleTimeoutCloses()
{
    ProfileServer server(echoConfig(QString(), std::nullopt, 300));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.write("ping\r\n");
    QByteArray got;
    QTRY_COMPARE((got += client.readAll()), QByteArray("ping\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 3000);
}

QTEST_GUILESS_MAIN(TestEcho)
#include "tst_echo.moc"
