// Differential test: our Framer, through the scripted framer, against the real Python 3.11
// asynchat (spec section 9), driven by tests/oracle/asynchat_oracle.py. Random streams,
// terminator scripts, chunkings and live changes (set_terminator() called between two
// handle_read()s, `frame --set-at`); one Python process for the whole batch. A mismatch prints the
// seed: rerun with ACW_DIFF_SEED=<seed> to reproduce it (ACW_DIFF_CASES sets the batch size).
#include "framing/scriptedframer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using acw::Framer;
using acw::Terminator;

namespace {

struct Case
{
    QList<QByteArray> chunks; // the reads the oracle sees
    QList<QByteArray> ourChunks; // a second, independent chunking for our framer (P1)
    QStringList script;
    bool repeatLast = false;
    QList<acw::TerminatorChange> setAt; // set between two reads (frame --set-at)
};

// Our side: the scripted framer (the one `frame`, the lab and the preview use), recorded in
// the oracle's text form.
QStringList runOurs(const Case &c, const QList<QByteArray> &chunks)
{
    acw::FramingSetup setup;
    for (const QString &spec : c.script)
        setup.script << Terminator::parse(spec);
    setup.repeatLast = c.repeatLast;
    for (const QByteArray &chunk : chunks)
        setup.chunks << chunk.size();
    setup.setAt = c.setAt;
    QByteArray stream;
    for (const QByteArray &chunk : chunks)
        stream += chunk;
    const acw::FramingOutcome o = acw::ScriptedFramer::run(stream, setup);
    QStringList lines;
    for (const acw::ScriptedFrame &f : o.frames)
        lines << QStringLiteral("frame %1 %2 armed=%3 at_fire=%4")
                     .arg(f.number)
                     .arg(QString::fromLatin1(f.data.toHex()), f.terminator.toSpec(),
                         f.atFire.toSpec());
    lines << QStringLiteral("end pending=%1 held=%2 terminator=%3")
                 .arg(QString::fromLatin1(o.pending.toHex()),
                     QString::fromLatin1(o.heldBack.toHex()), o.terminator.toSpec());
    return lines;
}

QList<QByteArray> randomChunking(QRandomGenerator &rng, const QByteArray &stream)
{
    QList<QByteArray> chunks;
    const int mode = rng.bounded(4);
    if (mode == 0 || stream.isEmpty())
        return { stream }; // one read
    const int maxSize = mode == 1 ? 1 : mode == 2 ? 8 : int(stream.size());
    for (qsizetype i = 0; i < stream.size();) {
        const qsizetype n = 1 + rng.bounded(maxSize);
        chunks << stream.mid(i, n);
        i += n;
    }
    return chunks;
}

Case randomCase(QRandomGenerator &rng)
{
    static const char alphabet[] = { 'a', 'b', '\r', '\n', 'q', '\0' };
    static const char *const specs[] = { "\\n", "\\r\\n", "qqq", "aab", "abab", "\\r\\n\\r\\n",
        "count:1", "count:3", "count:7", "none" };
    static const QByteArray pieces[] = { "\n", "\r\n", "qqq", "aab", "abab", "\r\n\r\n" };
    Case c;
    QByteArray stream;
    const int length = rng.bounded(10) == 0 ? rng.bounded(400) : rng.bounded(60);
    while (stream.size() < length) {
        // Whole terminators now and then, so that frames are common, not only prefixes.
        if (rng.bounded(4) == 0)
            stream += pieces[rng.bounded(6)];
        else
            stream += alphabet[rng.bounded(6)];
    }
    const int steps = 1 + rng.bounded(6);
    for (int i = 0; i < steps; ++i)
        c.script << QString::fromLatin1(specs[rng.bounded(10)]);
    c.repeatLast = rng.bounded(2) == 0;
    // Live changes from outside the callbacks (issue 8): none in a third of the cases.
    const int changes = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(3);
    for (int i = 0; i < changes; ++i)
        c.setAt << acw::TerminatorChange { rng.bounded(int(stream.size()) + 1),
            Terminator::parse(QString::fromLatin1(specs[rng.bounded(10)])) };
    std::stable_sort(
        c.setAt.begin(), c.setAt.end(), [](const auto &a, const auto &b) { return a.at < b.at; });
    c.chunks = randomChunking(rng, stream);
    c.ourChunks = randomChunking(rng, stream);
    return c;
}

QByteArray toJsonLine(int id, const Case &c)
{
    QJsonArray chunks;
    for (const QByteArray &chunk : c.chunks)
        chunks.append(QString::fromLatin1(chunk.toHex()));
    QJsonArray changes;
    for (const acw::TerminatorChange &change : c.setAt)
        changes.append(QJsonArray { change.at, change.terminator.toSpec() });
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("set_at"), changes },
        { QStringLiteral("chunks"), chunks },
        { QStringLiteral("script"), QJsonArray::fromStringList(c.script) },
        { QStringLiteral("repeat_last"), c.repeatLast } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QString oracleLine(const QJsonObject &o)
{
    const QString event = o.value(QStringLiteral("event")).toString();
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (event == QLatin1String("frame"))
        return QStringLiteral("frame %1 %2 armed=%3 at_fire=%4")
            .arg(o.value(QStringLiteral("index")).toInt())
            .arg(s("data_hex"), s("armed"), s("at_fire"));
    if (event == QLatin1String("end"))
        return QStringLiteral("end pending=%1 held=%2 terminator=%3")
            .arg(s("pending_hex"), s("held_back_hex"), s("terminator"));
    return QStringLiteral("error ") + s("what");
}

QString describe(const Case &c)
{
    QStringList chunks;
    for (const QByteArray &chunk : c.chunks)
        chunks << Terminator::escape(chunk);
    QStringList ours;
    for (const QByteArray &chunk : c.ourChunks)
        ours << Terminator::escape(chunk);
    QStringList changes;
    for (const acw::TerminatorChange &change : c.setAt)
        changes << QStringLiteral("%1:%2").arg(change.at).arg(change.terminator.toSpec());
    return QStringLiteral("script [%1]%2 set-at [%5]\n  oracle reads [%3]\n  our reads    [%4]")
        .arg(c.script.join(QStringLiteral(", ")),
            c.repeatLast ? QStringLiteral(" repeating the last") : QString(),
            chunks.join(QStringLiteral("|")), ours.join(QStringLiteral("|")),
            changes.join(QStringLiteral(" ")));
}

} // namespace

class TestFramerDiff : public QObject
{
    Q_OBJECT
private slots:
    void againstAsynchat();
};

void TestFramerDiff::againstAsynchat()
{
    bool seedGiven = false;
    const quint32 seed = qEnvironmentVariableIsSet("ACW_DIFF_SEED")
                             ? quint32(qEnvironmentVariableIntValue("ACW_DIFF_SEED", &seedGiven))
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    const int count = qMax(3000, qEnvironmentVariableIntValue("ACW_DIFF_CASES"));
    qInfo("seed %u (%d cases; rerun with ACW_DIFF_SEED=%u)", seed, count, seed);

    QRandomGenerator rng(seed);
    QList<Case> cases;
    QByteArray input;
    for (int i = 0; i < count; ++i) {
        cases << randomCase(rng);
        input += toJsonLine(i, cases.last());
    }

    QProcess python;
    python.start(QStringLiteral(ACW_PYTHON),
        { QStringLiteral("-W"), QStringLiteral("ignore::DeprecationWarning"),
            QStringLiteral(ACW_SOURCE_DIR "/tests/oracle/asynchat_oracle.py") });
    QVERIFY2(python.waitForStarted(), qPrintable(python.errorString()));
    python.write(input);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    QList<QStringList> oracle(count);
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const int id = o.value(QStringLiteral("id")).toInt(-1);
        QVERIFY2(id >= 0 && id < count, line.constData());
        oracle[id] << oracleLine(o);
    }

    int frames = 0;
    int changed = 0;
    for (int i = 0; i < count; ++i) {
        changed += cases.at(i).setAt.isEmpty() ? 0 : 1;
        const Case &c = cases.at(i);
        QVERIFY2(!oracle.at(i).isEmpty(), "the oracle skipped a case");
        frames += int(oracle.at(i).size()) - 1;
        for (const auto &chunks : { c.chunks, c.ourChunks }) {
            const QStringList ours = runOurs(c, chunks);
            if (ours != oracle.at(i)) {
                const QString msg
                    = QStringLiteral("seed %1, case %2: %3\n  asynchat: %4\n  ours:     %5")
                          .arg(seed)
                          .arg(i)
                          .arg(describe(c), oracle.at(i).join(QStringLiteral("\n            ")),
                              ours.join(QStringLiteral("\n            ")));
                QFAIL(qPrintable(msg));
            }
        }
    }
    // The generator must exercise framing, not only collecting: a guard against a bad batch.
    QVERIFY2(frames > count, qPrintable(QStringLiteral("only %1 frames").arg(frames)));
    QVERIFY2(changed > count / 2, "too few cases with live changes");
    qInfo("%d cases (%d with live changes), %d frames, identical to asynchat", count, changed,
        frames);
}

QTEST_GUILESS_MAIN(TestFramerDiff)
#include "tst_framerdiff.moc"
