// `asynchat-workbench frame` as a user runs it: the spec's examples (R23, R24, R25), the
// three output forms, files and stdin, and the exit statuses.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result frame(const QStringList &args, const QByteArray &input = QByteArray())
{
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH), QStringList { QStringLiteral("frame") } + args);
    Result r;
    if (!p.waitForStarted())
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray lines(std::initializer_list<const char *> items)
{
    QByteArray out;
    for (const char *item : items)
        out += QByteArray(item) + '\n';
    return out;
}

} // namespace

class TestFrameCli : public QObject
{
    Q_OBJECT
private slots:
    void json_data();
    void json();
    void readableText();
    void summary();
    void fileInput();
    void overflowIsReported();
    void help();
    void usageErrors_data();
    void usageErrors();
    void missingFile();
    void nonBlockingStdin();
    void setAt();
    void saveCaseThenExpect();
    void expectMalformed();
};

// Issue 14 item 7: "frame -" on a stdin another process made non-blocking waits for data
// (it failed with "Resource temporarily unavailable"). A python wrapper sets O_NONBLOCK
// on the pipe and execs frame; the data comes only after frame has started reading.
void TestFrameCli::nonBlockingStdin()
{
    QProcess p;
    p.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral(
                "import fcntl, os, sys\n"
                "fcntl.fcntl(0, fcntl.F_SETFL, fcntl.fcntl(0, fcntl.F_GETFL) | os.O_NONBLOCK)\n"
                "sys.stderr.write('ready\\n'); sys.stderr.flush()\n"
                "os.execv(sys.argv[1], sys.argv[1:])\n"),
            QStringLiteral(ACW_APP_PATH), QStringLiteral("frame"), QStringLiteral("-t"),
            QStringLiteral("\\n"), QStringLiteral("--summary"), QStringLiteral("-") });
    QVERIFY(p.waitForStarted());
    QByteArray ready;
    QVERIFY(QTest::qWaitFor(
        [&] {
            p.waitForReadyRead(50);
            ready += p.readAllStandardError();
            return ready.contains("ready");
        },
        10000));
    // frame (the program after the exec) waits on the empty pipe before the data comes: its
    // kernel wait channel says so (if the data came first, the test would pass on any code).
    const QString app = QFileInfo(QStringLiteral(ACW_APP_PATH)).canonicalFilePath();
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (p.state() != QProcess::Running)
                return true;
            const QString proc = QStringLiteral("/proc/%1/").arg(p.processId());
            QFile wchan(proc + QStringLiteral("wchan"));
            const QByteArray where = wchan.open(QIODevice::ReadOnly) ? wchan.readAll() : "";
            return QFileInfo(proc + QStringLiteral("exe")).canonicalFilePath() == app
                   && (where.contains("poll") || where.contains("pipe"));
        },
        10000));
    QCOMPARE(p.state(), QProcess::Running); // it waits, it did not fail
    p.write("one\ntwo\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains("temporarily unavailable"), err.constData());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("frames:\\s+2\\b"))), qPrintable(out));
}

void TestFrameCli::json_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray r23
        = lines({ R"({"event":"frame","index":1,"terminator":"\\r\\n","data_hex":"68656c6c6f"})",
            R"({"event":"frame","index":2,"terminator":"\\r\\n","data_hex":"776f726c64"})",
            R"({"event":"end","pending_hex":"","held_back_hex":"","terminator":"\\r\\n"})" });
    // R23: the first read ends in "\r", which is held back and completes in the next.
    for (const char *chunks : { "6", "1", "3,100", "65536" })
        QTest::newRow(qPrintable(QStringLiteral("R23 chunks %1").arg(QLatin1String(chunks))))
            << QStringList { QStringLiteral("-t"), QStringLiteral("\\r\\n"),
                   QStringLiteral("--chunks"), QString::fromLatin1(chunks),
                   QStringLiteral("--json") }
            << QByteArray("hello\r\nworld\r\n") << r23;
    QTest::newRow("R23 default terminator is \\r\\n")
        << QStringList { QStringLiteral("--chunks"), QStringLiteral("6"), QStringLiteral("--json") }
        << QByteArray("hello\r\nworld\r\n") << r23;

    // R24: count 5 read as 2 + 4 bytes; fires once; "none" then collects the rest.
    QTest::newRow("R24 count:5 then none, reads 2,4")
        << QStringList { QStringLiteral("-t"), QStringLiteral("count:5"), QStringLiteral("-t"),
               QStringLiteral("none"), QStringLiteral("--chunks"), QStringLiteral("2,4"),
               QStringLiteral("--json") }
        << QByteArray("abcdef")
        << lines({ R"({"event":"frame","index":1,"terminator":"count:5","data_hex":"6162636465"})",
               R"({"event":"end","pending_hex":"66","held_back_hex":"","terminator":"none"})" });
    // The last -t is set again after every frame: count:16 frames 16-byte records, and the
    // final terminator reports what is left of the count (R13).
    QTest::newRow("count:16 records")
        << QStringList { QStringLiteral("-t"), QStringLiteral("count:16"),
               QStringLiteral("--json") }
        << QByteArray("0123456789abcdefFEDCBA9876543210tail")
        << lines({ R"({"event":"frame","index":1,"terminator":"count:16","data_hex":"30313233343536373839616263646566"})",
               R"({"event":"frame","index":2,"terminator":"count:16","data_hex":"46454443424139383736353433323130"})",
               R"({"event":"end","pending_hex":"7461696c","held_back_hex":"","terminator":"count:12"})" });

    // R25: \r\n, then 5, then none, all in one read.
    const QByteArray r25
        = lines({ R"({"event":"frame","index":1,"terminator":"\\r\\n","data_hex":"4c494e4531"})",
            R"({"event":"frame","index":2,"terminator":"count:5","data_hex":"3132333435"})",
            R"({"event":"end","pending_hex":"726573742d6f662d64617461","held_back_hex":"","terminator":"none"})" });
    for (const char *chunks : { "65536", "1", "2,3", "7" })
        QTest::newRow(qPrintable(QStringLiteral("R25 chunks %1").arg(QLatin1String(chunks))))
            << QStringList { QStringLiteral("-t"), QStringLiteral("\\r\\n"), QStringLiteral("-t"),
                   QStringLiteral("count:5"), QStringLiteral("-t"), QStringLiteral("none"),
                   QStringLiteral("--chunks"), QString::fromLatin1(chunks),
                   QStringLiteral("--json") }
            << QByteArray("LINE1\r\n12345rest-of-data") << r25;

    QTest::newRow("R28 held back and pending at the end")
        << QStringList { QStringLiteral("-t"), QStringLiteral("\\r\\n.\\r\\n"),
               QStringLiteral("--json") }
        << QByteArray("A\r\n.\r\r\n.\r\nB\r\n.")
        << lines({ R"({"event":"frame","index":1,"terminator":"\\r\\n.\\r\\n","data_hex":"410d0a2e0d"})",
               R"({"event":"end","pending_hex":"42","held_back_hex":"0d0a2e","terminator":"\\r\\n.\\r\\n"})" });
    // Issue 14 items 4 and 7: a spec is UTF-8 all the way to bytes (an emoji is 4 bytes,
    // not "??"), and the keywords are case-insensitive.
    QTest::newRow("emoji terminator")
        << QStringList { QStringLiteral("-t"), QString::fromUtf8("\xF0\x9F\x98\x80"),
               QStringLiteral("--json") }
        << QByteArray("a\xF0\x9F\x98\x80"
                      "b??c")
        << lines({ R"({"event":"frame","index":1,"terminator":"\\xF0\\x9F\\x98\\x80","data_hex":"61"})",
               R"({"event":"end","pending_hex":"623f3f63","held_back_hex":"","terminator":"\\xF0\\x9F\\x98\\x80"})" });
    QTest::newRow("COUNT:2 and NONE")
        << QStringList { QStringLiteral("-t"), QStringLiteral("COUNT:2"), QStringLiteral("-t"),
               QStringLiteral("NONE"), QStringLiteral("--json") }
        << QByteArray("abcd")
        << lines({ R"({"event":"frame","index":1,"terminator":"count:2","data_hex":"6162"})",
               R"({"event":"end","pending_hex":"6364","held_back_hex":"","terminator":"none"})" });
    QTest::newRow("NUL terminator, binary data")
        << QStringList { QStringLiteral("-t"), QStringLiteral("\\0"), QStringLiteral("--json") }
        << QByteArray("\xff\0\0", 3)
        << lines({ R"({"event":"frame","index":1,"terminator":"\\0","data_hex":"ff"})",
               R"({"event":"frame","index":2,"terminator":"\\0","data_hex":""})",
               R"({"event":"end","pending_hex":"","held_back_hex":"","terminator":"\\0"})" });
}

void TestFrameCli::json()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Result r = frame(args, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(r.err.isEmpty());
}

void TestFrameCli::readableText()
{
    const Result r
        = frame({ QStringLiteral("-t"), QStringLiteral("\\r\\n"), QStringLiteral("-t"),
                    QStringLiteral("count:5"), QStringLiteral("-t"), QStringLiteral("none") },
            "LINE1\r\n12345rest-of-data");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        lines({ R"(frame 1 (\r\n, 5 bytes) "LINE1")", R"(frame 2 (count:5, 5 bytes) "12345")",
            R"(end: 12 bytes pending "rest-of-data", held back "", terminator none)" }));

    // A long frame shows its first 4096 bytes; --json has all of it.
    const Result big = frame({}, QByteArray(5000, 'y') + "\r\n");
    QCOMPARE(big.exitCode, 0);
    QCOMPARE(big.out.split('\n').value(0),
        "frame 1 (\\r\\n, 5000 bytes) \"" + QByteArray(4096, 'y') + "...\"");
}

void TestFrameCli::summary()
{
    QByteArray input;
    for (int i = 0; i < 1000; ++i)
        input += QByteArray(62, 'x') + "\r\n";
    input += "abc\r";
    const Result r = frame(
        { QStringLiteral("--summary"), QStringLiteral("--chunks"), QStringLiteral("1000,7") },
        input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> got = r.out.split('\n');
    QCOMPARE(got.value(0), QByteArray("input:      64004 bytes"));
    QCOMPARE(got.value(1), QByteArray("frames:     1000"));
    QCOMPARE(got.value(2), QByteArray("framed:     62000 bytes of frame data"));
    QCOMPARE(got.value(3), QByteArray("pending:    3 bytes"));
    QCOMPARE(got.value(4), QByteArray("held back:  1 bytes"));
    QCOMPARE(got.value(5), QByteArray("terminator: \\r\\n"));
    QVERIFY2(got.value(6).startsWith("elapsed:    "), got.value(6).constData());
    QVERIFY(got.value(6).contains(" s ("));
}

void TestFrameCli::fileInput()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("a\nbb\nccc");
    file.close();
    for (const QString &chunks : { QStringLiteral("1"), QStringLiteral("65536") }) {
        const Result r = frame({ QStringLiteral("-t"), QStringLiteral("\\n"),
            QStringLiteral("--chunks"), chunks, QStringLiteral("--json"), file.fileName() });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            lines({ R"({"event":"frame","index":1,"terminator":"\\n","data_hex":"61"})",
                R"({"event":"frame","index":2,"terminator":"\\n","data_hex":"6262"})",
                R"({"event":"end","pending_hex":"636363","held_back_hex":"","terminator":"\\n"})" }));
    }
    // "-" is standard input.
    const Result r = frame({ QStringLiteral("--summary"), QStringLiteral("-") }, "x\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("input:      3 bytes\nframes:     1\n"));
}

// Q15: fail fast past --max-frame, the same for every chunking; exit 1.
void TestFrameCli::overflowIsReported()
{
    for (const QString &chunks :
        { QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("65536") }) {
        const Result r = frame({ QStringLiteral("--max-frame"), QStringLiteral("5"),
                                   QStringLiteral("--chunks"), chunks, QStringLiteral("--json") },
            "12345\r\n123456\r\nabc\r\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out,
            lines({ R"({"event":"frame","index":1,"terminator":"\\r\\n","data_hex":"3132333435"})",
                R"({"event":"error","index":2,"reason":"frame too long","max_frame":5,"terminator":"\\r\\n"})",
                R"({"event":"end","pending_hex":"","held_back_hex":"","terminator":"\\r\\n"})" }));
    }
    const Result text = frame({ QStringLiteral("--max-frame"), QStringLiteral("2") }, "abc\r\n");
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.startsWith("error: frame 1 is longer than 2 bytes"));
}

void TestFrameCli::help()
{
    const Result r = frame({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: asynchat-workbench frame [-t SPEC]..."));
    for (const char *option : { "--terminator", "--chunks", "--max-frame", "--json", "--summary",
             "--set-at", "--expect", "--save-case", "--no-repeat" })
        QVERIFY2(r.out.contains(option), option);
}

void TestFrameCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    auto row = [](const char *name, QStringList args, const char *message) {
        QTest::newRow(name) << args << QByteArray(message);
    };
    row("unknown escape", { QStringLiteral("-t"), QStringLiteral("\\q") }, "bad terminator '\\q'");
    row("empty spec", { QStringLiteral("-t"), QString() }, "bad terminator ''");
    row("negative count (R10)", { QStringLiteral("-t"), QStringLiteral("count:-1") },
        "must not be negative");
    row("overflowing count", { QStringLiteral("-t"), QStringLiteral("count:18446744073709551616") },
        "too large");
    row("count above --max-frame",
        { QStringLiteral("-t"), QStringLiteral("count:100"), QStringLiteral("--max-frame"),
            QStringLiteral("10") },
        "larger than --max-frame");
    row("bad --max-frame", { QStringLiteral("--max-frame"), QStringLiteral("-3") }, "--max-frame");
    row("zero chunk", { QStringLiteral("--chunks"), QStringLiteral("4,0") }, "--chunks");
    row("junk chunk", { QStringLiteral("--chunks"), QStringLiteral("4,x") }, "--chunks");
    row("json and summary", { QStringLiteral("--json"), QStringLiteral("--summary") },
        "exclude each other");
    row("unknown option", { QStringLiteral("--bogus") }, "bogus");
    row("missing value", { QStringLiteral("-t") }, "-t");
    row("two files", { QStringLiteral("a"), QStringLiteral("b") }, "one input file");
    row("bad --set-at", { QStringLiteral("--set-at"), QStringLiteral("x:none") }, "BYTES:SPEC");
    row("bad --set-at spec", { QStringLiteral("--set-at"), QStringLiteral("3:\\q") },
        "bad terminator");
    row("--expect with -t",
        { QStringLiteral("--expect"), QStringLiteral("c.json"), QStringLiteral("-t"),
            QStringLiteral("none") },
        "belongs in the file");
}

void TestFrameCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Result r = frame(args, "x\r\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestFrameCli::missingFile()
{
    const Result r = frame({ QStringLiteral("/nonexistent/acw-frame-input") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("cannot read /nonexistent/acw-frame-input"));
}

// Issue 8: a change between two reads. The echo example: "abc\r\nde" + "fgh" arrive, count:3
// is set from outside a callback, "ijk" arrives: one 8-byte frame (collected bytes stay
// collected); with --no-repeat nothing re-arms the count, so the terminator ends as none.
void TestFrameCli::setAt()
{
    const Result r = frame(
        { QStringLiteral("--chunks"), QStringLiteral("7,4"), QStringLiteral("--set-at"),
            QStringLiteral("10:count:3"), QStringLiteral("--no-repeat"), QStringLiteral("--json") },
        "abc\r\ndefghijk");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        lines({ R"({"event":"frame","index":1,"terminator":"\\r\\n","data_hex":"616263"})",
            R"({"event":"terminator","at":10,"terminator":"count:3"})",
            R"({"event":"frame","index":2,"terminator":"count:3","data_hex":"6465666768696a6b"})",
            R"({"event":"end","pending_hex":"","held_back_hex":"","terminator":"none"})" }));
    // Held back while the change comes: "\r" is searched again under the new terminator.
    const Result held
        = frame({ QStringLiteral("--set-at"), QStringLiteral("3:\\n"), QStringLiteral("--json") },
            "ab\r\ncd\n");
    QCOMPARE(held.exitCode, 0);
    QCOMPARE(held.out,
        lines({ R"({"event":"terminator","at":3,"terminator":"\\n"})",
            R"({"event":"frame","index":1,"terminator":"\\n","data_hex":"61620d"})",
            R"({"event":"end","pending_hex":"63640a","held_back_hex":"","terminator":"\\r\\n"})" }));
}

void TestFrameCli::saveCaseThenExpect()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    const Result saved
        = frame({ QStringLiteral("-t"), QStringLiteral("\\r\\n"), QStringLiteral("-t"),
                    QStringLiteral("count:5"), QStringLiteral("--chunks"), QStringLiteral("3,1"),
                    QStringLiteral("--set-at"), QStringLiteral("12:none"),
                    QStringLiteral("--save-case"), path },
            "hi\r\n12345xyz");
    QCOMPARE(saved.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY2(
        json.contains("\"chunks\": [3, 1],\n  \"terminators\": [\"\\\\r\\\\n\", \"count:5\"],\n"
                      "  \"set_at\": [[12, \"none\"]],"),
        json.constData());
    Result r = frame({ QStringLiteral("--expect"), path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out, QByteArray("ok: 2 frames and the end state as expected (") + path.toUtf8() + ")\n");

    QByteArray tampered = json;
    tampered.replace("\"pending_hex\": \"78797a\"", "\"pending_hex\": \"78\"");
    QVERIFY(tampered != json);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(tampered);
    out.close();
    r = frame({ QStringLiteral("--expect"), path });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, "differs from " + path.toUtf8()
                        + ":\n  pending: expected \"x\" (1 bytes), got \"xyz\" (3 bytes)\n");
}

void TestFrameCli::expectMalformed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"input_hex": "6869", "set_at": [[-1, "none"]], "expect": {"frames": []}})");
    file.close();
    Result r = frame({ QStringLiteral("--expect"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("malformed case") && r.err.contains("set_at[0][0]"), r.err.constData());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"input_hex": "6869"})");
    file.close();
    r = frame({ QStringLiteral("--expect"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no \"expect\""), r.err.constData());
    r = frame({ QStringLiteral("--expect"), dir.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("cannot read case"));
}

QTEST_GUILESS_MAIN(TestFrameCli)
#include "tst_framecli.moc"
