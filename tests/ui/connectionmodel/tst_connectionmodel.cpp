#include "models/connectionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace acw;

class TestConnectionModel : public QObject
{
    Q_OBJECT
private slots:
    void oneInsertionPerBatch();
    void updatesChangeRowsInPlace();
    void closedRowsAreGreyedAndCleared();
    void capDropsOldestClosed();
    void capEvictsInSteps();
    void oneChangePerRunOfRows();
    void proxySortsNumerically();
    void duplicateIdsInOneBatch();
};

static ConnectionInfo info(quint64 id, ConnectionInfo::State state = ConnectionInfo::State::Open)
{
    ConnectionInfo c;
    c.id = id;
    c.server = 1;
    c.profile = ProfileId::Echo;
    c.peer = QStringLiteral("127.0.0.1:%1").arg(40000 + id);
    c.state = state;
    c.terminator = QStringLiteral("\\r\\n");
    c.openedUs = qint64(id) * 1000;
    if (state == ConnectionInfo::State::Closed)
        c.closedUs = qint64(id) * 2000;
    return c;
}

void TestConnectionModel::oneInsertionPerBatch()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &ConnectionModel::rowsInserted);
    QVector<ConnectionInfo> batch;
    for (quint64 id = 1; id <= 2000; ++id)
        batch << info(id);
    model.applyUpdates(batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2000);
    QCOMPARE(model.liveCount(), 2000);
    QCOMPARE(model.rowOf(1234), 1233);
    QCOMPARE(model.index(1233, ConnectionModel::Peer).data().toString(),
        QStringLiteral("127.0.0.1:41234"));
}

void TestConnectionModel::updatesChangeRowsInPlace()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyUpdates({ info(1), info(2), info(3) });
    QSignalSpy inserted(&model, &ConnectionModel::rowsInserted);
    QSignalSpy changed(&model, &ConnectionModel::dataChanged);
    ConnectionInfo two = info(2);
    two.bytesIn = 4096;
    two.frames = 7;
    two.terminator = QStringLiteral(";");
    model.applyUpdates({ two, info(4) });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, ConnectionModel::Frames).data().toULongLong(), 7ull);
    QCOMPARE(model.index(1, ConnectionModel::BytesIn).data().toString(), QStringLiteral("4.0 KiB"));
    QCOMPARE(model.index(1, ConnectionModel::BytesIn).data(ConnectionModel::SortRole).toLongLong(),
        4096);
    QCOMPARE(model.index(1, ConnectionModel::Terminator).data().toString(), QStringLiteral(";"));
}

void TestConnectionModel::closedRowsAreGreyedAndCleared()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyUpdates({ info(1), info(2), info(3), info(4) });
    model.applyUpdates(
        { info(2, ConnectionInfo::State::Closed), info(4, ConnectionInfo::State::Closed) });
    QCOMPARE(model.closedCount(), 2);
    QVERIFY(model.index(1, 0).data(ConnectionModel::ClosedRole).toBool());
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QSignalSpy removed(&model, &ConnectionModel::connectionsRemoved);
    model.clearClosed();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.closedCount(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QVector<quint64>>().size(), 2);
    QCOMPARE(model.rowOf(3), 1);
    QCOMPARE(model.rowOf(2), -1);
    // A later update for a remaining connection still finds its row.
    ConnectionInfo three = info(3);
    three.frames = 9;
    model.applyUpdates({ three });
    QCOMPARE(model.index(1, ConnectionModel::Frames).data().toULongLong(), 9ull);
}

void TestConnectionModel::capDropsOldestClosed()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClosedCap(3);
    QVector<ConnectionInfo> batch;
    for (quint64 id = 1; id <= 6; ++id)
        batch << info(id, id % 2 ? ConnectionInfo::State::Closed : ConnectionInfo::State::Open);
    model.applyUpdates(batch); // closed: 1, 3, 5
    QCOMPARE(model.rowCount(), 6);
    model.applyUpdates({ info(7, ConnectionInfo::State::Closed) });
    QCOMPARE(model.closedCount(), 3);
    QCOMPARE(model.rowOf(1), -1); // the first to close went first
    QVERIFY(model.rowOf(7) >= 0);
    QCOMPARE(model.liveCount(), 3);
}

void TestConnectionModel::capEvictsInSteps()
{
    // A flood of short connections, one per batch: the eviction (a scan and a removal every
    // proxy and view pays for in full) runs once per cap/20 closes, not once per batch.
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClosedCap(100);
    QSignalSpy removals(&model, &ConnectionModel::rowsRemoved);
    for (quint64 id = 1; id <= 1000; ++id) {
        ConnectionInfo c = info(id, ConnectionInfo::State::Closed);
        c.closedUs = qint64(id);
        model.applyUpdates({ c });
        QVERIFY(model.closedCount() <= 100);
    }
    QVERIFY(model.closedCount() >= 95);
    QVERIFY2(removals.size() <= (1000 - 100) / 5 + 1, qPrintable(QString::number(removals.size())));
    // The newest stay, in order.
    QCOMPARE(model.infoAt(model.rowCount() - 1).id, quint64(1000));
    QCOMPARE(model.infoAt(0).id, quint64(1000 - model.rowCount() + 1));
}

void TestConnectionModel::oneChangePerRunOfRows()
{
    ConnectionModel model;
    QVector<ConnectionInfo> batch;
    for (quint64 id = 1; id <= 10; ++id)
        batch << info(id);
    model.applyUpdates(batch);
    QSignalSpy changed(&model, &ConnectionModel::dataChanged);
    // Rows 0, 1 and 8, 9 change (given out of order): two runs, two signals, neither
    // covering the rows between.
    model.applyUpdates({ info(10), info(1), info(9), info(2) });
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 8);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 9);
}

void TestConnectionModel::proxySortsNumerically()
{
    ConnectionModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ConnectionModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionInfo a = info(1);
    a.bytesIn = 900; // "900 B"
    ConnectionInfo b = info(2);
    b.bytesIn = 2 * 1024; // "2.0 KiB": sorts after 900 only by number
    ConnectionInfo c = info(3);
    c.bytesIn = 10;
    model.applyUpdates({ a, b, c });
    proxy.sort(ConnectionModel::BytesIn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ConnectionModel::Id).data().toULongLong(), 3ull);
    QCOMPARE(proxy.index(1, ConnectionModel::Id).data().toULongLong(), 1ull);
    QCOMPARE(proxy.index(2, ConnectionModel::Id).data().toULongLong(), 2ull);
}

void TestConnectionModel::duplicateIdsInOneBatch()
{
    ConnectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionInfo later = info(5);
    later.frames = 3;
    model.applyUpdates({ info(5), later });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ConnectionModel::Frames).data().toULongLong(), 3ull);
}

QTEST_MAIN(TestConnectionModel)
#include "tst_connectionmodel.moc"
