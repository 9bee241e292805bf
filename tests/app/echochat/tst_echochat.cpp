// The echo and chat profiles of the built `serve`, with Python socket clients: echo round
// trips for \n, \r\n, qqq and count:N written in 1-, 2- and 3-byte pieces; a chat room where
// a client that never reads is dropped while the others get every line, in order.
#include "servehelper.h"

using namespace acwtest;

class TestEchoChat : public QObject
{
    Q_OBJECT
private slots:
    void echo_data();
    void echo();
    void chatNonReader();
};

namespace {
QJsonObject clients(const QStringList &args)
{
    QByteArray err;
    const QByteArray out = run(QStringLiteral(ACW_PYTHON),
        QStringList { QStringLiteral(ACW_SOURCE_DIR "/tests/app/echochat/clients.py") } + args,
        60000, nullptr, &err);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    if (o.isEmpty())
        qWarning("clients.py: %s %s", out.constData(), err.constData());
    return o;
}
} // namespace

void TestEchoChat::echo_data()
{
    QTest::addColumn<QString>("terminator");
    QTest::newRow("\\n") << QStringLiteral("\\n");
    QTest::newRow("\\r\\n") << QStringLiteral("\\r\\n");
    QTest::newRow("qqq") << QStringLiteral("qqq");
    QTest::newRow("count:7") << QStringLiteral("count:7");
}

void TestEchoChat::echo()
{
    QFETCH(QString, terminator);
    ServeProcess serve;
    QVERIFY2(serve.start({ QStringLiteral("--profile"), QStringLiteral("echo"),
                 QStringLiteral("--terminator"), terminator, QStringLiteral("--quiet") }),
        qPrintable(serve.firstLine));
    QVERIFY(serve.firstLine.contains(QStringLiteral("terminator ") + terminator));
    const QJsonObject o
        = clients({ QStringLiteral("echo"), QString::number(serve.port), terminator });
    for (const char *piece : { "1", "2", "3" })
        QVERIFY2(o.value(QLatin1String(piece)).toBool(),
            qPrintable(QStringLiteral("%1-byte writes: got %2")
                           .arg(QLatin1String(piece),
                               o.value(QStringLiteral("got") + QLatin1String(piece)).toString())));
}

void TestEchoChat::chatNonReader()
{
    ServeProcess serve;
    QVERIFY(serve.start({ QStringLiteral("--profile"), QStringLiteral("chat") }));
    const int lines
        = 6000; // 24 MB: more than the kernel buffers for the non-reader plus the 8 MiB cap
    const QJsonObject o
        = clients({ QStringLiteral("chat"), QString::number(serve.port), QString::number(lines) });
    QVERIFY(o.value(QLatin1String("joined")).toBool());
    QCOMPARE(o.value(QLatin1String("received")).toInt(), lines);
    QVERIFY(o.value(QLatin1String("inOrder")).toBool());
    QVERIFY2(o.value(QLatin1String("cClosed")).toBool(), "the non-reading client was not dropped");
    QCOMPARE(
        o.value(QLatin1String("who")).toString(), QStringLiteral("* in the room: alice, guest2"));
    QTRY_VERIFY(serve.readOutput().contains("slow reader"));
}

QTEST_GUILESS_MAIN(TestEchoChat)
#include "tst_echochat.moc"
