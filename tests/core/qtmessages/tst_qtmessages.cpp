// Qt's own warnings are filed under acw.qt and rate-limited (issue 14 item 6): a peer that
// makes Qt warn on every connection cannot flood stderr.
#include "engine/qtmessages.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

using acw::QtMessageLimiter;

class TestQtMessages : public QObject
{
    Q_OBJECT
private slots:
    void burstThenSuppressed();
    void distinctTextsCountApart();
    void processRoutesAndLimits();
};

void TestQtMessages::burstThenSuppressed()
{
    QtMessageLimiter limiter;
    const QString text = QStringLiteral("QIODevice::read (QTcpSocket): device not open");
    int printed = 0;
    for (int i = 0; i < 1000; ++i)
        printed += int(limiter.admit(text, i).size());
    QCOMPARE(printed, QtMessageLimiter::Burst);
    // The next window: a note of how many were suppressed, then the message again.
    const QStringList lines = limiter.admit(text, QtMessageLimiter::WindowMs + 1000);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().startsWith(QStringLiteral("%1 more like").arg(1000 - 5)),
        qPrintable(lines.first()));
    QCOMPARE(lines.last(), text);
}

void TestQtMessages::distinctTextsCountApart()
{
    QtMessageLimiter limiter;
    for (int i = 0; i < 10; ++i)
        limiter.admit(QStringLiteral("a"), 0);
    QCOMPARE(limiter.admit(QStringLiteral("b"), 0).size(), 1);
    QCOMPARE(limiter.admit(QStringLiteral("a"), 0).size(), 0);
}

// The real handler, in the application: 50 of Qt's warnings make a handful of lines, each
// under the acw.qt category, and our own categories are not touched.
void TestQtMessages::processRoutesAndLimits()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACW_QTMESSAGES_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath());
    QVERIFY(p.waitForFinished(20000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(err.count("acw.qt: QIODevice::read (QTcpSocket): device not open"),
        qsizetype(QtMessageLimiter::Burst));
    QVERIFY2(err.contains("acw.test: our own line"), err.constData());
    QVERIFY2(!err.contains("default:"), err.constData());
}

// As a child (ACW_QTMESSAGES_CHILD set): the application's handler, without QTest's.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("ACW_QTMESSAGES_CHILD")) {
        acw::routeQtMessages();
        for (int i = 0; i < 50; ++i)
            qWarning("QIODevice::read (QTcpSocket): device not open");
        QLoggingCategory own("acw.test");
        qCWarning(own, "our own line");
        return 0;
    }
    TestQtMessages test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_qtmessages.moc"
