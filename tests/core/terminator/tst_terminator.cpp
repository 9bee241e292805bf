#include "framing/terminator.h"

#include <QTest>

using acw::Terminator;

class TestTerminator : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("crlf") << QStringLiteral("\\r\\n") << QByteArray("\r\n");
        QTest::newRow("nul") << QStringLiteral("\\0") << QByteArray("\0", 1);
        QTest::newRow("backslash") << QStringLiteral("a\\\\b") << QByteArray("a\\b");
        QTest::newRow("hex") << QStringLiteral("\\xFF\\x01") << QByteArray("\xff\x01");
        QTest::newRow("qqq") << QStringLiteral("qqq") << QByteArray("qqq");
    }
    void roundTrip()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, bytes);
        Terminator::ParseError error;
        const Terminator t = Terminator::parse(spec, &error);
        QCOMPARE(error, Terminator::ParseError::NoError);
        QVERIFY(t.isBytes());
        QCOMPARE(t.byteString(), bytes);
        QCOMPARE(t.toSpec(), spec);
    }
    void errors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QString() << int(Terminator::ParseError::Empty);
        QTest::newRow("bad escape")
            << QStringLiteral("\\q") << int(Terminator::ParseError::BadEscape);
        QTest::newRow("short hex")
            << QStringLiteral("\\x4") << int(Terminator::ParseError::BadEscape);
        QTest::newRow("trailing backslash")
            << QStringLiteral("a\\") << int(Terminator::ParseError::BadEscape);
        QTest::newRow("count junk")
            << QStringLiteral("count:12x") << int(Terminator::ParseError::BadCount);
        QTest::newRow("count empty")
            << QStringLiteral("count:") << int(Terminator::ParseError::BadCount);
        QTest::newRow("negative (R10)")
            << QStringLiteral("count:-1") << int(Terminator::ParseError::NegativeCount);
        QTest::newRow("overflow") << QStringLiteral("count:18446744073709551616")
                                  << int(Terminator::ParseError::CountOverflow);
    }
    void errors()
    {
        QFETCH(QString, spec);
        QFETCH(int, error);
        Terminator::ParseError got;
        Terminator::parse(spec, &got);
        QCOMPARE(int(got), error);
    }
    void noneForms() // Q3: none, count:0 and empty bytes are all "none"
    {
        QVERIFY(Terminator::parse(QStringLiteral("none")).isNone());
        QVERIFY(Terminator::parse(QStringLiteral("count:0")).isNone());
        QVERIFY(Terminator::bytes(QByteArray()).isNone());
        QCOMPARE(Terminator::count(0).toSpec(), QStringLiteral("none"));
        const Terminator big = Terminator::parse(QStringLiteral("count:9223372036854775807"));
        QVERIFY(big.isCount());
        QCOMPARE(big.countValue(), std::numeric_limits<qint64>::max());
        QCOMPARE(
            Terminator::parse(QStringLiteral("count:16")).toSpec(), QStringLiteral("count:16"));
    }
    // Issue 14 item 4: a spec is UTF-8 all the way to bytes, outside the BMP too (an
    // emoji is a surrogate pair in a QString; it used to become "??").
    void nonBmpIsUtf8()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        QCOMPARE(emoji.size(), 2); // a surrogate pair
        const Terminator t = Terminator::parse(emoji);
        QVERIFY(t.isBytes());
        QCOMPARE(t.byteString(), QByteArray("\xF0\x9F\x98\x80"));
        QCOMPARE(Terminator::parse(t.toSpec()).byteString(), t.byteString()); // settings
        QCOMPARE(Terminator::unescape(QStringLiteral("x") + emoji + QStringLiteral("\\n")),
            QByteArray("x\xF0\x9F\x98\x80\n"));
        QCOMPARE(Terminator::parse(QString::fromUtf8("\xC3\xA9")).byteString(),
            QByteArray("\xC3\xA9")); // BMP, two bytes
        Terminator::ParseError error;
        Terminator::parse(QString(QChar(0xD83D)), &error); // a lone surrogate has no bytes
        QCOMPARE(error, Terminator::ParseError::BadEscape);
    }
    // Issue 14 item 7: the keywords are case-insensitive; a literal spelling is escaped.
    void keywordsAnyCase()
    {
        QVERIFY(Terminator::parse(QStringLiteral("NONE")).isNone());
        QVERIFY(Terminator::parse(QStringLiteral("None")).isNone());
        const Terminator five = Terminator::parse(QStringLiteral("COUNT:5"));
        QVERIFY(five.isCount());
        QCOMPARE(five.countValue(), 5);
        QCOMPARE(Terminator::parse(QStringLiteral("Count:7")).countValue(), 7);
        Terminator::ParseError error;
        Terminator::parse(QStringLiteral("COUNT:x"), &error);
        QCOMPARE(error, Terminator::ParseError::BadCount);
        QCOMPARE(Terminator::parse(QStringLiteral("\\x4eONE")).byteString(), QByteArray("NONE"));
    }
};

QTEST_APPLESS_MAIN(TestTerminator)
#include "tst_terminator.moc"
