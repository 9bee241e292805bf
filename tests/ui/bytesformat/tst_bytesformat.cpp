#include "models/bytesformat.h"

#include <QTest>

using namespace acw;

class TstBytesFormat : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void hexDump();
    void parseInput_data();
    void parseInput();
    void sizes();
};

void TstBytesFormat::text_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii with newline") << QByteArray("a b\nc\t") << QStringLiteral("a b\nc\t");
    QTest::newRow("CR and NUL named or hex") << QByteArray("x\r\0y", 4) << QStringLiteral("x\\r\\x00y");
    QTest::newRow("utf-8 kept") << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89") << QStringLiteral("张三");
    QTest::newRow("invalid utf-8 as hex") << QByteArray("a\xff" "b") << QStringLiteral("a\\xFFb");
    QTest::newRow("truncated sequence") << QByteArray("\xe5\xbc") << QStringLiteral("\\xE5\\xBC");
    QTest::newRow("bidi override escaped") << QByteArray("a\xe2\x80\xae" "b")
                                           << QStringLiteral("a\\xE2\\x80\\xAEb");
}

void TstBytesFormat::text()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(bytesformat::text(bytes), expected);
}

void TstBytesFormat::hexDump()
{
    const QString dump = bytesformat::hexDump("GET /kongxx HTTP/1.0\r\n", 16);
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("00000010  47 45 54 20 2f 6b 6f 6e  67 78 78 20 48 54 54 50  |GET /kongxx HTTP|"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("00000020  2f 31 2e 30 0d 0a")));
    QVERIFY(lines.at(1).endsWith(QLatin1String("|/1.0..|")));
}

void TstBytesFormat::parseInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("escapes") << QStringLiteral("hi\\r\\n") << false << true << QByteArray("hi\r\n");
    QTest::newRow("bad escape") << QStringLiteral("\\q") << false << false << QByteArray();
    QTest::newRow("hex spaced") << QStringLiteral("68 69 0d 0A") << true << true << QByteArray("hi\r\n");
    QTest::newRow("hex 0x and commas") << QStringLiteral("0x68,0x69") << true << true << QByteArray("hi");
    QTest::newRow("odd digits") << QStringLiteral("686") << true << false << QByteArray();
    QTest::newRow("not hex") << QStringLiteral("zz") << true << false << QByteArray();
}

void TstBytesFormat::parseInput()
{
    QFETCH(QString, input);
    QFETCH(bool, hex);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    bool parsed = !ok;
    const QByteArray got = bytesformat::parseInput(input, hex, &parsed);
    QCOMPARE(parsed, ok);
    if (ok)
        QCOMPARE(got, bytes);
}

void TstBytesFormat::sizes()
{
    QCOMPARE(bytesformat::size(900), QStringLiteral("900 B"));
    QCOMPARE(bytesformat::size(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(bytesformat::size(3 * 1024 * 1024), QStringLiteral("3.0 MiB"));
    QCOMPARE(bytesformat::preview(QByteArray(200, 'a'), 10), QStringLiteral("aaaaaaaaaa\u2026"));
}

QTEST_MAIN(TstBytesFormat)
#include "tst_bytesformat.moc"
