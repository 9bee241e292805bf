// The Framing Lab's fields (script syntax, reads, live changes) and its lessons: each
// exercise passes with its answer and fails as the lesson loads it.
#include "models/lablessons.h"
#include "models/labscript.h"

#include <QTest>

using namespace acw;

namespace {

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
}

class TestLabScript : public QObject
{
    Q_OBJECT
private slots:
    void script_data();
    void script();
    void chunking();
    void changes();
    void lessonExercises();
};

void TestLabScript::script_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("specs"); // empty: an error
    QTest::addColumn<QString>("badEntry");
    QTest::newRow("space separated")
        << QStringLiteral("\\r\\n count:4") << sl({ "\\r\\n", "count:4" }) << QStringLiteral("");
    QTest::newRow("commas") << QStringLiteral("\\r\\n, count:5, none")
                            << sl({ "\\r\\n", "count:5", "none" }) << QStringLiteral("");
    QTest::newRow("escaped space and comma")
        << QStringLiteral("\\x20\\x2C") << sl({ " ," }) << QStringLiteral("");
    QTest::newRow("run together") << QStringLiteral("\\r\\ncount:4") << QStringList()
                                  << QStringLiteral("\\r\\ncount:4");
    QTest::newRow("capital count")
        << QStringLiteral("\\r\\n Count:4") << QStringList() << QStringLiteral("Count:4");
    QTest::newRow("count without colon")
        << QStringLiteral("count4") << QStringList() << QStringLiteral("count4");
    QTest::newRow("NONE") << QStringLiteral("NONE") << QStringList() << QStringLiteral("NONE");
    QTest::newRow("quotes") << QStringLiteral("\"\\r\\n\"") << QStringList()
                            << QStringLiteral("\"\\r\\n\"");
    QTest::newRow("bad escape") << QStringLiteral("\\r\\n \\q") << QStringList()
                                << QStringLiteral("\\q");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringList() << QStringLiteral("");
}

void TestLabScript::script()
{
    QFETCH(QString, text);
    QFETCH(QStringList, specs);
    QFETCH(QString, badEntry);
    const labscript::ScriptResult r = labscript::parseScript(text);
    QStringList got;
    for (const Terminator &t : r.script)
        got << t.toSpec();
    if (specs.isEmpty()) {
        QVERIFY2(!r.error.isEmpty(), qPrintable(got.join(QLatin1Char('|'))));
        QCOMPARE(r.badEntry, badEntry);
    } else {
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(got, specs);
        // The canonical text reads back the same.
        QCOMPARE(labscript::parseScript(labscript::scriptText(r.script)).script, r.script);
    }
}

void TestLabScript::chunking()
{
    using labscript::ChunkMode;
    QList<qint64> sizes;
    QString error;
    QVERIFY(labscript::chunkSizes(ChunkMode::List, QStringLiteral("3, 1"), 10, &sizes, &error));
    QCOMPARE(sizes, (QList<qint64> { 3, 1 }));
    QVERIFY(!labscript::chunkSizes(ChunkMode::Fixed, QStringLiteral("0"), 10, &sizes, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(labscript::chunkSizes(ChunkMode::Random, QStringLiteral("42"), 100, &sizes, &error));
    qint64 total = 0;
    for (qint64 n : sizes)
        total += n;
    QCOMPARE(total, 100);
    QCOMPARE(labscript::randomSizes(100, 42), sizes); // the shown seed reproduces the reads
}

void TestLabScript::changes()
{
    QList<TerminatorChange> changes;
    QString error;
    QVERIFY(labscript::parseChanges(QStringLiteral("12:none, 20:count:4"), &changes, &error));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).at, 20);
    QCOMPARE(changes.at(1).terminator, Terminator::count(4));
    QCOMPARE(labscript::changesText(changes), QStringLiteral("12:none, 20:count:4"));
    QVERIFY(!labscript::parseChanges(QStringLiteral("x:none"), &changes, &error));
}

void TestLabScript::lessonExercises()
{
    const QList<LabLesson> lessons = labLessons();
    QVERIFY(lessons.size() >= 5);
    for (const LabLesson &l : lessons) {
        const QStringList right = checkExercise(l, l.answer);
        QVERIFY2(right.isEmpty(),
            qPrintable(l.id + QLatin1String(": ") + right.join(QLatin1Char('\n'))));
        QVERIFY2(!checkExercise(l, l.start).isEmpty(), qPrintable(l.id));
    }
}

QTEST_GUILESS_MAIN(TestLabScript)
#include "tst_labscript.moc"
