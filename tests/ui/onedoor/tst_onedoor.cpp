// Commands go through one door: the window's code reaches the engine only through the
// Workbench facade (ui/workbench.h). Panels, models and the main window include no engine
// header but the values (engineevents.h, sendjob.h, and relayhub.h for the decoding of a
// RelayHeld payload), call no engine() and connect to no Engine signal.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kUiDir = QStringLiteral(ACW_SOURCE_DIR "/ui");

// The lines of one source text that reach past the facade, comments left out.
QStringList reachesPastTheFacade(const QString &text)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*["<]engine/(\w+\.h)[">])"));
    static const QRegularExpression engineUse(QStringLiteral(R"(\bengine\(\)|\bEngine::)"));
    static const QStringList values { QStringLiteral("engineevents.h"), QStringLiteral("sendjob.h"),
        QStringLiteral("relayhub.h") };
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString code = lines.at(i);
        const qsizetype comment = code.indexOf(QLatin1String("//"));
        if (comment >= 0)
            code.truncate(comment);
        const QRegularExpressionMatch m = include.match(code);
        if ((m.hasMatch() && !values.contains(m.captured(1))) || engineUse.match(code).hasMatch())
            found.append(QStringLiteral("%1: %2").arg(i + 1).arg(lines.at(i).trimmed()));
    }
    return found;
}

} // namespace

class TestOneDoor : public QObject
{
    Q_OBJECT
private slots:
    void theCheckSeesAWayAround();
    void onlyTheWorkbenchReachesTheEngine();
};

void TestOneDoor::theCheckSeesAWayAround()
{
    QCOMPARE(reachesPastTheFacade(QStringLiteral("#include \"engine/engine.h\"")).size(), 1);
    QCOMPARE(reachesPastTheFacade(QStringLiteral("#include \"engine/engineworker.h\"")).size(), 1);
    QCOMPARE(
        reachesPastTheFacade(QStringLiteral("    m_workbench->engine()->push(id, b);")).size(), 1);
    QCOMPARE(
        reachesPastTheFacade(QStringLiteral("connect(e, &Engine::eventsReady, this, f);")).size(),
        1);
    QVERIFY(reachesPastTheFacade(QStringLiteral("#include \"engine/engineevents.h\"\n"
                                                "// as Engine::eventsReady reports them\n"
                                                "m_workbench->push(id, bytes);"))
                .isEmpty());
}

void TestOneDoor::onlyTheWorkbenchReachesTheEngine()
{
    QStringList offenders;
    int files = 0;
    QDirIterator it(kUiDir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QDir(kUiDir).relativeFilePath(path);
        if (name == QLatin1String("workbench.h") || name == QLatin1String("workbench.cpp"))
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        for (const QString &line : reachesPastTheFacade(QString::fromUtf8(file.readAll())))
            offenders.append(QStringLiteral("ui/%1:%2").arg(name, line));
    }
    QVERIFY2(files > 40, qPrintable(QString::number(files))); // the sources were found
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestOneDoor)
#include "tst_onedoor.moc"
