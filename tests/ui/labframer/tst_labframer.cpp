#include "models/labframer.h"

#include <QTest>

using namespace acw;

class TstLabFramer : public QObject
{
    Q_OBJECT
private slots:
    void frames_data();
    void frames();
    void parsing();
};

void TstLabFramer::frames_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("chunks");
    QTest::addColumn<QStringList>("expected"); // escaped frames
    QTest::addColumn<QByteArray>("pending");
    QTest::addColumn<QByteArray>("held");

    QTest::newRow("request line, one read")
        << QByteArray("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n") << QStringLiteral("\\r\\n") << QStringLiteral("")
        << QStringList{QStringLiteral("GET /kongxx HTTP/1.0"), QStringLiteral("Host: x"), QStringLiteral("")} << QByteArray() << QByteArray();
    QTest::newRow("byte by byte gives the same frames")
        << QByteArray("GET /kongxx HTTP/1.0\r\nHost: x\r\n\r\n") << QStringLiteral("\\r\\n") << QStringLiteral("1")
        << QStringList{QStringLiteral("GET /kongxx HTTP/1.0"), QStringLiteral("Host: x"), QStringLiteral("")} << QByteArray() << QByteArray();
    QTest::newRow("held-back prefix at the end")
        << QByteArray("abc\r") << QStringLiteral("\\r\\n") << QStringLiteral("2") << QStringList{} << QByteArray("abc")
        << QByteArray("\r");
    QTest::newRow("header then count body")
        << QByteArray("LEN 5\r\nhelloNEXT") << QStringLiteral("\\r\\n, count:5, none") << QStringLiteral("3,4")
        << QStringList{QStringLiteral("LEN 5"), QStringLiteral("hello")} << QByteArray("NEXT") << QByteArray();
    QTest::newRow("empty script is a stream")
        << QByteArray("a\r\nb") << QStringLiteral("") << QStringLiteral("") << QStringList{} << QByteArray("a\r\nb") << QByteArray();
}

void TstLabFramer::frames()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, script);
    QFETCH(QString, chunks);
    QFETCH(QStringList, expected);
    QFETCH(QByteArray, pending);
    QFETCH(QByteArray, held);
    QVector<Terminator> terminators;
    QVector<int> sizes;
    QVERIFY(parseScript(script, &terminators));
    QVERIFY(parseChunkSizes(chunks, &sizes));
    const LabResult r = frameBytes(input, terminators, sizes);
    QStringList got;
    for (const LabFrame &f : r.frames)
        got << QString::fromLatin1(f.data);
    QCOMPARE(got, expected);
    QCOMPARE(r.pending, pending);
    QCOMPARE(r.heldBack, held);
    if (!r.frames.isEmpty())
        QCOMPARE(r.frames.constFirst().index, 1ull);
}

void TstLabFramer::parsing()
{
    QVector<Terminator> t;
    QString bad;
    QVERIFY(!parseScript(QStringLiteral("\\r\\n, \\q"), &t, &bad));
    QCOMPARE(bad, QStringLiteral("\\q"));
    QVector<int> sizes;
    QVERIFY(!parseChunkSizes(QStringLiteral("1,0"), &sizes));
    QVERIFY(!parseChunkSizes(QStringLiteral("x"), &sizes));
    QVERIFY(parseChunkSizes(QStringLiteral(" 3 , 5"), &sizes));
    QCOMPARE(sizes, (QVector<int>{3, 5}));
    const LabResult r = frameBytes("aaaaaaaa\nb\n", {Terminator::bytes("\n")}, {}, 4);
    QCOMPARE(r.overflowAt, 8);
    QCOMPARE(r.frames.size(), 1);
    QCOMPARE(r.frames.at(0).data, QByteArray("b"));
}

QTEST_MAIN(TstLabFramer)
#include "tst_labframer.moc"
