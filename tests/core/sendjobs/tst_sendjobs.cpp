// Engine send jobs (engine/sendjobs.h) against a real loopback peer: a message repeated N
// times or every T ms, a file, stopping, and what ends a job (done, stop, the peer's close).
#include "engine/engine.h"
#include "recordingpeer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace acw;

class TestSendJobs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void repeatCountBackToBack();
    void repeatEveryInterval();
    void repeatUntilStopped();
    void periodicWaitsForTheSocketToDrain();
    void periodicStopsWhenTheConnectionCloses();
    void fileSendsEveryByte();
    void fileCancel();
    void fileMissing();
    void noSuchConnection();

private:
    SendJobInfo last(quint64 job) const { return m_jobs.value(job); }
    bool waitState(quint64 job, SendJobInfo::State state, int ms = 10000);

    Engine *m_engine = nullptr;
    acwtest::RecordingPeer *m_peer = nullptr;
    quint64 m_id = 0;
    QHash<quint64, SendJobInfo> m_jobs;
    QHash<quint64, ConnectionInfo> m_connections;
};

void TestSendJobs::init()
{
    m_jobs.clear();
    m_connections.clear();
    m_engine = new Engine;
    m_peer = new acwtest::RecordingPeer;
    QVERIFY(m_peer->server.isListening());
    connect(m_engine, &Engine::sendJobUpdated, this,
        [this](const SendJobInfo &info) { m_jobs[info.id] = info; });
    connect(m_engine, &Engine::connectionsUpdated, this, [this](const QVector<ConnectionInfo> &c) {
        for (const ConnectionInfo &info : c)
            m_connections[info.id] = info;
    });
    ClientConfig config;
    config.port = m_peer->server.serverPort();
    m_id = m_engine->openClient(config);
    QTRY_VERIFY(m_peer->last());
    QTRY_COMPARE(m_connections.value(m_id).state, ConnectionInfo::State::Open);
}

void TestSendJobs::cleanup()
{
    delete m_engine;
    m_engine = nullptr;
    delete m_peer;
    m_peer = nullptr;
}

bool TestSendJobs::waitState(quint64 job, SendJobInfo::State state, int ms)
{
    if (QTest::qWaitFor(
            [&] { return m_jobs.contains(job) && m_jobs.value(job).state == state; }, ms))
        return true;
    qWarning("job %llu: state %d, text '%s'", job, int(m_jobs.value(job).state),
        qPrintable(m_jobs.value(job).text));
    return false;
}

void TestSendJobs::repeatCountBackToBack()
{
    const quint64 job = m_engine->startRepeat(m_id, QByteArrayLiteral("ping\n"), 100000, 0);
    QVERIFY(waitState(job, SendJobInfo::State::Done));
    QCOMPARE(last(job).done, 100000);
    QCOMPARE(last(job).total, 100000);
    QTRY_COMPARE(m_peer->received, 500000);
    QCOMPARE(m_peer->bytes, QByteArrayLiteral("ping\n").repeated(100000));
}

void TestSendJobs::repeatEveryInterval()
{
    QElapsedTimer clock;
    clock.start();
    const quint64 job = m_engine->startRepeat(m_id, QByteArrayLiteral("tick\r\n"), 5, 40);
    QVERIFY(waitState(job, SendJobInfo::State::Done));
    QVERIFY2(clock.elapsed() >= 4 * 40, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("tick\r\n").repeated(5));
    QCOMPARE(last(job).done, 5);
}

void TestSendJobs::repeatUntilStopped()
{
    const quint64 job = m_engine->startRepeat(m_id, QByteArrayLiteral("x"), 0, 10);
    QTRY_VERIFY(last(job).done >= 3);
    QCOMPARE(last(job).total, -1);
    QCOMPARE(last(job).state, SendJobInfo::State::Running);
    m_engine->stopSendJob(job);
    QVERIFY(waitState(job, SendJobInfo::State::Stopped));
    const qint64 done = last(job).done;
    QTRY_COMPARE(m_peer->received, done);
    // A push given after the stop comes right after the job's last message: the job's
    // timer (10 ms) had several turns in between, so a job still running shows here.
    m_engine->push(m_id, QByteArrayLiteral("|"));
    QTRY_COMPARE(m_peer->received, done + 1);
    QCOMPARE(m_peer->bytes, QByteArray("x").repeated(done) + '|');
}

void TestSendJobs::periodicWaitsForTheSocketToDrain()
{
    // The peer stops reading: the kernel's buffers fill, then the channel's queue. A push of
    // 256 KiB every millisecond would pile up 256 MiB a second; the job must wait instead.
    m_peer->paused = true;
    m_peer->keep = false;
    const QByteArray message(256 * 1024, 'm');
    const quint64 job = m_engine->startRepeat(m_id, message, 0, 1);
    QTRY_VERIFY_WITH_TIMEOUT(last(job).waits >= 50, 15000);
    const qint64 sent = last(job).done;
    QVERIFY(sent > 0);
    QTRY_VERIFY(m_connections.value(m_id).queuedBytes > 0);
    // Owed bytes stay within the watermarks (1 MiB high) plus one message.
    QVERIFY2(m_connections.value(m_id).queuedBytes <= 1024 * 1024 + message.size(),
        qPrintable(QString::number(m_connections.value(m_id).queuedBytes)));
    // 200 more waits (each one interval): a blind 1 ms timer would have pushed a message at
    // each of them (50 MiB).
    const qint64 waits = last(job).waits;
    QTRY_VERIFY_WITH_TIMEOUT(last(job).waits >= waits + 200, 15000);
    QVERIFY2(last(job).done - sent < 20, qPrintable(QString::number(last(job).done - sent)));
    // The peer reads again: the job carries on.
    m_peer->resume();
    QTRY_VERIFY(last(job).done > sent + 4);
    m_engine->stopSendJob(job);
    QVERIFY(waitState(job, SendJobInfo::State::Stopped));
}

void TestSendJobs::periodicStopsWhenTheConnectionCloses()
{
    const quint64 job = m_engine->startRepeat(m_id, QByteArrayLiteral("beat\n"), 0, 20);
    QTRY_VERIFY(last(job).done >= 2);
    m_peer->last()->close();
    QVERIFY(waitState(job, SendJobInfo::State::Stopped));
    QCOMPARE(last(job).text, QStringLiteral("connection closed"));
}

void TestSendJobs::fileSendsEveryByte()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    QCOMPARE(file.write(content), content.size());
    file.close();
    const quint64 job = m_engine->sendFile(m_id, file.fileName());
    QVERIFY(waitState(job, SendJobInfo::State::Done));
    QCOMPARE(last(job).done, content.size());
    QCOMPARE(last(job).total, content.size());
    QCOMPARE(last(job).kind, SendJobInfo::Kind::File);
    QTRY_COMPARE(m_peer->received, content.size());
    QCOMPARE(QCryptographicHash::hash(m_peer->bytes, QCryptographicHash::Sha256),
        QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

void TestSendJobs::fileCancel()
{
    m_peer->paused = true; // so the send cannot finish before the cancel
    m_peer->keep = false;
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(256 * 1024 * 1024)); // sparse: no disk, no memory
    file.close();
    const quint64 job = m_engine->sendFile(m_id, file.fileName());
    QTRY_VERIFY(last(job).done > 0);
    QCOMPARE(last(job).total, 256 * 1024 * 1024);
    m_engine->stopSendJob(job);
    QVERIFY(waitState(job, SendJobInfo::State::Stopped));
    const qint64 done = last(job).done;
    QVERIFY(done < 256 * 1024 * 1024);
    // What was read went out; nothing after it.
    m_peer->resume();
    QTRY_COMPARE(m_peer->received, done);
    // A push given after the stop comes right after the file's last byte.
    m_peer->keep = true;
    m_engine->push(m_id, QByteArrayLiteral("|"));
    QTRY_COMPARE(m_peer->received, done + 1);
    QCOMPARE(m_peer->bytes, QByteArray("|"));
    QCOMPARE(m_connections.value(m_id).state, ConnectionInfo::State::Open);
}

void TestSendJobs::fileMissing()
{
    const quint64 job = m_engine->sendFile(m_id, QStringLiteral("/nonexistent/acw-no-such-file"));
    QVERIFY(waitState(job, SendJobInfo::State::Failed));
    QVERIFY2(last(job).text.contains(QLatin1String("No such file")), qPrintable(last(job).text));
    // The connection is untouched: a repeat after it still goes out.
    const quint64 next = m_engine->startRepeat(m_id, QByteArrayLiteral("ok"), 1, 0);
    QVERIFY(waitState(next, SendJobInfo::State::Done));
    QTRY_COMPARE(m_peer->bytes, QByteArrayLiteral("ok"));
}

void TestSendJobs::noSuchConnection()
{
    const quint64 job = m_engine->startRepeat(999999, QByteArrayLiteral("x"), 1, 0);
    QVERIFY(waitState(job, SendJobInfo::State::Failed));
    QCOMPARE(last(job).text, QStringLiteral("no open connection #999999"));
}

QTEST_GUILESS_MAIN(TestSendJobs)
#include "tst_sendjobs.moc"
