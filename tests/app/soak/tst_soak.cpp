// Soak (issue 14): `serve` for each profile under a bounded mixed hostile load (good
// clients, slowloris, garbage senders, resetters, non-readers; tests/app/soak/soak.py).
// Sampled every second: each server's RSS and open descriptors. After warm-up they do not
// grow beyond noise; a probe is answered within 1 s throughout. Figures go to the log.
// ACW_SOAK_SECONDS=600 runs it longer by hand.
#include "servehelper.h"
#include "soakstats.h"

#include <QSignalSpy>
#include <QTimer>

using namespace acwtest;
using namespace acwsoak;

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void serveUnderMixedLoad();
};

void TestSoak::serveUnderMixedLoad()
{
    const QStringList profiles
        = { QStringLiteral("greeting"), QStringLiteral("echo"), QStringLiteral("chat") };
    std::vector<std::unique_ptr<ServeProcess>> servers;
    QStringList targets;
    QList<Series> series;
    for (const QString &profile : profiles) {
        servers.push_back(std::make_unique<ServeProcess>());
        QVERIFY(servers.back()->start(
            { QStringLiteral("--profile"), profile, QStringLiteral("--max-connections"),
                QStringLiteral("64"), QStringLiteral("--header-timeout"), QStringLiteral("3000"),
                QStringLiteral("--idle-timeout"), QStringLiteral("5000"),
                QStringLiteral("--write-timeout"), QStringLiteral("3000"),
                QStringLiteral("--quiet") }));
        targets << QStringLiteral("%1:%2").arg(profile).arg(servers.back()->port);
        series.append(Series { profile, {}, {} });
    }
    const int seconds = soakSeconds(55);
    QProcess load;
    load.start(QStringLiteral(ACW_PYTHON),
        QStringList {
            QStringLiteral(ACW_SOURCE_DIR "/tests/app/soak/soak.py"), QString::number(seconds) }
            + targets);
    QVERIFY(load.waitForStarted());
    QTimer sampler;
    sampler.setInterval(1000);
    connect(&sampler, &QTimer::timeout, this, [&] {
        for (size_t i = 0; i < servers.size(); ++i)
            series[qsizetype(i)].sample(servers[i]->process.processId());
    });
    sampler.start();
    QSignalSpy finished(&load, &QProcess::finished);
    QVERIFY(finished.wait((seconds + 60) * 1000));
    sampler.stop();

    const QByteArray err = load.readAllStandardError();
    QVERIFY2(err.isEmpty(), err.left(2000).constData());
    const QJsonObject result = QJsonDocument::fromJson(load.readAllStandardOutput()).object();
    QString problems;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonObject t = result.value(targets.at(i)).toObject();
        qInfo("%s: %s", qPrintable(targets.at(i)),
            QJsonDocument(t).toJson(QJsonDocument::Compact).constData());
        qInfo("%s", qPrintable(series.at(i).summary()));
        problems += probeProblems(t, profiles.at(i));
        problems += series.at(i).growth(6 * 1024, 16);
        QVERIFY(servers[size_t(i)]->process.state() == QProcess::Running);
        const QByteArray serverErr = servers[size_t(i)]->process.readAllStandardError();
        QVERIFY2(!serverErr.contains("device not open"), serverErr.constData());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
