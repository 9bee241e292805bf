// The Framing Lab as a newcomer uses it, offscreen: load the seed's request, step through
// it with 1-byte reads, check invariance, export the case and replay it with
// `frame --expect`; a lesson's exercise; "Open in lab" from a capture.
#include "panels/framinglab.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace acw;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run frameExpect(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(ACW_APP_PATH),
        { QStringLiteral("frame"), QStringLiteral("--expect"), path });
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestFramingLab : public QObject
{
    Q_OBJECT
private slots:
    void stepThroughSeedRequest();
    void backwardsShowsWhatForwardsShowed();
    void scriptErrorAtTheField();
    void invarianceVerdict();
    void exportAndReplay();
    void lessonExercise();
    void openCapture();
};

void TestFramingLab::stepThroughSeedRequest()
{
    FramingLab lab;
    lab.setInput(QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n"));
    lab.setScript(QStringLiteral("\\r\\n"));
    lab.setChunkMode(labscript::ChunkMode::OneByte);
    lab.recompute();
    QCOMPARE(lab.frames()->rowCount(), 3);
    QVERIFY2(lab.summary().startsWith(QStringLiteral("33 bytes, 33 reads: 3 frames")),
        qPrintable(lab.summary()));
    // Walk to the first held-back \r, then to the match across the reads.
    int held = -1;
    for (int s = 0; s < lab.stepCount() && held < 0; ++s) {
        lab.setStep(s);
        if (lab.stepText().contains(QStringLiteral("held back, not delivered")))
            held = s;
    }
    QVERIFY(held > 0);
    QVERIFY2(
        lab.stepText().contains(QStringLiteral("held back: \"\\r\"")), qPrintable(lab.stepText()));
    QVERIFY(lab.byteViewHtml().contains(QStringLiteral("#ffb347"))); // orange held-back byte
    lab.setStep(held + 1); // read 22 brings \n
    QVERIFY2(lab.stepText().contains(
                 QStringLiteral("The 1 byte(s) held back after the last read come first")),
        qPrintable(lab.stepText()));
    // Frame 1 is not found yet: its row is greyed out.
    QVERIFY(lab.frames()->item(0, 3)->data(Qt::ForegroundRole).isValid());
    lab.setStep(held + 2);
    QVERIFY(!lab.frames()->item(0, 3)->data(Qt::ForegroundRole).isValid());
    QVERIFY(lab.frames()->item(1, 3)->data(Qt::ForegroundRole).isValid());
    QVERIFY2(lab.stepText().contains(
                 QStringLiteral("foundTerminator(): frame 1 = \"GET /kongxx HTTP/1.0\"")),
        qPrintable(lab.stepText()));
    // By read: one step per read.
    lab.setStepByRead(true);
    QCOMPARE(lab.stepCount(), 33);
}

void TestFramingLab::backwardsShowsWhatForwardsShowed()
{
    FramingLab lab;
    lab.setInput(QStringLiteral("LEN 5\\r\\nhelloNEXT\\r"));
    lab.setScript(QStringLiteral("\\r\\n count:5 \\r\\n"));
    lab.setChunkSizes(QStringLiteral("3,2"));
    lab.setChanges(QStringLiteral("14:\\n"));
    lab.recompute();
    QVERIFY(lab.stepCount() > 10);
    QStringList forwards;
    lab.setStep(0);
    for (int s = 0; s < lab.stepCount(); ++s) {
        lab.setStep(s);
        QCOMPARE(lab.currentStep(), s);
        forwards << lab.stepText() + lab.byteViewHtml();
    }
    for (int s = lab.stepCount() - 1; s >= 0; --s) {
        lab.setStep(s);
        QCOMPARE(lab.stepText() + lab.byteViewHtml(), forwards.at(s));
    }
    QVERIFY(forwards.join(QString()).contains(QStringLiteral("from outside a callback")));
}

// A space-separated script is two entries; a run-together one is an error at the field,
// not zero frames.
void TestFramingLab::scriptErrorAtTheField()
{
    FramingLab lab;
    lab.setInput(QStringLiteral("AB\\r\\n1234"));
    lab.setScript(QStringLiteral("\\r\\n count:4"));
    lab.recompute();
    QCOMPARE(lab.frames()->rowCount(), 2);
    QVERIFY(lab.scriptError().isEmpty());
    lab.setScript(QStringLiteral("\\r\\ncount:4"));
    lab.recompute();
    QVERIFY2(lab.scriptError().contains(QStringLiteral("separate the entries")),
        qPrintable(lab.scriptError()));
    auto *error = lab.findChild<QLabel *>(QStringLiteral("labScriptError"));
    QVERIFY(error && !error->isHidden());
    QCOMPARE(lab.frames()->rowCount(), 0);
}

void TestFramingLab::invarianceVerdict()
{
    FramingLab lab;
    lab.setInput(QStringLiteral("GET /kongxx HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n"));
    lab.setScript(QStringLiteral("\\r\\n"));
    lab.recompute();
    lab.findChild<QPushButton *>(QStringLiteral("labCheckInvariance"))->click();
    QVERIFY2(lab.invarianceVerdict().startsWith(QStringLiteral("Invariant:")),
        qPrintable(lab.invarianceVerdict()));
    lab.setOverwrite(true);
    lab.recompute();
    lab.checkInvariance();
    QVERIFY2(lab.invarianceVerdict().startsWith(
                 QStringLiteral("Not invariant: reads 1,32 (split in 2)")),
        qPrintable(lab.invarianceVerdict()));
    auto *differing = lab.findChild<QPlainTextEdit *>(QStringLiteral("labDiffering"));
    QVERIFY(differing->toPlainText().contains(QStringLiteral("ET /kongxx HTTP/1.0")));
}

void TestFramingLab::exportAndReplay()
{
    QTemporaryDir dir;
    FramingLab lab;
    lab.setInput(QStringLiteral("hello\\r\\nworld\\r\\nab\\r"));
    lab.setScript(QStringLiteral("\\r\\n"));
    lab.setChunkSizes(QStringLiteral("6"));
    lab.setChanges(QStringLiteral("14:count:2"));
    lab.recompute();
    const QString path = dir.filePath(QStringLiteral("case.json"));
    QString error;
    QVERIFY2(lab.exportCaseFile(path, &error), qPrintable(error));
    Run r = frameExpect(path);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("ok: 3 frames"));

    // Tampered: the diff names the frame.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    QVERIFY(json.contains("{\"data_hex\": \"776f726c64\""));
    json.replace("{\"data_hex\": \"776f726c64\"", "{\"data_hex\": \"776f726c44\""); // worlD
    const QString tampered = dir.filePath(QStringLiteral("tampered.json"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    r = frameExpect(tampered);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("frame 2: expected \"worlD\" (5 bytes), got \"world\" (5 bytes)"),
        r.out.constData());

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile bad(broken);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"input_hex": "6869", "chunks": [0], "expect": {"frames": []}})");
    bad.close();
    r = frameExpect(broken);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("chunks[0]"), r.err.constData());

    // Open the exported case in a fresh lab: the same setup and frames.
    FramingLab again;
    QVERIFY(again.openCaseFile(path));
    QCOMPARE(again.frames()->rowCount(), 3);
    lab.recompute();
    QCOMPARE(again.summary(), lab.summary());
}

void TestFramingLab::lessonExercise()
{
    FramingLab lab;
    QVERIFY(lab.lessonCount() >= 5);
    lab.startLesson(3); // the overwrite bug on a slow client
    auto *overwrite = lab.findChild<QCheckBox *>(QStringLiteral("labOverwrite"));
    QVERIFY(overwrite->isChecked());
    QCOMPARE(lab.frames()->item(0, 3)->text(), QStringLiteral("D")); // only the last byte
    auto *check = lab.findChild<QPushButton *>(QStringLiteral("labCheckExercise"));
    check->click();
    QVERIFY2(lab.exerciseResult().contains(QStringLiteral("frame 1: expected \"HELLO WORLD\"")),
        qPrintable(lab.exerciseResult()));
    overwrite->setChecked(false); // fix the handler
    check->click();
    QVERIFY2(lab.exerciseResult().startsWith(QStringLiteral("Solved")),
        qPrintable(lab.exerciseResult()));
    lab.recompute();
    QCOMPARE(lab.frames()->item(0, 3)->text(), QStringLiteral("HELLO WORLD"));
}

void TestFramingLab::openCapture()
{
    FramingLab lab;
    lab.openCapture("abc\r\ndefghijk", { 7, 3, 3 }, { QStringLiteral("\\r\\n") },
        { { 10, QStringLiteral("count:3") } });
    QCOMPARE(lab.frames()->rowCount(), 2);
    QCOMPARE(lab.frames()->item(1, 3)->text(), QStringLiteral("defghijk"));
    QCOMPARE(lab.frames()->item(1, 2)->text(), QStringLiteral("count:3"));
}

QTEST_MAIN(TestFramingLab)
#include "tst_framinglab.moc"
