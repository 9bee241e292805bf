#include "models/bytesformat.h"

#include <QTest>

using namespace acw;

class TestBytesFormat : public QObject
{
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void encodings_data();
    void encodings();
    void defaultEncodingIsTheOneRule();
    void lineIsOneLine();
    void hexDump();
    void parseInput_data();
    void parseInput();
    void sizes();
};

void TestBytesFormat::text_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii with newline") << QByteArray("a b\nc\t") << QStringLiteral("a b\nc\t");
    QTest::newRow("CR and NUL named or hex")
        << QByteArray("x\r\0y", 4) << QStringLiteral("x\\r\\x00y");
    QTest::newRow("utf-8 kept") << QByteArray("\xe5\xbc\xa0\xe4\xb8\x89") << QStringLiteral("张三");
    QTest::newRow("invalid utf-8 as hex") << QByteArray("a\xff"
                                                        "b")
                                          << QStringLiteral("a\\xFFb");
    QTest::newRow("truncated sequence") << QByteArray("\xe5\xbc") << QStringLiteral("\\xE5\\xBC");
    QTest::newRow("bidi override escaped") << QByteArray("a\xe2\x80\xae"
                                                         "b")
                                           << QStringLiteral("a\\xE2\\x80\\xAEb");
}

void TestBytesFormat::text()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(bytesformat::text(bytes), expected);
}

void TestBytesFormat::encodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray utf8World("\xE4\xB8\x96\xE7\x95\x8C");
    const QByteArray gbkWorld("\xCA\xC0\xBD\xE7");
    QTest::newRow("utf-8: 世界") << "utf-8" << utf8World << QStringLiteral("世界");
    QTest::newRow("utf-8: GBK bytes escaped")
        << "utf-8" << gbkWorld << QStringLiteral("\\xCA\\xC0\\xBD\\xE7");
    QTest::newRow("utf-8: overlong escaped")
        << "utf-8" << QByteArray("\xC0\xAF") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("utf-8: surrogate escaped")
        << "utf-8" << QByteArray("\xED\xA0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("utf-8: C1 control escaped")
        << "utf-8" << QByteArray("\xC2\x85") << QStringLiteral("\\xC2\\x85");
    QTest::newRow("gb18030: 世界") << "gb18030" << gbkWorld << QStringLiteral("世界");
    QTest::newRow("gb18030: ascii around")
        << "gb18030" << QByteArray("a\xCA\xC0\r\n") << QStringLiteral("a世\\r\n");
    QTest::newRow("gb18030: four-byte €")
        << "gb18030" << QByteArray("\xA2\xE3") << QStringLiteral("€");
    QTest::newRow("gb18030: four-byte sequence")
        << "gb18030" << QByteArray("\x81\x30\x8A\x30") << QStringLiteral("ã");
    QTest::newRow("gb18030: lone lead byte")
        << "gb18030" << QByteArray("\xCA") << QStringLiteral("\\xCA");
    QTest::newRow("gb18030: lead then ascii")
        << "gb18030" << QByteArray("\xCA\x0A") << QStringLiteral("\\xCA\n");
    QTest::newRow("gb18030: 0x80 and 0xFF")
        << "gb18030" << QByteArray("\x80\xFF") << QStringLiteral("\\x80\\xFF");
    QTest::newRow("gb18030: C1 control by four bytes")
        << "gb18030" << QByteArray("\x81\x30\x81\x35") << QStringLiteral("\\x810\\x815");
    QTest::newRow("gb18030: bidi override escaped")
        << "gb18030" << QByteArray("\x81\x36\xA7\x31") << QStringLiteral("\\x816\\xA71");
    QTest::newRow("latin-1: é") << "latin-1" << QByteArray("caf\xE9") << QStringLiteral("café");
    QTest::newRow("latin-1: C1 escaped")
        << "latin-1" << QByteArray("\x85\x9F") << QStringLiteral("\\x85\\x9F");
    QTest::newRow("latin-1: utf-8 bytes as letters")
        << "latin-1" << QByteArray("\xC3\xA9") << QStringLiteral("Ã©");
}

void TestBytesFormat::encodings()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(bytesformat::text(bytes, bytesformat::encodingFromKey(encoding)), expected);
}

void TestBytesFormat::defaultEncodingIsTheOneRule()
{
    const QByteArray gbk("\xCA\xC0\xBD\xE7");
    QCOMPARE(bytesformat::defaultEncoding(), bytesformat::Encoding::Utf8);
    QCOMPARE(bytesformat::text(gbk), QStringLiteral("\\xCA\\xC0\\xBD\\xE7"));
    bytesformat::setDefaultEncoding(bytesformat::Encoding::Gb18030);
    QCOMPARE(bytesformat::text(gbk), QStringLiteral("世界"));
    QCOMPARE(bytesformat::line(gbk + "\n" + gbk), QStringLiteral("世界\\n世界"));
    bytesformat::setDefaultEncoding(bytesformat::Encoding::Utf8);
    for (auto e : { bytesformat::Encoding::Utf8, bytesformat::Encoding::Gb18030,
             bytesformat::Encoding::Latin1 })
        QCOMPARE(bytesformat::encodingFromKey(bytesformat::encodingKey(e)), e);
}

void TestBytesFormat::lineIsOneLine()
{
    QCOMPARE(bytesformat::line("a\r\nb\tc"), QStringLiteral("a\\r\\nb\\tc"));
    const QString cut = bytesformat::line(QByteArray(100, 'x') + "END", 10);
    QCOMPARE(cut, QString(10, QLatin1Char('x')) + QChar(0x2026));
    QCOMPARE(bytesformat::line("short", 10), QStringLiteral("short"));
}

void TestBytesFormat::hexDump()
{
    const QString dump = bytesformat::hexDump("GET /kongxx HTTP/1.0\r\n", 16);
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        QStringLiteral(
            "00000010  47 45 54 20 2f 6b 6f 6e  67 78 78 20 48 54 54 50  |GET /kongxx HTTP|"));
    QVERIFY(lines.at(1).startsWith(QLatin1String("00000020  2f 31 2e 30 0d 0a")));
    QVERIFY(lines.at(1).endsWith(QLatin1String("|/1.0..|")));
}

void TestBytesFormat::parseInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("escapes") << QStringLiteral("hi\\r\\n") << false << true << QByteArray("hi\r\n");
    QTest::newRow("bad escape") << QStringLiteral("\\q") << false << false << QByteArray();
    QTest::newRow("hex spaced") << QStringLiteral("68 69 0d 0A") << true << true
                                << QByteArray("hi\r\n");
    QTest::newRow("hex 0x and commas")
        << QStringLiteral("0x68,0x69") << true << true << QByteArray("hi");
    QTest::newRow("odd digits") << QStringLiteral("686") << true << false << QByteArray();
    QTest::newRow("not hex") << QStringLiteral("zz") << true << false << QByteArray();
}

void TestBytesFormat::parseInput()
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

void TestBytesFormat::sizes()
{
    QCOMPARE(bytesformat::size(900), QStringLiteral("900 B"));
    QCOMPARE(bytesformat::size(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(bytesformat::size(3 * 1024 * 1024), QStringLiteral("3.0 MiB"));
    QCOMPARE(bytesformat::preview(QByteArray(200, 'a'), 10), QStringLiteral("aaaaaaaaaa\u2026"));
}

QTEST_MAIN(TestBytesFormat)
#include "tst_bytesformat.moc"
