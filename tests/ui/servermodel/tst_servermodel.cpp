#include "models/servermodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractSocket>
#include <QTest>
#include <cerrno>

using namespace acw;

class TestServerModel : public QObject
{
    Q_OBJECT
private slots:
    void pendingThenListening();
    void failureAndPauseAreWorded();
};

void TestServerModel::pendingThenListening()
{
    ServerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ServerConfig config;
    config.port = 0;
    model.addPending(1, config);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ServerModel::State).data().toString(), QStringLiteral("starting"));
    ServerInfo info;
    info.id = 1;
    info.config = config;
    info.state = ServerInfo::State::Listening;
    info.port = 40123;
    info.addresses = { QStringLiteral("127.0.0.1:40123") };
    info.accepted = 3;
    info.live = 2;
    model.applyUpdates({ info });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ServerModel::PortRole).toInt(), 40123);
    QCOMPARE(model.index(0, ServerModel::Addresses).data().toString(),
        QStringLiteral("127.0.0.1:40123"));
    QCOMPARE(model.index(0, ServerModel::Live).data().toInt(), 2);
    info.state = ServerInfo::State::Stopped;
    model.applyUpdates({ info });
    model.removeStopped();
    QCOMPARE(model.rowCount(), 0);
}

void TestServerModel::failureAndPauseAreWorded()
{
    ServerInfo failed;
    failed.state = ServerInfo::State::Failed;
    // The engine's value, worded by the window (here in English; tst_chineseerrors: zh_CN).
    failed.fault.error = ServerError::ListenFailed;
    failed.fault.address = QStringLiteral("127.0.0.1:8888");
    failed.fault.status = int(QAbstractSocket::AddressInUseError);
    failed.fault.detail = QStringLiteral("The bound address is already in use"); // Qt's
    QCOMPARE(ServerModel::statusText(failed),
        QStringLiteral("cannot listen on 127.0.0.1:8888: the address is already in use"));
    ServerInfo paused;
    paused.state = ServerInfo::State::Listening;
    paused.acceptPaused = true;
    QCOMPARE(
        ServerModel::statusText(paused), QStringLiteral("accepting paused: too many open files"));
    paused.fault.error = ServerError::AcceptFailed;
    paused.fault.status = ENFILE;
    QCOMPARE(ServerModel::statusText(paused),
        QStringLiteral("accepting paused: too many open files in the system (ENFILE)"));
}

QTEST_MAIN(TestServerModel)
#include "tst_servermodel.moc"
